using CouncilDecisions.Importer.Parsing;

namespace CouncilDecisions.UnitTests.Importer;

// Shapes seen on held-out ModernGov pages (round 12); every fragment here is written for the test.
public class HeldOutRound12Tests
{
    private static ParsedDocument Parse(string text) => MinuteParser.Parse(text, new ParseOptions { Council = "Testshire County Council" });

    [Fact]
    public void A_title_with_a_colon_right_under_the_agenda_item_heading_is_the_title_not_a_label()
    {
        var doc = Parse("""
            Agenda item

            Improved Care Fund: Northbrook Plan

            Consideration was given to the report on the Improved Care Fund plan for the borough.

            The Board noted that the plan would be refreshed in the spring.
            """);

        Assert.Equal("Improved Care Fund: Northbrook Plan", doc.Title);
        Assert.Empty(doc.Extras);
        Assert.Equal(2, doc.Minutes.Count);
    }

    [Fact]
    public void An_issue_title_with_a_colon_above_the_meeting_line_is_the_title_even_in_lower_case_after_the_colon()
    {
        var doc = Parse("""
            Issue - meetings

            Dental Access Review draft: approval for engagement

            Meeting: 04/03/2019 - Health and Wellbeing Board (Item 7)

            7 Dental Access Review pdf icon PDF 120 KB

            Minutes:

            The Board considered the draft review of access to dental services.
            """);

        Assert.Equal("Dental Access Review draft: approval for engagement", doc.Title);
        Assert.DoesNotContain("Dental Access Review draft", doc.Extras.Keys);
    }

    [Fact]
    public void A_capital_sub_heading_repeating_the_decisions_label_continues_the_decision_text()
    {
        var doc = Parse("""
            Decision details

            Winter resilience arrangements

            Decision Maker: Lead Member for Resources

            Decision status: Recommendations approved

            Decisions:

            4.1 The Lead Member considered a report by the Director of Resources.

            DECISIONS

            4.2 The Lead Member RESOLVED to approve the winter resilience plan.

            Reasons

            4.3 The plan keeps essential services running in severe weather.
            """);

        Assert.DoesNotContain("DECISIONS", doc.Extras.Keys);
        Assert.Contains("4.2 The Lead Member RESOLVED to approve the winter resilience plan.", doc.Decision?.Text);
        Assert.Equal("4.3 The plan keeps essential services running in severe weather.", doc.Decision?.Reasons);
    }

    [Fact]
    public void A_resolution_announcing_its_reason_with_a_colon_takes_the_next_sentence_as_that_reason()
    {
        var doc = Parse("""
            Agenda item

            Land at Mill Lane, Oakford

            Minutes:

            The Committee considered a report regarding the above planning application.

            RESOLVED: That the application be REFUSED for the following reason:

            The proposal would cause unacceptable harm to the character of the conservation area.
            """);

        var resolution = Assert.Single(doc.Resolutions);
        Assert.EndsWith("for the following reason: The proposal would cause unacceptable harm to the character of the conservation area.", resolution.Text);
        Assert.Single(doc.Minutes);
    }

    [Fact]
    public void A_bracketed_note_that_the_decisions_can_be_called_in_is_not_part_of_the_reasons()
    {
        var doc = Parse("""
            Decision details

            Library Opening Hours

            Decision Maker: Cabinet

            Decision:

            That the revised opening hours be approved.

            Reasons for Decisions:

            To match opening hours to the times residents use the libraries most.

            [The decisions on this item can be called in by the Communities Select Committee]
            """);

        Assert.Equal("To match opening hours to the times residents use the libraries most.", doc.Decision?.Reasons);
        Assert.True(doc.Decision?.SubjectToCallIn);
    }

    [Fact]
    public void The_unanimous_recommendation_of_another_group_told_in_a_minute_is_not_a_vote()
    {
        var doc = Parse("""
            Agenda item

            Urgent Business

            Minutes:

            The Leader explained that the scheme had followed the unanimous recommendation from a cross party working group and had been reviewed since.
            """);

        Assert.Empty(doc.Votes);
    }

    [Fact]
    public void It_was_resolved_with_a_dash_opens_the_decision_text_and_its_bullets_are_the_resolutions()
    {
        var doc = Parse("""
            Decision details

            Review of Leisure Centre Charges

            Decision Maker: The Executive

            Decision status: Recommendations Approved

            It was resolved –

            ·        To accept the report on leisure centre charges.

            ·        To authorise Officers to consult users on the proposed charges.

            Publication date: 15/06/2020

            Date of decision: 15/06/2020
            """);

        Assert.Null(doc.Decision?.Purpose);
        Assert.StartsWith("It was resolved –", doc.Decision?.Text);
        Assert.Equal(["To accept the report on leisure centre charges.", "To authorise Officers to consult users on the proposed charges."],
            doc.Resolutions.Select(r => r.Text));
    }

    [Fact]
    public void The_subject_line_broken_off_before_its_resolved_line_opens_the_decision_text_not_the_purpose()
    {
        var doc = Parse("""
            Decision Maker: Cabinet

            Decision status: Recommendations Approved

            Is Key decision?: Yes

            To approve the garden waste charge for 2022-23

            Having considered the information set out in the report, Cabinet

            RESOLVED: That:

            (1) the garden waste charge for 2022-23 be set at £45;

            (2) the charge be reviewed annually.

            Reason for Decision: To recover the cost of the service.
            """);

        Assert.Equal("To approve the garden waste charge for 2022-23", doc.Decision?.Purpose);
        Assert.StartsWith("Having considered the information set out in the report, Cabinet", doc.Decision?.Text);
        Assert.Equal(2, doc.Resolutions.Count);
    }

    [Fact]
    public void The_parser_version_is_1_12_0() => Assert.Equal("1.12.0", MinuteParser.Version);
}
