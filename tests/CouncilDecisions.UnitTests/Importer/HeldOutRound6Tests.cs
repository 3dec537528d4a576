using CouncilDecisions.Importer.Parsing;

namespace CouncilDecisions.UnitTests.Importer;

// Shapes seen on held-out ModernGov pages (round 6); every fragment here is written for the test.
public class HeldOutRound6Tests
{
    private static ParsedDocument Parse(string text) => MinuteParser.Parse(text, new ParseOptions { Council = "Testshire County Council" });

    [Fact]
    public void Members_styled_mr_and_mrs_who_move_and_second_are_councillors_and_voters()
    {
        var doc = Parse("""
            Agenda item

            Highways Maintenance Plan

            Minutes:

            The Council considered the plan.

            The recommendation was moved by Mr T W Ashby and seconded by Mrs K Noon.

            Mr S Pratt (objector) addressed the Council. The Head of Legal Services, Mr D Lowe, advised on the procedure.

            On being put to the vote the recommendation was carried.
            """);

        Assert.Equal(
            [new ParsedPerson("T W Ashby", PersonRole.Councillor, null), new ParsedPerson("K Noon", PersonRole.Councillor, null)],
            doc.People);
        var vote = Assert.Single(doc.Votes);
        Assert.Equal("T W Ashby", vote.MovedBy);
        Assert.Equal("K Noon", vote.SecondedBy);
        Assert.Equal(VoteOutcome.Carried, vote.Outcome);
    }

    [Fact]
    public void Member_styled_mr_who_declares_an_interest_is_a_councillor()
    {
        var doc = Parse("Agenda item\n\nDeclarations of Interest\n\nMinutes:\n\nMr P Greenway declared an Other Significant Interest in item 6 as a governor of the school.");

        Assert.Equal([new ParsedPerson("P Greenway", PersonRole.Councillor, null)], doc.People);
    }

    [Fact]
    public void Body_resolved_to_with_text_after_the_colon_is_a_resolution()
    {
        var doc = Parse("Agenda item\n\nYouth Voice Update\n\nThe Panel heard from the youth council.\n\nThe Panel Resolved to: Note the update and thank the young people.");

        Assert.Equal([new ParsedLabelledText(null, "Note the update and thank the young people.")], doc.Resolutions);
        Assert.Empty(doc.Extras);
    }

    [Fact]
    public void Body_resolved_in_capitals_before_items_introduces_them()
    {
        var doc = Parse("Agenda item\n\nFees Review\n\nMinutes:\n\nThe Committee considered the fees.\n\nThe Committee RESOLVED to:\n\n1. Approve the fees.\n\n2. Review them in a year.");

        Assert.Equal([new ParsedLabelledText("1", "Approve the fees."), new ParsedLabelledText("2", "Review them in a year.")], doc.Resolutions);
    }

    [Fact]
    public void Bracketed_note_that_a_named_person_joined_is_attendance_without_a_time()
    {
        var doc = Parse("Agenda item\n\nVirtual School Report\n\nMinutes:\n\nThe Panel received the report.\n\n(Harriet Vale joined the meeting)\n\nMembers asked about attendance figures.");

        Assert.Equal([new ParsedAttendance("Harriet Vale", AttendanceEvent.Arrived, null)], doc.Attendance);
        Assert.Empty(doc.People);
    }

    [Fact]
    public void Agenda_item_number_in_brackets_after_the_title_is_the_item_number()
    {
        var doc = Parse("Agenda item\n\nTreasury Management Strategy (Agenda item 8)\n\nMinutes:\n\nThe Council considered the strategy.");

        Assert.Equal("Treasury Management Strategy", doc.Title);
        Assert.Equal(new ParsedMeeting(null, null, "8"), doc.Meeting);
    }

    [Fact]
    public void Headingless_page_starting_at_its_item_line_takes_title_and_number_from_it()
    {
        var doc = Parse("12 Membership of the Forum PDF 210 KB\n\nMinutes:\n\nThe Forum considered its membership.");

        Assert.Equal("Membership of the Forum", doc.Title);
        Assert.Equal("12", doc.Meeting!.ItemNumber);
    }

    [Fact]
    public void It_was_on_its_own_line_before_resolved_is_not_a_minute()
    {
        var doc = Parse("Agenda item\n\nWard Budgets\n\nMinutes:\n\nThe Chair introduced the item.\n\nIt was\n\nRESOLVED\n\nThat the ward budgets be noted.");

        Assert.Equal([new ParsedMinute(null, "The Chair introduced the item.")], doc.Minutes);
        Assert.Equal([new ParsedLabelledText(null, "That the ward budgets be noted.")], doc.Resolutions);
    }

    [Fact]
    public void Resolution_under_a_dotted_minute_number_keeps_the_number_as_its_label()
    {
        var doc = Parse("Decision details\n\nPanel Terms of Reference\n\nDecisions:\n\n9.1 The Committee considered the terms of reference.\n\n9.2 Resolved – That the terms of reference be endorsed.");

        Assert.Equal([new ParsedLabelledText("9.2", "the terms of reference be endorsed.")], doc.Resolutions);
    }

