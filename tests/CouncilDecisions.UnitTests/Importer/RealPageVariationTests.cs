using CouncilDecisions.Importer.Parsing;

namespace CouncilDecisions.UnitTests.Importer;

// Shapes seen on published ModernGov pages from many councils; every fragment here is written for the test.
public class RealPageVariationTests
{
    private static ParsedDocument Parse(string text) => MinuteParser.Parse(text, new ParseOptions { Council = "Testshire County Council" });

    [Fact]
    public void Moved_by_the_Mayor_seconded_by_councillor_gives_a_vote()
    {
        var doc = Parse("Agenda item\n\nMinutes of the Licensing Committee\n\nMinutes:\n\nIt was moved by the Mayor, seconded by Councillor Jo Bright and\n\nResolved that the minutes be received.");

        var vote = Assert.Single(doc.Votes);
        Assert.Equal("Mayor", vote.MovedBy);
        Assert.Equal("Jo Bright", vote.SecondedBy);
        Assert.DoesNotContain(doc.People, p => p.Name.Contains("Mayor", StringComparison.Ordinal));
    }

    [Fact]
    public void Seconded_by_the_Deputy_Mayor_names_the_office()
    {
        var doc = Parse("Agenda item\n\nCivic Calendar\n\nMinutes:\n\nIt was moved by Councillor Ann Lowe, seconded by the Deputy Mayor, that the calendar be adopted.");

        var vote = Assert.Single(doc.Votes);
        Assert.Equal("Ann Lowe", vote.MovedBy);
        Assert.Equal("Deputy Mayor", vote.SecondedBy);
    }

    [Fact]
    public void Lettered_mover_sentence_after_a_resolution_is_a_minute_not_a_resolution()
    {
        var doc = Parse("""
            Agenda item

            Minutes of Other Bodies

            Minutes:

            (a) It was moved by Councillor Tom Reed, seconded by Councillor Sue Hale and

            Resolved that the Planning Committee minutes of 3 May be received.

            (b) It was moved by Councillor Sue Hale, seconded by Councillor Tom Reed and

            Resolved that the Audit Committee minutes of 9 May be received.
            """);

        Assert.Equal(
            [
                new ParsedLabelledText(null, "the Planning Committee minutes of 3 May be received."),
                new ParsedLabelledText(null, "the Audit Committee minutes of 9 May be received."),
            ],
            doc.Resolutions);
        Assert.Contains(doc.Minutes, m => m.Text.StartsWith("(b) It was moved", StringComparison.Ordinal));
        Assert.Equal(2, doc.Votes.Count);
    }

    [Fact]
    public void Proposed_by_and_seconded_by_labels_on_one_line_give_a_vote()
    {
        var doc = Parse("Agenda item\n\nElection of Chair\n\nMinutes:\n\nIt was RESOLVED that Cllr Webb be elected Chair.\n\nProposed by: Cllr Hunt      Seconded by: Cllr Oakes");

        var vote = Assert.Single(doc.Votes);
        Assert.Equal("Hunt", vote.MovedBy);
        Assert.Equal("Oakes", vote.SecondedBy);
        Assert.Equal(["Webb", "Hunt", "Oakes"], doc.People.Select(p => p.Name));
        Assert.Equal("Cllr Hunt Seconded by: Cllr Oakes", doc.Extras["Proposed by"]);
    }

    [Fact]
    public void Vice_chair_after_a_name_is_not_part_of_the_name()
    {
        var doc = Parse("Agenda item\n\nElection of Vice-Chair\n\nMinutes:\n\nThat Councillor K Pryce be elected Vice-Chair.\n\nCouncillor K Pryce Vice-Chair in the Chair");

        Assert.Equal([new ParsedPerson("K Pryce", PersonRole.Councillor, null)], doc.People);
    }

    [Fact]
    public void Short_that_cabinet_intro_is_not_a_resolution_and_opens_the_decision_text()
    {
        var doc = Parse("""
            Decision details

            Local Plan Update

            Decision Maker: Cabinet

            RESOLVED: That Cabinet:

            (1) Noted the progress report.

            (2) Agreed the revised timetable.

            REASON FOR DECISIONS: To keep the plan on track.
            """);

        Assert.Equal(
            [new ParsedLabelledText("1", "Noted the progress report."), new ParsedLabelledText("2", "Agreed the revised timetable.")],
            doc.Resolutions);
        Assert.Equal("RESOLVED: That Cabinet:\n\n(1) Noted the progress report.\n\n(2) Agreed the revised timetable.", doc.Decision!.Text);
        Assert.Equal("To keep the plan on track.", doc.Decision.Reasons);
        Assert.DoesNotContain("REASON FOR DECISIONS", doc.Extras.Keys);
    }

