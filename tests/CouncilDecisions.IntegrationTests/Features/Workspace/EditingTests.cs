using System.Net;
using CouncilDecisions.Data;
using CouncilDecisions.Domain;
using CouncilDecisions.IntegrationTests.Features.Authorization;
using CouncilDecisions.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CouncilDecisions.IntegrationTests.Features.Workspace;

public sealed class EditingTests(SeededAppFactory factory) : IClassFixture<SeededAppFactory>
{
    private Task<int> DecisionWithResolutionsAsync() =>
        factory.WithDbAsync(db => db.Decisions.Where(d => d.Resolutions.Count > 1).OrderBy(d => d.Id).Select(d => d.Id).FirstAsync());

    [Fact]
    public async Task A_second_officer_saving_a_stale_form_gets_a_409_with_both_versions_and_keeps_their_text()
    {
        var id = await DecisionWithResolutionsAsync();
        using var first = await OfficerSession.SignInAsync(factory, Roles.Officer);
        using var second = await OfficerSession.SignInAsync(factory, Roles.Officer);
        var firstPage = await first.GetDocumentAsync($"/workspace/decisions/{id}/edit");
        var secondPage = await second.GetDocumentAsync($"/workspace/decisions/{id}/edit");

        var saved = await first.SubmitAsync(firstPage, "form[novalidate]", new() { ["Title"] = "Title from the first officer" }, submit: "save");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var conflict = await second.SubmitAsync(secondPage, "form[novalidate]", new() { ["Title"] = "Title from the second officer" }, submit: "save");
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var page = await OfficerSession.ParseAsync(conflict);
        var titleRow = page.QuerySelectorAll(".app-conflict-table tbody tr").Single(r => r.QuerySelector("th")!.TextContent.StartsWith("Title", StringComparison.Ordinal));
        Assert.Equal("Title from the second officer", titleRow.QuerySelector(".app-conflict-table__yours")!.TextContent);
        Assert.Equal("Title from the first officer", titleRow.QuerySelector(".app-conflict-table__current")!.TextContent);
        Assert.Equal("Title from the second officer", page.QuerySelector("textarea#Title")!.TextContent);

        // Nothing was lost or overwritten, and the re-rendered form carries the current revision.
        var current = await factory.WithDbAsync(db => db.Decisions.AsNoTracking().FirstAsync(d => d.Id == id));
        Assert.Equal("Title from the first officer", current.Title);
        Assert.Equal(current.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector("input[name=Revision]")!.GetAttribute("value"));

        // Saving again from the conflict page applies the second officer's version deliberately.
        var resaved = await second.SubmitAsync(page, "form[novalidate]", [], submit: "save");
        Assert.Equal(HttpStatusCode.Redirect, resaved.StatusCode);
        Assert.Equal("Title from the second officer", await factory.WithDbAsync(db => db.Decisions.Where(d => d.Id == id).Select(d => d.Title).FirstAsync()));
    }

    [Fact]
    public async Task Editing_appends_a_change_record_with_old_and_new_values_and_the_history_shows_a_word_diff()
    {
        var id = await DecisionWithResolutionsAsync();
        using var officer = await OfficerSession.SignInAsync(factory, Roles.Officer);
        var before = await factory.WithDbAsync(db => db.Decisions.AsNoTracking().FirstAsync(d => d.Id == id));
        var response = await officer.SubmitAsync($"/workspace/decisions/{id}/edit", "form[novalidate]", new() { ["Status"] = "Decision made after review" }, submit: "save");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var record = await factory.WithDbAsync(db => db.ChangeRecords.AsNoTracking().Where(c => c.EntityType == "Decision" && c.EntityId == id).OrderBy(c => c.Id).LastAsync());
        Assert.Equal(ChangeKind.Updated, record.Kind);
        Assert.StartsWith("officer-", record.ChangedBy, StringComparison.Ordinal);
        Assert.NotNull(record.ChangedByUserId);
        Assert.Equal(before.Revision + 1, record.Revision);
        var field = Assert.Single(record.Fields);
        Assert.Equal(new FieldChange("Status", before.Status, "Decision made after review"), field);

        var history = await officer.GetDocumentAsync($"/workspace/decisions/{id}/history");
        var diff = history.QuerySelector(".app-diff")!;
        Assert.Contains("review", diff.QuerySelectorAll("ins").Select(i => i.TextContent));
    }

