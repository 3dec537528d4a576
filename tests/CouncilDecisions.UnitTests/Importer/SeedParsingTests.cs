using CouncilDecisions.Importer.Parsing;

namespace CouncilDecisions.UnitTests.Importer;

// Expected values are written by hand from reading the seed texts, not copied from the parser's output.
public class SeedParsingTests
{
    [Fact]
    public void Cambridge_decision_details_page_is_read_field_by_field()
    {
        var doc = Seeds.Parse(Seeds.Cambridge);

        Assert.Equal(DocumentKind.DecisionDetails, doc.Kind);
        Assert.Equal("Cambridge City Council", doc.Council);
        Assert.Equal("Digital Transformation Strategy", doc.Title);
        Assert.Null(doc.Meeting);
        Assert.Empty(doc.Meetings);

        var d = Assert.IsType<ParsedDecision>(doc.Decision);
        Assert.Equal("Executive Councillor for Transformation", d.Maker);
        Assert.Equal("Recommendations Approved", d.Status);
        Assert.True(d.KeyDecision);
        Assert.False(d.SubjectToCallIn);
        Assert.Equal(new DateOnly(2018, 7, 2), d.Date);
        Assert.Equal(new DateOnly(2018, 10, 9), d.PublicationDate);
        Assert.Equal("Whether to adopt the draft Digital Transformation Strategy for Cambridge City Council.", d.Purpose);
        Assert.Equal(
            "Matter for Decision\n\n"
            + "The Officer’s report introduced a draft Digital Transformation Strategy for the Council. The strategy set out a vision and ambition for the council to use new technologies to improve customer services, improve productivity, achieve efficiencies and open up possibilities for involving and engaging residents in a new way.\n\n"
            + "Decision of Executive Councillor for Finance and Resources\n\n"
            + "i. Approved the draft Digital Transformation Strategy attached at Appendix A of the officer’s report.",
            d.Text);
        Assert.Equal("As set out in the Officer’s report.", d.Reasons);
        Assert.Equal("Not applicable.", d.Alternatives);
        Assert.Equal("No conflicts of interest were declared by the Executive Councillor.", d.ConflictsOfInterest);

        Assert.Empty(doc.Recommendations);
        var resolution = Assert.Single(doc.Resolutions);
        Assert.Equal(new ParsedLabelledText("i.", "Approved the draft Digital Transformation Strategy attached at Appendix A of the officer’s report."), resolution);

        var comments = doc.ScrutinyComments.Where(c => c.Kind == ScrutinyCommentKind.Comment).ToList();
        var responses = doc.ScrutinyComments.Where(c => c.Kind == ScrutinyCommentKind.Response).ToList();
        Assert.Equal(8, doc.ScrutinyComments.Count);
        Assert.Equal(["i.", "ii.", "iii.", "iv.", "v."], comments.Select(c => c.Label));
        Assert.Equal(["i.", "ii.", "iii."], responses.Select(c => c.Label));
        Assert.Equal("Commented that more than one officer would be required to roll the strategy out.", comments[0].Text);
        Assert.Equal("Commented on the terminology used within the equality impact assessments.", comments[4].Text);
        Assert.Equal(
            "The Head of Customer Services was looking at business processes and how services could be delivered better. A good deal of effort was going into recruiting people who had digital skills.",
            responses[0].Text);
        Assert.EndsWith("report successes and issues that required improvement relating to the Corporate Plan.", responses[2].Text);

        Assert.Empty(doc.Minutes);
        Assert.Empty(doc.People);
        Assert.Empty(doc.Attendance);
        var vote = Assert.Single(doc.Votes);
        Assert.Equal(new ParsedVote { Outcome = VoteOutcome.Carried, Unanimous = true }, vote);

        var scrutiny = Assert.Single(doc.Extras);
        Assert.Equal("Scrutiny Considerations", scrutiny.Key);
        Assert.StartsWith("The Committee received a report from the Head of Corporate Strategy.\n\nThe Committee made the following comments", scrutiny.Value);
        Assert.EndsWith("The Committee unanimously resolved to endorse the recommendations.\n\nThe Executive Councillor approved the recommendation.", scrutiny.Value);
        Assert.Empty(doc.Warnings);
    }

