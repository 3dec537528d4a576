using CouncilDecisions.Importer.Parsing;

namespace CouncilDecisions.UnitTests.Importer;

// People, labels and council names seen on held-out ModernGov pages (round 10); every fragment here is written for the test.
public class HeldOutRound10PeopleTests
{
    private static ParsedDocument Parse(string text) => MinuteParser.Parse(text, new ParseOptions { Council = "Testshire County Council" });

    [Fact]
    public void Officers_named_by_role_labels_are_officers_with_those_titles()
    {
        var doc = Parse("""
            Agenda item

            The Old Bell, 12 Mill Lane

            Minutes:

            Membership: Councillor Ruth Penrose (Chair)

            Officer Support: Legal Advisor: Hal Brennan

            Committee Officer: Gina Wells

            Licensing Officer: Democratic Services

            The Sub-Committee heard the application.
            """);

        // A role label holding a team ("Democratic Services") names nobody.
        Assert.Equal(
            [new ParsedPerson("Ruth Penrose", PersonRole.Councillor, null), new ParsedPerson("Hal Brennan", PersonRole.Officer, "Legal Advisor"),
             new ParsedPerson("Gina Wells", PersonRole.Officer, "Committee Officer")],
            doc.People);
    }

    [Fact]
    public void A_second_officer_between_empty_email_fields_is_an_officer()
    {
        var doc = Parse("""
            Issue details

            Bus Service Improvement Plan

            Decision type: Key

            Contact: Priya Lomax, Transport Lead Email:, Owen Thackeray Email:
            """);

        Assert.Contains(new ParsedPerson("Priya Lomax", PersonRole.Officer, "Transport Lead"), doc.People);
        Assert.Contains(new ParsedPerson("Owen Thackeray", PersonRole.Officer, null), doc.People);
    }

    [Fact]
    public void A_councillors_portfolio_list_runs_past_its_first_comma()
    {
        var doc = Parse("""
            Issue details

            Local Plan Review

            Lead member: Cllr Dora Finch, Cabinet Member for Housing, Regeneration and Assets dora.finch@testshire.gov.uk
            """);

        Assert.Equal([new ParsedPerson("Dora Finch", PersonRole.Councillor, "Cabinet Member for Housing, Regeneration and Assets")], doc.People);
    }

    [Fact]
    public void He_left_the_meeting_after_a_declaration_is_the_declaring_councillors_departure()
    {
        var doc = Parse("""
            Agenda item

            Tree Preservation Order 12/2024

            Minutes:

            Councillor P Hardcastle declared a pecuniary interest as a member of the parish council. He left the meeting and took no part in the vote.
            """);

        Assert.Equal([new ParsedAttendance("P Hardcastle", AttendanceEvent.Left, null)], doc.Attendance);
    }

    [Fact]
    public void A_misspelt_alternatives_heading_ending_in_rejected_is_the_alternatives()
    {
        var doc = Parse("""
            Issue details

            OD-21-04 Grounds maintenance contract

            Alternative options conceded and why rejected

            Doing the work in-house was rejected as the team lacks the equipment.
            """);

        Assert.Equal("Doing the work in-house was rejected as the team lacks the equipment.", doc.Decision!.Alternatives);
    }

    [Fact]
    public void Interests_and_nature_of_interests_declared_is_the_conflicts_field()
    {
        var doc = Parse("""
            Decision details

            Award of the Cleaning Contract

            Decision status: Recommendations Approved

            Interests and Nature of Interests Declared:

            None

            Other reasons / organisations consulted

            N/A
            """);

        Assert.Equal("None", doc.Decision!.ConflictsOfInterest);
        Assert.Equal("N/A", doc.Extras["Other reasons / organisations consulted"]);
    }

    [Fact]
    public void A_council_name_in_capitals_at_the_start_of_a_heading_names_the_council()
    {
        var doc = MinuteParser.Parse("""
            Agenda item

            The Old Bell, 12 Mill Lane

            Minutes:

            NORTHSHIRE CITY COUNCIL LICENSING SUB-COMMITTEE No.2

            The Sub-Committee heard the application.
            """, new ParseOptions());

        Assert.Equal("Northshire City Council", doc.Council);
    }
}
