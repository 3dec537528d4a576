using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using CouncilDecisions.Domain;
using CouncilDecisions.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace CouncilDecisions.IntegrationTests.Features.Notices;

public sealed class NoticeEndpointTests(SeededAppFactory app) : IClassFixture<SeededAppFactory>
{
    [Fact]
    public async Task Decision_notice_is_a_pdf_with_every_field_a_file_name_and_an_etag()
    {
        var id = await DecisionIdAsync("Digital Transformation Strategy");
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri($"/decisions/{id}/notice.pdf", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("cambridge-city-council-digital-transformation-strategy-decision-notice.pdf", response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.NotNull(response.Headers.ETag);
        var text = PdfText(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("Cambridge City Council", text, StringComparison.Ordinal);
        Assert.Contains("Record of decision", text, StringComparison.Ordinal);
        Assert.Contains("Executive Councillor for Transformation", text, StringComparison.Ordinal);
        Assert.Contains("2 July 2018", text, StringComparison.Ordinal);
        Assert.Contains("9 October 2018", text, StringComparison.Ordinal);
        Assert.Contains("Not subject to call-in", text, StringComparison.Ordinal);
        Assert.Contains("Approved the draft Digital Transformation Strategy attached at Appendix A of the officer’s report.", text, StringComparison.Ordinal);
        Assert.Contains($"/decisions/{id}/digital-transformation-strategy", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_matching_etag_gets_304_and_a_changed_revision_gets_a_new_notice()
    {
        var id = await DecisionIdAsync("Croydon Digital Strategy");
        using var client = app.CreateClient();
        using var first = await client.GetAsync(new Uri($"/decisions/{id}/notice.pdf", UriKind.Relative));
        var etag = first.Headers.ETag!;

        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri($"/decisions/{id}/notice.pdf", UriKind.Relative));
        again.Headers.IfNoneMatch.Add(etag);
        using var notModified = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);

        await app.WithDbAsync(async db =>
        {
            var decision = await db.Decisions.SingleAsync(d => d.Id == id);
            decision.Reasons = "To give residents a better website.";
            await db.SaveChangesAsync();
        });

        using var afterEdit = new HttpRequestMessage(HttpMethod.Get, new Uri($"/decisions/{id}/notice.pdf", UriKind.Relative));
        afterEdit.Headers.IfNoneMatch.Add(etag);
        using var changed = await client.SendAsync(afterEdit);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
        Assert.Contains("To give residents a better website.", PdfText(await changed.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_seed_decision_notice_lists_its_resolutions_in_order_with_their_labels()
    {
        var decisions = await app.WithDbAsync(db => db.Decisions
            .Where(d => d.State == PublicationState.Published && d.SourceDocumentId != null)
            .Select(d => new { d.Id, Resolutions = d.Resolutions.OrderBy(r => r.Position).Select(r => new { r.Label, r.Text }).ToList() })
            .ToListAsync());
        Assert.Equal(5, decisions.Count);
        Assert.Equal(8, decisions.Sum(d => d.Resolutions.Count)); // 000: i.; 002: 1, 2; 003: (a), (b); 004: 1, 2, 3
        using var client = app.CreateClient();

        foreach (var decision in decisions)
        {
            var text = Flatten(PdfText(await client.GetByteArrayAsync(new Uri($"/decisions/{decision.Id}/notice.pdf", UriKind.Relative))));
            var from = text.IndexOf("Resolutions", StringComparison.Ordinal);
            foreach (var resolution in decision.Resolutions)
            {
                var at = text.IndexOf($"{resolution.Label} {Flatten(resolution.Text)}", Math.Max(from, 0), StringComparison.Ordinal);
                Assert.True(at >= 0, $"decision {decision.Id}: resolution {resolution.Label} missing or out of order");
                from = at + 1;
            }
        }
    }

    [Fact]
    public async Task Meeting_record_of_decisions_has_a_contents_list_and_its_decisions()
    {
        var meetingId = await app.WithDbAsync(db => db.Meetings.Where(m => m.Body.Name == "Cabinet").Select(m => m.Id).SingleAsync());
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri($"/meetings/{meetingId}/decisions.pdf", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("oxfordshire-county-council-cabinet-2019-12-17-record-of-decisions.pdf", response.Content.Headers.ContentDisposition?.FileNameStar);
        var text = PdfText(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("Contents", text, StringComparison.Ordinal);
        Assert.Contains("17 December 2019", text, StringComparison.Ordinal);
        Assert.Contains("adopt the Local Digital Declaration and become a signatory.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drafts_withdrawn_and_unknown_records_have_no_notice()
    {
        var (draftId, withdrawnId) = await app.WithDbAsync(async db =>
        {
            var council = await db.Councils.FirstAsync();
            var draft = new Decision { Council = council, Title = "Draft decision", Slug = "draft-decision", State = PublicationState.Draft };
            var withdrawn = new Decision { Council = council, Title = "Withdrawn decision", Slug = "withdrawn-decision", State = PublicationState.Withdrawn, WithdrawnReason = "Made in error" };
            db.Decisions.AddRange(draft, withdrawn);
            await db.SaveChangesAsync();
            return (draft.Id, withdrawn.Id);
        });
        using var client = app.CreateClient();

        foreach (var path in new[] { $"/decisions/{draftId}/notice.pdf", $"/decisions/{withdrawnId}/notice.pdf", "/decisions/999999/notice.pdf", "/meetings/999999/decisions.pdf" })
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Fact]
    public async Task A_decision_too_large_to_print_gets_413_rather_than_a_hang()
    {
        var id = await app.WithDbAsync(async db =>
        {
            var council = await db.Councils.FirstAsync();
            var huge = new Decision
            {
                Council = council, Title = "Huge decision", Slug = "huge-decision", State = PublicationState.Published,
                DecisionText = string.Join(' ', Enumerable.Repeat("The council resolved to note the report.", 60_000)),
            };
            db.Decisions.Add(huge);
            await db.SaveChangesAsync();
            return huge.Id;
        });
        using var client = app.CreateClient();
        var clock = Stopwatch.StartNew();

        using var response = await client.GetAsync(new Uri($"/decisions/{id}/notice.pdf", UriKind.Relative));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"refusal took {clock.Elapsed}");
    }

    [ToolFact("qpdf", "qpdf")]
    public async Task Qpdf_finds_the_notice_valid() =>
        Assert.Equal(0, (await RunOnNoticeAsync("qpdf", "--check")).ExitCode);

    [ToolFact("pdffonts", "poppler-utils")]
    public async Task Pdffonts_shows_embedded_subset_fonts()
    {
        var (exitCode, output) = await RunOnNoticeAsync("pdffonts", null);

        Assert.Equal(0, exitCode);
        var fontLines = output.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
        Assert.NotEmpty(fontLines);
        Assert.All(fontLines, line =>
        {
            Assert.Matches(@"^[A-Z]{6}\+DejaVuSans", line);
            Assert.Contains(" yes yes ", line, StringComparison.Ordinal);
        });
    }

    [ToolFact("pdftotext", "poppler-utils")]
    public async Task Pdftotext_reads_the_resolutions_exactly()
    {
        var (exitCode, output) = await RunOnNoticeAsync("pdftotext", null, "-");

        Assert.Equal(0, exitCode);
        Assert.Contains("Approved the draft Digital Transformation Strategy attached at Appendix A of the", output, StringComparison.Ordinal);
        Assert.Contains("officer’s report.", output, StringComparison.Ordinal);
    }

    private async Task<(int ExitCode, string Output)> RunOnNoticeAsync(string tool, string? option, string? trailing = null)
    {
        var id = await DecisionIdAsync("Digital Transformation Strategy");
        using var client = app.CreateClient();
        var path = Path.Combine(Path.GetTempPath(), $"notice-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, await client.GetByteArrayAsync(new Uri($"/decisions/{id}/notice.pdf", UriKind.Relative)));
        try
        {
            var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
            if (option is not null)
            {
                start.ArgumentList.Add(option);
            }

            start.ArgumentList.Add(path);
            if (trailing is not null)
            {
                start.ArgumentList.Add(trailing);
            }

            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            return (process.ExitCode, output);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private Task<int> DecisionIdAsync(string title) =>
        app.WithDbAsync(db => db.Decisions.Where(d => d.Title == title).Select(d => d.Id).SingleAsync());

    private static string PdfText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    private static string Flatten(string text) => string.Join(' ', text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
