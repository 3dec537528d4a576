using CouncilDecisions.Importer.Parsing;

namespace CouncilDecisions.UnitTests.Importer;

// Shapes seen on held-out ModernGov pages (round 5); every fragment here is written for the test.
public class HeldOutRound5Tests
{
    private static ParsedDocument Parse(string text) => MinuteParser.Parse(text, new ParseOptions { Council = "Testshire County Council" });

    [Fact]
    public void Sentence_labels_of_a_record_of_decision_fill_the_decision_fields()
    {
        var doc = Parse("""
            The subject of the decision:
            The report set out the car park charges for the coming year.
            Alternative options considered:
            None.
            The reason for the decision:
            To keep the charges in line with the budget.
            THE DECISION:
            That Cabinet approves:
            (1) the charges at appendix A; and
            (2) the free parking days at paragraph 4.
            """);

        Assert.Equal(DocumentKind.DecisionDetails, doc.Kind);
        Assert.Equal("The report set out the car park charges for the coming year.", doc.Decision!.Purpose);
        Assert.Equal("None.", doc.Decision.Alternatives);
        Assert.Equal("To keep the charges in line with the budget.", doc.Decision.Reasons);
        Assert.StartsWith("That Cabinet approves:", doc.Decision.Text, StringComparison.Ordinal);
        Assert.Equal(
            [new ParsedLabelledText("1", "the charges at appendix A; and"), new ParsedLabelledText("2", "the free parking days at paragraph 4.")],
            doc.Resolutions);
        Assert.Empty(doc.Extras);
    }

    [Fact]
    public void Short_sentence_ending_in_resolved_in_capitals_introduces_the_items()
    {
        var doc = Parse("""
            Decision Maker: Cabinet
            Decision status: Recommendations Approved
            Cabinet received a report on the play area programme.
            Cabinet considered the options and RESOLVED:
            1. To approve the programme.
            2. To note the spending profile.
            Decision type: Key
            Publication date: 02/03/2020
            """);

        Assert.False(doc.Extras.ContainsKey("Cabinet considered the options and RESOLVED"));
        Assert.Equal(
            [new ParsedLabelledText("1", "To approve the programme."), new ParsedLabelledText("2", "To note the spending profile.")],
            doc.Resolutions);
        Assert.Equal("Cabinet considered the options and RESOLVED:\n\n1. To approve the programme.\n\n2. To note the spending profile.", doc.Decision!.Text);
        Assert.Equal("Key", doc.Extras["Decision type"]);
    }

    [Fact]
    public void Minute_number_on_its_own_line_numbers_the_paragraph_below()
    {
        var doc = Parse("""
            Agenda item

            Library Opening Hours

            Minutes:

            5.1

            The Head of Libraries introduced the report.

            5.2

            Members asked about weekend opening.

            5.3

            RESOLVED: That the report be noted.
            """);

        Assert.Equal(
            [new ParsedMinute("5.1", "The Head of Libraries introduced the report."), new ParsedMinute("5.2", "Members asked about weekend opening.")],
            doc.Minutes);
        Assert.Equal([new ParsedLabelledText(null, "the report be noted.")], doc.Resolutions);
    }

    [Fact]
    public void Resolved_with_a_full_stop_before_the_items_is_only_the_lead_in()
    {
        var doc = Parse("""
            Agenda item

            Petitions

            Minutes:

            The petitioners addressed the meeting.

            RESOLVED.

            1. That the petition be referred to the Corporate Director for a written response.
            """);

        Assert.Equal([new ParsedLabelledText("1", "That the petition be referred to the Corporate Director for a written response.")], doc.Resolutions);
    }

    [Fact]
    public void Bracket_closing_an_aside_is_not_part_of_the_title()
    {
        var doc = Parse("""
            Agenda item

            Budget

            Minutes:

            Councillor Dale moved the recommendation (seconded by Councillor Amy Frost, Cabinet Member for Housing).
            """);

        Assert.Contains(new ParsedPerson("Amy Frost", PersonRole.Councillor, "Cabinet Member for Housing"), doc.People);
    }

    [Fact]
    public void Officer_invited_to_present_is_named_with_the_title()
    {
        var doc = Parse("""
            Agenda item

            Petition Scheme

            Minutes:

            The Chair invited Lena Marsh, Head of Democratic Services, to present the report.
            """);

        Assert.Equal([new ParsedPerson("Lena Marsh", PersonRole.Officer, "Head of Democratic Services")], doc.People);
    }

    [Fact]
    public void Officer_in_lower_case_presenting_starts_the_minutes_and_that_sentences_are_resolutions()
    {
        var doc = Parse("""
            Agenda item

            Taxi Licensing Fees

            The licensing officer presented the report. Members asked about the renewal period.

            That the fees set out in Appendix 1 be agreed.

            Supporting documents:
            """);

        Assert.Null(doc.Decision?.Purpose);
        Assert.Equal([new ParsedMinute(null, "The licensing officer presented the report. Members asked about the renewal period.")], doc.Minutes);
        Assert.Equal([new ParsedLabelledText(null, "That the fees set out in Appendix 1 be agreed.")], doc.Resolutions);
    }

