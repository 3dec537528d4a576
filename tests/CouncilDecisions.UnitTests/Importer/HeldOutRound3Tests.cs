using CouncilDecisions.Importer.Parsing;

namespace CouncilDecisions.UnitTests.Importer;

// Shapes seen on held-out ModernGov pages (round 3); every fragment here is written for the test.
public class HeldOutRound3Tests
{
    private static ParsedDocument Parse(string text) => MinuteParser.Parse(text, new ParseOptions { Council = "Testshire County Council" });

    [Fact]
    public void Minutes_without_their_label_start_at_the_first_sentence_reporting_the_meeting()
    {
        var doc = Parse("""
            Agenda item

            Minutes of the Last Meeting

            To agree the minutes of the meeting held on 3 May 2022.

            The minutes of the meeting held on 3 May 2022 were approved as a correct record.

            Members asked when the bus shelter would be repaired.
            """);

        Assert.Equal("To agree the minutes of the meeting held on 3 May 2022.", doc.Decision!.Purpose);
        Assert.Equal(
            [
                new ParsedMinute(null, "The minutes of the meeting held on 3 May 2022 were approved as a correct record."),
                new ParsedMinute(null, "Members asked when the bus shelter would be repaired."),
            ],
            doc.Minutes);
    }

    [Fact]
    public void Consideration_was_given_opens_the_minutes_on_an_issue_page_without_a_minutes_label()
    {
        var doc = Parse("""
            Issue - meetings

            Previous Minutes

            Meeting: 12/09/2018 - Standards Committee (Item 7)

            7 Previous Minutes

            Consideration was given to the minutes of the meeting held in July.

            Resolved:- That the minutes be approved.
            """);

        Assert.Null(doc.Decision?.Purpose);
        Assert.Equal([new ParsedMinute(null, "Consideration was given to the minutes of the meeting held in July.")], doc.Minutes);
        Assert.Equal([new ParsedLabelledText(null, "the minutes be approved.")], doc.Resolutions);
    }

    [Fact]
    public void Empty_documents_label_does_not_take_the_minutes_as_its_value()
    {
        var doc = Parse("""
            Agenda item

            Minutes of the April Meeting

            To sign the minutes of the April meeting.

            Supporting documents:

            The minutes of the April meeting were presented.
            """);

        Assert.Equal("", doc.Extras["Supporting documents"]);
        Assert.Equal([new ParsedMinute(null, "The minutes of the April meeting were presented.")], doc.Minutes);
    }

    [Fact]
    public void Past_tense_description_stays_the_purpose_when_the_page_has_a_minutes_label()
    {
        var doc = Parse("""
            Agenda item

            Car Park Charges

            The Committee considered charges in March and asked for this update.

            Minutes:

            The update was noted.
            """);

        Assert.Equal("The Committee considered charges in March and asked for this update.", doc.Decision!.Purpose);
        Assert.Equal([new ParsedMinute(null, "The update was noted.")], doc.Minutes);
    }

    [Fact]
    public void Headingless_page_reporting_a_considered_report_is_an_agenda_item()
    {
        var doc = Parse("""
            Parking Review

            The Panel considered a report of the Head of Highways about parking near schools.

            That the report be noted.
            """);

        Assert.Equal(DocumentKind.AgendaItem, doc.Kind);
        Assert.Equal("Parking Review", doc.Title);
        Assert.Equal("The Panel considered a report of the Head of Highways about parking near schools.", doc.Minutes[0].Text);
    }

    [Fact]
    public void Headingless_bare_resolution_after_an_officer_update_is_an_agenda_item()
    {
        var doc = Parse("""
            Flood Forum

            The Drainage Engineer gave a verbal update on the winter works.

            That the update be noted.
            """);

        Assert.Equal(DocumentKind.AgendaItem, doc.Kind);
    }

    [Fact]
    public void Headingless_list_of_numbered_that_decisions_is_a_decision_page()
    {
        var doc = Parse("1) That the allotment plan be noted.\n2) That the new rents be approved from April.");

        Assert.Equal(DocumentKind.DecisionDetails, doc.Kind);
        Assert.Equal(
            [
                new ParsedLabelledText("1", "That the allotment plan be noted."),
                new ParsedLabelledText("2", "That the new rents be approved from April."),
            ],
            doc.Resolutions);
    }

    [Fact]
    public void Counts_printed_one_to_a_line_belong_to_the_vote_and_not_carried_is_lost()
    {
        var doc = Parse("""
            Agenda item

            Order of Business

            Minutes:

            Councillor Amber moved and Councillor Birch seconded that item 9 be taken first.

            The proposal was put to the vote:

            For: 12

            Against: 15

            Abstentions: 2

            The proposal was not carried.
            """);

        var vote = Assert.Single(doc.Votes);
        Assert.Equal("Amber", vote.MovedBy);
        Assert.Equal("Birch", vote.SecondedBy);
        Assert.Equal((12, 15, 2), (vote.For, vote.Against, vote.Abstained));
        Assert.Equal(VoteOutcome.Lost, vote.Outcome);
        Assert.False(doc.Extras.ContainsKey("For"));
    }

    [Fact]
    public void Votes_to_with_counts_in_words_are_read()
    {
        var doc = Parse("Agenda item\n\nPlay Areas\n\nMinutes:\n\nThe recommendation was then put and carried by 9 votes to two, with one abstention.");

        var vote = Assert.Single(doc.Votes);
        Assert.Equal(VoteOutcome.Carried, vote.Outcome);
        Assert.Equal((9, 2, 1), (vote.For, vote.Against, vote.Abstained));
    }

