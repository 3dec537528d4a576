using System.Globalization;

namespace CouncilDecisions.Web.Infrastructure;

/// <summary>Dates and times the GOV.UK way ("2 July 2018", "7:08pm"), whatever the server's culture.</summary>
public static class UkFormat
{
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("en-GB");

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Culture);

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "Not recorded";

    public static string Month(DateOnly date) => date.ToString("MMMM yyyy", Culture);

    public static string Time(TimeOnly time) =>
        time.ToString(time.Minute == 0 ? "h" : "h:mm", Culture) + (time.Hour < 12 ? "am" : "pm");

    /// <summary>The ISO date for <c>&lt;time datetime&gt;</c>.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string YesNo(bool? value) => value switch
    {
        true => "Yes",
        false => "No",
        null => "Not recorded",
    };

    public static string Number(int value) => value.ToString("N0", Culture);
}
