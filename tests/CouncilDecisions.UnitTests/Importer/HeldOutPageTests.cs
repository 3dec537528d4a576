using CouncilDecisions.Importer.Parsing;

namespace CouncilDecisions.UnitTests.Importer;

// Shapes seen on held-out ModernGov pages (round 2); every fragment here is written for the test.
public class HeldOutPageTests
{
    private static ParsedDocument Parse(string text) => MinuteParser.Parse(text, new ParseOptions { Council = "Testshire County Council" });

    [Fact]
    public void Hard_wrapped_sentence_is_one_paragraph()
    {
        var doc = Parse("Decision details\n\nLibrary Hours\n\nDecision Maker: Cabinet\n\nPurpose:\n\nTo review the opening hours of\nthe branch libraries and to\nconsult residents on changes.\n\nDecision:\n\nThat the review be approved.");

        Assert.Equal("To review the opening hours of the branch libraries and to consult residents on changes.", doc.Decision!.Purpose);
    }

    [Fact]
    public void Label_split_over_two_lines_is_one_label()
    {
        var doc = Parse("Agenda item\n\nGrants Scheme\n\nDecisions:\n\n1. That the scheme be relaunched\nfor a second year.\n\nReason for Decisions:\nTo\nsupport community groups.\nImplementation of\nDecisions:\nImmediately, with the agreement of the Chair.");

        Assert.Equal([new ParsedLabelledText("1", "That the scheme be relaunched for a second year.")], doc.Resolutions);
        Assert.Equal("To support community groups.", doc.Decision!.Reasons);
        Assert.Equal("Immediately, with the agreement of the Chair.", doc.Extras["Implementation of Decisions"]);
    }

    [Fact]
    public void Adjacent_label_lines_and_list_items_are_not_joined()
    {
        var doc = Parse("Decision Maker: Cabinet\r\nDecision status: Recommendations Approved\r\nDecision:\r\nThat Cabinet:\r\na) notes the report;\r\nb) agrees the plan.\r\nPublication date: 02/03/2022");

        Assert.Equal("Cabinet", doc.Decision!.Maker);
        Assert.Equal("Recommendations Approved", doc.Decision.Status);
        Assert.Equal([new ParsedLabelledText("a)", "notes the report;"), new ParsedLabelledText("b)", "agrees the plan.")], doc.Resolutions);
        Assert.Equal(new DateOnly(2022, 3, 2), doc.Decision.PublicationDate);
    }

    [Fact]
    public void Issue_decisions_text_after_the_date_line_is_the_decision_with_lower_case_numbered_resolutions()
    {
        var doc = Parse("""
            Issue - decisions

            Tree Strategy

            14/03/2016 - Urban Tree Strategy

            (1) the report be noted; and

            (2) the draft strategy be approved for consultation.

            Reason for Decision:

            As set out in the report.
            """);

        Assert.Equal(new DateOnly(2016, 3, 14), doc.Decision!.Date);
        Assert.Null(doc.Decision.Purpose);
        Assert.Equal("(1) the report be noted; and\n\n(2) the draft strategy be approved for consultation.", doc.Decision.Text);
        Assert.Equal(
            [new ParsedLabelledText("1", "the report be noted; and"), new ParsedLabelledText("2", "the draft strategy be approved for consultation.")],
            doc.Resolutions);
    }

    [Fact]
    public void Decision_made_with_a_note_in_brackets_is_the_decision_text()
    {
        var doc = Parse("Issue - decisions\n\nPublic Session\n\n02/05/2019 - Public Session\n\nDecision made (Unanimously):\n\nThat the meeting stay in public session.");

        Assert.Equal("That the meeting stay in public session.", doc.Decision!.Text);
        Assert.Empty(doc.Extras);
    }

