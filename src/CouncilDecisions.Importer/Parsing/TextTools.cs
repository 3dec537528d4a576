using System.Buffers;

namespace CouncilDecisions.Importer.Parsing;

/// <summary>Whitespace normalisation and small text helpers shared by the parser.</summary>
internal static class TextTools
{
    /// <summary>Paragraph separator used in every multi-paragraph text of a document.</summary>
    public const string ParagraphBreak = "\n\n";

    // Characters that make a line take the slow, normalising path: other whitespace, controls, zero-width (declared
    // first: the SearchValues below are built from it).
    private static readonly string NeedsNormalisingChars =
        "\t\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F"
        + "\u0085\u00A0\u00AD\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u200B\u200C\u200D\u202F\u205F\u3000\uFEFF"
        + string.Concat(Enumerable.Range(0x80, 0x20).Select(c => (char)c));

    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r\f\v\u2028\u2029");

    private static readonly SearchValues<char> NeedsNormalising = SearchValues.Create(NeedsNormalisingChars);

    /// <summary>
    /// Splits text into lines and normalises each: runs of spaces, tabs, NBSP and other Unicode spaces become one
    /// space, zero-width characters go, ends are trimmed. Blank lines (including NBSP-only ones) are dropped, so
    /// every item is one paragraph. A hard-wrapped line (the next line with no blank line between, when the first
    /// ends mid-sentence and the next starts in lower case or the first ends on "of", "the", "and" ...) continues
    /// the paragraph.
    /// </summary>
    public static List<string> SplitParagraphs(string text)
    {
        // The pending paragraph is a slice of the text while it is one clean line (most paragraphs), so it is copied
        // once, into its string; only normalised or joined lines go through the buffers.
        // Paragraphs are separated by blank lines, so about half the lines: sizing the list once saves its regrowth.
        var paragraphs = new List<string>(text.AsSpan().Count('\n') / 2 + 1);
        char[] lineBuffer = [];
        char[] joined = [];
        var joinedLength = 0;
        var sliceStart = 0;
        var sliceLength = 0;
        var span = text.AsSpan();
        var start = 0;
        while (start <= span.Length)
        {
            var rest = span[start..];
            var length = rest.IndexOfAny(LineBreaks);
            var line = length < 0 ? rest : rest[..length];
            var trimmed = line.Trim(' ');
            ReadOnlySpan<char> normalised = default;
            var clean = false;

            // Fast path: a line with nothing to normalise is taken as it is.
            if (trimmed.Length > 0 && !trimmed.ContainsAny(NeedsNormalising) && !trimmed.Contains("  ", StringComparison.Ordinal))
            {
                normalised = trimmed;
                clean = true;
            }
            else if (trimmed.Length > 0)
            {
                if (lineBuffer.Length < trimmed.Length)
                {
                    Return(lineBuffer);
                    lineBuffer = ArrayPool<char>.Shared.Rent(Math.Max(256, trimmed.Length));
                }

                normalised = lineBuffer.AsSpan(0, NormaliseInto(trimmed, lineBuffer));
            }

            var pending = joinedLength > 0 ? joined.AsSpan(0, joinedLength) : span.Slice(sliceStart, sliceLength);
            if (normalised.Length == 0)
            {
                Flush(paragraphs, text, ref joinedLength, ref sliceLength, joined, sliceStart);
            }
            else if (pending.Length > 0 && ContinuesWrappedLine(pending, normalised))
            {
                if (joinedLength == 0)
                {
                    Append(ref joined, ref joinedLength, pending);
                    sliceLength = 0;
                }

                Append(ref joined, ref joinedLength, " ");
                Append(ref joined, ref joinedLength, normalised);
            }
            else
            {
                Flush(paragraphs, text, ref joinedLength, ref sliceLength, joined, sliceStart);
                if (clean)
                {
                    sliceStart = start + (line.Length - line.TrimStart(' ').Length);
                    sliceLength = normalised.Length;
                }
                else
                {
                    Append(ref joined, ref joinedLength, normalised);
                }
            }

            if (length < 0)
            {
                break;
            }

            // "\r\n" is one line break, not a break and a blank line.
            start += length + (rest[length] == '\r' && length + 1 < rest.Length && rest[length + 1] == '\n' ? 2 : 1);
        }

        Flush(paragraphs, text, ref joinedLength, ref sliceLength, joined, sliceStart);
        Return(lineBuffer);
        Return(joined);
        JoinWrappedAcrossBlanks(paragraphs);
        return paragraphs;
    }

