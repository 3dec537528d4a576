using System.Text;
using CouncilDecisions.Notices;
using UglyToad.PdfPig;

namespace CouncilDecisions.UnitTests.Notices;

public sealed class DecisionNoticeTests
{
    private readonly byte[] _pdf = DecisionNotice.Generate(NoticeSamples.Cambridge(), NoticeSamples.Created);

    [Fact]
    public void Notice_prints_every_field_of_the_seed_decision_in_order()
    {
        var text = PdfText.All(_pdf);

        PdfText.AssertInOrder(text,
        [
            "Cambridge City Council",
            "Record of decision",
            "Digital Transformation Strategy",
            "Decision maker", "Executive Councillor for Transformation",
            "Date of decision", "2 July 2018",
            "Date of publication", "9 October 2018",
            "Key decision", "Yes",
            "Call-in", "Not subject to call-in",
            "Decision status", "Recommendations Approved",
            "Purpose", "Whether to adopt the draft Digital Transformation Strategy for Cambridge City Council.",
            "Decision", "The Officer’s report introduced a draft Digital Transformation Strategy for the Council. The strategy set out a vision",
            "i. Approved the draft Digital Transformation Strategy attached at Appendix A of the officer’s report.",
            "Reasons for the decision", "As set out in the Officer’s report.",
            "Alternative options considered and rejected", "Not applicable.",
            "Conflicts of interest", "No conflicts of interest were declared by the Executive Councillor.",
            "Scrutiny considerations",
            "https://democracy.cambridge.gov.uk/ieDecisionDetails.aspx?ID=3553",
        ]);
    }

    [Fact]
    public void Notice_lists_comments_then_responses_with_their_labels()
    {
        var text = PdfText.All(_pdf);

        PdfText.AssertInOrder(text,
        [
            "Comments",
            .. NoticeSamples.Comments.Select((c, i) => $"{NoticeSamples.RomanLabels[i]} {c}"),
            "Responses",
            .. NoticeSamples.Responses.Select((r, i) => $"{NoticeSamples.RomanLabels[i]} {r}"),
        ]);
    }

    [Fact]
    public void Notice_has_page_footers_and_metadata()
    {
        using var document = PdfDocument.Open(_pdf);
        var pages = document.NumberOfPages;

        Assert.Equal(2, pages);
        var texts = PdfText.Pages(_pdf);
        for (var i = 0; i < pages; i++)
        {
            Assert.Contains($"Page {i + 1} of {pages}", texts[i], StringComparison.Ordinal);
        }

        var info = document.Information;
        Assert.Equal("Record of decision: Digital Transformation Strategy", info.Title);
        Assert.Equal("Cambridge City Council", info.Author);
        Assert.Equal("Decision by Executive Councillor for Transformation on 2 July 2018", info.Subject);
        Assert.Equal("CouncilDecisions", info.Creator);
        Assert.Equal(NoticeSamples.Created, info.GetCreatedDateTimeOffset());
    }

    [Fact]
    public void Notice_embeds_subset_fonts_and_stays_small()
    {
        Assert.True(_pdf.Length < 150 * 1024, $"The notice is {_pdf.Length} bytes.");

        using var document = PdfDocument.Open(_pdf);
        var fonts = document.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName).Distinct().ToList();
        // "ABCDEF+" is the PDF convention for a subset font program.
        Assert.Contains(fonts, f => f?.Contains("+DejaVuSans", StringComparison.Ordinal) == true);
        Assert.Contains(fonts, f => f?.Contains("Bold", StringComparison.Ordinal) == true);

        // An embedded program (FontFile2) is present, and much smaller than the 757 KB DejaVuSans.ttf.
        var raw = Encoding.Latin1.GetString(_pdf);
        Assert.Contains("/FontFile2", raw, StringComparison.Ordinal);
    }

    [Fact]
    public void One_page_notice_is_under_150_KB_with_one_footer()
    {
        var pdf = DecisionNotice.Generate(NoticeSamples.Cambridge() with { ScrutinyComments = [] }, NoticeSamples.Created);

        using var document = PdfDocument.Open(pdf);
        Assert.Equal(1, document.NumberOfPages);
        Assert.Contains("Page 1 of 1", PdfText.All(pdf), StringComparison.Ordinal);
        Assert.True(pdf.Length < 150 * 1024, $"The notice is {pdf.Length} bytes.");
    }

    [Fact]
    public void Special_characters_extract_exactly()
    {
        const string special = "Fees of £5 – or €6 — for “Caffi’r Ŵyl” in ‘Rhŷd’ café, and officers’ fees.";
        var data = NoticeSamples.Cambridge() with { Purpose = special + "\n\nNon\u00A0breaking\u00A0spaces." };

        var text = PdfText.All(DecisionNotice.Generate(data, NoticeSamples.Created));

        Assert.Contains(special, text, StringComparison.Ordinal);
        Assert.Contains("Non breaking spaces.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ﬃ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Notice_links_to_the_public_page()
    {
        using var document = PdfDocument.Open(_pdf);

        var links = document.GetPages().SelectMany(p => p.GetHyperlinks()).Select(h => h.Uri).ToList();

        Assert.Contains("https://democracy.cambridge.gov.uk/ieDecisionDetails.aspx?ID=3553", links);
    }

    [Fact]
    public void Long_decision_keeps_every_line_exactly_once_and_in_order()
    {
        var sentences = Enumerable.Range(1, 600).Select(i => $"Sentence number {i:D4} of the long decision text ends here.").ToList();
        var data = NoticeSamples.Cambridge() with { DecisionText = string.Join(" ", sentences) };

        var pdf = DecisionNotice.Generate(data, NoticeSamples.Created);
        var text = PdfText.Content(pdf);

        using var document = PdfDocument.Open(pdf);
        Assert.True(document.NumberOfPages > 5);
        var position = 0;
        foreach (var sentence in sentences)
        {
            var found = text.IndexOf(sentence, position, StringComparison.Ordinal);
            Assert.True(found >= 0, $"\"{sentence}\" is missing or out of order.");
            Assert.Equal(-1, text.IndexOf(sentence, found + sentence.Length, StringComparison.Ordinal));
            position = found + sentence.Length;
        }
    }
}
