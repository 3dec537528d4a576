using CouncilDecisions.IntegrationTests.Infrastructure;

namespace CouncilDecisions.IntegrationTests.Features.Home;

public sealed class HomePageTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task Home_explains_the_site_and_has_a_search_box_recent_decisions_meetings_and_councils()
    {
        var page = await fixture.GetOkAsync("/");

        Assert.Equal("CouncilDecisions", page.Title);
        Assert.Equal("en-GB", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("#main-content", page.QuerySelector("a.govuk-skip-link")?.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("main#main-content"));
        Assert.Equal("Search decisions, agenda items and minutes", page.QuerySelector("label[for=q]").Text());
        Assert.Equal("/search", page.QuerySelector("form[role=search]")?.GetAttribute("action"));
        var links = page.QuerySelectorAll("main a").Select(a => a.Text()).ToList();
        Assert.Contains("Digital Transformation Strategy", links);
        Assert.Contains("Croydon Digital Strategy", links);
        Assert.Contains("Melton Borough Council", links);
        Assert.DoesNotContain("Draft budget consultation", links);
        Assert.Equal("CouncilDecisions", page.QuerySelector(".govuk-generic-header__homepage-link").Text());
        Assert.Null(page.QuerySelector("svg.govuk-header__logotype, .govuk-footer__crown"));
    }

    [Fact]
    public async Task Layout_loads_scripts_from_files_only()
    {
        var page = await fixture.GetOkAsync("/");

        var scripts = page.QuerySelectorAll("script");
        Assert.All(scripts, s => Assert.False(string.IsNullOrEmpty(s.GetAttribute("src")), "no inline script: " + s.OuterHtml));
        Assert.Contains(scripts, s => s.GetAttribute("type") == "module" && s.GetAttribute("src")!.StartsWith("/js/init.js", StringComparison.Ordinal));
        Assert.Contains(scripts, s => s.GetAttribute("src")!.StartsWith("/js/body-class.js", StringComparison.Ordinal));
        Assert.Empty(page.QuerySelectorAll("[style]"));
    }

    [Theory]
    [InlineData("/css/site.css", "text/css")]
    [InlineData("/js/init.js", "text/javascript")]
    [InlineData("/lib/govuk/govuk-frontend.min.js", "text/javascript")]
    public async Task Front_end_assets_built_from_npm_are_served(string url, string contentType)
    {
        using var response = await fixture.Client.GetAsync(new Uri(url, UriKind.Relative));

        response.EnsureSuccessStatusCode();
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Pages_name_the_sites_own_icon_and_it_is_served()
    {
        var page = await fixture.GetOkAsync("/");
        var href = page.QuerySelector("link[rel=icon]")?.GetAttribute("href");

        Assert.Equal("/favicon.svg", href);
        using var response = await fixture.Client.GetAsync(new Uri(href!, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Councils_reach_every_seeded_decision_by_links_alone()
    {
        var home = await fixture.GetOkAsync("/");
        var councilLinks = home.QuerySelectorAll("main a[href^='/councils/']").Select(a => a.GetAttribute("href")!).ToList();
        var decisionsFound = new HashSet<string>();
        foreach (var council in councilLinks)
        {
            var page = await fixture.GetOkAsync(council);
            decisionsFound.UnionWith(page.QuerySelectorAll("a[href^='/decisions/']").Select(a => a.Text()));
        }

        Assert.Superset(new HashSet<string>(["Digital Transformation Strategy", "Croydon Digital Strategy", "Digital Strategy - Phase One",
            "ICT Strategy, Digital Strategy & Endorsement of Local Digital Declaration"]), decisionsFound);
    }
}