    [Fact]
    public void Body_name_introducing_numbered_decisions_is_not_an_extra()
    {
        var doc = Parse("Decision details\n\nParking Review\n\nDecision:\n\nCabinet:\n\n1. Approved the parking review.\n\n2. Asked for a report in a year.\n\nReport author: Sam Oakes");

        Assert.Equal([new ParsedLabelledText("1", "Approved the parking review."), new ParsedLabelledText("2", "Asked for a report in a year.")], doc.Resolutions);
        Assert.StartsWith("Cabinet:\n\n1. Approved", doc.Decision!.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Cabinet", doc.Extras.Keys);
    }

    [Fact]
    public void Sentence_ending_in_resolved_to_introduces_the_resolutions()
    {
        var doc = Parse("Agenda item\n\nHomes Policy\n\nMinutes:\n\nThe Executive resolved to:\n\n(i) approve the policy for consultation; and\n\n(ii) note the timetable.");

        Assert.Equal([new ParsedLabelledText("(i)", "approve the policy for consultation; and"), new ParsedLabelledText("(ii)", "note the timetable.")], doc.Resolutions);
        Assert.Empty(doc.Extras);
    }

    [Fact]
    public void List_restarting_after_the_decisions_is_the_reasons_when_the_heading_is_missing()
    {
        var doc = Parse("""
            Decision details

            Depot Options

            Decision Maker: Cabinet

            RESOLVED: That Cabinet:

            (1) Noted the costs of each option.

            (2) Approved further design work on Option B.

            (1) Officers cannot take every option forward at once.

            (2) More detail is needed before a bid for funding.

            Publication date: 21/11/2024
            """);

        Assert.Equal([new ParsedLabelledText("1", "Noted the costs of each option."), new ParsedLabelledText("2", "Approved further design work on Option B.")], doc.Resolutions);
        Assert.Equal("(1) Officers cannot take every option forward at once.\n\n(2) More detail is needed before a bid for funding.", doc.Decision!.Reasons);
    }

    [Fact]
    public void Unheaded_reason_and_alternative_after_numbered_decisions_are_not_purpose()
    {
        var doc = Parse("""
            Decision Maker: Cabinet
            Decision status: Recommendations Approved
            To receive the review of play areas.
            1. That the review be approved.
            To make sure play areas are safe and well used.
            Do nothing – the play areas would continue to decline.
            Publication date: 07/06/2022
            """);

        Assert.Equal("To receive the review of play areas.", doc.Decision!.Purpose);
        Assert.Equal("To make sure play areas are safe and well used.", doc.Decision.Reasons);
        Assert.Equal("Do nothing – the play areas would continue to decline.", doc.Decision.Alternatives);
    }

    [Fact]
    public void Other_options_considered_and_rejected_with_a_dash_fills_the_alternatives()
    {
        var doc = Parse("Decision details\n\nLeisure Strategy\n\nRESOLVED - That the strategy be adopted.\n\nREASONS FOR DECISION – To plan leisure provision.\n\nOTHER OPTIONS CONSIDERED AND REJECTED - Not to have a strategy.");

        Assert.Equal("To plan leisure provision.", doc.Decision!.Reasons);
        Assert.Equal("Not to have a strategy.", doc.Decision.Alternatives);
    }

    [Fact]
    public void Issue_details_heading_is_skipped_and_the_next_line_is_the_title()
    {
        var doc = Parse("Issue details\n\nK-01-23: Waste Collection Contract\n\nThis report seeks approval to extend the contract.\n\nDecision type: Key\n\nDecision status: For Determination");

        Assert.Equal(DocumentKind.DecisionDetails, doc.Kind);
        Assert.Equal("K-01-23: Waste Collection Contract", doc.Title);
        Assert.Equal("This report seeks approval to extend the contract.", doc.Decision!.Purpose);
        Assert.Equal("Key", doc.Extras["Decision type"]);
    }

    [Fact]
    public void Courtesy_title_and_honours_are_not_part_of_a_councillors_name()
    {
        var doc = Parse("Agenda item\n\nApologies\n\nMinutes:\n\nApologies were received from Councillor Mrs J Hart and Councillor Ann Ford OBE.");

        Assert.Equal(["J Hart", "Ann Ford"], doc.People.Select(p => p.Name));
    }

    [Fact]
    public void Initials_and_full_first_name_of_one_councillor_are_one_person()
    {
        var doc = Parse("Agenda item\n\nDeclarations\n\nMinutes:\n\nCouncillor R T Okafor declared a personal interest in item 6.\n\nCouncillor Rosa T Okafor was granted a dispensation to speak.");

        Assert.Equal([new ParsedPerson("Rosa T Okafor", PersonRole.Councillor, null)], doc.People);
    }

    [Fact]
    public void Phrase_after_a_councillors_comma_starting_in_lower_case_is_not_a_title()
    {
        var doc = Parse("Decision details\n\nEstate Renewal\n\nDecision:\n\nHaving heard Councillor Jo Park, the Cabinet agreed the programme.");

        Assert.Equal([new ParsedPerson("Jo Park", PersonRole.Councillor, null)], doc.People);
    }

    [Fact]
    public void Telephone_number_after_a_contacts_name_is_not_a_title()
    {
        var doc = Parse("Decision details\n\nArea Boards\n\nDecision status: For Determination\n\nContact: Lee Marsh, 01632 960123, Email: lee.marsh@example.org");

        Assert.Equal([new ParsedPerson("Lee Marsh", PersonRole.Officer, null)], doc.People);
    }

    [Theory]
    [InlineData("The Finance Manager presented the report.\n\nRESOLVED that the accounts be approved.")]
    [InlineData("Councillor Dee Shah declared a personal interest and left the meeting.")]
    [InlineData("The report of the Head of Planning is attached.\n\nSupporting documents:")]
    public void Minute_text_without_heading_or_labels_is_an_agenda_item(string text)
    {
        var doc = Parse(text);

        Assert.Equal(DocumentKind.AgendaItem, doc.Kind);
        Assert.Null(doc.Title);
    }

    [Fact]
    public void Item_called_minutes_is_the_title_when_its_minutes_label_follows()
    {
        var doc = Parse("Agenda item\n\nMinutes\n\nTo approve the minutes of the meeting held on 3 May.\n\nMinutes:\n\nThe minutes were approved.");

        Assert.Equal("Minutes", doc.Title);
        Assert.Equal("To approve the minutes of the meeting held on 3 May.", doc.Decision!.Purpose);
        Assert.Equal([new ParsedMinute(null, "The minutes were approved.")], doc.Minutes);
    }
}
