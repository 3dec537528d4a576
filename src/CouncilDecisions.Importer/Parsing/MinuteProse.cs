using System.Text.RegularExpressions;

namespace CouncilDecisions.Importer.Parsing;

/// <summary>
/// Sentences that report what a meeting did ("The Committee considered a report …", "Consideration was given to …"),
/// as opposed to an agenda's description of what it will do ("To consider …", "The Board is asked to …").
/// </summary>
internal static partial class MinuteProse
{
    /// <summary>
    /// True when the paragraph is minute narrative. <paramref name="first"/> is false for a paragraph after the item's
    /// description, where "… were duly proposed, seconded and resolved" also counts.
    /// </summary>
    public static bool ReadsAsMinutes(string paragraph, bool first)
    {
        // Every pattern starts "The", "Consider…", "Members" or "Motions": a capital T, C or M.
        if (paragraph.Length < 20 || paragraph.Length > 10_000 || paragraph[0] is not ('T' or 'C' or 'M'))
        {
            return false;
        }

        return Narrative().IsMatch(paragraph.AsSpan(0, Math.Min(paragraph.Length, 300)))
            || (!first && paragraph.Contains(" duly ", StringComparison.Ordinal) && DulyDone().IsMatch(paragraph));
    }

    /// <summary>"That the verbal update be noted.": a resolution printed without its "RESOLVED" lead-in.</summary>
    public static bool IsBareResolution(string paragraph) =>
        paragraph.Length is > 12 and < 600 && paragraph.StartsWith("That ", StringComparison.Ordinal) && paragraph.EndsWith('.')
        && BeDone().IsMatch(paragraph);

    [GeneratedRegex(@"^(?:Consideration was given\b|Considered ?[–:-] |The minutes of\b.{0,200}?\b(?:were|was)\b|(?:The )?(?:Committee|Sub-Committee|Board|Panel|Cabinet|Council|Executive|Authority|Forum|Members)\b(?: of the [A-Z][\w-]{1,30})? (?:considered|received|noted|discussed|heard|welcomed)\b|The (?:(?:[A-Z][\w&’'-]{0,30}|and|of|for|the) ){0,8}(?:Officer|Director|Manager|Head|Chief|Executive|Auditor|Solicitor|Clerk|Chair|Chairman|Leader)\b(?: (?:of|for) (?:the )?[A-Z][\w&’'-]{0,30}(?: (?:and )?[A-Z][\w&’'-]{0,30}){0,4})? (?:gave|presented|introduced|submitted) (?:a|an|the|his|her|their)\b)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Narrative();

    [GeneratedRegex(@"\b(?:was|were) duly (?:proposed|seconded|moved|resolved|carried|agreed|approved)\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DulyDone();

    [GeneratedRegex(@" be (?:noted|agreed|approved|received|endorsed|adopted|accepted)\b[^.]{0,200}\.$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BeDone();
}
