using System.Globalization;
using System.Text.Json;

namespace CouncilDecisions.Domain;

/// <summary>
/// Working days in England and Wales: Monday to Friday except bank holidays (including substitute days), from
/// the embedded copy of gov.uk's bank-holiday list for 2015–2030.
/// </summary>
public sealed class WorkingDays
{
    private const string ResourceName = "CouncilDecisions.Domain.bank-holidays-england-and-wales.json";

    private readonly HashSet<DateOnly> _holidays;

    public WorkingDays(IEnumerable<DateOnly> bankHolidays)
    {
        ArgumentNullException.ThrowIfNull(bankHolidays);
        _holidays = [.. bankHolidays];
        First = _holidays.Count == 0 ? DateOnly.MinValue : new DateOnly(_holidays.Min().Year, 1, 1);
        Last = _holidays.Count == 0 ? DateOnly.MaxValue : new DateOnly(_holidays.Max().Year, 12, 31);
    }

    /// <summary>England and Wales, from the embedded bank-holiday file.</summary>
    public static WorkingDays EnglandAndWales { get; } = new(LoadEmbedded());

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
                    $"The bank-holiday data ends on {Last:yyyy-MM-dd}; update Data/bank-holidays-england-and-wales.json."));
            }

            if (IsWorkingDay(date))
            {
                counted++;
            }
        }

        return date;
    }

    private static List<DateOnly> LoadEmbedded()
    {
        using var stream = typeof(WorkingDays).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("Embedded resource " + ResourceName + " is missing.");
        using var json = JsonDocument.Parse(stream);
        return [.. json.RootElement.GetProperty("events").EnumerateArray()
            .Select(e => DateOnly.ParseExact(e.GetProperty("date").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture))];
    }
}
