using System.Diagnostics;
using System.Globalization;
using System.Text;
using CouncilDecisions.Notices;
using UglyToad.PdfPig;

namespace CouncilDecisions.UnitTests.Notices;

public sealed class BoundedGenerationTests
{
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-GB");

    [Fact]
    public void Pathological_decision_renders_every_resolution_in_order_quickly()
    {
        var text = new StringBuilder();
        while (text.Length < 100_000)
        {
            text.Append("The committee considered the report at length and asked further questions. ");
        }

        var resolutions = Enumerable.Range(1, 500)
            .Select(i => new NoticeResolution($"({i})", $"Resolution number {i.ToString(Culture)} was agreed."))
            .ToList();
        var data = NoticeSamples.Cambridge() with { DecisionText = text.ToString(0, 100_000), Resolutions = resolutions };

        var stopwatch = Stopwatch.StartNew();
        var pdf = DecisionNotice.Generate(data, NoticeSamples.Created);
        stopwatch.Stop();

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(20), $"Took {stopwatch.Elapsed}.");
        using var document = PdfDocument.Open(pdf);
        Assert.InRange(document.NumberOfPages, 20, NoticeLimits.MaximumPages);
        PdfText.AssertInOrder(PdfText.Content(pdf), resolutions.Select(r => $"{r.Label} {r.Text}"));
    }

    [Fact]
    public void Decision_over_the_character_limit_is_refused_with_nothing_written()
    {
        var data = NoticeSamples.Cambridge() with { DecisionText = new string('a', NoticeLimits.MaximumCharacters + 1) };
        using var output = new MemoryStream();

        var refusal = Assert.Throws<NoticeTooLargeException>(() => DecisionNotice.Generate(data, output));

        Assert.Contains("limit", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(0, output.Length);
    }

    [Fact]
    public void Decision_over_the_page_limit_is_refused_quickly()
    {
        // Under the character limit, but one short paragraph per line runs well past 300 pages.
        var data = NoticeSamples.Cambridge() with
        {
            DecisionText = string.Join("\n\n", Enumerable.Range(1, 30_000).Select(i => i.ToString(Culture))),
        };
        using var output = new MemoryStream();
        var stopwatch = Stopwatch.StartNew();

        Assert.Throws<NoticeTooLargeException>(() => DecisionNotice.Generate(data, output));

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(20), $"Took {stopwatch.Elapsed}.");
        Assert.Equal(0, output.Length);
    }
}
