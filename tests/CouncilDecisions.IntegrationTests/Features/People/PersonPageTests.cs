using System.Net;
using CouncilDecisions.IntegrationTests.Infrastructure;

namespace CouncilDecisions.IntegrationTests.Features.People;

public sealed class PersonPageTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private static List<string> Section(AngleSharp.Dom.IDocument page, string heading) =>
        page.QuerySelectorAll("h2").Single(h => h.Text() == heading).NextElementSibling!
            .QuerySelectorAll("li a").Select(a => a.Text()).ToList();

    [Fact]
    public async Task Officer_page_shows_roles_and_items_they_were_contact_for()
    {
        var page = await fixture.GetOkAsync($"/people/{fixture.Records.WillHarperId}/will-harper");

        Assert.Equal("Will Harper – Oxfordshire County Council – CouncilDecisions", page.Title);
        Assert.Equal(["Home", "Oxfordshire County Council", "Will Harper"], page.Breadcrumbs());
        Assert.Contains("Head of ICT (Interim)", page.QuerySelectorAll("ul.govuk-list--bullet li").Select(l => l.Text()));
        Assert.Equal(["ICT Strategy, Digital Strategy & Endorsement of Local Digital Declaration"], Section(page, "Contact for"));
    }

    [Fact]
    public async Task Councillor_pages_show_moved_seconded_and_attendance()
    {
        var reeves = await fixture.GetOkAsync($"/people/{fixture.Records.EddieReevesId}/eddie-reeves");
        var orson = await fixture.GetOkAsync($"/people/{fixture.Records.OrsonId}/orson");
        var lewis = await fixture.GetOkAsync($"/people/{fixture.Records.OliverLewisId}/oliver-lewis");

        Assert.Equal(["ICT Strategy, Digital Strategy & Endorsement of Local Digital Declaration"], Section(reeves, "Moved"));
        Assert.Equal(["Digital Strategy - Phase One"], Section(orson, "Moved"));
        Assert.Equal(["Cabinet, 18 November 2019"], Section(lewis, "Attended"));
        Assert.Contains("Arrived at 7:08pm", lewis.QuerySelector("main").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Person_without_slug_redirects_and_unknown_person_is_not_found()
    {
        var (redirect, _) = await fixture.GetAsync($"/people/{fixture.Records.MarkLygoId}");
        var (unknown, _) = await fixture.GetAsync("/people/987654/nobody");

        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
        Assert.Equal($"/people/{fixture.Records.MarkLygoId}/mark-lygo", redirect.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
