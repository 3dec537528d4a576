using System.Net;
using CouncilDecisions.IntegrationTests.Infrastructure;

namespace CouncilDecisions.IntegrationTests.Features.Councils;

public sealed class CouncilAndBodyPageTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task Council_groups_bodies_by_kind_and_lists_recent_decisions_and_meetings_by_month()
    {
        var page = await fixture.GetOkAsync("/councils/croydon-council");

        Assert.Equal("Croydon Council – CouncilDecisions", page.Title);
        Assert.Equal(["Home", "Croydon Council"], page.Breadcrumbs());
        Assert.Contains("Cabinet and executive", page.QuerySelectorAll("h3").Select(h => h.Text()));
        Assert.Contains(page.QuerySelectorAll("a"), a => a.Text() == "Croydon Digital Strategy"
            && a.GetAttribute("href") == $"/decisions/{fixture.Records.CroydonDecisionId}/croydon-digital-strategy");
        var months = page.QuerySelectorAll("h3").Select(h => h.Text()).ToList();
        Assert.Contains("November 2019", months);
        Assert.Contains("January 2099", months);
    }

    [Fact]
    public async Task Council_page_hides_drafts_and_unknown_council_is_not_found()
    {
        var cambridge = await fixture.GetOkAsync("/councils/cambridge-city-council");
        var (unknown, _) = await fixture.GetAsync("/councils/atlantis");

        Assert.DoesNotContain("Draft budget consultation", cambridge.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Body_lists_meetings_by_year_and_its_decisions()
    {
        var page = await fixture.GetOkAsync($"/bodies/{fixture.Records.OxfordshireCabinetId}");

        Assert.Equal("Cabinet – Oxfordshire County Council – CouncilDecisions", page.Title);
        Assert.Equal(["Home", "Oxfordshire County Council", "Cabinet"], page.Breadcrumbs());
        Assert.Contains("2019", page.QuerySelectorAll("h3").Select(h => h.Text()));
        Assert.Contains(page.QuerySelectorAll("a"), a => a.Text() == "17 December 2019");
        Assert.Contains(page.QuerySelectorAll("a"), a => a.Text() == "ICT Strategy, Digital Strategy & Endorsement of Local Digital Declaration");
    }

    [Fact]
    public async Task Body_meetings_are_paged_with_govuk_pagination()
    {
        var bodyId = await fixture.App.WithDbAsync(async db =>
        {
            var council = db.Councils.Single(c => c.Slug == "melton-borough-council");
            var body = new Domain.Body { CouncilId = council.Id, Name = "Planning Committee", Slug = "planning-committee" };
            for (var i = 0; i < 30; i++)
            {
                body.Meetings.Add(new Domain.Meeting { Date = new DateOnly(2020, 1, 1).AddDays(i * 14), State = Domain.PublicationState.Published });
            }

            db.Add(body);
            await db.SaveChangesAsync();
            return body.Id;
        });

        var first = await fixture.GetOkAsync($"/bodies/{bodyId}");
        var second = await fixture.GetOkAsync($"/bodies/{bodyId}?page=2");

        Assert.Equal(25, first.QuerySelectorAll("main .govuk-grid-column-one-half:first-child ul.govuk-list > li").Length);
        Assert.Equal($"/bodies/{bodyId}?page=2", first.QuerySelector(".govuk-pagination__next a")?.GetAttribute("href"));
        Assert.Equal(5, second.QuerySelectorAll("main .govuk-grid-column-one-half:first-child ul.govuk-list > li").Length);
        Assert.Equal("page", second.QuerySelector(".govuk-pagination__item--current a")?.GetAttribute("aria-current"));
    }
}
