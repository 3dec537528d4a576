using CouncilDecisions.Importer.Parsing;

namespace CouncilDecisions.UnitTests.Importer;

// Shapes seen on held-out ModernGov pages (round 7); every fragment here is written for the test.
public class HeldOutRound7Tests
{
    private static ParsedDocument Parse(string text) => MinuteParser.Parse(text, new ParseOptions { Council = "Testshire County Council" });

    [Fact]
    public void Resolved_inside_a_sentence_after_it_was_is_a_lead_in()
    {
        var doc = Parse("""
            Agenda item

            Street Trading Policy

            Minutes:

            The Licensing Officer presented the report.

            After a short debate it was RESOLVED that the revised policy be approved for consultation.
            """);

        Assert.Equal([new ParsedLabelledText(null, "the revised policy be approved for consultation.")], doc.Resolutions);
        Assert.Equal([new ParsedMinute(null, "The Licensing Officer presented the report.")], doc.Minutes);
    }

    [Fact]
    public void Moved_seconded_and_resolved_is_a_carried_vote_and_a_resolution()
    {
        var doc = Parse("""
            Agenda item

            Library Opening Hours

            Minutes:

            The Cabinet considered the report of the Director of Communities.

            It was MOVED, SECONDED and RESOLVED that the revised opening hours be introduced from April.
            """);

        Assert.Equal([new ParsedLabelledText(null, "the revised opening hours be introduced from April.")], doc.Resolutions);
        Assert.Single(doc.Minutes);
        var vote = Assert.Single(doc.Votes);
        Assert.Equal(VoteOutcome.Carried, vote.Outcome);
        Assert.Null(vote.MovedBy);
    }

    [Fact]
    public void Motion_printed_twice_a_few_lines_apart_is_one_vote_and_one_resolution()
    {
        const string motion = "It was MOVED, SECONDED and RESOLVED that the consultation on the parking zones be started in June.";
        var doc = Parse($"Issue - meetings\n\nParking Zones\n\nMeeting: 04/05/2022 - Cabinet (Item 6)\n\nAdditional documents:\n\n{motion}\n\nThe Cabinet considered the report.\n\n{motion}");

        Assert.Single(doc.Resolutions);
        Assert.Equal(VoteOutcome.Carried, Assert.Single(doc.Votes).Outcome);
        Assert.Equal([new ParsedMinute(null, "The Cabinet considered the report.")], doc.Minutes);
    }

    [Fact]
    public void Members_named_bare_who_move_and_second_and_resolved_after_them()
    {
        var doc = Parse("""
            Agenda item

            Appointment of Chairman

            Minutes:

            It was moved by Helen Marsh, seconded by Peter Oakley Grant and RESOLVED, that - Alderman Rhys Dunmore take the Chair.
            """);

        Assert.Equal([new ParsedLabelledText(null, "Alderman Rhys Dunmore take the Chair.")], doc.Resolutions);
        var vote = Assert.Single(doc.Votes);
        Assert.Equal(("Helen Marsh", "Peter Oakley Grant", VoteOutcome.Carried), (vote.MovedBy, vote.SecondedBy, vote.Outcome));
        Assert.Contains(new ParsedPerson("Rhys Dunmore", PersonRole.Councillor, null), doc.People);
        Assert.Contains(new ParsedPerson("Helen Marsh", PersonRole.Councillor, null), doc.People);
    }

    [Fact]
    public void Body_agreed_at_the_end_of_a_narrative_sentence_is_a_resolution_and_the_narrative_a_minute()
    {
        const string narrative = "The Committee considered the call-in. Having heard the responses, the Committee AGREED to confirm the original decision.";
        var doc = Parse($"Agenda item\n\nCall-in of Decision KD101\n\nMinutes:\n\n{narrative}");

        Assert.Equal([new ParsedLabelledText(null, "to confirm the original decision.")], doc.Resolutions);
        Assert.Equal([new ParsedMinute(null, narrative)], doc.Minutes);
    }

