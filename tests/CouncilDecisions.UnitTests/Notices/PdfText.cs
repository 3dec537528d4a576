using System.Text.RegularExpressions;
using UglyToad.PdfPig;

namespace CouncilDecisions.UnitTests.Notices;

/// <summary>Reads generated PDFs back with PdfPig, an implementation independent of Skia.</summary>
internal static partial class PdfText
{
    /// <summary>Each page's words joined by single spaces, in drawing order.</summary>
    public static List<string> Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text)))];
    }

    /// <summary>
    /// The words of the content area only (inside the 56 pt margins), all pages joined: what flows across page
    /// breaks, without the header and footer drawn in the margins.
    /// </summary>
    public static string Content(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()
            .Where(w => w.BoundingBox.Bottom > 56 && w.BoundingBox.Top < p.Height - 56)
            .Select(w => w.Text)));
    }

    /// <summary>All pages as one string.</summary>
    public static string All(byte[] pdf) => string.Join(" ", Pages(pdf));

    /// <summary>Collapses runs of whitespace, as wrapping and word extraction do.</summary>
    public static string Normalise(string text) => Whitespace().Replace(text.Replace('\u00A0', ' '), " ").Trim();

    /// <summary>Asserts the expected texts occur in this order, each after the previous one.</summary>
    public static void AssertInOrder(string actual, IEnumerable<string> expected)
    {
        var position = 0;
        foreach (var text in expected.Select(Normalise))
        {
            var found = actual.IndexOf(text, position, StringComparison.Ordinal);
            Assert.True(found >= 0, $"Expected \"{text}\" after position {position}.");
            position = found + text.Length;
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
