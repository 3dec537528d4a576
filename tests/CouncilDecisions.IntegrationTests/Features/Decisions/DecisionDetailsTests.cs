using System.Net;
using CouncilDecisions.IntegrationTests.Infrastructure;

namespace CouncilDecisions.IntegrationTests.Features.Decisions;

public sealed class DecisionDetailsTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private string CambridgeUrl => $"/decisions/{fixture.Records.CambridgeDecisionId}/digital-transformation-strategy";

    [Fact]
    public async Task Details_shows_every_ModernGov_field_as_a_summary_list()
    {
        var page = await fixture.GetOkAsync(CambridgeUrl);

        Assert.Equal("Digital Transformation Strategy – Cambridge City Council – CouncilDecisions", page.Title);
        Assert.Equal("Digital Transformation Strategy", page.QuerySelector("h1").Text());
        Assert.Equal("Executive Councillor for Transformation", page.SummaryValue("Decision maker"));
        Assert.Equal("Recommendations Approved", page.SummaryValue("Decision status"));
        Assert.NotNull(page.QuerySelector(".govuk-summary-list__value strong.govuk-tag.govuk-tag--green"));
        Assert.Equal("Yes", page.SummaryValue("Key decision"));
        Assert.Equal("No", page.SummaryValue("Subject to call-in"));
        Assert.Equal("Whether to adopt the draft Digital Transformation Strategy for Cambridge City Council.", page.SummaryValue("Purpose"));
        Assert.StartsWith("Matter for Decision The Officer’s report introduced", page.SummaryValue("Decision"), StringComparison.Ordinal);
        Assert.Equal("As set out in the Officer’s report.", page.SummaryValue("Reasons for the decision"));
        Assert.Equal("Not applicable.", page.SummaryValue("Alternative options considered and rejected"));
        Assert.Equal("No conflicts of interest were declared by the Executive Councillor.", page.SummaryValue("Conflicts of interest"));
        Assert.Equal("2 July 2018", page.SummaryValue("Date of decision"));
        Assert.Equal("9 October 2018", page.SummaryValue("Publication date"));
    }

    [Fact]
    public async Task Details_lists_scrutiny_comments_then_responses_with_their_labels()
    {
        var page = await fixture.GetOkAsync(CambridgeUrl);

        var lists = page.QuerySelectorAll("#decision-fields .app-labelled-list");
        Assert.Equal(2, lists.Length);
        var commentLabels = lists[0].QuerySelectorAll(".app-labelled-list__label").Select(l => l.Text()).ToList();
        var responseLabels = lists[1].QuerySelectorAll(".app-labelled-list__label").Select(l => l.Text()).ToList();
        Assert.Equal(["i.", "ii.", "iii.", "iv.", "v."], commentLabels);
        Assert.Equal(["i.", "ii.", "iii."], responseLabels);
        Assert.Contains("digital exclusion", lists[0].Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resolutions_keep_their_printed_labels_as_text_in_order()
    {
        var cambridge = await fixture.GetOkAsync(CambridgeUrl);
        var croydon = await fixture.GetOkAsync($"/decisions/{fixture.Records.CroydonDecisionId}/croydon-digital-strategy");

        var cambridgeList = cambridge.QuerySelector("#resolutions + ol.app-labelled-list");
        Assert.NotNull(cambridgeList);
        Assert.Equal("i. Approved the draft Digital Transformation Strategy attached at Appendix A of the officer’s report.", cambridgeList.QuerySelector("li").Text());
        var croydonLabels = croydon.QuerySelectorAll("#resolutions + ol li .app-labelled-list__label").Select(l => l.Text()).ToList();
        Assert.Equal(["1.", "2."], croydonLabels);
    }

    [Fact]
    public async Task Details_has_breadcrumbs_canonical_link_notice_link_and_source_text()
    {
        var page = await fixture.GetOkAsync(CambridgeUrl);

        Assert.Equal(["Home", "Cambridge City Council", "Digital Transformation Strategy"], page.Breadcrumbs());
        Assert.Equal("http://localhost" + CambridgeUrl, page.Canonical());
        Assert.Equal($"/decisions/{fixture.Records.CambridgeDecisionId}/notice.pdf",
            page.QuerySelectorAll("a").Single(a => a.Text() == "Download the decision notice (PDF)").GetAttribute("href"));
        var source = page.QuerySelector("details.govuk-details pre");
        Assert.NotNull(source);
        Assert.Contains("Is subject to call in?: No", source.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Call_in_status_and_deadline_are_shown_when_subject_to_call_in()
    {
        var page = await fixture.GetOkAsync($"/decisions/{fixture.Records.CroydonDecisionId}/croydon-digital-strategy");

        Assert.Equal("Yes", page.SummaryValue("Subject to call-in"));
        Assert.Equal("Call-in period ended", page.SummaryValue("Call-in status"));
        Assert.Equal("26 November 2019", page.SummaryValue("Call-in deadline"));
    }

    [Fact]
    public async Task Missing_or_wrong_slug_redirects_permanently_to_the_canonical_address()
    {
        var (response, _) = await fixture.GetAsync($"/decisions/{fixture.Records.CambridgeDecisionId}/old-title");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(CambridgeUrl, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Withdrawn_decision_shows_a_banner_with_the_reason()
    {
        var page = await fixture.GetOkAsync($"/decisions/{fixture.Records.WithdrawnDecisionId}/parking-permit-charges");

        var banner = page.QuerySelector(".govuk-notification-banner");
        Assert.NotNull(banner);
        Assert.Contains("This record has been withdrawn", banner.Text(), StringComparison.Ordinal);
        Assert.Contains("Published in error: the report had not been to scrutiny.", banner.Text(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/decisions/999999")]
    [InlineData("/decisions/abc")]
    [InlineData("/decisions/99999999999999")]
    public async Task Unknown_or_malformed_ids_get_the_404_page(string url)
    {
        var (response, page) = await fixture.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.QuerySelector("h1").Text());
    }

    [Fact]
    public async Task Draft_decision_is_not_found()
    {
        var (response, page) = await fixture.GetAsync($"/decisions/{fixture.Records.DraftDecisionId}/draft-budget-consultation");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Draft budget consultation", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }
}
