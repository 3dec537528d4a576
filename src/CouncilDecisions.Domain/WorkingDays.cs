using System.Globalization;

namespace CouncilDecisions.Domain;

/// <summary>
/// Working days: Monday to Friday except the bank holidays given (including substitute days). The web app
/// builds the England and Wales calendar from the PublicHoliday package (Infrastructure/BankHolidays.cs).
/// </summary>
public sealed class WorkingDays
{
    private readonly HashSet<DateOnly> _holidays;

    public WorkingDays(IEnumerable<DateOnly> bankHolidays)
    {
        ArgumentNullException.ThrowIfNull(bankHolidays);
        _holidays = [.. bankHolidays];
        First = _holidays.Count == 0 ? DateOnly.MinValue : new DateOnly(_holidays.Min().Year, 1, 1);
        Last = _holidays.Count == 0 ? DateOnly.MaxValue : new DateOnly(_holidays.Max().Year, 12, 31);
    }

    /// <summary>The first day the holiday data covers.</summary>
    public DateOnly First { get; }

    /// <summary>The last day the holiday data covers; later dates would silently miss holidays.</summary>
    public DateOnly Last { get; }

    public bool IsBankHoliday(DateOnly date) => _holidays.Contains(date);

    public bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday && !_holidays.Contains(date);

    /// <summary>
    /// The date <paramref name="count"/> working days after <paramref name="start"/> (the start day itself is
    /// not counted, whatever day it is).
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly start, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var date = start;
        for (var counted = 0; counted < count;)
        {
            date = date.AddDays(1);
            if (date > Last)
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                    $"The bank-holiday calendar ends on {Last:yyyy-MM-dd}; counting past it would miss holidays."));
            }

            if (IsWorkingDay(date))
            {
                counted++;
            }
        }

        return date;
    }
}
