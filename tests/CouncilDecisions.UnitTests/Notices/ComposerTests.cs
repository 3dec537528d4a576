using CouncilDecisions.Notices.Composition;
using CouncilDecisions.Notices.Composition.Layout;
using CouncilDecisions.Notices.Fonts;

namespace CouncilDecisions.UnitTests.Notices;

public sealed class ComposerTests
{
    [Fact]
    public void Long_unbroken_word_is_broken_into_lines_that_fit()
    {
        var word = string.Concat(Enumerable.Repeat("Supercalifragilistic", 20));

        var lines = TextWrapper.Wrap(word, FontFace.Regular, 11f, 120f);

        Assert.True(lines.Count > 5);
        Assert.All(lines, l => Assert.True(FontFace.Regular.Measure(l, 11f) <= 120f, $"\"{l}\" is too wide."));
        Assert.Equal(word, string.Concat(lines));
    }

    [Fact]
    public void Long_url_breaks_after_a_separator()
    {
        const string url = "https://democracy.example.gov.uk/documents/s12345/Appendix%20A%20Digital%20Transformation%20Strategy.pdf";

        var lines = TextWrapper.Wrap("See " + url + " now", FontFace.Regular, 11f, 200f);

        Assert.Equal("See", lines[0]);
        Assert.Equal("See" + url + "now", string.Concat(lines).Replace(" ", string.Empty, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.EndsWith('/'));
        Assert.All(lines, l => Assert.True(FontFace.Regular.Measure(l, 11f) <= 200f));
    }

    [Fact]
    public void Words_wrap_greedily_without_losing_any()
    {
        var words = Enumerable.Range(1, 300).Select(i => $"word{i}").ToList();

        var lines = TextWrapper.Wrap(string.Join(' ', words), FontFace.Regular, 11f, 483f);

        Assert.Equal(words, lines.SelectMany(l => l.Split(' ')));
        Assert.All(lines, l => Assert.True(FontFace.Regular.Measure(l, 11f) <= 483f));
    }

    [Fact]
    public void A_heading_is_never_the_last_line_on_a_page()
    {
        // Headings after every possible amount of filler, so some fall at each position near a page bottom.
        var document = Document.Create(d => d.Page(page => page.Content().Column(column =>
        {
            for (var filler = 0; filler < 60; filler++)
            {
                column.Item().Heading($"Heading {filler}", 1 + (filler % 3));
                column.Item().Text(string.Join(' ', Enumerable.Repeat("filler text", filler * 3)));
            }
        })));

        var pages = document.Layout().Pages;

        Assert.True(pages.Count > 5);
        foreach (var page in pages)
        {
            Assert.False(page.Lines[^1].Line.IsHeading, $"Page {page.Number} ends with \"{page.Lines[^1].Line.Text}\".");
        }

        var headings = pages.SelectMany(p => p.Lines).Where(l => l.Line.IsHeading).Select(l => l.Line.Text).ToList();
        Assert.Equal(Enumerable.Range(0, 60).Select(i => $"Heading {i}"), headings);
    }

    [Fact]
    public void Pagination_places_every_line_once_within_the_page()
    {
        var document = Document.Create(d => d.Page(page => page.Content().Column(column =>
        {
            column.Item().Text(string.Join("\n\n", Enumerable.Range(1, 400).Select(i => $"Paragraph {i}.")));
        })));

        var pages = document.Layout().Pages;
        var lines = pages.SelectMany(p => p.Lines).Select(l => l.Line.Text).ToList();

        Assert.Equal(Enumerable.Range(1, 400).Select(i => $"Paragraph {i}."), lines);
        Assert.All(pages.SelectMany(p => p.Lines), l => Assert.True(l.Top + l.Line.Height <= 842 - 112));
    }

    [Fact]
    public void Document_over_the_page_limit_is_refused_before_drawing()
    {
        var document = Document.Create(d => d.Page(page => page.Content().Column(column =>
            column.Item().Text(string.Join("\n\n", Enumerable.Range(1, 500).Select(i => $"Paragraph {i}."))))))
            .WithMaximumPages(3);
        using var output = new MemoryStream();

        Assert.Throws<CouncilDecisions.Notices.NoticeTooLargeException>(() => document.GeneratePdf(output));
        Assert.Equal(0, output.Length);
    }
}