    [Fact]
    public void Named_speaker_whose_title_has_no_closing_comma_starts_the_minutes()
    {
        var doc = Parse("""
            Agenda item

            To receive an update on the carers strategy.

            Nia Price, Strategy Lead Officer reported that the consultation had closed.
            """);

        Assert.Equal("To receive an update on the carers strategy.", doc.Decision!.Purpose);
        Assert.Equal([new ParsedMinute(null, "Nia Price, Strategy Lead Officer reported that the consultation had closed.")], doc.Minutes);
    }

    [Fact]
    public void Councillor_formally_moving_starts_the_minutes()
    {
        var doc = Parse("""
            Agenda item

            Community Grants

            Councillor Owen Hart formally moved the amendment, which was seconded by Councillor Jo Kerr.
            """);

        Assert.Equal([new ParsedMinute(null, "Councillor Owen Hart formally moved the amendment, which was seconded by Councillor Jo Kerr.")], doc.Minutes);
        Assert.Null(doc.Decision?.Purpose);
    }

    [Fact]
    public void Numbered_passive_decisions_before_any_section_are_resolutions()
    {
        var doc = Parse("""
            Decision details

            Decision Maker: Portfolio Holder for Leisure

            Is subject to call in?: Yes

            1) The 2021/22 outturn for the Leisure Portfolio be noted.

            2) The carry forward of £15k for the sports hall be approved.

            Reasons for the decision:

            To monitor spending against the budget.
            """);

        Assert.Equal(
            [new ParsedLabelledText("1", "The 2021/22 outturn for the Leisure Portfolio be noted."),
             new ParsedLabelledText("2", "The carry forward of £15k for the sports hall be approved.")],
            doc.Resolutions);
        Assert.Null(doc.Decision!.Purpose);
        Assert.Equal("To monitor spending against the budget.", doc.Decision.Reasons);
    }

    [Fact]
    public void Officer_named_after_the_title_is_a_person()
    {
        var doc = Parse("""
            Agenda item

            Minutes of Previous Meeting

            Minutes:

            The Chair read a note prepared by the Elections Manager, Tom Vale. The Monitoring Officer, Rhian Bell, would report back.
            """);

        Assert.Equal(
            [new ParsedPerson("Tom Vale", PersonRole.Officer, "Elections Manager"), new ParsedPerson("Rhian Bell", PersonRole.Officer, "Monitoring Officer")],
            doc.People);
    }

    [Fact]
    public void Title_with_a_colon_above_the_first_label_is_the_title()
    {
        var doc = Parse("""
            Decision details

            Allotments Review: Rents, Waiting Lists and Tenancies

            Decision status: Recommendations Approved

            Decisions:

            The committee agreed the new tenancy terms.
            """);

        Assert.Equal("Allotments Review: Rents, Waiting Lists and Tenancies", doc.Title);
        Assert.False(doc.Extras.ContainsKey("Allotments Review"));
    }

    [Fact]
    public void Unknown_label_with_a_reference_under_the_heading_stays_an_extra()
    {
        var doc = Parse("""
            Decision details

            Decision Reference: DR 2021/14

            Decision status: Recommendations Approved
            """);

        Assert.Null(doc.Title);
        Assert.Equal("DR 2021/14", doc.Extras["Decision Reference"]);
    }

    [Fact]
    public void Report_formally_moved_reads_as_minutes_without_a_heading()
    {
        var doc = Parse("""
            The report was formally moved by Councillor Reyes and formally seconded by Councillor Dunn.

            The report was put to a vote and agreed.
            """);

        Assert.Equal(DocumentKind.AgendaItem, doc.Kind);
        Assert.Equal(2, doc.Minutes.Count);
        Assert.Equal("Reyes", doc.Votes.Single().MovedBy);
        Assert.Equal("Dunn", doc.Votes.Single().SecondedBy);
    }

    [Theory]
    [InlineData("Key", true)]
    [InlineData("Key decision.", true)]
    [InlineData("Non-key", false)]
    [InlineData("Non Key Decision", false)]
    [InlineData("Executive", null)]
    public void Decision_type_answers_the_key_decision_question_and_stays_an_extra(string printed, bool? expected)
    {
        var doc = Parse($"""
            Decision details

            Library Opening Hours

            Decision Maker: Cabinet Member for Communities

            Decision status: Recommendations Approved

            Decision type: {printed}

            Publication date: 12/05/2022
            """);

        Assert.Equal(expected, doc.Decision!.KeyDecision);
        Assert.Equal(printed, doc.Extras["Decision type"]);
    }

    [Fact]
    public void An_is_key_decision_field_wins_over_a_decision_type_printed_before_it()
    {
        var doc = Parse("Decision details\n\nLibrary Opening Hours\n\nDecision type: Key\n\nDecision status: Recommendations Approved\n\nIs Key decision?: No");

        Assert.False(doc.Decision!.KeyDecision);
    }
}
