using System.Globalization;
using System.Net;
using System.Xml.Linq;
using CouncilDecisions.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CouncilDecisions.IntegrationTests.Features.Sitemaps;

/// <summary>robots.txt and the sitemaps, read back as XML, with every listed page fetched.</summary>
public sealed class SitemapTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task Robots_txt_keeps_crawlers_out_of_the_signed_in_areas_and_points_to_the_sitemap()
    {
        using var response = await fixture.Client.GetAsync(new Uri("/robots.txt", UriKind.Relative));
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n');

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("User-agent: *", lines[0]);
        Assert.Contains("Disallow: /workspace", lines);
        Assert.Contains("Disallow: /account", lines);
        Assert.Contains("Disallow: /admin", lines);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", lines);
    }

    [Fact]
    public async Task Every_page_a_sitemap_lists_is_public_and_answers_200()
    {
        var urls = await AllUrlsAsync();

        Assert.NotEmpty(urls);
        Assert.Equal(urls.Count, urls.Select(u => u.Loc).Distinct(StringComparer.Ordinal).Count());
        foreach (var (loc, _) in urls)
        {
            Assert.StartsWith("http://localhost/", loc, StringComparison.Ordinal);
            using var page = await fixture.Client.GetAsync(new Uri(loc));
            Assert.True(page.StatusCode == HttpStatusCode.OK, $"{loc} answered {(int)page.StatusCode}");
        }
    }

    [Fact]
    public async Task Sitemaps_list_every_published_record_and_no_draft()
    {
        var locs = (await AllUrlsAsync()).Select(u => new Uri(u.Loc).AbsolutePath).ToHashSet(StringComparer.Ordinal);
        var r = fixture.Records;

        Assert.Contains($"/decisions/{Id(r.CambridgeDecisionId)}/digital-transformation-strategy", locs);
        Assert.Contains(locs, l => l.StartsWith($"/decisions/{Id(r.WithdrawnDecisionId)}/", StringComparison.Ordinal));
        Assert.Contains($"/meetings/{Id(r.OxfordshireMeetingId)}", locs);
        Assert.Contains($"/items/{Id(r.OxfordshireItemId)}", locs);
        Assert.Contains($"/issues/{Id(r.OxfordshireIssueId)}", locs);
        Assert.Contains($"/bodies/{Id(r.OxfordshireCabinetId)}", locs);
        Assert.Contains("/councils/cambridge-city-council", locs);
        Assert.Contains(locs, l => l.StartsWith($"/people/{Id(r.MarkLygoId)}/", StringComparison.Ordinal));
        Assert.Contains("/", locs);
        Assert.DoesNotContain(locs, l => l.StartsWith($"/decisions/{Id(r.DraftDecisionId)}/", StringComparison.Ordinal));
        Assert.DoesNotContain($"/meetings/{Id(r.DraftMeetingId)}", locs);

        var published = await fixture.App.WithDbAsync(db => db.Decisions.CountAsync(d => d.State != CouncilDecisions.Domain.PublicationState.Draft));
        Assert.Equal(published, locs.Count(l => l.StartsWith("/decisions/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_record_s_lastmod_is_its_last_change()
    {
        var cambridge = (await AllUrlsAsync()).Single(u => u.Loc.EndsWith("/digital-transformation-strategy", StringComparison.Ordinal));
        var updated = await fixture.App.WithDbAsync(db => db.Decisions.Where(d => d.Id == fixture.Records.CambridgeDecisionId).Select(d => d.UpdatedUtc).SingleAsync());

        Assert.NotNull(cambridge.LastModified);
        Assert.Equal(updated.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), cambridge.LastModified);
    }

    [Theory]
    [InlineData("/sitemaps/drafts/1.xml")]
    [InlineData("/sitemaps/decisions/0.xml")]
    [InlineData("/sitemaps/decisions/2.xml")]
    public async Task A_sitemap_that_does_not_exist_is_a_404(string url)
    {
        using var response = await fixture.Client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_crawler_revisiting_an_unchanged_sitemap_gets_304()
    {
        using var first = await fixture.Client.GetAsync(new Uri("/sitemaps/decisions/1.xml", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/sitemaps/decisions/1.xml", UriKind.Relative));
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var again = await fixture.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private async Task<List<(string Loc, string? LastModified)>> AllUrlsAsync()
    {
        var index = await XmlAsync("/sitemap.xml");
        Assert.Equal(Sitemap + "sitemapindex", index.Root!.Name);
        var urls = new List<(string, string?)>();
        foreach (var sitemap in index.Root.Elements(Sitemap + "sitemap").Select(s => s.Element(Sitemap + "loc")!.Value))
        {
            var set = await XmlAsync(sitemap);
            Assert.Equal(Sitemap + "urlset", set.Root!.Name);
            urls.AddRange(set.Root.Elements(Sitemap + "url").Select(u => (u.Element(Sitemap + "loc")!.Value, u.Element(Sitemap + "lastmod")?.Value)));
        }

        return urls;
    }

    private async Task<XDocument> XmlAsync(string url)
    {
        using var response = await fixture.Client.GetAsync(new Uri(url, UriKind.RelativeOrAbsolute));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
