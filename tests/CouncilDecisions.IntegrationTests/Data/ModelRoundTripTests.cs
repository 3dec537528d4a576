using CouncilDecisions.Data;
using CouncilDecisions.Domain;
using Microsoft.EntityFrameworkCore;

namespace CouncilDecisions.IntegrationTests.Data;

public sealed class ModelRoundTripTests
{
    [Fact]
    public async Task Every_entity_and_relationship_survives_a_save_and_reload()
    {
        using var database = SqliteDatabase.Migrated();
        int decisionId, itemId, meetingId;
        await using (var db = database.CreateContext())
        {
            var council = new Council { Name = "Oxfordshire County Council", Slug = "oxfordshire-county-council", Website = "https://www.oxfordshire.gov.uk" };
            var cabinet = new Body { Council = council, Name = "Cabinet", Slug = "cabinet", Kind = BodyKind.Cabinet };
            var meeting = new Meeting { Body = cabinet, Date = new DateOnly(2019, 12, 17), StartTime = new TimeOnly(14, 0), Status = MeetingStatus.Held, State = PublicationState.Published };
            var issue = new Issue { Council = council, Title = "ICT Strategy", Slug = "ict-strategy", ForwardPlanReference = "2019/158" };
            var harper = new Person { Council = council, Name = "Will Harper", Slug = "will-harper", Kind = PersonKind.Officer };
            harper.Titles.Add(new PersonTitle { Title = "Head of ICT (Interim)" });
            var reeves = new Person { Council = council, Name = "Eddie Reeves", Slug = "eddie-reeves", Kind = PersonKind.Councillor };
            reeves.Titles.Add(new PersonTitle { Title = "Cabinet Member for Transformation" });
            var lygo = new Person { Council = council, Name = "Mark Lygo", Slug = "mark-lygo", Kind = PersonKind.Councillor };

            var source = new SourceDocument
            {
                Council = council, SourceKey = "003.txt", FileName = "003.txt", Text = "Issue - meetings\n\nICT Strategy",
                Sha256 = new string('a', 64), Kind = "issue-meetings", ImportedUtc = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc),
                ParserVersion = "1.0.0", ImportedBy = "seed", Warnings = ["No council named in the text"],
            };
            var item = new AgendaItem
            {
                Council = council, Meeting = meeting, Issue = issue, Number = "122", Position = 1, Title = "ICT Strategy",
                Summary = "The ICT strategy covers a 5-year period.", ReportReference = "CA6", ForwardPlanReference = "2019/158",
                IsExempt = false, IsKeyDecision = true, ContactOfficer = harper, LeadMember = reeves, SourceDocument = source,
                State = PublicationState.Published,
            };
            item.Recommendations.Add(new Recommendation { Position = 1, Label = "(a)", Text = "Agree the proposed strategy; and" });
            item.Recommendations.Add(new Recommendation { Position = 2, Label = "(b)", Text = "Adopt the Local Digital Declaration." });
            item.Minutes.Add(new MinuteParagraph { Position = 1, Number = "122.1", Text = "Cabinet considered a report." });
            item.Minutes.Add(new MinuteParagraph { Position = 2, Number = null, Text = "During discussion Cabinet welcomed the proposals." });
            item.Extras.Add(new ExtraField { Position = 1, Label = "Action By", Value = "CE" });
            var vote = new Vote { Position = 1, Outcome = VoteOutcome.Carried, Unanimous = false, For = 7, Against = 2, Abstained = 1 };
            vote.PersonLinks.Add(new PersonLink { Person = reeves, Role = PersonRole.Moved, AgendaItem = item });
            vote.PersonLinks.Add(new PersonLink { Person = lygo, Role = PersonRole.Seconded, AgendaItem = item });
            item.Votes.Add(vote);
            item.PersonLinks.Add(new PersonLink { Person = lygo, Role = PersonRole.Arrived, Meeting = meeting, Time = new TimeOnly(19, 8) });
            item.PersonLinks.Add(new PersonLink { Person = lygo, Role = PersonRole.DeclaredInterest, Title = "Shadow Cabinet Member for Transformation" });

            var decision = new Decision
            {
                Council = council, AgendaItem = item, MakerBody = cabinet, Title = "ICT Strategy", Slug = "ict-strategy",
                DecisionMaker = "Cabinet", Status = "Recommendations Approved (subject to call-in)", IsKeyDecision = true,
                IsSubjectToCallIn = true, CallInStatus = CallInStatus.Open, CallInDeadline = new DateOnly(2019, 12, 27),
                Purpose = "To agree the strategy.", DecisionText = "Recommendations agreed.", Reasons = "As set out in the report.",
                AlternativesConsidered = "None.", ConflictsOfInterest = "None declared.", DecisionDate = new DateOnly(2019, 12, 17),
                PublicationDate = new DateOnly(2019, 12, 19), SourceDocument = source, State = PublicationState.Published,
                PublishedUtc = new DateTime(2019, 12, 19, 9, 0, 0, DateTimeKind.Utc),
            };
            decision.Resolutions.Add(new Resolution { Position = 1, Label = "(a)", Text = "agree the proposed strategy; and" });
            decision.Resolutions.Add(new Resolution { Position = 2, Label = "(b)", Text = "adopt the Local Digital Declaration." });
            decision.ScrutinyComments.Add(new ScrutinyComment { Position = 1, Kind = ScrutinyCommentKind.Comment, Label = "i.", Text = "Commented on exclusion." });
            decision.ScrutinyComments.Add(new ScrutinyComment { Position = 2, Kind = ScrutinyCommentKind.Response, Label = "i.", Text = "Officers responded." });
            decision.Extras.Add(new ExtraField { Position = 1, Label = "Wards affected", Value = "All Wards" });
            decision.PersonLinks.Add(new PersonLink { Person = reeves, Role = PersonRole.LeadMember });

            var standalone = new Decision { Council = council, Title = "Officer decision", Slug = "officer-decision", State = PublicationState.Draft };

            db.AddRange(decision, standalone);
            db.ChangeRecords.Add(new ChangeRecord
            {
                EntityType = nameof(Decision), EntityId = 0, Revision = 1, Kind = ChangeKind.Imported,
                ChangedUtc = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc), ChangedBy = "seed", IsPublic = true,
                Fields = [new FieldChange("Title", null, "ICT Strategy")],
            });
            await db.SaveChangesAsync();
            (decisionId, itemId, meetingId) = (decision.Id, item.Id, meeting.Id);
        }

        await using (var db = database.CreateContext())
        {
            var decision = await db.Decisions
                .Include(d => d.Council)
                .Include(d => d.MakerBody)
                .Include(d => d.Resolutions)
                .Include(d => d.ScrutinyComments)
                .Include(d => d.Extras)
                .Include(d => d.PersonLinks).ThenInclude(l => l.Person)
                .Include(d => d.SourceDocument)
                .Include(d => d.AgendaItem!).ThenInclude(a => a.Meeting!).ThenInclude(m => m.Body)
                .SingleAsync(d => d.Id == decisionId);

            Assert.Equal("Oxfordshire County Council", decision.Council.Name);
            Assert.Equal(BodyKind.Cabinet, decision.MakerBody!.Kind);
            Assert.Equal("Recommendations Approved (subject to call-in)", decision.Status);
            Assert.True(decision.IsKeyDecision);
            Assert.Equal(CallInStatus.Open, decision.CallInStatus);
            Assert.Equal(new DateOnly(2019, 12, 27), decision.CallInDeadline);
            Assert.Equal(new DateOnly(2019, 12, 17), decision.DecisionDate);
            Assert.Equal(new DateOnly(2019, 12, 19), decision.PublicationDate);
            Assert.Equal(PublicationState.Published, decision.State);
            Assert.Equal(new DateTime(2019, 12, 19, 9, 0, 0, DateTimeKind.Utc), decision.PublishedUtc);
            Assert.Equal(["(a)", "(b)"], decision.Resolutions.OrderBy(r => r.Position).Select(r => r.Label));
            Assert.Equal([ScrutinyCommentKind.Comment, ScrutinyCommentKind.Response], decision.ScrutinyComments.OrderBy(s => s.Position).Select(s => s.Kind));
            Assert.Equal("All Wards", Assert.Single(decision.Extras).Value);
            Assert.Equal("Eddie Reeves", Assert.Single(decision.PersonLinks).Person.Name);
            Assert.Equal(["No council named in the text"], decision.SourceDocument!.Warnings);
            Assert.Equal(new DateOnly(2019, 12, 17), decision.AgendaItem!.Meeting!.Date);
            Assert.Equal(new TimeOnly(14, 0), decision.AgendaItem.Meeting.StartTime);
            Assert.Equal(1, decision.Revision);

            var item = await db.AgendaItems
                .Include(a => a.Issue)
                .Include(a => a.ContactOfficer!).ThenInclude(p => p.Titles)
                .Include(a => a.LeadMember)
                .Include(a => a.Recommendations)
                .Include(a => a.Minutes)
                .Include(a => a.Extras)
                .Include(a => a.Votes).ThenInclude(v => v.PersonLinks).ThenInclude(l => l.Person)
                .Include(a => a.PersonLinks)
                .SingleAsync(a => a.Id == itemId);

            Assert.Equal("2019/158", item.Issue!.ForwardPlanReference);
            Assert.Equal("Head of ICT (Interim)", Assert.Single(item.ContactOfficer!.Titles).Title);
            Assert.Equal("Eddie Reeves", item.LeadMember!.Name);
            Assert.Equal(["(a)", "(b)"], item.Recommendations.OrderBy(r => r.Position).Select(r => r.Label));
            Assert.Equal(["122.1", null], item.Minutes.OrderBy(m => m.Position).Select(m => m.Number));
            Assert.Equal("CE", Assert.Single(item.Extras).Value);
            var vote = Assert.Single(item.Votes);
            Assert.Equal((VoteOutcome.Carried, 7, 2, 1), (vote.Outcome!.Value, vote.For!.Value, vote.Against!.Value, vote.Abstained!.Value));
            Assert.Equal(["Eddie Reeves:Moved", "Mark Lygo:Seconded"], vote.PersonLinks.Select(l => $"{l.Person.Name}:{l.Role}").Order(StringComparer.Ordinal));
            Assert.Contains(item.PersonLinks, l => l.Role == PersonRole.Arrived && l.Time == new TimeOnly(19, 8) && l.MeetingId == meetingId);
            Assert.Contains(item.PersonLinks, l => l.Role == PersonRole.DeclaredInterest && l.Title == "Shadow Cabinet Member for Transformation");

            var standalone = await db.Decisions.SingleAsync(d => d.Slug == "officer-decision");
            Assert.Null(standalone.AgendaItemId);
            Assert.Equal(PublicationState.Draft, standalone.State);

            var change = await db.ChangeRecords.SingleAsync();
            Assert.Equal([new FieldChange("Title", null, "ICT Strategy")], change.Fields);
        }
    }

    [Fact]
    public async Task Saving_an_edit_bumps_the_revision_and_a_stale_edit_is_refused()
    {
        using var database = SqliteDatabase.Migrated();
        int id;
        await using (var db = database.CreateContext())
        {
            var council = new Council { Name = "Melton Borough Council", Slug = "melton-borough-council" };
            db.Councils.Add(council);
            await db.SaveChangesAsync();
            id = council.Id;
        }

        await using var first = database.CreateContext();
        await using var second = database.CreateContext();
        var mine = await first.Councils.SingleAsync(c => c.Id == id);
        var theirs = await second.Councils.SingleAsync(c => c.Id == id);

        mine.Website = "https://www.melton.gov.uk";
        await first.SaveChangesAsync();
        theirs.Website = "https://example.invalid";

        Assert.Equal(2, mine.Revision);
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }
}
