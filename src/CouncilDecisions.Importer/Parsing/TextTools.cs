using System.Text;

namespace CouncilDecisions.Importer.Parsing;

/// <summary>Whitespace normalisation and small text helpers shared by the parser.</summary>
internal static class TextTools
{
    /// <summary>Paragraph separator used in every multi-paragraph text of a document.</summary>
    public const string ParagraphBreak = "\n\n";

    /// <summary>
    /// Splits text into lines and normalises each: runs of spaces, tabs, NBSP and other Unicode spaces become one
    /// space, zero-width characters go, ends are trimmed. Blank lines (including NBSP-only ones) are dropped, so
    /// every item is one paragraph.
    /// </summary>
    public static List<string> SplitParagraphs(string text)
    {
        var paragraphs = new List<string>();
        var builder = new StringBuilder();
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (c is '\n' or '\r' or '\f' or '\v' or '\u2028' or '\u2029')
            {
                Flush(paragraphs, builder);
                pendingSpace = false;
                continue;
            }

            if (c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD')
            {
                continue;
            }

            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        Flush(paragraphs, builder);
        return paragraphs;
    }

    /// <summary>Normalises the whitespace of a single-line value.</summary>
    public static string Normalise(string value)
    {
        var parts = SplitParagraphs(value);
        return parts.Count switch
        {
            0 => string.Empty,
            1 => parts[0],
            _ => string.Join(' ', parts),
        };
    }

    /// <summary>Joins paragraphs with the paragraph break, or returns null for none.</summary>
    public static string? Join(IReadOnlyCollection<string> paragraphs) =>
        paragraphs.Count == 0 ? null : string.Join(ParagraphBreak, paragraphs);

    /// <summary>Lower-case comparison key of a label: curly apostrophes straightened, trailing ':' and '?' removed.</summary>
    public static string LabelKey(string label)
    {
        var key = label.Replace('\u2019', '\'').Replace('\u2018', '\'').Trim().TrimEnd(':', '?', ' ', '.', '\u2013', '-').Trim();
        return key.ToLowerInvariant();
    }

    /// <summary>Reads yes/no values (English and Welsh) from the start of a value; null when neither.</summary>
    public static bool? ParseYesNo(string value)
    {
        var end = 0;
        while (end < value.Length && char.IsLetter(value[end]))
        {
            end++;
        }

        var word = value[..end].ToLowerInvariant();
        return word switch
        {
            "yes" or "y" or "true" or "ie" or "oes" => true,
            "no" or "n" or "false" or "na" or "nac" or "nage" => false,
            _ => null,
        };
    }

    /// <summary>True when the value is exactly a yes/no word with nothing else worth keeping.</summary>
    public static bool IsBareYesNo(string value) =>
        ParseYesNo(value) is not null && value.TrimEnd('.', ' ').All(char.IsLetter);

    /// <summary>Counts words separated by single spaces (the text is already normalised).</summary>
    public static int WordCount(string value) => value.Length == 0 ? 0 : value.Count(c => c == ' ') + 1;

    private static void Flush(List<string> paragraphs, StringBuilder builder)
    {
        if (builder.Length > 0)
        {
            paragraphs.Add(builder.ToString());
            builder.Clear();
        }
    }
}
