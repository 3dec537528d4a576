using CouncilDecisions.Importer.Parsing;

namespace CouncilDecisions.UnitTests.Importer;

// Shapes seen on held-out ModernGov pages (round 11); every fragment here is written for the test.
public class HeldOutRound11Tests
{
    private static ParsedDocument Parse(string text) => MinuteParser.Parse(text, new ParseOptions { Council = "Testshire County Council" });

    [Fact]
    public void Minutes_confirmed_as_a_correct_record_after_an_opening_clause_are_minutes_not_the_purpose()
    {
        var doc = Parse("""
            Agenda item

            Subject to the correction of the spelling of Mrs Ortega's name in minute 5, the minutes of the meeting held on 3 May 2021 were confirmed as a correct record and signed by the Chair.

            Arising from minute 6, the Policy Officer provided the following update:-

            The consultation had closed on 30 June.
            """);

        Assert.Null(doc.Decision?.Purpose);
        Assert.Equal(3, doc.Minutes.Count);
        Assert.StartsWith("Subject to the correction", doc.Minutes[0].Text);
    }

    [Fact]
    public void A_councillor_with_dotted_initials_and_a_title_introducing_the_report_is_the_first_minute()
    {
        var doc = Parse("""
            Agenda item

            Annual Report of the Standards Committee

            Councillor P.Harris, Chair of the Standards Committee introduced the report.

            Members noted the number of complaints received during the year.

            That the Annual Report be noted.
            """);

        Assert.Null(doc.Decision?.Purpose);
        Assert.Equal("Councillor P.Harris, Chair of the Standards Committee introduced the report.", doc.Minutes[0].Text);
    }

    [Fact]
    public void A_councillor_with_a_bracketed_portfolio_introducing_the_item_opens_a_headingless_decision()
    {
        var doc = Parse("""
            Decision Maker: Cabinet

            Decision status: Recommendations approved

            Is Key decision?: Yes

            Is subject to call in?: No

            To approve the purchase of two electric refuse vehicles.

            Councillor Ann Lee (Portfolio Holder for Environment and Waste) introduced this item and summarised the report.

            Resolved:

            The recommendations as set out in the report were agreed.

            Date of decision: 12/05/2022
            """);

        Assert.Equal("To approve the purchase of two electric refuse vehicles.", doc.Decision?.Purpose);
        Assert.StartsWith("Councillor Ann Lee (Portfolio Holder", doc.Decision?.Text);
        Assert.Single(doc.Resolutions);
    }

    [Fact]
    public void A_bare_resolved_unanimously_after_a_mover_sentence_with_its_result_is_the_same_vote()
    {
        var doc = Parse("""
            Issue - meetings

            Town Centre Car Parks

            Meeting: 02/06/2021 - Cabinet (Item 12)

            Minutes:

            Cabinet received a report of the Director of Place.

            It was moved by Councillor Patel, seconded by Councillor Nowak and resolved unanimously:-

            Resolved unanimously:

            (1) That the revised parking tariffs be approved.
            """);

        var vote = Assert.Single(doc.Votes);
        Assert.Equal("Patel", vote.MovedBy);
        Assert.Equal("Nowak", vote.SecondedBy);
        Assert.True(vote.Unanimous);
        Assert.Equal(VoteOutcome.Carried, vote.Outcome);
    }

    [Fact]
    public void Numbered_narrative_under_a_decisions_label_stays_the_decision_text()
    {
        var doc = Parse("""
            Decision details

            Pension Fund Annual Report

            Decision Maker: Pension Board

            Decision status: Recommendations Approved

            Decisions:

            4.1       The Fund Manager presented the report and explained that the Fund had grown by 6% over the year.

            4.2       Members noted the report and asked for a further update at the next meeting.
            """);

        Assert.Empty(doc.Minutes);
        Assert.StartsWith("4.1 The Fund Manager presented the report", doc.Decision?.Text);
        Assert.Contains("4.2 Members noted the report", doc.Decision?.Text);
    }

    [Fact]
    public void That_and_the_body_before_numbered_items_on_a_headingless_decision_copy_is_the_decision()
    {
        var doc = Parse("""
            Decision Maker: Cabinet

            Decision status: Recommendations Approved

            Is Key decision?: No

            Is subject to call in?: No

            That Cabinet

            1. Supports the preparation of a new Cycling Strategy for the county

            2. Authorises the Director of Transport to consult on a draft strategy

            Report author: Leo Grant

            Date of decision: 08/04/2022
            """);

        Assert.Null(doc.Decision?.Purpose);
        Assert.StartsWith("That Cabinet", doc.Decision?.Text);
        Assert.Equal(2, doc.Resolutions.Count);
        Assert.Equal("Supports the preparation of a new Cycling Strategy for the county", doc.Resolutions[0].Text);
    }

    [Fact]
    public void Bullets_after_a_lead_in_ending_agreed_that_are_resolutions()
    {
        var doc = Parse("""
            Issue - decisions

            Climate Action Plan

            14/03/2019 - Climate Action Plan

            The Cabinet considered the draft Climate Action Plan and its delivery programme and agreed that

            ·         the draft Plan be approved for consultation;

            ·         progress be reported to Cabinet every six months.
            """);

        Assert.Equal(2, doc.Resolutions.Count);
        Assert.Equal("the draft Plan be approved for consultation;", doc.Resolutions[0].Text);
        Assert.Equal("progress be reported to Cabinet every six months.", doc.Resolutions[1].Text);
    }

    [Fact]
    public void Print_this_page_chrome_at_the_end_is_not_decision_text()
    {
        var doc = Parse("""
            Issue - decisions

            Leisure Centre Refurbishment

            11/10/2019 - Leisure Centre Refurbishment

            RESOLVED:

            That the refurbishment programme be approved.

            Print this page

            Back to top
            """);

        Assert.Equal("RESOLVED:\n\nThat the refurbishment programme be approved.", doc.Decision?.Text);
    }

    [Fact]
    public void An_issue_title_with_a_colon_above_the_first_dated_decision_is_the_title()
    {
        var doc = Parse("""
            Issue - decisions

            Parking Strategy: Review of Charges

            03/07/2020 - Review of Parking Charges in the Town Centre

            RESOLVED: That the revised charges be approved.
            """);

        Assert.Equal("Parking Strategy: Review of Charges", doc.Title);
        Assert.Empty(doc.Extras);
    }

    [Fact]
    public void The_committee_resolved_to_in_lower_case_at_the_start_of_a_minute_is_a_resolution()
    {
        var doc = Parse("""
            Issue - meetings

            Exclusion of the Public

            Meeting: 11/11/2020 - Audit Committee (Item 15)

            To consider whether the public should be excluded from the meeting for the next item.

            Minutes:

            The Committee resolved to exclude the public from the meeting during the next item because exempt information would be disclosed.

            There were no members of the public present.
            """);

        var resolution = Assert.Single(doc.Resolutions);
        Assert.Equal("to exclude the public from the meeting during the next item because exempt information would be disclosed.", resolution.Text);
        Assert.Equal(2, doc.Minutes.Count);
        Assert.StartsWith("The Committee resolved to exclude", doc.Minutes[0].Text);
    }

    [Fact]
    public void A_body_that_resolved_to_act_in_the_background_of_a_purpose_gives_no_resolution()
    {
        var doc = Parse("""
            Agenda item

            Climate Emergency Update

            The Council resolved to declare a climate emergency in July 2019 and this report sets out the progress made since.
            """);

        Assert.Empty(doc.Resolutions);
    }
}
