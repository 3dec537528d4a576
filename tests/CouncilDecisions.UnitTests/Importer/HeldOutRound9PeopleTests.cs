using CouncilDecisions.Importer.Parsing;

namespace CouncilDecisions.UnitTests.Importer;

// People and labelled fields seen on held-out ModernGov pages (round 9); every fragment here is written for the test.
public class HeldOutRound9PeopleTests
{
    private static ParsedDocument Parse(string text) => MinuteParser.Parse(text, new ParseOptions { Council = "Testshire County Council" });

    [Fact]
    public void A_contact_run_onto_its_colon_with_a_bracketed_phone_names_the_officer()
    {
        var doc = Parse("""
            Agenda item

            Treasury Management Update

            Purpose:

            To receive an update on treasury management activity.

            Contact:R Patel (01632) 960123
            """);

        Assert.Equal([new ParsedPerson("R Patel", PersonRole.Officer, null)], doc.People);
    }

    [Fact]
    public void A_report_author_with_degrees_then_a_title_is_an_officer_with_that_title()
    {
        var doc = Parse("""
            Decision details

            Disposal of Land at Mill Road

            Decision status: Recommendations Approved

            Decision:

            That the disposal of the land be approved.

            Report author: Helen Carver LL.B (Hons) Solicitor
            """);

        Assert.Equal([new ParsedPerson("Helen Carver", PersonRole.Officer, "Solicitor")], doc.People);
    }

    [Fact]
    public void A_courtesy_titled_name_with_a_cabinet_member_title_is_a_councillor()
    {
        var doc = Parse("""
            Agenda item

            Verbal Updates

            Minutes:

            1. Mrs Alison Tarrant, Cabinet Member for Highways and Transport, provided an update on the winter programme.
            """);

        Assert.Equal([new ParsedPerson("Alison Tarrant", PersonRole.Councillor, "Cabinet Member for Highways and Transport")], doc.People);
    }

    [Fact]
    public void A_courtesy_titled_name_with_another_title_is_still_nobody()
    {
        var doc = Parse("""
            Agenda item

            Verbal Updates

            Minutes:

            Mr Owen Fisk, Chairman of the Testshire Rivers Trust, addressed the Committee.
            """);

        Assert.Empty(doc.People);
    }

    [Fact]
    public void A_title_after_the_in_a_closed_aside_is_the_councillors_title()
    {
        var doc = Parse("""
            Agenda item

            Questions

            Minutes:

            Councillor Ruth Ashby, the Cabinet Member for Waste and Recycling, advised that a report would follow.
            """);

        Assert.Equal([new ParsedPerson("Ruth Ashby", PersonRole.Councillor, "Cabinet Member for Waste and Recycling")], doc.People);
    }

    [Fact]
    public void A_portfolio_list_in_the_aside_runs_to_the_comma_before_the_verb()
    {
        var doc = Parse("""
            Agenda item

            Parks Strategy

            Minutes:

            Councillor Ruth Ashby, the Cabinet Member for Parks, Libraries and Leisure, presented the report.
            """);

        Assert.Equal([new ParsedPerson("Ruth Ashby", PersonRole.Councillor, "Cabinet Member for Parks, Libraries and Leisure")], doc.People);
    }

    [Fact]
    public void A_body_after_the_in_the_aside_is_no_title()
    {
        var doc = Parse("""
            Agenda item

            Housing Delivery

            Minutes:

            Having heard Councillor Ruth Ashby, the Mayor and Cabinet, for the reasons in the report, agreed the programme.
            """);

        Assert.Equal([new ParsedPerson("Ruth Ashby", PersonRole.Councillor, null)], doc.People);
    }

    [Fact]
    public void Surnames_listed_after_a_singular_councillor_are_councillors()
    {
        var doc = Parse("""
            Agenda item

            Review Groups

            Minutes:

            The Committee considered the membership of the review groups.

            That Councillor Mrs Bellamy, Orton, Kerridge and Marsh be appointed to the Housing Review Group.
            """);

        Assert.Equal(["Bellamy", "Orton", "Kerridge", "Marsh"], doc.People.Select(p => p.Name));
        Assert.All(doc.People, p => Assert.Equal(PersonRole.Councillor, p.Role));
    }

    [Fact]
    public void A_singular_councillor_before_a_place_list_names_only_the_councillor()
    {
        var doc = Parse("""
            Agenda item

            Ward Matters

            Minutes:

            Councillor Bellamy, Orton Ward, raised the matter of parking.
            """);

        Assert.Equal(["Bellamy"], doc.People.Select(p => p.Name));
    }

    [Theory]
    [InlineData("Exec Non-key", false)]
    [InlineData("Executive Key", true)]
    [InlineData("Council Non-key decision", false)]
    public void A_decision_type_with_its_kind_before_key_or_non_key_gives_the_key_decision(string type, bool key)
    {
        var doc = Parse($"""
            Issue details

            Library Opening Hours

            To agree revised opening hours for the branch libraries.

            Decision type: {type}

            Decision status: Decision Made
            """);

        Assert.Equal(key, doc.Decision!.KeyDecision);
    }
}