    [Fact]
    public void Call_in_field_wins_over_a_status_that_mentions_call_in()
    {
        var doc = Parse("Decision details\n\nBus Shelters\n\nDecision status: Recommendations Approved (subject to call-in)\n\nIs subject to call in?: No");

        Assert.False(doc.Decision!.SubjectToCallIn);
    }

    [Theory]
    [InlineData("REASON \u2013 To meet the statutory deadline.")]
    [InlineData("Reasons for the Decision - To meet the statutory deadline.")]
    [InlineData("Reason: To meet the statutory deadline.")]
    public void Reason_followed_by_a_dash_or_colon_fills_the_reasons(string line)
    {
        var doc = Parse($"Agenda item\n\nAnnual Return\n\nRESOLVED \u2013 That the annual return be approved.\n\n{line}");

        Assert.Equal("To meet the statutory deadline.", doc.Decision!.Reasons);
        Assert.Equal([new ParsedLabelledText(null, "the annual return be approved.")], doc.Resolutions);
    }

    [Fact]
    public void Decision_with_a_dash_after_the_reasons_continues_the_decisions()
    {
        var doc = Parse("""
            Decision details

            Road Repairs Programme

            Decisions:

            "A quotation from the Cabinet Member about roads."

            Reasons for the Decision – To agree the annual programme.

            Decision – (a) That the programme be approved.

            (b) That progress be reported each quarter.
            """);

        Assert.Equal("To agree the annual programme.", doc.Decision!.Reasons);
        Assert.Equal(
            [new ParsedLabelledText("(a)", "That the programme be approved."), new ParsedLabelledText("(b)", "That progress be reported each quarter.")],
            doc.Resolutions);
        Assert.Empty(doc.Extras);
    }

