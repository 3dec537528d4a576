using CouncilDecisions.Importer.Parsing;

namespace CouncilDecisions.UnitTests.Importer;

// People, labels and council names seen on held-out ModernGov pages (round 12); every fragment here is written for the test.
public class HeldOutRound12PeopleTests
{
    private static ParsedDocument Parse(string text) => MinuteParser.Parse(text, new ParseOptions { Council = "Testshire County Council" });

    [Fact]
    public void Delegated_decisions_and_recommendations_to_council_fill_the_decision_and_the_recommendations()
    {
        var doc = Parse("""
            Decision details

            Library Opening Hours Review

            Decision status: Recommendations Approved

            Is Key decision?: No

            Delegated decisions:

            1.   That the revised opening hours be approved.

            2.   That the review be repeated in two years.

            Recommendations to Council:

            1.   That the library budget for 2026/27 be increased by £40,000.

            Reason for the decisions:

            The new hours follow the pattern of use found in the survey.
            """);

        Assert.Equal(["That the revised opening hours be approved.", "That the review be repeated in two years."], doc.Resolutions.Select(r => r.Text));
        Assert.Equal(["That the library budget for 2026/27 be increased by £40,000."], doc.Recommendations.Select(r => r.Text));
        Assert.Equal("The new hours follow the pattern of use found in the survey.", doc.Decision?.Reasons);
        Assert.Empty(doc.Extras);
    }

    [Fact]
    public void Other_options_are_the_alternatives_and_the_call_in_committee_ends_them()
    {
        var doc = Parse("""
            Issue - decisions

            Town Centre Parking Charges

            12/05/2022 - Town Centre Parking Charges

            1. That the new tariff be approved.

            Reasons for decision:

            To support the town centre strategy.

            Other options:

            To keep the present tariff.

            Eligible for call-in to: Place Scrutiny Committee
            """);

        Assert.Equal("To support the town centre strategy.", doc.Decision?.Reasons);
        Assert.Equal("To keep the present tariff.", doc.Decision?.Alternatives);
        Assert.Equal("Place Scrutiny Committee", doc.Extras["Eligible for call-in to"]);
    }

    [Fact]
    public void Officers_listed_with_a_dash_after_their_role_are_people()
    {
        var doc = Parse("""
            Agenda item

            Premises Licence Review - The Old Crown, High Street

            Membership: Councillor Anne Pryor (Chairman) and Councillor Tom Wilde

            Officer Support:       Legal Advisor – Ruth Halden

            Committee Officer – Owen Marsh
            Presenting Officer – Priya Sandhu

            The Sub-Committee heard the application.
            """);

        Assert.Contains(doc.People, p => p is { Name: "Ruth Halden", Role: PersonRole.Officer, Title: "Legal Advisor" });
        Assert.Contains(doc.People, p => p is { Name: "Owen Marsh", Role: PersonRole.Officer, Title: "Committee Officer" });
        Assert.Contains(doc.People, p => p is { Name: "Priya Sandhu", Role: PersonRole.Officer, Title: "Presenting Officer" });
    }

    [Fact]
    public void A_councillor_working_group_is_not_a_councillor()
    {
        var doc = Parse("""
            Decision details

            Community Grants Guidance

            Decision Maker: Cabinet Member for Communities

            Other reasons / organisations consulted: Councillor Working Group; Chairs of Area Boards.

            Decision:

            That the revised guidance be approved.
            """);

        Assert.DoesNotContain(doc.People, p => p.Name == "Working");
        Assert.DoesNotContain(doc.People, p => p.Role == PersonRole.Councillor);
    }

    [Fact]
    public void A_councillor_before_the_word_group_leader_is_still_a_councillor()
    {
        var doc = Parse("""
            Agenda item

            Budget Proposals

            Minutes:

            Councillor Brant Group Leader of the Independents asked about reserves.
            """);

        Assert.Contains(doc.People, p => p is { Name: "Brant", Role: PersonRole.Councillor });
    }

    [Fact]
    public void An_organisation_listed_before_a_council_with_and_is_not_part_of_its_name()
    {
        var doc = MinuteParser.Parse("""
            Agenda item

            Chief Fire Officer Appointment

            Minutes:

            The Panel noted the views of partners, including Testshire Fire and Rescue Service and Testford District Council.
            """);

        Assert.Equal("Testford District Council", doc.Council);
    }

    [Fact]
    public void A_member_named_by_initial_and_surname_with_the_chair_of_a_committee_is_a_councillor()
    {
        var doc = Parse("""
            Agenda item

            Recommendation from the Standards Committee

            Minutes:

            T Marsh, Chairman of the Standards and Ethics Committee proposed the recommendation, which was seconded.

            J Pell, Vice-chairman of the Standards and Ethics Committee spoke in support.
            """);

        Assert.Contains(doc.People, p => p is { Name: "T Marsh", Role: PersonRole.Councillor, Title: "Chairman of the Standards and Ethics Committee" });
        Assert.Contains(doc.People, p => p is { Name: "J Pell", Role: PersonRole.Councillor, Title: "Vice-chairman of the Standards and Ethics Committee" });
    }
}
