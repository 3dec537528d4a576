namespace CouncilDecisions.Domain;

/// <summary>Text rules shared by the pages and the PDF notices.</summary>
public static class DecisionTexts
{
    /// <summary>
    /// The decision text without the paragraphs that repeat a resolution, for showing above the numbered
    /// resolutions (published pages often print each resolution inside the decision text too).
    /// </summary>
    public static string? WithoutResolutions(string? text, IEnumerable<(string? Label, string Text)> resolutions)
    {
        ArgumentNullException.ThrowIfNull(resolutions);
        if (string.IsNullOrWhiteSpace(text))
        {
            return text;
        }

        var repeated = resolutions.Where(r => r.Text.Length > 0).ToList();
        if (repeated.Count == 0)
        {
            return text;
        }

        var kept = text.Split("\n\n")
            .Where(paragraph => !repeated.Any(r => paragraph.Contains(r.Text, StringComparison.Ordinal)
                && paragraph.Length <= r.Text.Length + (r.Label?.Length ?? 0) + 12))
            .ToList();
        return kept.Count == 0 ? null : string.Join("\n\n", kept);
    }
}
