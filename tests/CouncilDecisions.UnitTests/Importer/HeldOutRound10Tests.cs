using CouncilDecisions.Importer.Parsing;

namespace CouncilDecisions.UnitTests.Importer;

// Shapes seen on held-out ModernGov pages (round 10); every fragment here is written for the test.
public class HeldOutRound10Tests
{
    private static ParsedDocument Parse(string text) => MinuteParser.Parse(text, new ParseOptions { Council = "Testshire County Council" });

    [Fact]
    public void The_line_between_an_issue_heading_and_its_meeting_line_is_the_title_even_as_a_sentence()
    {
        var doc = Parse("""
            Issue - meetings
            061234 - Full Application - Erection of Two Detached Dwellings and Associated Works at 8 Orchard Lane, Millbrook.
            Meeting: 12/03/2019 - Planning Committee (Item 54)
            Additional documents:
            The Committee considered the report of the Chief Planning Officer on the application.
            """);

        Assert.Equal("061234 - Full Application - Erection of Two Detached Dwellings and Associated Works at 8 Orchard Lane, Millbrook.", doc.Title);
        Assert.Null(doc.Decision?.Purpose);
    }

    [Fact]
    public void The_meetings_own_item_name_above_the_description_is_not_the_purpose()
    {
        var doc = Parse("""
            Issue - meetings

            Complaint about a Parish Councillor

            Meeting: 04/02/2020 - Standards Assessment Sub-Committee (Item 7)

            Conduct Complaint A

            To consider an exempt report by the Monitoring Officer.

            Minutes:

            The sub-committee considered the complaint.
            """);

        Assert.Equal("Complaint about a Parish Councillor", doc.Title);
        Assert.Equal("To consider an exempt report by the Monitoring Officer.", doc.Decision?.Purpose);
    }

    [Fact]
    public void A_sentence_that_introduces_a_list_stays_in_the_purpose()
    {
        var doc = Parse("""
            Agenda item

            APPLICATIONS FOR DECISION

            The Panel is asked to consider the planning applications listed in Document "B".

            The sites concerned are:

            (a) Old Mill, Brook Street, Ashford (Approve)

            (b) 3 Elm Close, Ashford (Refuse)
            """);

        Assert.Empty(doc.Extras);
        Assert.Contains("The sites concerned are:", doc.Decision?.Purpose);
        Assert.EndsWith("(b) 3 Elm Close, Ashford (Refuse)", doc.Decision?.Purpose);
    }

    [Fact]
    public void A_short_line_repeated_in_a_purpose_list_is_kept_but_a_repeated_sentence_is_not()
    {
        var doc = Parse("""
            Agenda item

            APPLICATIONS FOR DECISION

            The Panel is asked to consider the planning applications listed in Document "B".

            The sites concerned are:

            (a) Old Mill, Brook Street,

            Ashford (Approve)

            (b) The Forge, High Street,

            Ashford (Approve)

            The Panel is asked to consider the planning applications listed in Document "B".
            """);

        var purpose = doc.Decision?.Purpose ?? "";
        Assert.Equal(2, purpose.Split("Ashford (Approve)").Length - 1);
        Assert.Equal(1, purpose.Split("The Panel is asked").Length - 1);
    }

    [Fact]
    public void A_line_ending_in_a_spaced_dash_goes_on_in_the_next_line()
    {
        var doc = Parse("""
            Decision details
            Supply of Road Salt - Winter Service
            Decision Maker: Director of Highways
            Purpose:
            To approve the award of a contract for the supply of road salt -
            Winter Service Lot 2.
            Decision:
            The contract was awarded.
            """);

        Assert.Equal("To approve the award of a contract for the supply of road salt - Winter Service Lot 2.", doc.Decision?.Purpose);
    }

    [Fact]
    public void Members_visiting_the_site_opens_the_minutes()
    {
        var doc = Parse("""
            Agenda item

            Tree Preservation Order, Little Haddon

            Members visited the site on the previous day.

            The Officer explained the reasons for the order.
            """);

        Assert.Null(doc.Decision?.Purpose);
        Assert.Equal("Members visited the site on the previous day.", doc.Minutes[0].Text);
    }

    [Fact]
    public void An_unnumbered_To_decision_after_a_carried_vote_is_the_resolution()
    {
        var doc = Parse("""
            Agenda item

            Tree Preservation Order, Little Haddon

            Members visited the site on the previous day.

            The recommendation to confirm the order was moved, seconded, voted upon and carried.

            To APPROVE confirmation of Tree Preservation Order TPO 12/2021 without modification
            """);

        Assert.Equal([new ParsedLabelledText(null, "To APPROVE confirmation of Tree Preservation Order TPO 12/2021 without modification")], doc.Resolutions);
        Assert.DoesNotContain(doc.Minutes, m => m.Text.StartsWith("To APPROVE", StringComparison.Ordinal));
    }

