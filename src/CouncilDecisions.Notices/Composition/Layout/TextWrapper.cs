using System.Text;
using CouncilDecisions.Notices.Fonts;

namespace CouncilDecisions.Notices.Composition.Layout;

/// <summary>Cleans text for drawing and breaks it into lines that fit a width.</summary>
internal static class TextWrapper
{
    private const char NoBreakSpace = '\u00A0';

    // Where an over-long word (usually a URL) reads best when it has to be broken.
    private const string PreferredBreaksAfter = "/-?&=._#,;:";

    /// <summary>
    /// Splits into paragraphs (at blank lines) of hard lines (at single newlines), each cleaned: whitespace becomes
    /// a space, non-breaking spaces are kept as U+00A0 until drawing, invisible characters go, and characters the
    /// font cannot draw become U+FFFD.
    /// </summary>
    public static List<List<string>> Paragraphs(string text, FontFace face)
    {
        var paragraphs = new List<List<string>>();
        var current = new List<string>();
        foreach (var rawLine in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = Clean(rawLine, face);
            if (line.Length == 0)
            {
                if (current.Count > 0)
                {
                    paragraphs.Add(current);
                    current = [];
                }

                continue;
            }

            current.Add(line);
        }

        if (current.Count > 0)
        {
            paragraphs.Add(current);
        }

        return paragraphs;
    }

    /// <summary>Single-line clean-up for labels and keys, trimmed of ordinary spaces.</summary>
    /// <remarks>A leading non-breaking space may be deliberate indentation, so only U+0020 is trimmed.</remarks>
    public static string Clean(string text, FontFace face) => CleanCharacters(text, face).Trim(' ');

    /// <summary>Replaces or drops what cannot be drawn; keeps spaces where they are (header and footer spans).</summary>
    public static string CleanCharacters(string text, FontFace face)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is NoBreakSpace or '\u2007' or '\u202F')
            {
                builder.Append(NoBreakSpace);
            }
            else if (char.IsWhiteSpace(c))
            {
                builder.Append(' ');
            }
            else if (c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' || char.IsControl(c))
            {
                continue;
            }
            else if (char.IsHighSurrogate(c))
            {
                // DejaVu has nothing outside the BMP that minutes use; one replacement per pair, not two.
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                }

                builder.Append(FontFace.Replacement);
            }
            else
            {
                builder.Append(face.Covers(c) ? c : FontFace.Replacement);
            }
        }

        return builder.ToString();
    }

    /// <summary>What is drawn: non-breaking spaces are spaces on the page and in extracted text.</summary>
    public static string ForDrawing(string line) => line.Replace(NoBreakSpace, ' ');

    /// <summary>
    /// Greedy word wrap of a cleaned line. Words wider than the line are broken, after a URL-like separator when
    /// one falls in the second half of the piece, otherwise at the last character that fits.
    /// </summary>
    public static List<string> Wrap(string line, FontFace face, float size, float maxWidth)
    {
        var lines = new List<string>();
        var current = new StringBuilder();
        var currentWidth = 0f;
        var spaceWidth = face.Measure(' ', size);

        foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var wordWidth = face.Measure(word, size);
            if (current.Length > 0 && currentWidth + spaceWidth + wordWidth <= maxWidth)
            {
                current.Append(' ').Append(word);
                currentWidth += spaceWidth + wordWidth;
                continue;
            }

            if (current.Length > 0)
            {
                lines.Add(current.ToString());
                current.Clear();
                currentWidth = 0f;
            }

            var rest = word.AsSpan();
            while (face.Measure(rest, size) > maxWidth)
            {
                var cut = BreakPoint(rest, face, size, maxWidth);
                lines.Add(rest[..cut].ToString());
                rest = rest[cut..];
            }

            current.Append(rest);
            currentWidth = face.Measure(rest, size);
        }

        if (current.Length > 0)
        {
            lines.Add(current.ToString());
        }

        return lines;
    }

    private static int BreakPoint(ReadOnlySpan<char> word, FontFace face, float size, float maxWidth)
    {
        var width = 0f;
        var fits = 0;
        var preferred = 0;
        while (fits < word.Length)
        {
            width += face.Measure(word[fits], size);
            if (width > maxWidth)
            {
                break;
            }

            if (PreferredBreaksAfter.Contains(word[fits], StringComparison.Ordinal))
            {
                preferred = fits + 1;
            }

            fits++;
        }

        // Always make progress, even on a line narrower than one character.
        fits = Math.Max(fits, 1);
        return preferred > fits / 2 ? preferred : fits;
    }
}