    [Fact]
    public void Executive_issue_meetings_page_without_council_name_is_read_with_a_warning()
    {
        var doc = Seeds.Parse(Seeds.Executive);

        Assert.Equal(DocumentKind.IssueMeetings, doc.Kind);
        Assert.Null(doc.Council);
        Assert.Equal("Digital Strategy", doc.Title);
        Assert.Equal(new ParsedMeeting(new DateOnly(2019, 11, 27), "Executive", "56"), doc.Meeting);
        Assert.Empty(doc.Meetings);

        var d = Assert.IsType<ParsedDecision>(doc.Decision);
        Assert.True(d.SubjectToCallIn);
        Assert.Null(d.KeyDecision);
        Assert.Null(d.Maker);
        Assert.Null(d.Status);
        Assert.Null(d.Date);
        Assert.Null(d.PublicationDate);
        Assert.Equal("To approve the Digital Strategy", d.Purpose);
        Assert.Equal("That the Digital Strategy be APPROVED.", d.Text);
        Assert.Null(d.Reasons);
        Assert.Null(d.Alternatives);
        Assert.Null(d.ConflictsOfInterest);

        Assert.Equal(["56.1", "56.2", "56.3", "56.4"], doc.Minutes.Select(m => m.Number));
        Assert.Equal(
            "The report of the Head of Corporate Services, circulated at Pages No. 33-41, set out a new Digital Strategy for the Council which Members were asked to approve.",
            doc.Minutes[0].Text);
        Assert.StartsWith("In introducing the report, the Lead Member for Customer Focus explained that", doc.Minutes[1].Text);
        Assert.Contains("digital ‘presence’; however", doc.Minutes[1].Text);
        Assert.Contains("“digital customer” referred", doc.Minutes[1].Text);
        Assert.EndsWith("and to use evidence and insights to drive decision-making.", doc.Minutes[1].Text);
        Assert.EndsWith("and both were important to ensure access for all.", doc.Minutes[2].Text);
        Assert.Equal("Accordingly, it was", doc.Minutes[3].Text);

        Assert.Empty(doc.Recommendations);
        Assert.Empty(doc.Resolutions);
        Assert.Empty(doc.ScrutinyComments);
        Assert.Empty(doc.People);
        Assert.Empty(doc.Attendance);
        Assert.Empty(doc.Votes);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["Subject To Call In"] = "Yes - No action to be taken prior to the expiry of the call-in period.",
                ["Additional documents"] = "",
                ["Action By"] = "CE",
            },
            doc.Extras);
        Assert.Contains("council", Assert.Single(doc.Warnings), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Croydon_agenda_item_lists_resolutions_once_and_records_arrival()
    {
        var doc = Seeds.Parse(Seeds.Croydon);

        Assert.Equal(DocumentKind.AgendaItem, doc.Kind);
        Assert.Null(doc.Council);
        Assert.Equal("Croydon Digital Strategy", doc.Title);
        Assert.Null(doc.Meeting);

        var d = Assert.IsType<ParsedDecision>(doc.Decision);
        Assert.False(d.KeyDecision);
        Assert.Null(d.SubjectToCallIn);
        Assert.Null(d.Purpose);
        const string First = "Adopt the Digital Strategy 2019-2024, attached to the report at Appendix 1; and";
        const string Second = "In the event that the Digital Strategy is only approved subject to comments, to delegate to the Chief Digital Officer acting in consultation with the Cabinet Member for Finance and Resources authority to revise and approve the final strategy taking on board any comments received from Cabinet.";
        Assert.Equal(
            "The Leader of the Council delegated authority to the Cabinet to make the following decisions.\n\nRESOLVED: To\n\n1. " + First + "\n\n2. " + Second,
            d.Text);

        Assert.Equal([new ParsedLabelledText("1", First), new ParsedLabelledText("2", Second)], doc.Resolutions);
        Assert.Empty(doc.Recommendations);

        Assert.Equal(13, doc.Minutes.Count);
        Assert.All(doc.Minutes, m => Assert.Null(m.Number));
        Assert.StartsWith("The Chief Digital Officer, the Head of Digital Operations, and their teams were congratulated", doc.Minutes[0].Text);
        Assert.Contains("from £8.21 per face-to-face transaction to 0.9p per online transaction", doc.Minutes[3].Text);
        Assert.Equal("Councillor Oliver Lewis arrived at 19.08.", doc.Minutes[8].Text);
        Assert.Equal("The Leader of the Council delegated authority to the Cabinet to make the following decisions:", doc.Minutes[12].Text);

        Assert.Equal(
            [new ParsedPerson("Jacqueline Harris Baker", PersonRole.Officer, null), new ParsedPerson("Oliver Lewis", PersonRole.Councillor, null)],
            doc.People);
        Assert.Equal([new ParsedAttendance("Oliver Lewis", AttendanceEvent.Arrived, "19:08")], doc.Attendance);
        Assert.Empty(doc.Votes);
        Assert.Empty(doc.ScrutinyComments);
        Assert.Equal(new Dictionary<string, string> { ["Supporting documents"] = "" }, doc.Extras);
        Assert.Contains("council", Assert.Single(doc.Warnings), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Oxfordshire_issue_meetings_page_has_recommendations_resolutions_and_titled_people()
    {
        var doc = Seeds.Parse(Seeds.Oxfordshire);

        Assert.Equal(DocumentKind.IssueMeetings, doc.Kind);
        Assert.Null(doc.Council);
        Assert.Equal("ICT Strategy, Digital Strategy & Endorsement of Local Digital Declaration", doc.Title);
        Assert.Equal(new ParsedMeeting(new DateOnly(2019, 12, 17), "Cabinet", "122"), doc.Meeting);
        Assert.Empty(doc.Meetings);

        var d = Assert.IsType<ParsedDecision>(doc.Decision);
        Assert.Equal("Recommendations agreed.", d.Text);
        Assert.Null(d.SubjectToCallIn);
        Assert.Null(d.KeyDecision);
        var purpose = d.Purpose!.Split("\n\n");
        Assert.Equal(4, purpose.Length);
        Assert.StartsWith("he ICT strategy covers a 5-year period", purpose[0]);
        Assert.Equal("The Digital Framework covers a 3-year period and sets out our digital vision to achieve the best outcomes for Oxfordshire’s communities, residents, businesses and visitors using digital services and systems that work for all.", purpose[2]);
        Assert.EndsWith("and a collection of local authorities and sector bodies from across the UK.", purpose[3]);

        Assert.Equal(
            [
                new ParsedLabelledText("(a)", "Agree the proposed Information Technology Strategy and the Framework for Digital Service Delivery; and"),
                new ParsedLabelledText("(b)", "Adopt the Local Digital Declaration and become a signatory."),
            ],
            doc.Recommendations);
        Assert.Equal(
            [
                new ParsedLabelledText("(a)", "agree the proposed Information Technology Strategy and the Framework for Digital Service Delivery; and"),
                new ParsedLabelledText("(b)", "adopt the Local Digital Declaration and become a signatory."),
            ],
            doc.Resolutions);

        Assert.Equal(5, doc.Minutes.Count);
        Assert.StartsWith("Cabinet considered a report setting out", doc.Minutes[0].Text);
        Assert.EndsWith("all their data centres were carbon neutral.", doc.Minutes[4].Text);

        Assert.Equal(
            [
                new ParsedPerson("Will Harper", PersonRole.Officer, "Head of ICT (Interim)"),
                new ParsedPerson("Mark Lygo", PersonRole.Councillor, "Shadow Cabinet Member for Transformation"),
                new ParsedPerson("Eddie Reeves", PersonRole.Councillor, "Cabinet Member for Transformation"),
                new ParsedPerson("Claire Taylor", PersonRole.Officer, "Corporate Director for Customers and Organisational Development"),
            ],
            doc.People);
        Assert.Empty(doc.Attendance);
        Assert.Empty(doc.Votes);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["Cabinet Member"] = "Transformation",
                ["Forward Plan Ref"] = "2019/158",
                ["Contact"] = "Will Harper, Head of ICT (Interim) Tel: 07920 708233",
                ["Report by"] = "Head of ICT (Interim) (CA6).",
                ["Additional documents"] = "",
            },
            doc.Extras);
        Assert.Equal(["Cabinet Member", "Forward Plan Ref", "Contact", "Report by", "Additional documents"], doc.Extras.Keys);
        Assert.Contains("council", Assert.Single(doc.Warnings), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Melton_agenda_item_has_council_vote_and_departure()
    {
        var doc = Seeds.Parse(Seeds.Melton);

        Assert.Equal(DocumentKind.AgendaItem, doc.Kind);
        Assert.Equal("Melton Borough Council", doc.Council);
        Assert.Equal("Digital Strategy - Phase One", doc.Title);
        Assert.Null(doc.Meeting);

        var d = Assert.IsType<ParsedDecision>(doc.Decision);
        Assert.Equal(
            "The Strategic Director to submit a report to raise awareness of the future direction of digital and to adopt in principle a Phase 1 Digital Strategy that incorporates the Local Government Digital Standard.",
            d.Purpose);
        Assert.Null(d.Text);
        Assert.Null(d.KeyDecision);

        Assert.Equal(
            [
                new ParsedLabelledText("1", "The intention of working towards a full Digital Strategy in 2018/19 and the likely intended content be noted."),
                new ParsedLabelledText("2", "The Phase 1 Digital Strategy be approved in principle and intention to report back in July 2017 with a more detailed roadmap and resourcing plan, be noted."),
                new ParsedLabelledText("3", "Councillor Sheldon be approved as a Lead Member for Digital to champion the Strategy and work appropriately with officers moving forward."),
            ],
            doc.Resolutions);

        Assert.Equal(11, doc.Minutes.Count);
        Assert.StartsWith("The Strategic Director submitted a report to raise awareness", doc.Minutes[0].Text);
        Assert.Equal("All recommendations were moved by Councillor Orson and Councillor Greenow seconded.", doc.Minutes[8].Text);
        Assert.Equal("All Members were unanimously in favour.", doc.Minutes[9].Text);
        Assert.Equal(
            "(The discussion here went into exempt session and returned to public session for agenda item 7, Annual Staff Review. The Corporate Property Officer, the Strategic Director and Councillor Sheldon here left the meeting)",
            doc.Minutes[10].Text);

        Assert.Equal(
            [
                new ParsedPerson("Orson", PersonRole.Councillor, null),
                new ParsedPerson("Greenow", PersonRole.Councillor, null),
                new ParsedPerson("Sheldon", PersonRole.Councillor, null),
            ],
            doc.People);
        Assert.Equal([new ParsedAttendance("Sheldon", AttendanceEvent.Left, null)], doc.Attendance);
        Assert.Equal(
            [new ParsedVote { Outcome = VoteOutcome.Carried, Unanimous = true, MovedBy = "Orson", SecondedBy = "Greenow" }],
            doc.Votes);
        Assert.Equal(new Dictionary<string, string> { ["Supporting documents"] = "" }, doc.Extras);
        Assert.Contains("exempt", Assert.Single(doc.Warnings), StringComparison.OrdinalIgnoreCase);
    }
}