    [Fact]
    public void Numbered_passive_items_after_the_narrative_are_resolutions_when_the_lead_in_was_lost()
    {
        var doc = Parse("""
            Agenda item

            Carers Strategy Update

            The Board received an update on the strategy.

            (i) The progress made be noted;

            (ii) The following priorities be approved:-

            · Support for young carers

            · Respite breaks

            (iii) A further report be brought in March.

            Supporting documents:
            """);

        Assert.Equal(
            [
                new ParsedLabelledText("(i)", "The progress made be noted;"),
                new ParsedLabelledText("(ii)", "The following priorities be approved:-\n\n· Support for young carers\n\n· Respite breaks"),
                new ParsedLabelledText("(iii)", "A further report be brought in March."),
            ],
            doc.Resolutions);
        Assert.Equal([new ParsedMinute(null, "The Board received an update on the strategy.")], doc.Minutes);
    }

    [Fact]
    public void Numbered_to_items_after_a_carried_motion_are_resolutions()
    {
        var doc = Parse("""
            Agenda item

            Review of Allowances

            Members considered the proposal.

            The recommendations were moved, seconded and carried.

            1. To commence a review of the allowances scheme.

            2. To authorise the Monitoring Officer to appoint a panel.
            """);

        Assert.Equal(
            [new ParsedLabelledText("1", "To commence a review of the allowances scheme."), new ParsedLabelledText("2", "To authorise the Monitoring Officer to appoint a panel.")],
            doc.Resolutions);
        Assert.Equal(2, doc.Minutes.Count);
    }

    [Fact]
    public void Numbered_items_after_a_motion_line_ending_in_and_are_resolutions()
    {
        var doc = Parse("""
            Issue - meetings

            Members' Allowances

            Meeting: 12/05/2020 - Council (Item 9)

            Additional documents:

            The Council considered the panel's report.

            It was moved by the Leader of the Council, seconded by the Deputy Leader of the Council and

            (i) The report be noted; and

            (ii) The scheme be adopted from 1 June.
            """);

        Assert.Equal(
            [new ParsedLabelledText("(i)", "The report be noted; and"), new ParsedLabelledText("(ii)", "The scheme be adopted from 1 June.")],
            doc.Resolutions);
    }

    [Fact]
    public void Chair_and_councillor_who_summarised_and_body_that_proceeded_open_the_minutes()
    {
        var doc = Parse("""
            Agenda item

            Election of Vice-Chairman

            To elect a Vice-Chairman for the year.

            The Committee proceeded to elect a Vice-Chairman by ballot.

            Cllr Hale summarised the discussion.

            The Chair summarised the options.
            """);

        Assert.Equal("To elect a Vice-Chairman for the year.", doc.Decision!.Purpose);
        Assert.Equal(3, doc.Minutes.Count);
    }

    [Fact]
    public void Site_footer_after_the_last_label_is_not_the_purpose()
    {
        var doc = Parse("Agenda item\n\nDog Control Order\n\nDecision:\n\nThe order was made.\n\nMinutes:\n\nRESOLVED that the order be made.\n\nSupporting documents:\n\nA - Z Directory");

        Assert.Null(doc.Decision!.Purpose);
        Assert.Equal("The order was made.", doc.Decision.Text);
        Assert.Empty(doc.Minutes);
        Assert.Equal(string.Empty, doc.Extras["Supporting documents"]);
    }

    [Fact]
    public void Not_agreed_following_a_vote_is_lost_and_the_counts_below_belong_to_it()
    {
        var doc = Parse("""
            Issue - meetings

            Change in the Order of Business

            Meeting: 14/03/2019 - Council (Item 7)

            Minutes:

            Councillor Amy Platt moved, and Councillor Joe Reyes seconded a proposal to take motion 9.2 first.

            The change in the order was not agreed following a vote.

            For: 12

            Abstentions: 1
            """);

        var vote = Assert.Single(doc.Votes);
        Assert.Equal(("Amy Platt", VoteOutcome.Lost, 12, 1), (vote.MovedBy, vote.Outcome, vote.For, vote.Abstained));
    }