    /// <summary>
    /// Some pages print every wrapped line of a paragraph as its own paragraph ("… Workshop led by the", blank line,
    /// "LGA (local government association) on 26 October 2023, had provided an", blank line, "informative …"). A
    /// long line that breaks off mid-sentence, as <see cref="ContinuesWrappedLine"/> reads it, goes on in the next
    /// paragraph too; a label ("Decision:") never starts the continuation.
    /// </summary>
    private static void JoinWrappedAcrossBlanks(List<string> paragraphs)
    {
        var write = 0;
        for (var read = 0; read < paragraphs.Count; read++)
        {
            var current = paragraphs[read];
            if (write > 0 && IsBrokenOff(paragraphs[write - 1], out var lastWord) && ContinuesWrappedLine(paragraphs[write - 1], current)
                && current.AsSpan(0, Math.Min(current.Length, 60)).IndexOf(':') < 0
                && (char.IsLower(current[0]) || (lastWord is not ("and" or "or" or "that" or "be" or "") && StartsLikeProse(current))))
            {
                paragraphs[write - 1] = string.Concat(paragraphs[write - 1], " ", current);
                continue;
            }

            paragraphs[write++] = current;
        }

        paragraphs.RemoveRange(write, paragraphs.Count - write);
    }

    // A line of prose (not a title or label) that stops on a comma or a word no sentence ends on.
    private static bool IsBrokenOff(string paragraph, out string lastWord)
    {
        lastWord = string.Empty;
        if (paragraph.Length < 40 || paragraph.Length > 2000)
        {
            return false;
        }

        if (paragraph[^1] == ',')
        {
            return true;
        }

        var space = paragraph.LastIndexOf(' ');
        if (space > 0 && paragraph.Length - space <= 5 && WrapWordSpans.TryGetValue(paragraph.AsSpan(space + 1), out var word))
        {
            lastWord = word;
            return true;
        }

        return false;
    }

    // After "… led by the", a capital goes on the sentence ("LGA …"), unless it starts a list item ("B) …") or a
    // lead-in ("Resolved that …"), which "… seconded by X and" precedes.
    private static bool StartsLikeProse(string next) =>
        !(next.Length > 1 && next[1] is ')' or '.') && next[0] != '('
        && !next.StartsWith("Resolved", StringComparison.OrdinalIgnoreCase) && !next.StartsWith("Agreed", StringComparison.OrdinalIgnoreCase)
        && !next.StartsWith("Decided", StringComparison.OrdinalIgnoreCase);

