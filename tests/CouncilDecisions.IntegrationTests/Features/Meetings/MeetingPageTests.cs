using System.Net;
using CouncilDecisions.Domain;
using CouncilDecisions.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CouncilDecisions.IntegrationTests.Features.Meetings;

public sealed class MeetingPageTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task Meeting_shows_date_body_status_and_items_with_recommendations_and_resolutions()
    {
        var page = await fixture.GetOkAsync($"/meetings/{fixture.Records.OxfordshireMeetingId}");

        Assert.Equal("Cabinet, 17 December 2019 – Oxfordshire County Council – CouncilDecisions", page.Title);
        Assert.Equal(["Home", "Oxfordshire County Council", "Cabinet", "17 December 2019"], page.Breadcrumbs());
        Assert.Equal("Cabinet", page.SummaryValue("Body"));
        Assert.Equal("Held", page.SummaryValue("Status"));
        Assert.Equal("17 December 2019", page.SummaryValue("Date"));
        var item = page.QuerySelector($"#item-{fixture.Records.OxfordshireItemId}");
        Assert.Equal("122 ICT Strategy, Digital Strategy & Endorsement of Local Digital Declaration", item.Text());
        var labels = page.QuerySelectorAll(".app-labelled-list .app-labelled-list__label").Select(l => l.Text()).ToList();
        Assert.Equal(["(a)", "(b)", "(a)", "(b)"], labels);
        Assert.Equal($"/meetings/{fixture.Records.OxfordshireMeetingId}/decisions.pdf",
            page.QuerySelectorAll("a").Single(a => a.Text().StartsWith("Download the decisions", StringComparison.Ordinal)).GetAttribute("href"));
    }

    [Fact]
    public async Task Meeting_shows_attendance_with_arrival_time()
    {
        var page = await fixture.GetOkAsync($"/meetings/{fixture.Records.CroydonMeetingId}");

        var attendance = page.QuerySelectorAll("h2").Single(h => h.Text() == "Attendance").NextElementSibling;
        Assert.Equal("Oliver Lewis – Arrived at 7:08pm", attendance.Text());
        Assert.Equal("6:30pm", page.SummaryValue("Time"));
    }

    [Fact]
    public async Task Meeting_shows_votes_with_mover_and_seconder()
    {
        var melton = await fixture.App.WithDbAsync(db => Task.FromResult(db.AgendaItems.Where(a => a.Id == fixture.Records.MeltonItemId).Select(a => a.MeetingId).Single()));
        var page = await fixture.GetOkAsync($"/meetings/{melton}");

        var votes = page.QuerySelectorAll("h4").Single(h => h.Text() == "Votes").NextElementSibling;
        Assert.Equal("Carried unanimously: Moved by Orson; Seconded by Greenow", votes.Text());
    }

    [Fact]
    public async Task A_meeting_without_published_decisions_offers_no_record_of_decisions_pdf()
    {
        var meetingId = await fixture.App.WithDbAsync(async db =>
        {
            var body = await db.Bodies.FirstAsync(b => b.Council.Slug == "melton-borough-council");
            var meeting = new Meeting { BodyId = body.Id, Date = new DateOnly(2017, 4, 5), State = PublicationState.Published, PublishedUtc = DateTime.UtcNow };
            meeting.AgendaItems.Add(new AgendaItem
            {
                CouncilId = body.CouncilId, Number = "1", Position = 1, Title = "Apologies for absence",
                State = PublicationState.Published, PublishedUtc = DateTime.UtcNow,
            });
            db.Meetings.Add(meeting);
            await db.SaveChangesAsync();
            return meeting.Id;
        });

        var empty = await fixture.GetOkAsync($"/meetings/{meetingId}");
        var (pdf, _) = await fixture.GetAsync($"/meetings/{meetingId}/decisions.pdf");
        var withDecisions = await fixture.GetOkAsync($"/meetings/{fixture.Records.OxfordshireMeetingId}");

        Assert.Equal("Apologies for absence", empty.QuerySelector("main h3 a, main h2 a")?.Text().Trim().Split(' ', 2)[^1]);
        Assert.Null(empty.QuerySelector($"a[href='/meetings/{meetingId}/decisions.pdf']"));
        Assert.Equal(HttpStatusCode.NotFound, pdf.StatusCode);
        Assert.NotNull(withDecisions.QuerySelector($"a[href='/meetings/{fixture.Records.OxfordshireMeetingId}/decisions.pdf']"));
    }

    [Fact]
    public async Task Draft_and_unknown_meetings_are_not_found()
    {
        var (draft, _) = await fixture.GetAsync($"/meetings/{fixture.Records.DraftMeetingId}");
        var (unknown, _) = await fixture.GetAsync("/meetings/424242");

        Assert.Equal(HttpStatusCode.NotFound, draft.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
