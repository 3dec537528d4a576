using CouncilDecisions.Importer.Parsing;

namespace CouncilDecisions.UnitTests.Importer;

// Shapes seen on held-out ModernGov pages (round 9); every fragment here is written for the test.
public class HeldOutRound9Tests
{
    private static ParsedDocument Parse(string text) => MinuteParser.Parse(text, new ParseOptions { Council = "Testshire County Council" });

    [Fact]
    public void A_meeting_of_line_with_weekday_time_and_item_is_the_meeting()
    {
        var doc = Parse("""
            • Agenda item

            TREASURY MANAGEMENT MID-YEAR REVIEW

            • Meeting of Audit and Standards Committee, Tuesday, 14 October 2025 6:30 pm (Item 12.)

            To receive the mid-year review of treasury management activity.

            Minutes:

            The Committee received the mid-year review of treasury management activity.
            """);

        Assert.Equal(new ParsedMeeting(new DateOnly(2025, 10, 14), "Audit and Standards Committee", "12"), doc.Meeting);
        Assert.Equal("To receive the mid-year review of treasury management activity.", doc.Decision?.Purpose);
    }

    [Fact]
    public void A_bare_That_between_the_lead_in_and_lettered_items_is_their_introduction()
    {
        var doc = Parse("""
            Agenda item

            Joint Training Day

            Minutes:

            The Chairman reported on a proposal for a joint training day with a neighbouring committee.

            RESOLVED:

            That

            (a) a joint training day be arranged for the spring; and

            (b) members of the neighbouring committee be invited.
            """);

        Assert.Equal(["(a)", "(b)"], doc.Resolutions.Select(r => r.Label));
        Assert.Equal([new ParsedMinute(null, "The Chairman reported on a proposal for a joint training day with a neighbouring committee.")], doc.Minutes);
    }

    [Fact]
    public void A_one_word_unanimously_note_after_the_lead_in_is_not_the_resolution()
    {
        var doc = Parse("""
            Agenda item

            Minutes of Committees

            Minutes:

            Resolved: (Unanimously) That the minutes of the committees listed in the summons be received.
            """);

        Assert.Equal([new ParsedLabelledText(null, "the minutes of the committees listed in the summons be received.")], doc.Resolutions);
    }

    [Fact]
    public void A_minute_sentence_under_the_heading_of_a_copy_without_title_is_not_the_title()
    {
        var doc = Parse("""
            Agenda item

            There were no declarations of interest.

            That under Section 100A(4) of the Local Government Act 1972 the public be excluded from the meeting for the following item.

            Members received an update on the estates programme.

            That the update be noted.
            """);

        Assert.Null(doc.Title);
        Assert.Null(doc.Decision?.Purpose);
        Assert.Equal(2, doc.Resolutions.Count);
        Assert.Equal("There were no declarations of interest.", doc.Minutes[0].Text);
    }

    [Fact]
    public void Numbered_application_headings_in_capitals_are_minutes_not_resolutions()
    {
        var doc = Parse("""
            Agenda item

            Planning Applications Received

            Minutes:

            RESOLVED: That authority be given to the Head of Planning to issue the decision notices for the applications considered.

            (1) LAND AT MILL LANE, NORTHTOWN, NT4 2QB (APPLICATION 1/01)

            DECISION: GRANTED subject to conditions.

            (2) FORMER DEPOT, STATION ROAD, EASTLEIGH GREEN (APPLICATION 1/02)

            DECISION: REFUSED.
            """);

        Assert.Equal([new ParsedLabelledText(null, "authority be given to the Head of Planning to issue the decision notices for the applications considered.")], doc.Resolutions);
        Assert.Equal("GRANTED subject to conditions.", doc.Decision?.Text);
        Assert.Equal(["(1) LAND AT MILL LANE, NORTHTOWN, NT4 2QB (APPLICATION 1/01)", "(2) FORMER DEPOT, STATION ROAD, EASTLEIGH GREEN (APPLICATION 1/02)"],
            doc.Minutes.Select(m => m.Text));
    }

    [Fact]
    public void A_resolution_broken_after_a_verb_takes_its_one_clause_rest()
    {
        var doc = Parse("""
            Agenda item

            Working Group Update

            Minutes:

            The Chair reported on the work of the working group.

            RESOLVED that:

            1) the update be NOTED; and

            2) the chair of the working group be authorised to arrange

                 a further meeting if required.
            """);

        Assert.Equal("the chair of the working group be authorised to arrange a further meeting if required.", doc.Resolutions[^1].Text);
        Assert.Equal([new ParsedMinute(null, "The Chair reported on the work of the working group.")], doc.Minutes);
    }

