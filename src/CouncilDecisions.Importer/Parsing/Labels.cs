namespace CouncilDecisions.Importer.Parsing;

/// <summary>Recognises a "Label: value" line, a known bare heading ("Reason for the Decision") or a prefix label.</summary>
internal static class Labels
{
    /// <summary>A label line.</summary>
    /// <param name="Printed">Label as printed, without the colon.</param>
    /// <param name="Field">The field it fills; null for a label the parser does not know (kept in extras).</param>
    /// <param name="Value">Text after the colon on the same line.</param>
    /// <param name="Dashed">True when a dash, not a colon, followed the label ("REASON – ...").</param>
    public sealed record Label(string Printed, Field? Field, string Value, bool Dashed = false);

    // Words that begin sentences, never labels: "That the Cabinet Member:" introduces a decision.
    private static readonly HashSet<string> ProseStarts = new(StringComparer.Ordinal)
    {
        "That", "To", "It", "This", "These", "We", "He", "She", "They", "And", "But", "Also", "If", "As", "When", "Following",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ProseStartSpans = ProseStarts.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Reads a label line, or null.</summary>
    /// <param name="paragraph">A normalised paragraph.</param>
    /// <param name="inTextSection">
    /// True inside a free-text section, where an unknown label must look like one (Title Case) to end the section.
    /// </param>
    public static Label? TryRead(string paragraph, bool inTextSection)
    {
        if (paragraph.Length == 0 || !char.IsLetter(paragraph[0]))
        {
            return null;
        }

        var colon = paragraph.IndexOf(':', 0, Math.Min(paragraph.Length, 90));
        if (colon > 0)
        {
            var printed = paragraph.AsSpan(0, colon).TrimEnd();

            // The label and value are copied only once the line is known to be a label (most prose with an early colon
            // is not).
            if (LabelTable.TryGet(TextTools.LabelKey(printed, stackalloc char[printed.Length]), out var field))
            {
                return new Label(printed.ToString(), field, paragraph[colon..].TrimStart(':', ' '));
            }

            if (LooksLikeLabel(printed, inTextSection))
            {
                return new Label(printed.ToString(), null, paragraph[colon..].TrimStart(':', ' '));
            }

            return null;
        }

        foreach (var prefix in LabelTable.PrefixLabels)
        {
            if (paragraph.StartsWith(prefix, StringComparison.Ordinal) && paragraph.Length < 200)
            {
                return new Label(prefix.TrimEnd(), Field.Extra, paragraph[prefix.Length..].Trim());
            }
        }

        if (paragraph.Length <= 150 && LabelTable.TryGet(TextTools.LabelKey(paragraph, stackalloc char[paragraph.Length]), out var heading)
            && !paragraph.StartsWith("Declaration", StringComparison.OrdinalIgnoreCase))
        {
            // "Declarations of Interest" alone is an agenda item's title, not the decision page's conflicts heading.
            // A long heading's colon comes late ("Conflict of Interest … declared by Cabinet Member / Dispensation
            // granted:  None."); its value follows it.
            var late = paragraph.IndexOf(':', StringComparison.Ordinal);
            return late > 0 && late < paragraph.Length - 1
                ? new Label(paragraph[..late].TrimEnd(), heading, paragraph[(late + 1)..].Trim())
                : new Label(paragraph.TrimEnd(':', ' '), heading, string.Empty);
        }

        return DashLabel(paragraph);
    }

    /// <summary>"REASON – To comply ...", "Reasons for the Decision - ...": a known text label, then a spaced dash.</summary>
    private static Label? DashLabel(string paragraph)
    {
        var dash = paragraph.AsSpan(0, Math.Min(paragraph.Length, 60)).IndexOfAny('\u2013', '\u2014', '-');
        if (dash < 2 || dash + 2 >= paragraph.Length || paragraph[dash - 1] != ' ' || paragraph[dash + 1] != ' ')
        {
            return null;
        }

        var printed = paragraph.AsSpan(0, dash - 1);
        return LabelTable.TryGet(TextTools.LabelKey(printed, stackalloc char[printed.Length]), out var field) && LabelTable.TakesDash(field)
            ? new Label(printed.ToString(), field, paragraph[(dash + 2)..].Trim(), Dashed: true)
            : null;
    }

    /// <summary>"Cabinet considered the options and RESOLVED:" introduces resolutions; it is not a label.</summary>
    private static bool EndsWithLeadIn(ReadOnlySpan<char> lastWord) => lastWord is "RESOLVED" or "AGREED" or "DECIDED" or "resolved" or "agreed" or "decided";

    private static bool LooksLikeLabel(ReadOnlySpan<char> printed, bool inTextSection)
    {
        if (printed.Length is 0 or > 50 || !char.IsUpper(printed[0]))
        {
            return false;
        }

        var space = printed.IndexOf(' ');
        if (ProseStartSpans.Contains(space < 0 ? printed : printed[..space]))
        {
            return false;
        }

        foreach (var c in printed)
        {
            if (!(char.IsLetter(c) || c is ' ' or '\'' or '\u2019' or '(' or ')' or '&' or '/' or '-' or '?'))
            {
                return false;
            }
        }

        // Words as printed.Split(' ') gives them, read in place.
        if (printed.Count(' ') + 1 > 6 || EndsWithLeadIn(printed[(printed.LastIndexOf(' ') + 1)..]))
        {
            return false;
        }

        if (!inTextSection)
        {
            return true;
        }

        // Inside minutes, "Members noted:" is prose; "Action By:" is a label.
        foreach (var range in printed.Split(' '))
        {
            var w = printed[range];
            if (!(w.Length < 4 || char.IsUpper(w[0]) || w[0] == '('))
            {
                return false;
            }
        }

        return true;
    }
}
