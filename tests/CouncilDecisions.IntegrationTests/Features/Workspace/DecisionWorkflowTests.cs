using System.Net;
using CouncilDecisions.Data;
using CouncilDecisions.Domain;
using CouncilDecisions.IntegrationTests.Features.Authorization;
using CouncilDecisions.IntegrationTests.Infrastructure;
using CouncilDecisions.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CouncilDecisions.IntegrationTests.Features.Workspace;

public sealed class DecisionWorkflowTests(SeededAppFactory factory) : IClassFixture<SeededAppFactory>
{
    private async Task<(OfficerSession Officer, int Id)> CreateDraftAsync(bool callIn, string title = "Adopt the digital strategy")
    {
        var officer = await OfficerSession.SignInAsync(factory, Roles.Officer);
        var councilId = await factory.WithDbAsync(db => db.Councils.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        var response = await officer.SubmitAsync("/workspace/decisions/new", "form[novalidate]", new()
        {
            ["CouncilId"] = councilId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Title"] = title,
            ["DecisionMaker"] = "Cabinet",
            ["IsSubjectToCallIn"] = callIn ? "true" : "false",
            ["DecisionDate.Day"] = "3",
            ["DecisionDate.Month"] = "2",
            ["DecisionDate.Year"] = "2025",
            ["DecisionText"] = "The strategy is adopted.",
        }, submit: "save");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = int.Parse(response.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        return (officer, id);
    }

    [Fact]
    public async Task Creating_a_decision_with_an_impossible_date_shows_the_error_summary_linked_to_the_day_box()
    {
        var officer = await OfficerSession.SignInAsync(factory, Roles.Officer);
        var response = await officer.SubmitAsync("/workspace/decisions/new", "form[novalidate]", new()
        {
            ["Title"] = "",
            ["DecisionDate.Day"] = "31",
            ["DecisionDate.Month"] = "2",
            ["DecisionDate.Year"] = "2025",
        }, submit: "save");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await OfficerSession.ParseAsync(response);
        var links = page.QuerySelectorAll(".govuk-error-summary__list a").Select(a => (Href: a.GetAttribute("href"), Text: a.TextContent)).ToList();
        Assert.Contains(links, l => l.Href == "#Title" && l.Text == "Enter the title of the decision");
        Assert.Contains(links, l => l.Href == "#CouncilId" && l.Text == "Select the council");
        Assert.Contains(links, l => l.Href == "#DecisionDate" && l.Text == "Date of decision must be a real date");
        Assert.NotNull(page.QuerySelector("input#DecisionDate[name='DecisionDate.Day']"));
        Assert.Equal("Date of decision must be a real date", page.QuerySelector("#DecisionDate-error")!.TextContent.Replace("Error:", "", StringComparison.Ordinal).Trim());
    }

    [Fact]
    public async Task Publishing_a_draft_records_the_date_and_opens_call_in_with_a_working_day_deadline()
    {
        var (officer, id) = await CreateDraftAsync(callIn: true);
        using (officer)
        {
            var response = await officer.SubmitAsync($"/workspace/decisions/{id}", $"form[action='/workspace/decisions/{id}/publish']", []);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

            var decision = await factory.WithDbAsync(db => db.Decisions.AsNoTracking().FirstAsync(d => d.Id == id));
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")).DateTime);
            Assert.Equal(PublicationState.Published, decision.State);
            Assert.NotNull(decision.PublishedUtc);
            Assert.Equal(today, decision.PublicationDate);
            Assert.Equal(CallInStatus.Open, decision.CallInStatus);
            Assert.Equal(BankHolidays.EnglandAndWales.AddWorkingDays(today, 5), decision.CallInDeadline);
            Assert.True(decision.CallInDeadline > today.AddDays(6), "five working days always span a weekend");

            var records = await factory.WithDbAsync(db => db.ChangeRecords.AsNoTracking().Where(c => c.EntityType == "Decision" && c.EntityId == id).OrderBy(c => c.Id).ToListAsync());
            Assert.Equal([ChangeKind.Created, ChangeKind.Published], records.Select(r => r.Kind));
            Assert.False(records[0].IsPublic);
            Assert.True(records[1].IsPublic);
            Assert.Contains(records[1].Fields, f => f.Field == "State" && f.OldValue == "Draft" && f.NewValue == "Published");
            Assert.Contains(records[1].Fields, f => f.Field == "Call in status" && f.OldValue == "None" && f.NewValue == "Open");

            // Call-in: open -> requested -> upheld.
            Assert.Equal(HttpStatusCode.Redirect, (await officer.SubmitAsync($"/workspace/decisions/{id}", "form[action$='/call-in']", [])).StatusCode);
            Assert.Equal(CallInStatus.Requested, await factory.WithDbAsync(db => db.Decisions.Where(d => d.Id == id).Select(d => d.CallInStatus).FirstAsync()));
            var page = await officer.GetDocumentAsync($"/workspace/decisions/{id}");
            Assert.Equal(["Upheld", "Rejected"], page.QuerySelectorAll("form[action$='/call-in'] input[name=to]").Select(i => i.GetAttribute("value")));
            Assert.Equal(HttpStatusCode.Redirect, (await officer.SubmitAsync(page, "form[action$='/call-in']", [])).StatusCode);
            Assert.Equal(CallInStatus.Upheld, await factory.WithDbAsync(db => db.Decisions.Where(d => d.Id == id).Select(d => d.CallInStatus).FirstAsync()));
        }
    }

    [Fact]
    public async Task Withdrawing_needs_a_reason_and_keeps_the_record_with_it()
    {
        var (officer, id) = await CreateDraftAsync(callIn: false);
        using (officer)
        {
            await officer.SubmitAsync($"/workspace/decisions/{id}", $"form[action='/workspace/decisions/{id}/publish']", []);
            var empty = await officer.SubmitAsync($"/workspace/decisions/{id}/withdraw", "form[novalidate]", new() { ["Reason"] = " " });
            Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
            Assert.Contains("Enter the reason, which the public page will show", (await OfficerSession.ParseAsync(empty)).QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);

            var response = await officer.SubmitAsync($"/workspace/decisions/{id}/withdraw", "form[novalidate]", new() { ["Reason"] = "Published in error: the report was exempt." });
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var decision = await factory.WithDbAsync(db => db.Decisions.AsNoTracking().FirstAsync(d => d.Id == id));
            Assert.Equal(PublicationState.Withdrawn, decision.State);
            Assert.Equal("Published in error: the report was exempt.", decision.WithdrawnReason);
            Assert.NotNull(decision.WithdrawnUtc);
        }
    }

    [Fact]
    public async Task Superseding_points_to_the_replacement_and_the_public_change_log_says_why()
    {
        var (officer, id) = await CreateDraftAsync(callIn: false, "Original decision");
        var (other, replacementId) = await CreateDraftAsync(callIn: false, "Revised decision");
        using (officer)
        using (other)
        {
            await officer.SubmitAsync($"/workspace/decisions/{id}", $"form[action='/workspace/decisions/{id}/publish']", []);
            await officer.SubmitAsync($"/workspace/decisions/{replacementId}", $"form[action='/workspace/decisions/{replacementId}/publish']", []);
            var response = await officer.SubmitAsync($"/workspace/decisions/{id}/supersede", "form[novalidate]", new()
            {
                ["SupersededById"] = replacementId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Reason"] = "Replaced after the budget changed.",
            });
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var decision = await factory.WithDbAsync(db => db.Decisions.AsNoTracking().FirstAsync(d => d.Id == id));
            Assert.Equal(PublicationState.Superseded, decision.State);
            Assert.Equal(replacementId, decision.SupersededById);
            Assert.Equal("Replaced after the budget changed.", decision.WithdrawnReason);

            var log = await factory.WithDbAsync(async db => await new CouncilDecisions.Web.Features.Workspace.PublicChangeLog(db).ForDecisionAsync(id));
            Assert.NotNull(log);
            Assert.Equal(["Superseded by “Revised decision”: Replaced after the budget changed.", "Published"], log.Changes.Select(c => c.Summary));
        }
    }
}