    private static void Return(char[] buffer)
    {
        if (buffer.Length > 0)
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static void Flush(List<string> paragraphs, string text, ref int joinedLength, ref int sliceLength, char[] joined, int sliceStart)
    {
        if (joinedLength > 0)
        {
            paragraphs.Add(new string(joined, 0, joinedLength));
            joinedLength = 0;
        }
        else if (sliceLength > 0)
        {
            paragraphs.Add(text.Substring(sliceStart, sliceLength));
            sliceLength = 0;
        }
    }

    private static void Append(ref char[] buffer, ref int length, ReadOnlySpan<char> value)
    {
        if (length + value.Length > buffer.Length)
        {
            var larger = ArrayPool<char>.Shared.Rent(Math.Max(256, Math.Max(buffer.Length * 2, length + value.Length)));
            buffer.AsSpan(0, length).CopyTo(larger);
            Return(buffer);
            buffer = larger;
        }

        value.CopyTo(buffer.AsSpan(length));
        length += value.Length;
    }

    /// <summary>
    /// True when <paramref name="next"/> carries on a sentence the previous line broke off: the previous line ends
    /// in a letter or comma, and the next starts in lower case (not a list item "a) ..." or a "resolved:" lead-in), or
    /// the previous line's last word is one no sentence or label ends on ("of", "the", "and" ...).
    /// </summary>
    private static bool ContinuesWrappedLine(ReadOnlySpan<char> previous, ReadOnlySpan<char> next)
    {
        var last = previous[^1];
        if (last is '-' or '\u2013' && previous.Length >= 40 && previous[^2] == ' ')
        {
            // "… Recyclate Material (KDR) -" then "Mixed Glass Bottles and Jars.": a prose line that stops on a dash
            // between words goes on in the next line, unless that is a label.
            return char.IsLetter(next[0]) && next[..Math.Min(next.Length, 60)].IndexOf(':') < 0
                && previous.ContainsAnyInRange('a', 'z');
        }

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

        // "… took place in the months of June," then "July, and September 2024.": a prose line that stops on a comma goes
        // on at a capital too, unless the next line is a label.
        if (last == ',' && previous.Length >= 40 && char.IsUpper(next[0]) && next.Length > 1 && char.IsLetter(next[1])
            && next[..Math.Min(next.Length, 60)].IndexOf(':') < 0)
        {
            return true;
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

        // "… group of the" then "“Magnificent Seven” …": an opening quote starts the rest of the sentence too.
        if (space < 0 || !(char.IsLetter(next[0]) || (next.Length > 1 && next[0] is '\u201C' or '\u2018' && char.IsLetter(next[1]))))
        {
            return false;
        }

        return WrapWordSpans.Contains(previous[(space + 1)..]);
    }

    private static readonly SearchValues<char> RomanLower = SearchValues.Create("ivxlc");

    // Words a line can end on only when the sentence goes on to the next line.
    private static readonly HashSet<string> WrapWords = new(StringComparer.Ordinal)
    {
        "of", "the", "and", "to", "by", "for", "a", "an", "in", "on", "with", "from", "at", "or", "that", "be",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WrapWordSpans = WrapWords.GetAlternateLookup<ReadOnlySpan<char>>();

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
        var key = label.Replace('\u2019', '\'').Replace('\u2018', '\'').Trim().TrimEnd(LabelEnds).Trim();
        return key.ToLowerInvariant();
    }

    /// <summary>
    /// <see cref="LabelKey(string)"/> written into <paramref name="destination"/> (at least as long as the label), so a
    /// lookup of every paragraph allocates nothing. Lower-casing first gives the same key: it maps no character to or
    /// from a quote, a space or a trimmed character.
    /// </summary>
    public static ReadOnlySpan<char> LabelKey(ReadOnlySpan<char> label, Span<char> destination)
    {
        var key = destination[..label.ToLowerInvariant(destination)];
        key.Replace('\u2019', '\'');
        key.Replace('\u2018', '\'');
        return ((ReadOnlySpan<char>)key).Trim().TrimEnd(LabelEnds).Trim();
    }

    private static readonly char[] LabelEnds = [':', '?', ' ', '.', '\u2013', '-'];

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

    /// <summary>Writes the normalised line into <paramref name="destination"/> (at least as long) and returns its length.</summary>
    private static int NormaliseInto(ReadOnlySpan<char> line, Span<char> destination)
    {
        var length = 0;
        var pendingSpace = false;
        foreach (var c in line)
        {
            // Printable ASCII (most of any line) needs none of the checks below.
            if (c is > ' ' and < '\u007F')
            {
                if (pendingSpace)
                {
                    destination[length++] = ' ';
                    pendingSpace = false;
                }

                destination[length++] = c;
                continue;
            }

            if (c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD')
            {
                continue;
            }

            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = length > 0;
                continue;
            }

            if (pendingSpace)
            {
                destination[length++] = ' ';
                pendingSpace = false;
            }

            destination[length++] = c;
        }

        return length;
    }
}