    [Fact]
    public void Agreed_without_a_vote_is_carried()
    {
        var doc = Parse("Agenda item\n\nOrder of Business\n\nMinutes:\n\nCouncillor Amy Platt moved and Councillor Joe Reyes seconded a change to the order of business.\n\nThe change was agreed without a vote.");

        Assert.Equal(VoteOutcome.Carried, Assert.Single(doc.Votes).Outcome);
    }

    [Fact]
    public void Team_leader_named_at_the_start_of_a_sentence_is_an_officer()
    {
        var doc = Parse("Agenda item\n\nTaxi Policy\n\nMinutes:\n\nSara Lund, Licensing Team Leader, introduced the report.");

        Assert.Equal([new ParsedPerson("Sara Lund", PersonRole.Officer, "Licensing Team Leader")], doc.People);
    }

    [Fact]
    public void Bracketed_call_in_note_sets_call_in_and_stays_out_of_the_reasons()
    {
        var doc = Parse("""
            Issue - decisions

            Dog Control

            04/03/2020 - Public Space Protection Orders

            RESOLVED to recommend to Council that the order be made.

            Reason: To respond to residents' concerns.

            [This matter is recommended to Council for decision and is not subject to the call-in procedure.]
            """);

        Assert.Equal("To respond to residents' concerns.", doc.Decision!.Reasons);
        Assert.False(doc.Decision.SubjectToCallIn);
    }

    [Fact]
    public void Advantages_and_disadvantages_under_an_option_stay_in_the_alternatives()
    {
        var doc = Parse("""
            Decision details

            Hackney Carriage Policy

            Decision Maker: Cabinet

            Alternative options considered:

            a) Do not adopt the policy

            Advantages: More time for the trade's views.

            Disadvantages: The current policy is out of date.

            Publication date: 01/02/2021
            """);

        Assert.Equal(
            "a) Do not adopt the policy\n\nAdvantages: More time for the trade's views.\n\nDisadvantages: The current policy is out of date.",
            doc.Decision!.Alternatives);
        Assert.Empty(doc.Extras);
    }

    [Fact]
    public void Documents_heading_of_an_issue_details_page_is_an_extra_of_its_own()
    {
        var doc = Parse("Issue details\n\nParish Boundaries Review\n\nDecision status: Recommendations Approved\n\nDecision type: Non-key\n\nAgenda items\n\nDocuments\n\n• Parish Boundaries Review Report");

        Assert.Equal("• Parish Boundaries Review Report", doc.Extras["Documents"]);
        Assert.Equal(string.Empty, doc.Extras["Agenda items"]);
    }

    [Fact]
    public void Imperative_items_under_the_summary_of_a_headingless_decision_page_are_the_decisions()
    {
        var doc = Parse("""
            Decision Maker: Cabinet

            Is Key decision?: No

            To recommend Council to approve the capital strategy

            (a) Consider the comments of the Audit Committee

            (b) note the capital strategy as set out in Appendix A.

            Publication date: 03/02/2025
            """);

        Assert.Equal("To recommend Council to approve the capital strategy", doc.Decision!.Purpose);
        Assert.Equal(
            [new ParsedLabelledText("(a)", "Consider the comments of the Audit Committee"), new ParsedLabelledText("(b)", "note the capital strategy as set out in Appendix A.")],
            doc.Resolutions);
    }

    [Fact]
    public void Item_name_under_the_meeting_line_is_the_title_when_the_issue_title_was_a_sentence()
    {
        var doc = Parse("""
            Issue - meetings

            To elect the Chair of the Council for the year.

            Meeting: 12/05/2021 - Annual Council (Item 4)

            Election of Chair

            To elect the Chair of the Council for the year.

            Minutes:

            RESOLVED that Councillor Ann Lee be elected Chair for the year.
            """);

        Assert.Equal("Election of Chair", doc.Title);
        Assert.Equal("To elect the Chair of the Council for the year.", doc.Decision!.Purpose);
    }
}
