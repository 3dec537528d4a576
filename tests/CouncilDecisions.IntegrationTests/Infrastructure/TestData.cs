using CouncilDecisions.Data;
using CouncilDecisions.Domain;

namespace CouncilDecisions.IntegrationTests.Infrastructure;

/// <summary>The ids of the records <see cref="TestData"/> adds.</summary>
public sealed record TestRecords(
    int CambridgeDecisionId,
    int OxfordshireMeetingId,
    int OxfordshireItemId,
    int OxfordshireIssueId,
    int OxfordshireDecisionId,
    int OxfordshireCabinetId,
    int MeltonItemId,
    int MeltonDecisionId,
    int CroydonMeetingId,
    int CroydonItemId,
    int CroydonDecisionId,
    int DraftDecisionId,
    int DraftMeetingId,
    int WithdrawnDecisionId,
    int MarkLygoId,
    int EddieReevesId,
    int WillHarperId,
    int OrsonId,
    int OliverLewisId);

/// <summary>
/// Representative records written by hand from the texts in seeds/ (the importer lands separately), plus a
/// draft that must never be shown and a withdrawn decision that must show its reason.
/// </summary>
public static class TestData
{
    public static async Task<TestRecords> AddAsync(DecisionsDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var published = new DateTime(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc);

        // Seed: cambridge-decision-details-digital-transformation-strategy.txt
        var cambridge = new Council { Name = "Cambridge City Council", Slug = "cambridge-city-council" };
        var transformation = new Body { Council = cambridge, Name = "Executive Councillor for Transformation", Slug = "executive-councillor-for-transformation", Kind = BodyKind.IndividualExecutiveMember };
        var cambridgeSource = new SourceDocument
        {
            Council = cambridge,
            SourceKey = "cambridge-decision-details-digital-transformation-strategy.txt",
            FileName = "cambridge-decision-details-digital-transformation-strategy.txt",
            Text = await File.ReadAllTextAsync(Path.Combine(TestPaths.SeedsFolder, "cambridge-decision-details-digital-transformation-strategy.txt")),
            Sha256 = new string('0', 64),
            Kind = "decision-details",
            ParserVersion = "test",
            ImportedBy = "seed",
            ImportedUtc = published,
        };
        var cambridgeDecision = new Decision
        {
            Council = cambridge,
            MakerBody = transformation,
            Title = "Digital Transformation Strategy",
            Slug = "digital-transformation-strategy",
            DecisionMaker = "Executive Councillor for Transformation",
            Status = "Recommendations Approved",
            IsKeyDecision = true,
            IsSubjectToCallIn = false,
            Purpose = "Whether to adopt the draft Digital Transformation Strategy for Cambridge City Council.",
            DecisionText = "Matter for Decision\n\nThe Officer’s report introduced a draft Digital Transformation Strategy for the Council.  The strategy set out a vision and ambition for the council to use new technologies to improve customer services, improve productivity, achieve efficiencies and open up possibilities for involving and engaging residents in a new way.",
            Reasons = "As set out in the Officer’s report.",
            AlternativesConsidered = "Not applicable.",
            ConflictsOfInterest = "No conflicts of interest were declared by the Executive Councillor.",
            DecisionDate = new DateOnly(2018, 7, 2),
            PublicationDate = new DateOnly(2018, 10, 9),
            State = PublicationState.Published,
            PublishedUtc = published,
            SourceDocument = cambridgeSource,
        };
        cambridgeDecision.Resolutions.Add(new Resolution { Position = 1, Label = "i.", Text = "Approved the draft Digital Transformation Strategy attached at Appendix A of the officer’s report." });
        string[] comments =
        [
            "Commented that more than one officer would be required to roll the strategy out.",
            "Welcomed the report as it pointed the council in the right direction but also expressed concern about digital exclusion.",
            "Referred to the equality impact assessment which accompanied the report which highlighted that age was a factor in digital exclusion.",
            "Referred to p177 of the agenda and asked how transparency would be ensured so that if something went wrong corrective action could be taken.",
            "Commented on the terminology used within the equality impact assessments.",
        ];
        string[] responses =
        [
            "The Head of Customer Services was looking at business processes and how services could be delivered better.  A good deal of effort was going into recruiting people who had digital skills.",
            "Commented that investment in digital inclusion was important and to try and prevent digital exclusion where possible.",
            "Major digital projects would identify the benefits they were seeking to deliver, so that these could be tracked.",
        ];
        string[] roman = ["i.", "ii.", "iii.", "iv.", "v."];
        var position = 0;
        for (var i = 0; i < comments.Length; i++)
        {
            cambridgeDecision.ScrutinyComments.Add(new ScrutinyComment { Position = ++position, Kind = ScrutinyCommentKind.Comment, Label = roman[i], Text = comments[i] });
        }

        for (var i = 0; i < responses.Length; i++)
        {
            cambridgeDecision.ScrutinyComments.Add(new ScrutinyComment { Position = ++position, Kind = ScrutinyCommentKind.Response, Label = roman[i], Text = responses[i] });
        }

        var draft = new Decision
        {
            Council = cambridge,
            Title = "Draft budget consultation",
            Slug = "draft-budget-consultation",
            Purpose = "A draft that residents must not see.",
            State = PublicationState.Draft,
        };
        var withdrawn = new Decision
        {
            Council = cambridge,
            MakerBody = transformation,
            Title = "Parking permit charges",
            Slug = "parking-permit-charges",
            Status = "Withdrawn",
            State = PublicationState.Withdrawn,
            WithdrawnReason = "Published in error: the report had not been to scrutiny.",
            DecisionDate = new DateOnly(2018, 6, 1),
        };
        var draftMeeting = new Meeting { Body = transformation, Date = new DateOnly(2018, 8, 1), State = PublicationState.Draft };

        // Seed: oxfordshire-issue-meetings-ict-digital-strategy.txt
        var oxfordshire = new Council { Name = "Oxfordshire County Council", Slug = "oxfordshire-county-council" };
        var cabinet = new Body { Council = oxfordshire, Name = "Cabinet", Slug = "cabinet", Kind = BodyKind.Cabinet };
        var lygo = new Person { Council = oxfordshire, Name = "Mark Lygo", Slug = "mark-lygo", Kind = PersonKind.Councillor };
        lygo.Titles.Add(new PersonTitle { Title = "Shadow Cabinet Member for Transformation" });
        var reeves = new Person { Council = oxfordshire, Name = "Eddie Reeves", Slug = "eddie-reeves", Kind = PersonKind.Councillor };
        reeves.Titles.Add(new PersonTitle { Title = "Cabinet Member for Transformation" });
        var harper = new Person { Council = oxfordshire, Name = "Will Harper", Slug = "will-harper", Kind = PersonKind.Officer };
        harper.Titles.Add(new PersonTitle { Title = "Head of ICT (Interim)" });
        var issue = new Issue { Council = oxfordshire, Title = "ICT Strategy, Digital Strategy & Endorsement of Local Digital Declaration", Slug = "ict-strategy-digital-strategy-endorsement-of-local-digital-declaration", ForwardPlanReference = "2019/158" };
        var oxMeeting = new Meeting { Body = cabinet, Date = new DateOnly(2019, 12, 17), Status = MeetingStatus.Held, State = PublicationState.Published, PublishedUtc = published };
        var item122 = new AgendaItem
        {
            Council = oxfordshire,
            Meeting = oxMeeting,
            Issue = issue,
            Number = "122",
            Position = 1,
            Title = "ICT Strategy, Digital Strategy & Endorsement of Local Digital Declaration",
            Summary = "Report by Head of ICT (Interim) (CA6).",
            ForwardPlanReference = "2019/158",
            ContactOfficer = harper,
            State = PublicationState.Published,
            PublishedUtc = published,
        };
        item122.Extras.Add(new ExtraField { Position = 1, Label = "Cabinet Member", Value = "Transformation" });
        item122.Recommendations.Add(new Recommendation { Position = 1, Label = "(a)", Text = "Agree the proposed Information Technology Strategy and the Framework for Digital Service Delivery; and" });
        item122.Recommendations.Add(new Recommendation { Position = 2, Label = "(b)", Text = "Adopt the Local Digital Declaration and become a signatory." });
        item122.Minutes.Add(new MinuteParagraph { Position = 1, Text = "Cabinet considered a report setting out the Information Technology Strategy and the Framework for Digital Service Delivery and seeking approval to adopt and become a signatory on the Digital Declaration." });
        item122.Minutes.Add(new MinuteParagraph { Position = 2, Text = "Councillor Mark Lygo, Shadow Cabinet Member for Transformation asked about the timescale for the Digital Declaration which he would want to see as soon as possible." });
        item122.Minutes.Add(new MinuteParagraph { Position = 3, Text = "Councillor Eddie Reeves, Cabinet Member for Transformation in moving the recommendations introduced the contents of the report." });
        item122.PersonLinks.Add(new PersonLink { Person = lygo, Role = PersonRole.Mentioned, Title = "Shadow Cabinet Member for Transformation" });
        item122.PersonLinks.Add(new PersonLink { Person = reeves, Role = PersonRole.Moved, Title = "Cabinet Member for Transformation" });
        var oxDecision = new Decision
        {
            Council = oxfordshire,
            AgendaItem = item122,
            MakerBody = cabinet,
            Title = "ICT Strategy, Digital Strategy & Endorsement of Local Digital Declaration",
            Slug = "ict-strategy-digital-strategy-endorsement-of-local-digital-declaration",
            DecisionMaker = "Cabinet",
            Status = "Recommendations agreed",
            DecisionDate = new DateOnly(2019, 12, 17),
            State = PublicationState.Published,
            PublishedUtc = published,
        };
        oxDecision.Resolutions.Add(new Resolution { Position = 1, Label = "(a)", Text = "agree the proposed Information Technology Strategy and the Framework for Digital Service Delivery; and" });
        oxDecision.Resolutions.Add(new Resolution { Position = 2, Label = "(b)", Text = "adopt the Local Digital Declaration and become a signatory." });

        // Seed: melton-agenda-item-digital-strategy-phase-one.txt (the text names neither committee nor date).
        var melton = new Council { Name = "Melton Borough Council", Slug = "melton-borough-council" };
        var meltonCommittee = new Body { Council = melton, Name = "Policy, Finance and Administration Committee", Slug = "policy-finance-and-administration-committee", Kind = BodyKind.Committee };
        var orson = new Person { Council = melton, Name = "Orson", Slug = "orson", Kind = PersonKind.Councillor };
        var greenow = new Person { Council = melton, Name = "Greenow", Slug = "greenow", Kind = PersonKind.Councillor };
        var sheldon = new Person { Council = melton, Name = "Sheldon", Slug = "sheldon", Kind = PersonKind.Councillor };
        var meltonMeeting = new Meeting { Body = meltonCommittee, Date = new DateOnly(2017, 3, 22), State = PublicationState.Published, PublishedUtc = published };
        var meltonItem = new AgendaItem
        {
            Council = melton,
            Meeting = meltonMeeting,
            Number = "6",
            Position = 6,
            Title = "Digital Strategy - Phase One",
            Summary = "The Strategic Director to submit a report to raise awareness of the future direction of digital and to adopt in principle a Phase 1 Digital Strategy that incorporates the Local Government Digital Standard.",
            LeadMember = sheldon,
            State = PublicationState.Published,
            PublishedUtc = published,
        };
        var vote = new Vote { Position = 1, Outcome = VoteOutcome.Carried, Unanimous = true };
        vote.PersonLinks.Add(new PersonLink { Person = orson, Role = PersonRole.Moved, AgendaItem = meltonItem });
        vote.PersonLinks.Add(new PersonLink { Person = greenow, Role = PersonRole.Seconded, AgendaItem = meltonItem });
        meltonItem.Votes.Add(vote);
        meltonItem.PersonLinks.Add(new PersonLink { Person = sheldon, Role = PersonRole.Left, Meeting = meltonMeeting });
        var meltonDecision = new Decision
        {
            Council = melton,
            AgendaItem = meltonItem,
            MakerBody = meltonCommittee,
            Title = "Digital Strategy - Phase One",
            Slug = "digital-strategy-phase-one",
            DecisionDate = new DateOnly(2017, 3, 22),
            State = PublicationState.Published,
            PublishedUtc = published,
        };
        meltonDecision.Resolutions.Add(new Resolution { Position = 1, Label = "1)", Text = "The intention of working towards a full Digital Strategy in 2018/19 and the likely intended content be noted." });
        meltonDecision.Resolutions.Add(new Resolution { Position = 2, Label = "2)", Text = "The Phase 1 Digital Strategy be approved in principle and intention to report back in July 2017 with a more detailed roadmap and resourcing plan, be noted." });
        meltonDecision.Resolutions.Add(new Resolution { Position = 3, Label = "3)", Text = "Councillor Sheldon be approved as a Lead Member for Digital to champion the Strategy and work appropriately with officers moving forward." });

        // Seed: croydon-agenda-item-digital-strategy.txt (the text gives no meeting date).
        var croydon = new Council { Name = "Croydon Council", Slug = "croydon-council" };
        var croydonCabinet = new Body { Council = croydon, Name = "Cabinet", Slug = "cabinet", Kind = BodyKind.Cabinet };
        var lewis = new Person { Council = croydon, Name = "Oliver Lewis", Slug = "oliver-lewis", Kind = PersonKind.Councillor };
        var baker = new Person { Council = croydon, Name = "Jacqueline Harris Baker", Slug = "jacqueline-harris-baker", Kind = PersonKind.Officer };
        var croydonMeeting = new Meeting { Body = croydonCabinet, Date = new DateOnly(2019, 11, 18), StartTime = new TimeOnly(18, 30), State = PublicationState.Published, PublishedUtc = published };
        var croydonItem = new AgendaItem
        {
            Council = croydon,
            Meeting = croydonMeeting,
            Position = 1,
            Title = "Croydon Digital Strategy",
            IsKeyDecision = false,
            ContactOfficer = baker,
            State = PublicationState.Published,
            PublishedUtc = published,
        };
        croydonItem.Minutes.Add(new MinuteParagraph { Position = 1, Text = "The Chief Digital Officer, the Head of Digital Operations, and their teams were congratulated for their work in developing the Strategy by the Cabinet Member for Finance & Resources." });
        croydonItem.Minutes.Add(new MinuteParagraph { Position = 2, Text = "Councillor Oliver Lewis arrived at 19.08." });
        croydonMeeting.PersonLinks.Add(new PersonLink { Person = lewis, Role = PersonRole.Arrived, Time = new TimeOnly(19, 8), AgendaItem = croydonItem });
        var croydonDecision = new Decision
        {
            Council = croydon,
            AgendaItem = croydonItem,
            MakerBody = croydonCabinet,
            Title = "Croydon Digital Strategy",
            Slug = "croydon-digital-strategy",
            DecisionMaker = "Cabinet",
            IsKeyDecision = false,
            IsSubjectToCallIn = true,
            CallInStatus = CallInStatus.Expired,
            CallInDeadline = new DateOnly(2019, 11, 26),
            DecisionText = "The Leader of the Council delegated authority to the Cabinet to make the following decisions.",
            DecisionDate = new DateOnly(2019, 11, 18),
            State = PublicationState.Published,
            PublishedUtc = published,
        };
        croydonDecision.Resolutions.Add(new Resolution { Position = 1, Label = "1.", Text = "Adopt the Digital Strategy 2019-2024, attached to the report at Appendix 1; and" });
        croydonDecision.Resolutions.Add(new Resolution { Position = 2, Label = "2.", Text = "In the event that the Digital Strategy is only approved subject to comments, to delegate to the Chief Digital Officer acting in consultation with the Cabinet Member for Finance and Resources authority to revise and approve the final strategy taking on board any comments received from Cabinet." });
        var upcoming = new Meeting { Body = croydonCabinet, Date = new DateOnly(2099, 1, 15), Status = MeetingStatus.Scheduled, State = PublicationState.Published, PublishedUtc = published };

        db.AddRange(cambridgeDecision, draft, withdrawn, draftMeeting, oxDecision, meltonDecision, croydonDecision, upcoming);
        await db.SaveChangesAsync();

        return new TestRecords(
            cambridgeDecision.Id, oxMeeting.Id, item122.Id, issue.Id, oxDecision.Id, cabinet.Id, meltonItem.Id, meltonDecision.Id,
            croydonMeeting.Id, croydonItem.Id, croydonDecision.Id, draft.Id, draftMeeting.Id, withdrawn.Id,
            lygo.Id, reeves.Id, harper.Id, orson.Id, lewis.Id);
    }
}
