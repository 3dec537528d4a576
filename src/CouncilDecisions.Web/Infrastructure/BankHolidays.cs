using CouncilDecisions.Domain;
using PublicHoliday;

namespace CouncilDecisions.Web.Infrastructure;

/// <summary>
/// The England and Wales bank holidays behind call-in deadlines, from the PublicHoliday package's
/// <see cref="UKBankHoliday"/> (statutory rules, substitute days and the one-off proclamations such as the 2022
/// State Funeral and the 2023 Coronation). A test checks it against gov.uk's list.
/// </summary>
public static class BankHolidays
{
    /// <summary>First year of the calendar: older decisions are not published through the workspace.</summary>
    public const int FirstYear = 2000;

    /// <summary>Last year of the calendar; far enough ahead that no call-in period reaches it.</summary>
    public const int LastYear = 2100;

    public static WorkingDays EnglandAndWales { get; } = Build();

    private static WorkingDays Build()
    {
        var calendar = new UKBankHoliday();
        var holidays = new List<DateOnly>();
        for (var year = FirstYear; year <= LastYear; year++)
        {
            holidays.AddRange(calendar.PublicHolidays(year).Select(DateOnly.FromDateTime));
        }

        return new WorkingDays(holidays);
    }
}
