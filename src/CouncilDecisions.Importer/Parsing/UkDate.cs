using System.Globalization;
using System.Text.RegularExpressions;

namespace CouncilDecisions.Importer.Parsing;

/// <summary>
/// Reads UK day-first dates: 27/11/2019, 27.11.19, 27 November 2019, 27th Nov 2019, 23-Feb-11, Monday, 27 November
/// 2019, and year-first 2013/12/13 or 2013-12-13 when the first part has four digits.
/// </summary>
internal static partial class UkDate
{
    private static readonly string[] MonthPrefixes =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>Finds the first date in the text.</summary>
    /// <param name="text">Text containing a date.</param>
    /// <param name="date">The date found.</param>
    /// <param name="match">Index and length of the date in the text.</param>
    public static bool TryFind(string text, out DateOnly date, out (int Index, int Length) match)
    {
        date = default;
        match = default;
        if (text.Length > 4000)
        {
            text = text[..4000];
        }

        foreach (Match m in DatePattern().Matches(text))
        {
            if (TryBuild(m, out date))
            {
                match = (m.Index, m.Length);
                return true;
            }
        }

        return false;
    }

    /// <summary>Finds the first date in the text.</summary>
    public static DateOnly? Find(string text) => TryFind(text, out var date, out _) ? date : null;

    private static bool TryBuild(Match m, out DateOnly date)
    {
        date = default;
        int year, month, day;
        if (m.Groups["iy"].Success)
        {
            year = Int(m.Groups["iy"].Value);
            month = Int(m.Groups["im"].Value);
            day = Int(m.Groups["id"].Value);
        }
        else if (m.Groups["ny"].Success)
        {
            day = Int(m.Groups["nd"].Value);
            month = Int(m.Groups["nm"].Value);
            year = Year(m.Groups["ny"].Value);
        }
        else
        {
            var monthName = m.Groups["mn"].Success ? m.Groups["mn"].Value : m.Groups["mn2"].Value;
            month = MonthNumber(monthName);
            day = Int(m.Groups["td"].Success ? m.Groups["td"].Value : m.Groups["td2"].Value);
            year = Year(m.Groups["ty"].Success ? m.Groups["ty"].Value : m.Groups["ty2"].Value);
        }

        if (month is < 1 or > 12 || year is < 1900 or > 2200 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static int Int(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    // Two-digit years: 00-69 are 2000s, 70-99 are 1900s (published minutes online start in the late 1990s).
    private static int Year(string digits)
    {
        var year = Int(digits);
        return digits.Length == 2 ? (year < 70 ? 2000 + year : 1900 + year) : year;
    }

    private static int MonthNumber(string name)
    {
        var prefix = name.Length >= 3 ? name[..3].ToLowerInvariant() : string.Empty;
        return Array.IndexOf(MonthPrefixes, prefix) + 1;
    }

    [GeneratedRegex(
        @"(?<![\d/.\-])(?:(?<iy>\d{4})[/\-.](?<im>\d{1,2})[/\-.](?<id>\d{1,2})|(?<nd>\d{1,2})[/.\-](?<nm>\d{1,2})[/.\-](?<ny>\d{4}|\d{2})|(?<td>\d{1,2})(?:st|nd|rd|th)?[ \-](?:of )?(?<mn>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?,?[ \-](?<ty>\d{4}|\d{2})|(?<mn2>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?) (?<td2>\d{1,2})(?:st|nd|rd|th)?,? (?<ty2>\d{4}))(?![\d/])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex DatePattern();
}
