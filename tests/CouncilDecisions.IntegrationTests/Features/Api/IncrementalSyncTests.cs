using System.Globalization;
using System.Net;
using CouncilDecisions.Domain;
using CouncilDecisions.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CouncilDecisions.IntegrationTests.Features.Api;

/// <summary>modified_since, withdrawn markers and drafts; each test changes the data, so each has an app of its own.</summary>
public sealed class IncrementalSyncTests
{
    [Fact]
    public async Task Modified_since_returns_only_newer_records_with_a_withdrawn_one_as_deleted_marker()
    {
        await using var app = new SeededAppFactory();
        using var client = app.CreateClient();
        var before = await client.GetJsonAsync("/api/v1/decisions");
        Assert.Equal(5, before.Data().Count);
        await Task.Delay(50);
        var since = DateTime.UtcNow;
        await Task.Delay(50);

        await app.WithDbAsync(async db =>
        {
            var croydon = await db.Decisions.SingleAsync(d => d.Title == "Croydon Digital Strategy");
            croydon.State = PublicationState.Withdrawn;
            croydon.WithdrawnUtc = DateTime.UtcNow;
            croydon.WithdrawnReason = "Published in error: the report was exempt.";
            var melton = await db.Decisions.SingleAsync(d => d.Title == "Digital Strategy - Phase One");
            melton.Status = "Decision made";
            await db.SaveChangesAsync();
        });

        var changed = await client.GetJsonAsync("/api/v1/decisions?modified_since=" + Uri.EscapeDataString(since.ToString("O", CultureInfo.InvariantCulture)));
        var data = changed.Data();
        Assert.Equal(2, data.Count);
        var marker = Assert.Single(data, d => d.GetProperty("deleted").GetBoolean());
        Assert.Equal("Published in error: the report was exempt.", marker.Text("reason"));
        Assert.Equal("withdrawn", marker.Text("state"));
        Assert.False(marker.TryGetProperty("name", out _), "a marker carries no content");
        Assert.True(DateTime.Parse(marker.Text("modified"), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal) >= since);
        var updated = Assert.Single(data, d => !d.GetProperty("deleted").GetBoolean());
        Assert.Equal("Digital Strategy - Phase One", updated.Text("name"));
        Assert.Equal("Decision made", updated.Text("status"));

        // Never a 404 for something that was published: the object itself is the marker now.
        var direct = await client.GetJsonAsync(marker.Text("id"));
        Assert.True(direct.GetProperty("deleted").GetBoolean());
        Assert.Equal("Published in error: the report was exempt.", direct.Text("reason"));

        // The full list shows what is published.
        var full = await client.GetJsonAsync("/api/v1/decisions");
        Assert.Equal(4, full.Data().Count);
        Assert.DoesNotContain(full.Data(), d => d.Text("id") == marker.Text("id"));
        Assert.Empty((await client.GetJsonAsync("/api/v1/councils?modified_since=" + Uri.EscapeDataString(since.ToString("O", CultureInfo.InvariantCulture)))).Data());
    }

    [Fact]
    public async Task Drafts_never_appear()
    {
        await using var app = new SeededAppFactory();
        using var client = app.CreateClient();
        var key = await app.WithDbAsync(async db =>
        {
            var decision = await db.Decisions.SingleAsync(d => d.Title == "Digital Strategy");
            decision.State = PublicationState.Draft;
            var meeting = await db.Meetings.SingleAsync(m => m.Date == new DateOnly(2019, 11, 27));
            meeting.State = PublicationState.Draft;
            await db.SaveChangesAsync();
            return (decision.Id, meeting.Id);
        });

        await client.GetJsonAsync($"/api/v1/decisions/{key.Item1}", HttpStatusCode.NotFound);
        await client.GetJsonAsync($"/api/v1/meetings/{key.Item2}", HttpStatusCode.NotFound);
        var recent = await client.GetJsonAsync("/api/v1/decisions?modified_since=2000-01-01T00:00:00Z");
        Assert.DoesNotContain(recent.Data(), d => d.GetProperty("key").GetInt32() == key.Item1);
        Assert.Equal(4, recent.Data().Count);
        Assert.Single((await client.GetJsonAsync("/api/v1/meetings")).Data());
    }

    [Fact]
    public async Task Etag_changes_when_the_record_changes()
    {
        await using var app = new SeededAppFactory();
        using var client = app.CreateClient();
        using var first = await client.GetAsync(new Uri("/api/v1/decisions/1", UriKind.Relative));
        var etag = first.Headers.ETag!;

        await app.WithDbAsync(async db =>
        {
            var decision = await db.Decisions.SingleAsync(d => d.Id == 1);
            decision.Reasons = "As set out in the officer’s report, as amended.";
            await db.SaveChangesAsync();
        });

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/decisions/1");
        request.Headers.IfNoneMatch.Add(etag);
        using var second = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.NotEqual(etag, second.Headers.ETag);
    }
}
