using CouncilDecisions.Importer.Parsing;

namespace CouncilDecisions.UnitTests.Importer;

// Shapes seen on held-out ModernGov pages (round 8); every fragment here is written for the test.
public class HeldOutRound8Tests
{
    private static ParsedDocument Parse(string text) => MinuteParser.Parse(text, new ParseOptions { Council = "Testshire County Council" });

    [Fact]
    public void A_dash_after_the_lead_in_colon_is_not_the_resolution()
    {
        var doc = Parse("""
            Agenda item

            Local Investment Review

            Minutes:

            The Committee had before it a report by the Director of Resources on local investment.

            The Committee resolved:-

            to approve the recommendation.
            """);

        Assert.Equal([new ParsedLabelledText(null, "to approve the recommendation.")], doc.Resolutions);
        Assert.Equal([new ParsedMinute(null, "The Committee had before it a report by the Director of Resources on local investment.")], doc.Minutes);
    }

    [Fact]
    public void Table_borders_copied_with_the_text_are_neither_resolutions_nor_minutes()
    {
        var doc = Parse("""
            Agenda item

            Annual Report on Urgent Decisions

            Minutes:

            The Leader presented the annual report on urgent executive decisions.

            RESOLVED: |

            That the annual report be endorsed.

            |

            -
            """);

        Assert.Equal([new ParsedLabelledText(null, "That the annual report be endorsed.")], doc.Resolutions);
        Assert.Equal([new ParsedMinute(null, "The Leader presented the annual report on urgent executive decisions.")], doc.Minutes);
    }

    [Fact]
    public void An_aside_before_that_is_not_a_resolution_and_a_majority_vote_is_carried()
    {
        var doc = Parse("""
            Agenda item

            Street Trading Fees

            Minutes:

            RESOLVED, by majority vote, that –

            (a) the revised fees be approved;

            (b) the fees be reviewed in twelve months.
            """);

        Assert.Equal(["(a)", "(b)"], doc.Resolutions.Select(r => r.Label));
        var vote = Assert.Single(doc.Votes);
        Assert.Equal((VoteOutcome.Carried, (bool?)false), (vote.Outcome, vote.Unanimous));
    }

    [Fact]
    public void A_motion_put_to_the_vote_where_it_was_approved_is_carried()
    {
        var doc = Parse("""
            Agenda item

            Investment Strategy

            Minutes:

            The Chair proposed an amendment to the second recommendation. The amendment was moved and seconded and put to the vote where it was approved.
            """);

        Assert.Equal(VoteOutcome.Carried, Assert.Single(doc.Votes).Outcome);
    }

    [Fact]
    public void This_was_agreed_by_the_Council_is_the_result_of_the_motion_above()
    {
        var doc = Parse("""
            Agenda item

            Order of Business

            Minutes:

            Councillor Ames moved and Councillor Bright seconded a proposal to take the motions as the next item of business.

            This was agreed by the Council.
            """);

        var vote = Assert.Single(doc.Votes);
        Assert.Equal(("Ames", "Bright", VoteOutcome.Carried), (vote.MovedBy, vote.SecondedBy, vote.Outcome));
    }

    [Fact]
    public void A_mover_who_presented_the_report_and_recommendations_agreed_on_being_seconded()
    {
        var doc = Parse("""
            Agenda item

            Audit Committee Annual Report

            Minutes:

            Councillor Dorne, the Chair of the Committee, presented the report and moved the recommendations, which were agreed on being seconded and put to the vote.
            """);

        var vote = Assert.Single(doc.Votes);
        Assert.Equal(("Dorne", VoteOutcome.Carried), (vote.MovedBy, vote.Outcome));
    }

    [Fact]
    public void A_seconder_paragraph_after_its_mover_paragraph_is_the_same_vote()
    {
        var doc = Parse("""
            Agenda item

            Taxi Fares

            Minutes:

            Councillor P Arden moved the recommendations of the Licensing Committee.

            This was seconded by Councillor K Blythe. The motion was unanimously agreed.
            """);

        var vote = Assert.Single(doc.Votes);
        Assert.Equal(("P Arden", "K Blythe", VoteOutcome.Carried, (bool?)true), (vote.MovedBy, vote.SecondedBy, vote.Outcome, vote.Unanimous));
    }