    [Fact]
    public void That_the_cabinet_member_colon_inside_a_decision_is_not_a_label()
    {
        var doc = Parse("Decision details\n\nSigns Policy\n\nDecision:\n\nThat the Cabinet Member:\n\na) Notes the review;\n\nb) Approves the new policy.");

        Assert.Empty(doc.Extras);
        Assert.Equal([new ParsedLabelledText("a)", "Notes the review;"), new ParsedLabelledText("b)", "Approves the new policy.")], doc.Resolutions);
        Assert.StartsWith("That the Cabinet Member:", doc.Decision!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Unlabelled_numbered_that_items_on_a_decision_page_are_the_resolutions()
    {
        var doc = Parse("""
            Decision Maker: Cabinet
            Decision status: Recommendations Approved
            Is Key decision?: Yes
            To agree a new parks strategy.
            1. That the parks strategy be adopted.
            2) That the Director be authorised to consult on it.
            Publication date: 02/03/2022
            """);

        Assert.Equal("To agree a new parks strategy.", doc.Decision!.Purpose);
        Assert.Equal(
            [new ParsedLabelledText("1", "That the parks strategy be adopted."), new ParsedLabelledText("2", "That the Director be authorised to consult on it.")],
            doc.Resolutions);
        Assert.Equal("1. That the parks strategy be adopted.\n\n2) That the Director be authorised to consult on it.", doc.Decision.Text);
    }

    [Fact]
    public void Declarations_of_interest_item_title_is_the_title_not_the_conflicts()
    {
        var doc = Parse("Agenda item\n\nDeclarations of Interest\n\nMinutes:\n\nThere were no declarations of interest.");

        Assert.Equal("Declarations of Interest", doc.Title);
        Assert.Null(doc.Decision?.ConflictsOfInterest);
        Assert.Equal([new ParsedMinute(null, "There were no declarations of interest.")], doc.Minutes);
    }

    [Fact]
    public void Title_with_a_colon_and_file_note_is_the_title()
    {
        var doc = Parse("Agenda item\n\nMinutes of Previous Meeting: 4 May 2021 pdf icon PDF 210 KB\n\nMinutes:\n\nThe minutes were agreed.");

        Assert.Equal("Minutes of Previous Meeting: 4 May 2021", doc.Title);
        Assert.Empty(doc.Extras);
    }

    [Fact]
    public void Welsh_file_note_is_stripped_from_the_title()
    {
        var doc = Parse("Eitem agenda\n\nAdroddiad Blynyddol y Llyfrgelloedd pdf eicon PDF 120 KB\n\nCofnodion:\n\nNodwyd yr adroddiad.");

        Assert.Equal("Adroddiad Blynyddol y Llyfrgelloedd", doc.Title);
    }

    [Fact]
    public void Share_this_item_button_is_not_text()
    {
        var doc = Parse("Agenda item\n\nProcedural Matters\n\n    \u2022 Share this item\n\nMinutes:\n\nThe Leader made an announcement.");

        Assert.Null(doc.Decision?.Purpose);
        Assert.Equal([new ParsedMinute(null, "The Leader made an announcement.")], doc.Minutes);
    }

    [Fact]
    public void Item_title_repeated_after_the_meeting_line_is_not_purpose()
    {
        var doc = Parse("Issue - meetings\n\nUrgent Items\n\nMeeting: 03/11/2020 - Cabinet (Item 12)\n\nUrgent Items\n\nThere were no urgent items.");

        Assert.Equal("Urgent Items", doc.Title);
        Assert.Equal("12", doc.Meeting!.ItemNumber);

        // Past tense "There were no …" is what the meeting recorded (parser 1.4.0), so it is a minute, not the purpose.
        Assert.Null(doc.Decision?.Purpose);
        Assert.Equal([new ParsedMinute(null, "There were no urgent items.")], doc.Minutes);
    }

    [Fact]
    public void Resolved_after_a_dotted_minute_number_is_a_resolution()
    {
        var doc = Parse("Agenda item\n\nExclusion of Press and Public\n\n4.1 The Committee considered excluding the public.\n\n4.2 RESOLVED: That the public be excluded for Part Two.");

        // Since 1.6.0 the minute number labels the resolution it heads.
        Assert.Equal([new ParsedLabelledText("4.2", "the public be excluded for Part Two.")], doc.Resolutions);
        Assert.Equal([new ParsedMinute("4.1", "The Committee considered excluding the public.")], doc.Minutes);
    }

    [Fact]
    public void Lower_case_resolved_with_a_colon_is_a_lead_in()
    {
        var doc = Parse("Agenda item\n\nMinutes\n\nMinutes:\n\nresolved:\n\nThat the minutes of 2 June be agreed.");

        Assert.Equal([new ParsedLabelledText(null, "That the minutes of 2 June be agreed.")], doc.Resolutions);
        Assert.Empty(doc.Minutes);
    }

    [Fact]
    public void Rejected_alternative_option_is_not_a_lost_vote()
    {
        var doc = Parse("Decision details\n\nGrit Bins\n\nDecision:\n\nThat more grit bins be bought.\n\nAlternative options considered:\n\nDoing nothing was rejected because of the risk to pedestrians.");

        Assert.Empty(doc.Votes);
        Assert.Equal("Doing nothing was rejected because of the risk to pedestrians.", doc.Decision!.Alternatives);
    }

    [Fact]
    public void Visiting_mayors_council_is_not_the_pages_council()
    {
        var doc = MinuteParser.Parse("Agenda item\n\nTributes\n\nMinutes:\n\nMembers remembered Councillor Paul Lane, Mayor of Eastwick Borough Council, who had died.");

        Assert.Null(doc.Council);
        Assert.Equal([new ParsedPerson("Paul Lane", PersonRole.Councillor, "Mayor of Eastwick Borough Council")], doc.People);
    }

    [Fact]
    public void Issue_decisions_page_is_a_decision_with_its_date_line()
    {
        var doc = Parse("Issue - decisions\n\nCar Park Charges\n\n14/05/2019 - Car Park Charges Review\n\nResolved: (i) That the new charges be approved.\n\nReason: To cover running costs.");

        Assert.Equal(DocumentKind.DecisionDetails, doc.Kind);
        Assert.Equal("Car Park Charges", doc.Title);
        Assert.Equal(new DateOnly(2019, 5, 14), doc.Decision!.Date);
        Assert.Equal([new ParsedLabelledText("(i)", "That the new charges be approved.")], doc.Resolutions);
        Assert.Equal("To cover running costs.", doc.Decision.Reasons);
    }

    [Fact]
    public void Welsh_councillor_title_joined_by_ar_gyfer_is_kept()
    {
        var doc = Parse("Eitem agenda\n\nAdroddiad Tai\n\nCofnodion:\n\nCyflwynodd y Cynghorydd Siân Pugh, Aelod Cabinet ar gyfer Tai, yr adroddiad.");

        Assert.Equal([new ParsedPerson("Siân Pugh", PersonRole.Councillor, "Aelod Cabinet ar gyfer Tai")], doc.People);
    }
}
