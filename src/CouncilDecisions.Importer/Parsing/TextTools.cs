using System.Buffers;
using System.Text;

namespace CouncilDecisions.Importer.Parsing;

/// <summary>Whitespace normalisation and small text helpers shared by the parser.</summary>
internal static class TextTools
{
    /// <summary>Paragraph separator used in every multi-paragraph text of a document.</summary>
    public const string ParagraphBreak = "\n\n";

    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r\f\v\u2028\u2029");

    // Characters that make a line take the slow, normalising path: other whitespace, controls, zero-width.
    private static readonly SearchValues<char> NeedsNormalising = SearchValues.Create(
        "\t\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F"
        + "\u0085\u00A0\u00AD\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u200B\u200C\u200D\u202F\u205F\u3000\uFEFF"
        + string.Concat(Enumerable.Range(0x80, 0x20).Select(c => (char)c)));

    /// <summary>
    /// Splits text into lines and normalises each: runs of spaces, tabs, NBSP and other Unicode spaces become one
    /// space, zero-width characters go, ends are trimmed. Blank lines (including NBSP-only ones) are dropped, so
    /// every item is one paragraph. A hard-wrapped line (the next line with no blank line between, when the first
    /// ends mid-sentence and the next starts in lower case or the first ends on "of", "the", "and" ...) continues
    /// the paragraph.
    /// </summary>
    public static List<string> SplitParagraphs(string text)
    {
        var paragraphs = new List<string>();
        var builder = new StringBuilder();
        var pending = new StringBuilder();
        var span = text.AsSpan();
        var start = 0;
        while (start <= span.Length)
        {
            var rest = span[start..];
            var length = rest.IndexOfAny(LineBreaks);
            var line = length < 0 ? rest : rest[..length];
            var trimmed = line.Trim(' ');
            ReadOnlySpan<char> normalised = default;

            // Fast path: a line with nothing to normalise is taken as it is.
            if (trimmed.Length > 0 && !trimmed.ContainsAny(NeedsNormalising) && !trimmed.Contains("  ", StringComparison.Ordinal))
            {
                normalised = trimmed;
            }
            else if (trimmed.Length > 0)
            {
                builder.Clear();
                NormaliseInto(trimmed, builder);
                normalised = builder.Length > 0 ? builder.ToString() : default;
            }

            if (normalised.Length == 0)
            {
                Flush(paragraphs, pending);
            }
            else if (pending.Length > 0 && ContinuesWrappedLine(pending, normalised))
            {
                pending.Append(' ').Append(normalised);
            }
            else
            {
                Flush(paragraphs, pending);
                pending.Append(normalised);
            }

            if (length < 0)
            {
                break;
            }

            // "\r\n" is one line break, not a break and a blank line.
            start += length + (rest[length] == '\r' && length + 1 < rest.Length && rest[length + 1] == '\n' ? 2 : 1);
        }

        Flush(paragraphs, pending);
        return paragraphs;
    }

    private static void Flush(List<string> paragraphs, StringBuilder pending)
    {
        if (pending.Length > 0)
        {
            paragraphs.Add(pending.ToString());
            pending.Clear();
        }
    }

    /// <summary>
    /// True when <paramref name="next"/> carries on a sentence the previous line broke off: the previous line ends
    /// in a letter or comma, and the next starts in lower case (not a list item "a) ..." or a "resolved:" lead-in), or
    /// the previous line's last word is one no sentence or label ends on ("of", "the", "and" ...).
    /// </summary>
    private static bool ContinuesWrappedLine(StringBuilder previous, ReadOnlySpan<char> next)
    {
        var last = previous[^1];
        if (!(char.IsLetter(last) || last == ','))
        {
            return false;
        }

        if (char.IsLower(next[0]))
        {
            var listItem = next.Length > 1 && next[1] is ')' or '.'
                || next.StartsWith("resolved", StringComparison.Ordinal) || next.StartsWith("agreed", StringComparison.Ordinal)
                || next.StartsWith("decided", StringComparison.Ordinal)
                || (next.IndexOf(") ") is > 0 and < 6 && !next[..next.IndexOf(')')].ContainsAnyExcept(RomanLower));
            return !listItem;
        }

        var space = -1;
        for (var i = previous.Length - 1; i >= 0 && i >= previous.Length - 6; i--)
        {
            if (previous[i] == ' ')
            {
                space = i;
                break;
            }
        }

        if (space < 0 || !char.IsLetter(next[0]))
        {
            return false;
        }

        var word = previous.ToString(space + 1, previous.Length - space - 1);
        return WrapWords.Contains(word);
    }

    private static readonly SearchValues<char> RomanLower = SearchValues.Create("ivxlc");

    // Words a line can end on only when the sentence goes on to the next line.
    private static readonly HashSet<string> WrapWords = new(StringComparer.Ordinal)
    {
        "of", "the", "and", "to", "by", "for", "a", "an", "in", "on", "with", "from", "at", "or", "that", "be",
    };

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
            "yes" or "y" or "true" or "ie" or "oes" or "ydy" => true,
            "no" or "n" or "false" or "na" or "nac" or "nage" => false,
            _ => null,
        };
    }

    /// <summary>True when the value is exactly a yes/no word with nothing else worth keeping.</summary>
    public static bool IsBareYesNo(string value) =>
        ParseYesNo(value) is not null && value.TrimEnd('.', ' ').All(char.IsLetter);

    /// <summary>Counts words separated by single spaces (the text is already normalised).</summary>
    public static int WordCount(string value) => value.Length == 0 ? 0 : value.Count(c => c == ' ') + 1;

    private static void NormaliseInto(ReadOnlySpan<char> line, StringBuilder builder)
    {
        var pendingSpace = false;
        foreach (var c in line)
        {
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
    }
}