    [Fact]
    public void Supported_by_names_the_seconder_not_the_mover()
    {
        var doc = Parse("""
            Agenda item

            Capital Programme

            Minutes:

            Councillor Mary Holt, supported by Councillor Quinn proposed the recommendation as set out in the report.
            """);

        var vote = Assert.Single(doc.Votes);
        Assert.Equal(("Mary Holt", "Quinn"), (vote.MovedBy, vote.SecondedBy));
    }

    [Fact]
    public void Declarations_by_several_members_or_by_the_Chair_are_minutes_not_the_purpose()
    {
        var doc = Parse("""
            Agenda item

            Declarations of Interest

            Members to declare any interests they have in the business of the meeting.

            Councillors Ann Lowe, Ben Marsh and Cara Nye declared personal interests in item 7 as members of the trust.

            A declaration of a personal interest on behalf of all Members was made by the Chair in respect of item 9.
            """);

        Assert.Equal("Members to declare any interests they have in the business of the meeting.", doc.Decision!.Purpose);
        Assert.Equal(2, doc.Minutes.Count);
    }

    [Fact]
    public void The_following_Councillors_declared_opens_the_minutes()
    {
        var doc = Parse("""
            Agenda item

            Declarations of Interest

            Members are asked to declare any interest they may have in the items on the agenda.

            The following Councillors declared their interests at the meeting:

            Councillor Ann Lowe declared a personal interest in item 4 as a school governor.
            """);

        Assert.Equal("Members are asked to declare any interest they may have in the items on the agenda.", doc.Decision!.Purpose);
        Assert.Equal("The following Councillors declared their interests at the meeting:", doc.Minutes[0].Text);
    }

    [Fact]
    public void A_member_who_declared_and_therefore_left_the_meeting_left()
    {
        var doc = Parse("""
            Agenda item

            Declarations of Interest

            Minutes:

            Councillor Ann Lowe declared a personal interest in item 6.2 (21/0042), Hill School as a governor and therefore left the meeting when it was considered.
            """);

        Assert.Equal([new ParsedAttendance("Ann Lowe", AttendanceEvent.Left, null)], doc.Attendance);
    }

    [Fact]
    public void A_contact_footer_is_not_the_purpose_but_still_names_the_council()
    {
        var doc = MinuteParser.Parse("""
            Agenda item

            Taxi Fare Review

            Report of the Head of Licensing (copy attached).

            Minutes:

            The Committee considered the report of the Head of Licensing.

            Eastshire County Council | County Hall | Eastford | EA1 1AA | Tel: (01234) 567890 | how to find us | comments & complaints
            """);

        Assert.Equal("Report of the Head of Licensing (copy attached).", doc.Decision!.Purpose);
        Assert.Single(doc.Minutes);
        Assert.Equal("Eastshire County Council", doc.Council);
    }

    [Fact]
    public void A_late_The_decision_heading_on_an_issue_decisions_page_is_the_decision()
    {
        var doc = Parse("""
            Issue - decisions

            Table of Fares

            20/06/2022 - Table of Fares

            The Head of Licensing had submitted a report on the table of fares.

            The decision

            That the table of fares be approved as recommended by the Licensing Committee.
            """);

        Assert.Equal([new ParsedLabelledText(null, "That the table of fares be approved as recommended by the Licensing Committee.")], doc.Resolutions);
        Assert.Empty(doc.Extras);
    }

    [Fact]
    public void A_determination_heading_holds_the_decisions()
    {
        var doc = Parse("""
            Agenda item

            Hackney Carriage Tariff

            Minutes:

            The Committee considered the request for an increase in the tariff.

            DETERMINATION:

            1. The increased tariff be approved from 1st June.

            2. Any objections be reported to the next meeting.
            """);

        Assert.Equal(["1", "2"], doc.Resolutions.Select(r => r.Label));
        Assert.Empty(doc.Extras);
    }

    [Fact]
    public void A_numbered_paragraph_under_Purpose_on_a_decision_page_is_the_purpose()
    {
        var doc = Parse("""
            Decision details

            Financial Strategy Refresh

            Decision Maker: Cabinet

            Purpose:

            1.1 To approve the assumptions for the updated financial strategy.

            Decision:

            1. The assumptions be approved.
            """);

        Assert.Equal("1.1 To approve the assumptions for the updated financial strategy.", doc.Decision!.Purpose);
        Assert.Empty(doc.Minutes);
        Assert.Equal(["1"], doc.Resolutions.Select(r => r.Label));
    }
}
