using AngleSharp.Html.Parser;
using CouncilDecisions.IntegrationTests.Infrastructure;

namespace CouncilDecisions.IntegrationTests.Features.Api;

public sealed class ApiPageTests(CouncilDecisionsAppFactory app) : IClassFixture<CouncilDecisionsAppFactory>
{
    [Fact]
    public async Task Api_page_explains_the_api_feeds_calendars_and_csv_under_the_site_layout()
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync(new Uri("/api", UriKind.Relative));

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var document = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal("API, feeds and downloads", document.QuerySelector("h1")?.TextContent);
        Assert.NotNull(document.QuerySelector("header.govuk-template__header"));
        var headings = document.QuerySelectorAll("main h2").Select(h => h.TextContent).ToList();
        Assert.Equal(["JSON API", "Feeds of new decisions", "Meeting calendars", "Spreadsheet downloads (CSV)"], headings);
        var examples = string.Join("\n", document.QuerySelectorAll("pre").Select(p => p.TextContent));
        Assert.Contains("curl http://localhost/api/v1", examples, StringComparison.Ordinal);
        Assert.Contains("\"deleted\": true", examples, StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector("a[href='/openapi/v1.json']"));
        Assert.NotNull(document.QuerySelector("a[href='/feeds/decisions.atom']"));
    }
}