    [Fact]
    public void Declared_to_be_carried_is_an_outcome()
    {
        var doc = Parse("Agenda item\n\nTown Twinning\n\nMinutes:\n\nThe motion was put to the vote and declared to be carried.");

        Assert.Equal(VoteOutcome.Carried, Assert.Single(doc.Votes).Outcome);
    }

    [Fact]
    public void Long_sentence_ending_in_it_was_resolved_introduces_the_decisions()
    {
        var doc = Parse("""
            Decision details

            Decision Maker: Cabinet

            Having considered the confidential report of the Director of Property on the sale of the depot site, it was RESOLVED:

            1. To accept the highest offer; and

            2. To report the outcome to the next meeting.

            Publication date: 04/05/2021
            """);

        Assert.Equal(
            [
                new ParsedLabelledText("1", "To accept the highest offer; and"),
                new ParsedLabelledText("2", "To report the outcome to the next meeting."),
            ],
            doc.Resolutions);
        Assert.StartsWith("Having considered the confidential report", doc.Decision!.Text, StringComparison.Ordinal);
        Assert.Null(doc.Decision.Purpose);
    }

    [Fact]
    public void Introduction_ending_in_a_colon_after_a_lead_in_is_not_a_resolution()
    {
        var doc = Parse("""
            Agenda item

            Standards Review

            Minutes:

            It was proposed by the Chair, seconded by the Vice-Chair and RESOLVED:

            “THAT the proposals below be adopted, namely:

            1. THAT the code be reprinted;

            2. THAT training be offered to all members.”
            """);

        Assert.Equal(["1", "2"], doc.Resolutions.Select(r => r.Label));
    }

    [Fact]
    public void Issue_decisions_page_without_a_title_takes_it_from_the_date_line()
    {
        var doc = Parse("""
            Issue - decisions

            05/04/2019 - Market Hall Lease

            That members note:

            i. the lease renewal; and

            ii. the rent review.
            """);

        Assert.Equal("Market Hall Lease", doc.Title);
        Assert.Equal(new DateOnly(2019, 4, 5), doc.Decision!.Date);
        Assert.Equal([new ParsedLabelledText("i.", "the lease renewal; and"), new ParsedLabelledText("ii.", "the rent review.")], doc.Resolutions);
    }

    [Fact]
    public void Title_with_a_colon_repeated_on_the_item_line_is_the_title_not_a_label()
    {
        var doc = Parse("""
            Issue - meetings

            Housing Scrutiny: Annual Report

            Meeting: 10/10/2022 - Council (Item 31)

            31 Housing Scrutiny: Annual Report pdf icon PDF 90 KB

            Minutes:

            The annual report was received.
            """);

        Assert.Equal("Housing Scrutiny: Annual Report", doc.Title);
        Assert.Empty(doc.Extras);
        Assert.Equal("31", doc.Meeting!.ItemNumber);
    }

    [Fact]
    public void Heading_copied_with_its_menu_bullet_is_still_the_heading()
    {
        var doc = Parse("• Decision details\n  • Decision details\n\nDecision status: Recommendations Approved\n\nDecisions:\n\nThat the grant be paid.");

        Assert.Equal(DocumentKind.DecisionDetails, doc.Kind);
        Assert.Null(doc.Title);
        Assert.Null(doc.Decision!.Purpose);
        Assert.DoesNotContain(doc.Warnings, w => w.Contains("No page heading", StringComparison.Ordinal));
    }

    [Fact]
    public void Resolved_to_in_sentence_case_is_a_resolution()
    {
        var doc = Parse("Agenda item\n\nPremises Licence\n\nMinutes:\n\nThe Sub-Committee heard from the applicant.\n\nResolved to refuse the variation of the licence.");

        Assert.Equal([new ParsedLabelledText(null, "to refuse the variation of the licence.")], doc.Resolutions);
        Assert.Equal([new ParsedMinute(null, "The Sub-Committee heard from the applicant.")], doc.Minutes);
    }

    [Fact]
    public void Item_kept_public_without_disclosing_exempt_information_gives_no_exempt_warning()
    {
        var doc = Parse("Agenda item\n\nExclusion of Press and Public\n\nMinutes:\n\nMembers agreed the appendix could be discussed without disclosing any of the exempt information.");

        Assert.DoesNotContain(doc.Warnings, w => w.Contains("exempt", StringComparison.Ordinal));
    }

    [Fact]
    public void Issue_details_agenda_items_heading_keeps_its_links_out_of_the_purpose()
    {
        var doc = Parse("""
            Issue details

            Allotment Rents

            A review of allotment rents for the coming year.

            Decision type: Non-key

            Agenda items

            • Allotment Rents
            """);

        Assert.Equal("A review of allotment rents for the coming year.", doc.Decision!.Purpose);
        Assert.Equal("• Allotment Rents", doc.Extras["Agenda items"]);
    }

    [Fact]
    public void Short_outcome_line_on_a_decision_page_without_a_decision_heading_is_the_decision()
    {
        var doc = Parse("Decision Maker: Cabinet\nDecision status: Recommendations Approved\nTo approve the new cycle route.\nRecommendations agreed.\nPublication date: 09/06/2016");

        Assert.Equal("To approve the new cycle route.", doc.Decision!.Purpose);
        Assert.Equal("Recommendations agreed.", doc.Decision.Text);
    }
}