    [Fact]
    public void A_unanimous_note_on_its_own_line_under_the_lead_in_is_not_the_resolution()
    {
        var doc = Parse("""
            Agenda item

            Taxi Licensing Policy

            Minutes:

            The Panel considered the revised policy.

            RESOLVED:

            (Unanimous)

            The panel recommended that Council adopts the revised policy.
            """);

        Assert.Equal([new ParsedLabelledText(null, "The panel recommended that Council adopts the revised policy.")], doc.Resolutions);
        Assert.Equal([new ParsedMinute(null, "The Panel considered the revised policy.")], doc.Minutes);
    }

    [Fact]
    public void An_option_rejected_for_a_reason_is_not_a_lost_vote()
    {
        var doc = Parse("""
            Issue details

            OD-21-04 Asbestos surveys

            Decision status: Approved

            To appoint a contractor to carry out asbestos surveys.

            Alternative options conceded and why rejected

            Doing the surveys in-house was rejected as the team does not have the accreditation to carry them out.
            """);

        Assert.Empty(doc.Votes);
    }

    [Fact]
    public void A_vote_whose_result_is_the_resolution_below_is_carried()
    {
        var doc = Parse("""
            Issue - meetings

            Licensing Policy Review

            Meeting: 20/01/2021 - Full Council (Item 12)

            Minutes:

            The Cabinet Member introduced the report.

            The recommendation was proposed as in the report and a vote was taken, the result of which was:

            RESOLVED:

            That the revised Licensing Policy be adopted.
            """);

        Assert.Equal(VoteOutcome.Carried, Assert.Single(doc.Votes).Outcome);
    }

    [Fact]
    public void Further_lines_of_a_membership_block_stay_with_it()
    {
        var doc = Parse("""
            Agenda item

            Premises Licence Hearing

            Minutes:

            Membership: Councillor Ann Fielding (Chair)

            Councillor Brian Ottley

            Councillor Carol Pike

            Other Parties: Mr Dev Rana of Rana Law (Applicant), and Ms Eve Lowe

            Mr Frank Hale, Environmental Health Service

            The Sub-Committee considered the application for a new premises licence.
            """);

        Assert.Equal("Councillor Ann Fielding (Chair)\n\nCouncillor Brian Ottley\n\nCouncillor Carol Pike", doc.Extras["Membership"]);
        Assert.Equal("Mr Dev Rana of Rana Law (Applicant), and Ms Eve Lowe\n\nMr Frank Hale, Environmental Health Service", doc.Extras["Other Parties"]);
        Assert.Equal([new ParsedMinute(null, "The Sub-Committee considered the application for a new premises licence.")], doc.Minutes);
    }

    [Fact]
    public void Template_placeholders_copied_with_a_menu_scrap_are_not_a_minute()
    {
        var doc = Parse("""
            Issue - meetings

            Audit Charter

            Meeting: 02/03/2023 - Audit Committee (Item 7)

            Minutes:

            The Committee considered the charter.

            ems at meetings - Audit charter{sidenav}{content}
            """);

        Assert.Equal([new ParsedMinute(null, "The Committee considered the charter.")], doc.Minutes);
    }

    [Fact]
    public void Lettered_choices_after_an_options_heading_in_the_decision_are_not_resolutions()
    {
        var doc = Parse("""
            Decision details

            Review of a Premises Licence: The Old Mill, Brookfield

            Decision Maker: Licensing Sub-Committee

            Decision:

            The Sub-Committee must take such of the following steps (if any) as it considers appropriate.

            Steps considered:

            (a) modify the conditions of the licence;

            (b) suspend the licence for up to three months; or

            (c) revoke the licence

            The Sub-Committee has decided to take none of the above steps.
            """);

        Assert.Empty(doc.Resolutions);
        Assert.Contains("(b) suspend the licence for up to three months; or", doc.Decision!.Text, StringComparison.Ordinal);
        Assert.EndsWith("The Sub-Committee has decided to take none of the above steps.", doc.Decision.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Lettered_items_after_a_line_saying_what_was_decided_stay_resolutions()
    {
        var doc = Parse("""
            Decision details

            Review of a Premises Licence: The Old Mill, Brookfield

            Decision Maker: Licensing Sub-Committee

            Decision:

            Having considered the options, the Sub-Committee decided:

            (a) to modify the conditions of the licence;

            (b) to remove the designated premises supervisor.
            """);

        Assert.Equal(["(a)", "(b)"], doc.Resolutions.Select(r => r.Label));
    }
}
