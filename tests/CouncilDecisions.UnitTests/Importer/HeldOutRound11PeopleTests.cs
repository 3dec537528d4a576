using CouncilDecisions.Importer.Parsing;

namespace CouncilDecisions.UnitTests.Importer;

// People, labels and council names seen on held-out ModernGov pages (round 11); every fragment here is written for the test.
public class HeldOutRound11PeopleTests
{
    private static ParsedDocument Parse(string text) => MinuteParser.Parse(text, new ParseOptions { Council = "Testshire County Council" });

    [Fact]
    public void Reasons_for_making_the_decision_after_the_resolution_are_the_reasons()
    {
        var doc = Parse("""
            Issue - meetings

            Harbour Wall Repairs

            Meeting: 03/03/2021 - Cabinet (Item 12)

            Report of the Director of Place

            Cabinet considered the options set out in the report.

            Resolved:

            (1) That the repair scheme be approved.

            Reasons for making the decision:

            The decision protects the harbour and fits the council's coastal priorities.
            """);

        Assert.Equal("The decision protects the harbour and fits the council's coastal priorities.", doc.Decision?.Reasons);
        Assert.DoesNotContain(doc.Minutes, m => m.Text.Contains("Reasons for making", StringComparison.Ordinal));
        Assert.DoesNotContain(doc.Minutes, m => m.Text.Contains("coastal priorities", StringComparison.Ordinal));
    }

    [Fact]
    public void An_officer_contact_label_names_its_officer()
    {
        var doc = Parse("""
            Issue - meetings

            Healthy Towns Programme

            Meeting: 14/10/2020 - Health and Wellbeing Board (Item 6)

            To consider a report of the Director of Public Health.

            Officer contact: Tom Hallam, 01632 960456,

            Minutes:

            The Board noted the report.
            """);

        Assert.Contains(new ParsedPerson("Tom Hallam", PersonRole.Officer, null), doc.People);
        Assert.True(doc.Extras.ContainsKey("Officer contact"));
    }

    [Fact]
    public void A_lead_director_given_by_name_is_an_officer_but_a_directors_title_is_not()
    {
        var doc = Parse("""
            Issue details

            Library Service Review

            Decision type: Key

            Decision status: For Determination

            Lead director: Nadia Broome

            Contact: Hugo Penn, Libraries Manager
            """);

        Assert.Contains(new ParsedPerson("Nadia Broome", PersonRole.Officer, "Lead director"), doc.People);

        var titled = Parse("""
            Issue details

            Library Service Review

            Decision type: Key

            Lead director: Adult Social Care

            Lead Director: Director of Finance
            """);

        Assert.DoesNotContain(titled.People, p => p.Role == PersonRole.Officer);
    }

    [Fact]
    public void A_contact_named_in_brackets_after_a_long_title_is_an_officer()
    {
        var doc = Parse("""
            Issue details

            Play Strategy

            Decision type: Key

            Contact: Assistant Director of Leisure, Parks Services (Lena Hartley) Email: lena.hartley@testshire.gov.uk.
            """);

        Assert.Contains(new ParsedPerson("Lena Hartley", PersonRole.Officer, "Assistant Director of Leisure, Parks Services"), doc.People);

        // A team in brackets, with a shared mailbox, names nobody.
        var team = Parse("""
            Issue details

            Play Strategy

            Decision type: Key

            Contact: Head of Planning (Development Management) Email: planning@testshire.gov.uk.
            """);

        Assert.Empty(team.People);
    }

    [Fact]
    public void An_officer_with_a_bracketed_title_at_the_start_of_a_sentence_is_an_officer()
    {
        var doc = Parse("""
            Decision details

            Investment Strategy Statement

            Decision Maker: Pension Board

            Decisions:

            4.1 Omar Fenwick (Acting Shared Director of Pensions and Treasury) presented the report and took questions. Members thanked him.

            4.2 Members asked about the fund's reporting (the quarterly returns) before agreeing the statement.
            """);

        Assert.Contains(new ParsedPerson("Omar Fenwick", PersonRole.Officer, "Acting Shared Director of Pensions and Treasury"), doc.People);
        Assert.DoesNotContain(doc.People, p => p.Name.StartsWith("Members", StringComparison.Ordinal));
    }

    [Fact]
    public void A_councillors_office_in_brackets_after_the_name_is_the_title()
    {
        var doc = Parse("""
            Decision details

            Adoption Service Contract

            Decision Maker: Cabinet

            Decision:

            Councillor Ada Prior (Portfolio Holder for Housing, Planning & Transport) introduced the report. Councillor Ben Lusk (Labour) asked a question.
            """);

        Assert.Contains(new ParsedPerson("Ada Prior", PersonRole.Councillor, "Portfolio Holder for Housing, Planning & Transport"), doc.People);
        Assert.Contains(new ParsedPerson("Ben Lusk", PersonRole.Councillor, null), doc.People);
    }

    [Fact]
    public void Councillors_who_withdraw_from_the_committee_table_leave()
    {
        var doc = Parse("""
            Agenda item

            21/0456/FUL - Land at Mill Road, Upton

            Minutes:

            Having declared an interest, Councillors Hale and Brent withdraw from the Committee table during the consideration of application 21/0456/FUL.

            Councillor Rowe withdrew from the table for the next item.
            """);

        Assert.Equal(
            [new ParsedAttendance("Hale", AttendanceEvent.Left, null), new ParsedAttendance("Brent", AttendanceEvent.Left, null),
             new ParsedAttendance("Rowe", AttendanceEvent.Left, null)],
            doc.Attendance);
    }

    [Fact]
    public void A_body_word_before_of_is_not_part_of_the_council_name()
    {
        var doc = MinuteParser.Parse("""
            Issue - meetings

            Shadow Health and Wellbeing Board

            Meeting: 15/07/2012 - County Council (Item 40)

            Minutes:

            Resolved: that the Health and Wellbeing Board be established as a Committee of Testford District Council.
            """);

        Assert.Equal("Testford District Council", doc.Council);
    }
}
