using System.Globalization;
using System.Text.Json;
using CouncilDecisions.Domain;
using CouncilDecisions.IntegrationTests.Infrastructure;
using CouncilDecisions.Web.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilDecisions.IntegrationTests.Features.Workspace;

/// <summary>The calendar behind call-in deadlines, as the running app has it.</summary>
public sealed class BankHolidaysTests(CouncilDecisionsAppFactory app) : IClassFixture<CouncilDecisionsAppFactory>
{
    private WorkingDays Calendar => app.Services.GetRequiredService<WorkingDays>();

    [Fact]
    public void The_apps_calendar_has_exactly_govuks_bank_holidays_for_2015_to_2030()
    {
        var govUk = LoadGovUk();

        var ours = Enumerable.Range(0, new DateOnly(2030, 12, 31).DayNumber - new DateOnly(2015, 1, 1).DayNumber + 1)
            .Select(offset => new DateOnly(2015, 1, 1).AddDays(offset))
            .Where(Calendar.IsBankHoliday)
            .ToList();

        Assert.Equal(govUk.Order(), ours);
    }

    [Theory]
    // Easter 2031 is Sunday 13 April: Good Friday 11 and Easter Monday 14 April are holidays. From Thursday
    // 10 April: Tue 15, Wed 16, Thu 17, Fri 18, Mon 21.
    [InlineData("2031-04-10", "2031-04-21")]
    // Christmas 2032 is a Saturday: substitute days Mon 27 and Tue 28 December. From Thu 23 December: Fri 24,
    // Wed 29, Thu 30, Fri 31, Mon 3 January 2033 (New Year's Day 2033 is a Saturday, observed Mon 3) → Tue 4.
    [InlineData("2032-12-23", "2033-01-04")]
    public void Deadlines_after_2030_still_skip_bank_holidays(string published, string deadline) =>
        Assert.Equal(Day(deadline), CallIn.DeadlineFor(Day(published), 5, Calendar));

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static List<DateOnly> LoadGovUk()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "bank-holidays-england-and-wales.json")));
        return [.. json.RootElement.GetProperty("events").EnumerateArray().Select(e => Day(e.GetProperty("date").GetString()!))];
    }
}