    [Fact]
    public void Lines_of_one_paragraph_printed_with_blank_lines_between_are_joined()
    {
        var doc = Parse("""
            Agenda item

            Training Update

            Minutes:

            The Panel agreed that the induction workshop run by the

            LGA (local government association) in May had provided an

            informative introduction to the role of the panel.

            (a) It was moved by Councillor Ames, seconded by Councillor Bell and

            Resolved that the training plan be approved.
            """);

        Assert.Equal(
            "The Panel agreed that the induction workshop run by the LGA (local government association) in May had provided an informative introduction to the role of the panel.",
            doc.Minutes[0].Text);
        Assert.Equal([new ParsedLabelledText(null, "the training plan be approved.")], doc.Resolutions);
    }

    [Fact]
    public void Page_reference_line_before_minute_narrative_is_part_of_the_minutes()
    {
        var doc = Parse("Agenda item\n\nMatters Arising\n\nPage 3\n\nAnna Reid reported that the letter had been sent.");

        Assert.Null(doc.Decision?.Purpose);
        Assert.Equal([new ParsedMinute(null, "Page 3"), new ParsedMinute(null, "Anna Reid reported that the letter had been sent.")], doc.Minutes);
    }

    [Fact]
    public void Numbered_that_items_right_under_an_agenda_title_are_resolutions()
    {
        var doc = Parse("""
            Agenda item

            Committee Review

            1. That the new inspection framework be noted.

            2. That the work plan be agreed with the following actions:

            · a briefing for new members.

            · a visit to the children's home.

            Supporting documents:
            """);

        Assert.Null(doc.Decision?.Purpose);
        Assert.Equal(2, doc.Resolutions.Count);
        Assert.Equal(new ParsedLabelledText("1", "That the new inspection framework be noted."), doc.Resolutions[0]);
        Assert.StartsWith("That the work plan be agreed with the following actions:\n\n· a briefing", doc.Resolutions[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Unnumbered_that_sentence_under_a_decision_summary_is_the_decision()
    {
        var doc = Parse("""
            Decision details

            Depot Roof Repairs

            Decision Maker: Cabinet

            Decision status: Recommendations Approved

            Cabinet is asked to approve the release of £120k for the depot roof.

            That approval be given to the release of £120k for the depot roof repairs.

            Publication date: 16/01/2020
            """);

        Assert.Equal("Cabinet is asked to approve the release of £120k for the depot roof.", doc.Decision!.Purpose);
        Assert.Equal("That approval be given to the release of £120k for the depot roof repairs.", doc.Decision.Text);
        Assert.Equal([new ParsedLabelledText(null, "That approval be given to the release of £120k for the depot roof repairs.")], doc.Resolutions);
    }

    [Fact]
    public void Town_council_named_in_running_text_is_not_the_page_council()
    {
        var doc = MinuteParser.Parse("Agenda item\n\nMeeting Times\n\nMinutes:\n\nThe Committee noted that a later start suited Brackley Town Council members.");

        Assert.Null(doc.Council);
    }

    [Fact]
    public void Council_named_in_the_possessive_without_a_type_word_is_taken()
    {
        var doc = MinuteParser.Parse("Agenda item\n\nPanel Development\n\nMinutes:\n\nThe Panel considered a summary of North Marsh Council’s panel arrangements.");

        Assert.Equal("North Marsh Council", doc.Council);
    }

    [Fact]
    public void Long_conflicts_label_keeps_its_value_after_a_late_colon()
    {
        var doc = Parse("Decision details\n\nStreet Lighting\n\nDecision Maker: Cabinet\n\nConflict of Interest relating to the matter declared by Cabinet Member / Dispensation granted:  None.\n\nPublication date: 12/10/2012");

        Assert.Equal("None.", doc.Decision!.ConflictsOfInterest);
    }

    [Fact]
    public void Sentence_case_label_ends_the_text_of_an_unknown_label()
    {
        var doc = Parse("Decision details\n\nDecision status: Recommendations Approved\n\nReason for urgency:\n\nThe response is due before the next meeting.\n\nLead director: Executive Director of Place\n\nPublication date: 01/12/2023");

        Assert.Equal("The response is due before the next meeting.", doc.Extras["Reason for urgency"]);
        Assert.Equal("Executive Director of Place", doc.Extras["Lead director"]);
    }

    [Fact]
    public void Plural_honorific_ending_a_sentence_names_nobody()
    {
        var doc = Parse("Agenda item\n\nTraining\n\nMinutes:\n\nThe Panel noted that sessions would be held for officers and Cllrs. Further details would follow.");

        Assert.Empty(doc.People);
    }

    [Fact]
    public void Named_speaker_drawing_attention_to_the_report_opens_the_minutes()
    {
        var doc = Parse("Agenda item\n\nForum Membership\n\nOwen Marsh drew attention to the report, which set out the vacancies on the Forum.\n\nRESOLVED that the report be noted.");

        Assert.Null(doc.Decision?.Purpose);
        Assert.Equal([new ParsedMinute(null, "Owen Marsh drew attention to the report, which set out the vacancies on the Forum.")], doc.Minutes);
    }

    [Fact]
    public void Councillor_with_an_initial_and_an_aside_opens_the_minutes()
    {
        var doc = Parse("Agenda item\n\nMeeting Times\n\nCouncillor R Hale, through the Chair, noted that meetings usually began at 5.30pm.\n\nThat the start time be discussed at the next meeting.");

        Assert.Null(doc.Decision?.Purpose);
        Assert.Equal([new ParsedMinute(null, "Councillor R Hale, through the Chair, noted that meetings usually began at 5.30pm.")], doc.Minutes);
        Assert.Equal([new ParsedLabelledText(null, "That the start time be discussed at the next meeting.")], doc.Resolutions);
    }
}
