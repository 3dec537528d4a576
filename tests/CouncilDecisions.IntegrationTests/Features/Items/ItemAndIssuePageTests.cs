using System.Net;
using CouncilDecisions.IntegrationTests.Infrastructure;

namespace CouncilDecisions.IntegrationTests.Features.Items;

public sealed class ItemAndIssuePageTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task Item_shows_minutes_recommendations_resolutions_people_and_extras()
    {
        var page = await fixture.GetOkAsync($"/items/{fixture.Records.OxfordshireItemId}");

        Assert.Equal("ICT Strategy, Digital Strategy & Endorsement of Local Digital Declaration – Oxfordshire County Council – CouncilDecisions", page.Title);
        Assert.Equal(["Home", "Oxfordshire County Council", "Cabinet", "17 December 2019", "ICT Strategy, Digital Strategy & Endorsement of Local Digital Declaration"], page.Breadcrumbs());
        Assert.Equal(3, page.QuerySelectorAll(".app-minute").Length);
        Assert.StartsWith("Cabinet considered a report", page.QuerySelector(".app-minute__text p").Text(), StringComparison.Ordinal);
        var lists = page.QuerySelectorAll("ol.app-labelled-list");
        Assert.Equal("(a) Agree the proposed Information Technology Strategy and the Framework for Digital Service Delivery; and", lists[0].QuerySelector("li").Text());
        Assert.Equal("(b) adopt the Local Digital Declaration and become a signatory.", lists[1].QuerySelectorAll("li")[1].Text());
        var people = page.QuerySelectorAll("h2").Single(h => h.Text() == "People and roles").NextElementSibling!.QuerySelectorAll("li").Select(li => li.Text()).ToList();
        Assert.Contains("Will Harper – Contact officer", people);
        Assert.Contains("Mark Lygo, Shadow Cabinet Member for Transformation – Named in the minutes", people);
        Assert.Contains("Eddie Reeves, Cabinet Member for Transformation – Moved", people);
        Assert.Equal("Transformation", page.SummaryValue("Cabinet Member"));
        Assert.Equal("2019/158", page.SummaryValue("Forward plan reference"));
    }

    [Fact]
    public async Task Issue_lists_each_meeting_that_considered_it()
    {
        var page = await fixture.GetOkAsync($"/issues/{fixture.Records.OxfordshireIssueId}");

        Assert.Equal("ICT Strategy, Digital Strategy & Endorsement of Local Digital Declaration – Oxfordshire County Council – CouncilDecisions", page.Title);
        var meetings = page.QuerySelectorAll("main h2").Select(h => h.Text()).ToList();
        Assert.Equal(["Meeting: 17 December 2019 – Cabinet (Item 122)"], meetings);
        Assert.Equal(3, page.QuerySelectorAll(".app-minute").Length);
        Assert.Equal(["(a)", "(b)", "(a)", "(b)"], page.QuerySelectorAll(".app-labelled-list__label").Select(l => l.Text()).ToList());
    }

    [Theory]
    [InlineData("/items/999999")]
    [InlineData("/items/x")]
    [InlineData("/issues/999999")]
    public async Task Unknown_items_and_issues_are_not_found(string url)
    {
        var (response, _) = await fixture.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
