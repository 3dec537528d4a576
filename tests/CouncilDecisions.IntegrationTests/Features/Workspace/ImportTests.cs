using System.Net;
using System.Net.Http.Headers;
using CouncilDecisions.Data;
using CouncilDecisions.Domain;
using CouncilDecisions.IntegrationTests.Features.Authorization;
using CouncilDecisions.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CouncilDecisions.IntegrationTests.Features.Workspace;

public sealed class ImportTests(CouncilDecisionsAppFactory factory) : IClassFixture<CouncilDecisionsAppFactory>
{
    private const string Seed = "cambridge-decision-details-digital-transformation-strategy.txt";

    internal static async Task<HttpResponseMessage> UploadAsync(OfficerSession officer, byte[] content, string fileName, string contentType)
    {
        var page = await officer.GetDocumentAsync("/workspace/import");
        var token = page.QuerySelector("form[action='/workspace/import'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        form.Add(file, "file", fileName);
        return await officer.Client.PostAsync(new Uri("/workspace/import", UriKind.Relative), form);
    }

    private static async Task<string> ErrorSummaryAsync(HttpResponseMessage response) =>
        (await OfficerSession.ParseAsync(response)).QuerySelector(".govuk-error-summary a[href='#file']")?.TextContent ?? "(no error summary)";

    [Fact]
    public async Task An_upload_over_2_MB_gets_a_413_page_with_an_error_summary()
    {
        using var officer = await OfficerSession.SignInAsync(factory, Roles.Officer);
        var response = await UploadAsync(officer, new byte[(3 * 1024 * 1024) + 5], "big.txt", "text/plain");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("The selected file must be smaller than 2 MB", await ErrorSummaryAsync(response));
    }

    [Theory]
    [InlineData("report.pdf", "application/pdf", new byte[] { 0x25, 0x50, 0x44, 0x46 }, "The selected file must be a plain text file (.txt), not application/pdf")]
    [InlineData("image.txt", "text/plain", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x00, 0x0D }, "The selected file is not text: it contains binary data")]
    [InlineData("latin1.txt", "text/plain", new byte[] { 0x43, 0x61, 0x66, 0xE9, 0x0A }, "The selected file must be saved as UTF-8 text")]
    public async Task A_non_text_upload_gets_a_400_with_an_error_summary(string fileName, string contentType, byte[] content, string message)
    {
        using var officer = await OfficerSession.SignInAsync(factory, Roles.Officer);
        var response = await UploadAsync(officer, content, fileName, contentType);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, await ErrorSummaryAsync(response));
    }

    [Fact]
    public async Task An_officer_reviews_corrects_and_saves_a_draft_and_nothing_is_written_before_they_confirm()
    {
        using var officer = await OfficerSession.SignInAsync(factory, Roles.Officer);
        var text = await File.ReadAllBytesAsync(Path.Combine(TestPaths.SeedsFolder, Seed));
        var review = await UploadAsync(officer, text, Seed, "text/plain");
        Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        var page = await OfficerSession.ParseAsync(review);
        Assert.Equal("Digital Transformation Strategy", page.QuerySelector("textarea#Title")!.TextContent.Trim());
        Assert.Contains("Digital Transformation Strategy", page.QuerySelector("pre.app-source-text")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await factory.WithDbAsync(db => db.SourceDocuments.CountAsync()));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Decisions.CountAsync()));

        var saved = await officer.SubmitAsync(page, "form[action='/workspace/import/save']", new() { ["Title"] = "Digital Transformation Strategy 2025" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var decision = await factory.WithDbAsync(db => db.Decisions.AsNoTracking().SingleAsync());
        Assert.Equal("Digital Transformation Strategy 2025", decision.Title);
        Assert.Equal(PublicationState.Draft, decision.State);
        Assert.Equal($"/workspace/decisions/{decision.Id}", saved.Headers.Location!.OriginalString);
        var source = await factory.WithDbAsync(db => db.SourceDocuments.AsNoTracking().SingleAsync());
        Assert.StartsWith("officer-", source.ImportedBy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tampered_token_is_refused_without_writing_anything()
    {
        using var officer = await OfficerSession.SignInAsync(factory, Roles.Officer);
        var before = await factory.WithDbAsync(db => db.SourceDocuments.CountAsync());
        var page = await officer.GetDocumentAsync("/workspace/import");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Token", "not-a-protected-payload"), new("Title", "X"), new("Council", "Y")]);
        var response = await officer.Client.PostAsync(new Uri("/workspace/import/save", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await factory.WithDbAsync(db => db.SourceDocuments.CountAsync()));
    }
}