    [Fact]
    public async Task Resolutions_move_up_and_down_with_history()
    {
        var id = await DecisionWithResolutionsAsync();
        using var officer = await OfficerSession.SignInAsync(factory, Roles.Officer);
        var order = await factory.WithDbAsync(db => db.Resolutions.Where(r => r.DecisionId == id).OrderBy(r => r.Position).Select(r => r.Id).ToListAsync());
        var response = await officer.SubmitAsync($"/workspace/decisions/{id}", $"form[action='/workspace/resolutions/{order[1]}/move-up']", []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await factory.WithDbAsync(db => db.Resolutions.Where(r => r.DecisionId == id).OrderBy(r => r.Position).Select(r => r.Id).ToListAsync());
        Assert.Equal([order[1], order[0], .. order.Skip(2)], after);
        var record = await factory.WithDbAsync(db => db.ChangeRecords.AsNoTracking().Where(c => c.EntityType == "Decision" && c.EntityId == id).OrderBy(c => c.Id).LastAsync());
        Assert.Equal("Moved a resolution up", record.Summary);
        Assert.Equal(2, record.Fields.Count(f => f.Field.EndsWith(": Position", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Markdown_preview_renders_formatting_but_never_raw_html_and_saves_nothing()
    {
        var id = await DecisionWithResolutionsAsync();
        var resolutionId = await factory.WithDbAsync(db => db.Resolutions.Where(r => r.DecisionId == id).Select(r => r.Id).FirstAsync());
        using var officer = await OfficerSession.SignInAsync(factory, Roles.Officer);
        var text = "Approve **the plan**.\n\n<script>alert('x')</script> [link](https://example.org)";
        var response = await officer.SubmitAsync($"/workspace/resolutions/{resolutionId}/edit", "form[novalidate]", new() { ["Text"] = text }, submit: "preview");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var page = await OfficerSession.ParseAsync(response);
        var preview = page.QuerySelector(".app-preview__body")!;
        Assert.Equal("the plan", preview.QuerySelector("strong")!.TextContent);
        Assert.Null(preview.QuerySelector("script"));
        Assert.Contains("&lt;script&gt;", preview.InnerHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Equal("nofollow noopener", preview.QuerySelector("a")!.GetAttribute("rel"));
        Assert.DoesNotContain("<script>", await factory.WithDbAsync(db => db.Resolutions.Where(r => r.Id == resolutionId).Select(r => r.Text).FirstAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Officers_create_councils_bodies_people_meetings_and_agenda_items()
    {
        using var officer = await OfficerSession.SignInAsync(factory, Roles.Officer);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.SubmitAsync("/workspace/councils/new", "form[novalidate]", new() { ["Name"] = "Testshire County Council", ["Website"] = "https://testshire.example.gov.uk" }, "save")).StatusCode);
        var councilId = await factory.WithDbAsync(db => db.Councils.Where(c => c.Name == "Testshire County Council").Select(c => c.Id).SingleAsync());
        var council = councilId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.SubmitAsync("/workspace/bodies/new", "form[novalidate]", new() { ["CouncilId"] = council, ["Name"] = "Testshire Cabinet", ["Kind"] = "Cabinet" }, "save")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.SubmitAsync("/workspace/people/new", "form[novalidate]", new() { ["CouncilId"] = council, ["Name"] = "Ada Lovelace", ["Kind"] = "Councillor" }, "save")).StatusCode);
        var bodyId = await factory.WithDbAsync(db => db.Bodies.Where(b => b.Name == "Testshire Cabinet").Select(b => b.Id).SingleAsync());
        var badMeeting = await officer.SubmitAsync("/workspace/meetings/new", "form[novalidate]", new() { ["BodyId"] = bodyId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Date.Day"] = "4", ["Date.Month"] = "", ["Date.Year"] = "2025", ["StartTime"] = "25:00" }, "save");
        var errors = (await OfficerSession.ParseAsync(badMeeting)).QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.TextContent).ToList();
        Assert.Equal(["Enter the start time as hours and minutes, like 18:30", "Meeting date must include a month"], errors.Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, (await officer.SubmitAsync("/workspace/meetings/new", "form[novalidate]", new() { ["BodyId"] = bodyId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Date.Day"] = "4", ["Date.Month"] = "3", ["Date.Year"] = "2025", ["StartTime"] = "18:30" }, "save")).StatusCode);
        var meeting = await factory.WithDbAsync(db => db.Meetings.AsNoTracking().SingleAsync(m => m.BodyId == bodyId));
        Assert.Equal(new DateOnly(2025, 3, 4), meeting.Date);
        Assert.Equal(new TimeOnly(18, 30), meeting.StartTime);
        Assert.Equal(PublicationState.Draft, meeting.State);
        var item = await officer.SubmitAsync("/workspace/items/new", "form[novalidate]", new() { ["CouncilId"] = council, ["MeetingId"] = meeting.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Number"] = "7", ["Title"] = "Library opening hours" }, "save");
        Assert.Equal(HttpStatusCode.Redirect, item.StatusCode);
        Assert.Equal(7, await factory.WithDbAsync(db => db.AgendaItems.Where(a => a.Title == "Library opening hours").Select(a => a.Position).SingleAsync()));
    }

    [Fact]
    public async Task A_second_person_of_the_same_name_gets_a_url_of_their_own_and_a_duplicate_council_is_refused_with_a_400()
    {
        using var officer = await OfficerSession.SignInAsync(factory, Roles.Officer);
        var council = (await factory.WithDbAsync(db => db.Councils.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync())).ToString(System.Globalization.CultureInfo.InvariantCulture);

        for (var i = 0; i < 2; i++)
        {
            var created = await officer.SubmitAsync("/workspace/people/new", "form[novalidate]", new() { ["CouncilId"] = council, ["Name"] = "Sam Jones", ["Kind"] = "Officer" }, "save");
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        }

        var slugs = await factory.WithDbAsync(db => db.People.Where(p => p.Name == "Sam Jones").OrderBy(p => p.Id).Select(p => p.Slug).ToListAsync());
        Assert.Equal(["sam-jones", "sam-jones-2"], slugs);

        var existing = await factory.WithDbAsync(db => db.Councils.OrderBy(c => c.Id).Select(c => c.Name).FirstAsync());
        var councilsBefore = await factory.WithDbAsync(db => db.Councils.CountAsync());
        var duplicate = await officer.SubmitAsync("/workspace/councils/new", "form[novalidate]", new() { ["Name"] = existing }, "save");

        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        var errors = (await OfficerSession.ParseAsync(duplicate)).QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.TextContent).ToList();
        Assert.Equal(["A council with this name already exists"], errors);
        Assert.Equal(councilsBefore, await factory.WithDbAsync(db => db.Councils.CountAsync()));
    }
}