    [Fact]
    public void Lettered_That_items_after_the_narrative_are_the_resolutions_of_a_lost_lead_in()
    {
        var doc = Parse("""
            Issue - meetings

            Review Groups Progress Report

            Meeting: 09/06/2014 - Scrutiny Committee (Item 12)

            12 Review Groups Progress Report

            Supporting documents:

            The Head of Policy submitted a report on the progress of the review groups.

            Members were asked to volunteer for the review groups.

            a.    That Councillors Ashby and Platt be appointed to the Parks Review Group.

            b.    The Councillors Dunn and Platt be appointed to the Libraries Review Group.

            c.    That a scoping report be brought to the next meeting.
            """);

        Assert.Equal(["a.", "b.", "c."], doc.Resolutions.Select(r => r.Label));
        Assert.Equal(2, doc.Minutes.Count);
    }

    [Fact]
    public void An_officer_title_with_an_ampersand_who_submitted_a_report_opens_the_minutes()
    {
        var doc = Parse("""
            To note the decision records published since the last meeting.

            The Assistant Director of Legal & Democratic Services submitted a report listing the decision records published since the last meeting.

            Resolved –

            That the decision records be noted.

            Supporting documents:
            """);

        Assert.Equal("To note the decision records published since the last meeting.", doc.Decision?.Purpose);
        Assert.Equal("The Assistant Director of Legal & Democratic Services submitted a report listing the decision records published since the last meeting.",
            Assert.Single(doc.Minutes).Text);
    }

    [Fact]
    public void A_role_then_a_councillor_between_commas_opens_the_minutes()
    {
        var doc = Parse("""
            The cabinet member for housing, planning and transport to introduce the theme of the meeting.

            The cabinet member for housing, planning and transport, Councillor Jo Hartley, introduced the theme of the meeting.

            The opposition spokesperson, Councillor Sam Okafor, leader of the Green group, replied to the statement.

            Supporting documents:
            """);

        Assert.Equal("The cabinet member for housing, planning and transport to introduce the theme of the meeting.", doc.Decision?.Purpose);
        Assert.Equal(2, doc.Minutes.Count);
    }

    [Fact]
    public void Consideration_was_given_on_a_decision_page_without_its_decision_heading_is_the_decision()
    {
        var doc = Parse("""
            Decision details

            Decision status: For Determination

            Is Key decision?: No

            Consideration was given to a report on arrangements for a members' development session.

            The Committee;

            a) noted the arrangements; and

            b) agreed the topics for the session.

            Publication date: 02/10/2019
            """);

        Assert.Null(doc.Decision?.Purpose);
        Assert.StartsWith("Consideration was given to a report", doc.Decision?.Text);
        Assert.Equal(["a)", "b)"], doc.Resolutions.Select(r => r.Label));
    }

    [Fact]
    public void An_item_line_cut_to_the_first_word_of_the_title_is_not_the_purpose()
    {
        var doc = Parse("""
            Issue - meetings

            Leader's Announcements

            Meeting: 14/03/2018 - County Council (Item 41)

            Leader's

            Minutes:

            The Leader announced the opening of the new library.
            """);

        Assert.Null(doc.Decision?.Purpose);
        Assert.Equal("41", doc.Meeting?.ItemNumber);
    }

    [Fact]
    public void A_wrapped_line_ending_on_the_goes_on_at_an_opening_quote()
    {
        var doc = Parse("""
            Agenda item

            Investment Update

            Minutes:

            - A Member asked whether the weighting given to the
            “Big Four” banks was deliberate.
            """);

        Assert.Equal("- A Member asked whether the weighting given to the “Big Four” banks was deliberate.", Assert.Single(doc.Minutes).Text);
    }

    [Fact]
    public void A_hard_wrapped_line_ending_on_a_comma_goes_on_at_a_capital()
    {
        var doc = Parse("""
            The quarterly reports of the scrutiny committees were published in March,
            April, and May 2024. The reports are listed in the appendix.
            Decision type: Non-key
            Decision status: Recommendations Approved
            """);

        Assert.Null(doc.Title);
        Assert.Equal("The quarterly reports of the scrutiny committees were published in March, April, and May 2024. The reports are listed in the appendix.",
            doc.Decision?.Purpose);
    }
}
