using System.Globalization;
using System.Text.Json;
using CouncilDecisions.Domain;

namespace CouncilDecisions.UnitTests.Domain;

/// <summary>
/// gov.uk's England and Wales bank holidays for 2015–2030, kept as test data: the oracle the hand-counted
/// deadlines use here, and that the web app's calendar (from the PublicHoliday package) is checked against.
/// </summary>
public static class GovUkBankHolidays
{
    public const string FileName = "bank-holidays-england-and-wales.json";

    public static IReadOnlyList<DateOnly> Dates { get; } = Load(Path.Combine(AppContext.BaseDirectory, FileName));

    public static WorkingDays Calendar { get; } = new(Dates);

    public static List<DateOnly> Load(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return [.. json.RootElement.GetProperty("events").EnumerateArray()
            .Select(e => DateOnly.ParseExact(e.GetProperty("date").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture))];
    }
}
