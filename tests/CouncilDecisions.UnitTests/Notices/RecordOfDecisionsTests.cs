using System.Globalization;
using System.Text.RegularExpressions;
using CouncilDecisions.Notices;
using UglyToad.PdfPig;

namespace CouncilDecisions.UnitTests.Notices;

public sealed class RecordOfDecisionsTests
{
    private static readonly MeetingDecisionsData Meeting = new()
    {
        Council = "Cambridge City Council",
        Body = "Strategy and Resources Scrutiny Committee",
        MeetingDate = new DateOnly(2018, 7, 2),
        PublicUrl = new Uri("https://democracy.cambridge.gov.uk/ieListDocuments.aspx?MId=3338"),
        Decisions =
        [
            NoticeSamples.Cambridge(),
            NoticeSamples.Cambridge() with
            {
                Title = "Annual Treasury Management Report",
                DecisionText = string.Join("\n\n", Enumerable.Range(1, 120).Select(i => $"Paragraph {i} of a long report.")),
                Resolutions = [new NoticeResolution("1", "Noted the report."), new NoticeResolution("2", "Agreed the limits.")],
            },
            NoticeSamples.Cambridge() with { Title = "Council’s Equality Scheme – review", ScrutinyComments = [] },
        ],
    };

    [Fact]
    public void Contents_list_gives_the_page_where_each_decision_starts()
    {
        var pdf = RecordOfDecisions.Generate(Meeting, NoticeSamples.Created);
        using var document = PdfDocument.Open(pdf);
        var pages = PdfText.Pages(pdf);

        PdfText.AssertInOrder(pages[0],
        [
            "Cambridge City Council", "Record of decisions", "Strategy and Resources Scrutiny Committee",
            "Meeting held on 2 July 2018", "Contents",
        ]);
        for (var i = 0; i < Meeting.Decisions.Count; i++)
        {
            var heading = $"{i + 1}. {Meeting.Decisions[i].Title}";
            var entry = Regex.Match(pages[0], Regex.Escape(heading) + @" (\d+)");
            Assert.True(entry.Success, $"No contents entry for \"{heading}\".");
            var page = int.Parse(entry.Groups[1].Value, CultureInfo.InvariantCulture);

            // Each decision starts a page: after the running header comes its heading.
            Assert.StartsWith($"Cambridge City Council Record of decisions {heading}", pages[page - 1], StringComparison.Ordinal);
        }

        Assert.Equal(pages.Count, document.NumberOfPages);
        Assert.Contains($"Page {pages.Count} of {pages.Count}", pages[^1], StringComparison.Ordinal);
        Assert.Equal("Cambridge City Council", document.Information.Author);
        Assert.Equal("Record of decisions: Strategy and Resources Scrutiny Committee, 2 July 2018", document.Information.Title);
    }

    [Fact]
    public void Record_holds_every_resolution_of_every_decision_in_order()
    {
        var text = PdfText.Content(RecordOfDecisions.Generate(Meeting, NoticeSamples.Created));

        PdfText.AssertInOrder(text, Meeting.Decisions.SelectMany(d =>
            new[] { d.Title }.Concat(d.Resolutions.Select(r => $"{r.Label} {r.Text}")).Append(d.PublicUrl.AbsoluteUri)));
    }
}
