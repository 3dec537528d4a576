using System.Net;
using System.Text;
using CouncilDecisions.Data;
using CouncilDecisions.IntegrationTests.Features.Authorization;
using CouncilDecisions.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CouncilDecisions.IntegrationTests.Features.Workspace;

/// <summary>Its own app and database: the other import tests count what an import writes from empty.</summary>
public sealed class ImportConflictTests(CouncilDecisionsAppFactory factory) : IClassFixture<CouncilDecisionsAppFactory>
{
    private const string Seed = "cambridge-decision-details-digital-transformation-strategy.txt";

    [Fact]
    public async Task A_changed_text_of_a_record_an_officer_edited_gets_a_409_and_keeps_the_edit()
    {
        using var officer = await OfficerSession.SignInAsync(factory, Roles.Officer);
        var original = await File.ReadAllTextAsync(Path.Combine(TestPaths.SeedsFolder, Seed));
        var changed = original.Replace("Approved the draft Digital Transformation Strategy", "Approved the final Digital Transformation Strategy", StringComparison.Ordinal);

        var saved = await ReviewAndSaveAsync(officer, original);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var id = await factory.WithDbAsync(db => db.Decisions.Select(d => d.Id).SingleAsync());
        var edited = await officer.SubmitAsync($"/workspace/decisions/{id}/edit", "form[novalidate]", new() { ["Status"] = "Decision made after review" }, submit: "save");
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);

        var refused = await ReviewAndSaveAsync(officer, changed);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var summary = (await OfficerSession.ParseAsync(refused)).QuerySelector(".govuk-error-summary")?.TextContent ?? "(no error summary)";
        Assert.Contains($"Decision {id} was edited by ", summary, StringComparison.Ordinal);
        Assert.Contains("nothing was written", summary, StringComparison.Ordinal);
        var decision = await factory.WithDbAsync(db => db.Decisions.AsNoTracking().Include(d => d.Resolutions).SingleAsync());
        Assert.Equal("Decision made after review", decision.Status);
        Assert.StartsWith("Approved the draft", Assert.Single(decision.Resolutions).Text, StringComparison.Ordinal);
        Assert.Equal(1, await factory.WithDbAsync(db => db.SourceDocuments.CountAsync()));
    }

    private static async Task<HttpResponseMessage> ReviewAndSaveAsync(OfficerSession officer, string text)
    {
        var review = await ImportTests.UploadAsync(officer, Encoding.UTF8.GetBytes(text), "cambridge.txt", "text/plain");
        Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        return await officer.SubmitAsync(await OfficerSession.ParseAsync(review), "form[action='/workspace/import/save']", []);
    }
}
