using CouncilDecisions.Importer.Parsing;

namespace CouncilDecisions.UnitTests.Importer;

// Realistic fragments of the page variations real councils publish beyond the five seeds.
public class VariationTests
{
    private const string Nbsp = "\u00A0";

    private static ParsedDocument Parse(string text, string? council = null) =>
        MinuteParser.Parse(text, new ParseOptions { Council = council });

    [Fact]
    public void Decided_at_meeting_gives_the_meeting_and_real_page_labels_are_kept()
    {
        var doc = Parse("""
            Decision details

            Parking Permit Charges

            Decision Maker: Cabinet

            Decided at meeting: 14/03/2023 - Cabinet

            Decision status: Decision made

            Is Key decision?: No

            Is subject to call in?: Yes

            Wards affected: (All Wards);

            Lead officer: Jane Smith

            Implementation date: 25/03/2023

            Accompanying Documents:

            Parking charges report PDF 200 KB

            Publication date: 15/03/2023

            Date of decision: 14/03/2023
            """, council: "Testshire County Council");

        Assert.Equal(DocumentKind.DecisionDetails, doc.Kind);
        Assert.Equal("Parking Permit Charges", doc.Title);
        Assert.Equal(new ParsedMeeting(new DateOnly(2023, 3, 14), "Cabinet", null), doc.Meeting);
        Assert.Equal("Decision made", doc.Decision!.Status);
        Assert.False(doc.Decision.KeyDecision);
        Assert.True(doc.Decision.SubjectToCallIn);
        Assert.Equal(new DateOnly(2023, 3, 14), doc.Decision.Date);
        Assert.Equal(new DateOnly(2023, 3, 15), doc.Decision.PublicationDate);
        Assert.Equal("(All Wards);", doc.Extras["Wards affected"]);
        Assert.Equal("25/03/2023", doc.Extras["Implementation date"]);
        Assert.Equal("Parking charges report PDF 200 KB", doc.Extras["Accompanying Documents"]);
        Assert.Equal([new ParsedPerson("Jane Smith", PersonRole.Officer, null)], doc.People);
        Assert.Empty(doc.Warnings);
    }

    [Theory]
    [InlineData("Decisions:")]
    [InlineData("Decision taken:")]
    [InlineData("Decision")]
    public void Decision_label_variants_fill_the_decision_text(string label)
    {
        var doc = Parse($"Decision details\n\nLibrary Hours\n\n{label}\n\nThat the new opening hours be agreed.\n\nReason for decision:\n\nTo save £ 40,000 a year.");

        Assert.Equal("That the new opening hours be agreed.", doc.Decision!.Text);
        Assert.Equal("To save £ 40,000 a year.", doc.Decision.Reasons);
    }

    [Theory]
    [InlineData("Reason for decision:")]
    [InlineData("Reasons for the decision:")]
    [InlineData("Reason(s) for the Decision:")]
    [InlineData("Reason for the Decision")]
    public void Reason_label_variants_fill_the_reasons(string label)
    {
        var doc = Parse($"Decision details\n\nLibrary Hours\n\nDecision:\n\nAgreed.\n\n{label}\n\nDemand has fallen.");

        Assert.Equal("Demand has fallen.", doc.Decision!.Reasons);
        Assert.Equal("Agreed.", doc.Decision.Text);
    }

    [Theory]
    [InlineData("Decision made", null)]
    [InlineData("For Determination", null)]
    [InlineData("Called-in", null)]
    [InlineData("Recommendations Approved (subject to call-in)", true)]
    public void Decision_status_is_kept_as_printed(string status, bool? callIn)
    {
        var doc = Parse($"Decision details\n\nLibrary Hours\n\nDecision status: {status}\n\nDate of decision: 01/02/2020");

        Assert.Equal(status, doc.Decision!.Status);
        Assert.Equal(callIn, doc.Decision.SubjectToCallIn);
    }

    [Fact]
    public void Welsh_and_mixed_labels_are_mapped_and_the_rest_kept_as_extras()
    {
        var doc = Parse("""
            Cyngor Sir Ddinbych

            Manylion y penderfyniad

            Strategaeth Ddigidol

            Statws y penderfyniad: Wedi ei weithredu

            Is Allweddol decision?: Ie

            Penderfyniad:

            Cymeradwyo’r strategaeth.

            Rheswm dros y penderfyniad:

            Gwella gwasanaethau.

            Dyddiad cyhoeddi: 12/05/2022

            Wardiau Eraill: Pob un
            """);

        Assert.Equal(DocumentKind.DecisionDetails, doc.Kind);
        Assert.Equal("Cyngor Sir Ddinbych", doc.Council);
        Assert.Equal("Strategaeth Ddigidol", doc.Title);
        Assert.Equal("Wedi ei weithredu", doc.Decision!.Status);
        Assert.True(doc.Decision.KeyDecision);
        Assert.Equal("Cymeradwyo’r strategaeth.", doc.Decision.Text);
        Assert.Equal("Gwella gwasanaethau.", doc.Decision.Reasons);
        Assert.Equal(new DateOnly(2022, 5, 12), doc.Decision.PublicationDate);
        Assert.Equal("Pob un", doc.Extras["Wardiau Eraill"]);
    }

    [Fact]
    public void Page_without_heading_or_title_line_is_detected_from_its_labels()
    {
        var doc = Parse("""
            Accessibility settings

            Home > Council and Democracy > Decision details

            Library Opening Hours

            Decision Maker: Executive Councillor for Communities

            Decision status: Recommendations Approved

            Publication date: 3 June 2019

            Date of decision: 27th May 2019
            """, council: "Testshire County Council");

        Assert.Equal(DocumentKind.DecisionDetails, doc.Kind);
        Assert.Equal("Library Opening Hours", doc.Title);
        Assert.Equal(new DateOnly(2019, 5, 27), doc.Decision!.Date);
        Assert.Equal(new DateOnly(2019, 6, 3), doc.Decision.PublicationDate);
        Assert.Contains(doc.Warnings, w => w.Contains("No page heading", StringComparison.Ordinal));
    }

    [Fact]
    public void Site_chrome_and_cookie_text_never_become_the_title()
    {
        var doc = Parse("""
            Accessibility settings

            In order to remember your preferences as you navigate through the site, a cookie will be set.

            Color preference

            Text size

            Agenda item

            Street Lighting Upgrade

            Minutes:

            The Committee considered the report.
            """);

        Assert.Equal(DocumentKind.AgendaItem, doc.Kind);
        Assert.Equal("Street Lighting Upgrade", doc.Title);
    }

    [Theory]
    [InlineData("Meeting: 07/06/2021 - Planning Committee (Item 4: Land at Mill Lane)", "4")]
    [InlineData("Meeting: 07/06/2021 - Planning Committee (Item 4.)", "4")]
    [InlineData("Meeting: 07/06/2021 - Planning Committee (Item 4)", "4")]
    public void Item_number_is_read_from_the_meeting_line(string line, string item)
    {
        var doc = Parse($"Issue - meetings\n\nLand at Mill Lane\n\n{line}\n\nDecision:\n\nApproved.");

        Assert.Equal(new ParsedMeeting(new DateOnly(2021, 6, 7), "Planning Committee", item), doc.Meeting);
    }

    [Fact]
    public void Item_line_gives_number_and_title_without_file_noise()
    {
        var doc = Parse("Issue - meetings\n\nMeeting: 07/06/2021 - Planning Committee\n\nItem 4: Land at Mill Lane pdf icon PDF 2 MB\n\nDecision:\n\nApproved.");

        Assert.Equal("Land at Mill Lane", doc.Title);
        Assert.Equal("4", doc.Meeting!.ItemNumber);
        Assert.Equal("Approved.", doc.Decision!.Text);
    }

    [Fact]
    public void Several_meetings_are_listed_newest_first_with_the_newest_as_meeting()
    {
        var doc = Parse("""
            Issue - meetings

            Budget 2024/25

            Meeting: 06/02/2024 - Cabinet (Item 12)

            12 Budget 2024/25 pdf icon PDF 1 MB

            Decision:

            Recommended to Council.

            Minutes:

            12.1 Cabinet considered the budget.

            Meeting: 20/02/2024 - Council (Item 8)

            8 Budget 2024/25 pdf icon PDF 1 MB

            Decision:

            That the budget be approved.

            Minutes:

            8.1 The Leader presented the budget.
            """, council: "Testshire County Council");

        Assert.Equal(
            [new ParsedMeeting(new DateOnly(2024, 2, 20), "Council", "8"), new ParsedMeeting(new DateOnly(2024, 2, 6), "Cabinet", "12")],
            doc.Meetings);
        Assert.Equal(doc.Meetings[0], doc.Meeting);
        Assert.Equal(["12.1", "8.1"], doc.Minutes.Select(m => m.Number));
        Assert.Equal("Recommended to Council.", doc.Decision!.Text);
        Assert.Equal("That the budget be approved.", doc.Extras["Decision"]);
    }

    [Fact]
    public void Issue_page_without_decision_minutes_or_resolved_labels_keeps_summary_and_numbered_minutes()
    {
        var doc = Parse("""
            Issue - meetings

            Waste Strategy

            Meeting: 05/10/2022 - Executive (Item 31)

            31 Waste Strategy PDF 300 KB

            To consider the waste strategy.

            31.1 The Portfolio Holder introduced the report.

            31.2 Members asked about food waste collections.
            """);

        Assert.Equal("To consider the waste strategy.", doc.Decision!.Purpose);
        Assert.Equal(
            [new ParsedMinute("31.1", "The Portfolio Holder introduced the report."), new ParsedMinute("31.2", "Members asked about food waste collections.")],
            doc.Minutes);
    }

    [Fact]
    public void Recommended_to_list_becomes_recommendations()
    {
        var doc = Parse("Issue - meetings\n\nParks\n\nMeeting: 05/10/2022 - Cabinet (Item 3)\n\nThe Cabinet is RECOMMENDED to: (a) approve the plan; and (b) consult residents.");

        Assert.Equal(
            [new ParsedLabelledText("(a)", "approve the plan; and"), new ParsedLabelledText("(b)", "consult residents.")],
            doc.Recommendations);
    }

    [Theory]
    [InlineData("AGREED:")]
    [InlineData("Resolved –")]
    [InlineData("RESOLVED –")]
    [InlineData("RESOLVED that:")]
    [InlineData("RESOLVED: To")]
    [InlineData("It was RESOLVED that")]
    public void Resolution_lead_in_variants_introduce_numbered_resolutions(string leadIn)
    {
        var doc = Parse($"Agenda item\n\nParks\n\nMinutes:\n\nMembers discussed the plan.\n\n{leadIn}\n\n1. The plan be approved.\n\n2. The Director be authorised to consult.");

        Assert.Equal(
            [new ParsedLabelledText("1", "The plan be approved."), new ParsedLabelledText("2", "The Director be authorised to consult.")],
            doc.Resolutions);
        Assert.Equal([new ParsedMinute(null, "Members discussed the plan.")], doc.Minutes);
    }

    [Theory]
    [InlineData("Resolved – That the minutes be approved.", "the minutes be approved.")]
    [InlineData("AGREED that the report be noted.", "the report be noted.")]
    [InlineData("RESOLVED: To note the report.", "To note the report.")]
    public void Inline_resolution_without_number_keeps_its_text(string paragraph, string text)
    {
        var doc = Parse($"Agenda item\n\nMinutes of the last meeting\n\nMinutes:\n\n{paragraph}");

        Assert.Equal([new ParsedLabelledText(null, text)], doc.Resolutions);
    }

    [Fact]
    public void Numbered_decisions_without_a_lead_in_are_the_resolutions()
    {
        var doc = Parse("Agenda item\n\nParks\n\nDecision:\n\n1. The Cabinet approved the scheme.\n\n2. The Cabinet delegated authority to the Director.");

        Assert.Equal(
            [new ParsedLabelledText("1", "The Cabinet approved the scheme."), new ParsedLabelledText("2", "The Cabinet delegated authority to the Director.")],
            doc.Resolutions);
    }

    [Fact]
    public void Parenthesis_numbered_resolutions_use_the_bare_number()
    {
        var doc = Parse("Agenda item\n\nParks\n\nRESOLVED that:\n\n1) the plan be approved;\n\n2) residents be consulted.");

        Assert.Equal(["1", "2"], doc.Resolutions.Select(r => r.Label));
        Assert.Equal("the plan be approved;", doc.Resolutions[0].Text);
    }

    [Fact]
    public void Resolutions_repeated_under_decision_and_minutes_appear_once()
    {
        var doc = Parse("Agenda item\n\nParks\n\nDecision:\n\nRESOLVED: To\n\n1. Approve the plan.\n\nMinutes:\n\nDiscussion.\n\nRESOLVED: To\n\n1." + Nbsp + Nbsp + " Approve the plan.");

        Assert.Equal([new ParsedLabelledText("1", "Approve the plan.")], doc.Resolutions);
    }

    [Theory]
    [InlineData("27/11/2019", 2019, 11, 27)]
    [InlineData("27 November 2019", 2019, 11, 27)]
    [InlineData("27th Nov 2019", 2019, 11, 27)]
    [InlineData("1st Sept 2020", 2020, 9, 1)]
    [InlineData("23-Feb-11", 2011, 2, 23)]
    [InlineData("2013/12/13", 2013, 12, 13)]
    [InlineData("Monday, 3 June 2019", 2019, 6, 3)]
    [InlineData("3.6.19", 2019, 6, 3)]
    public void Uk_dates_are_read_day_first(string printed, int year, int month, int day)
    {
        var doc = Parse($"Decision details\n\nX\n\nDecision Maker: Cabinet\n\nDate of decision: {printed}");

        Assert.Equal(new DateOnly(year, month, day), doc.Decision!.Date);
    }

    [Fact]
    public void Unreadable_date_is_kept_as_an_extra_with_a_warning()
    {
        var doc = Parse("Decision details\n\nX\n\nDecision Maker: Cabinet\n\nDate of decision: Spring 2020", council: "Testshire County Council");

        Assert.Null(doc.Decision!.Date);
        Assert.Equal("Spring 2020", doc.Extras["Date of decision"]);
        Assert.Contains(doc.Warnings, w => w.Contains("date", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Nbsp_tabs_and_space_runs_collapse_but_pound_signs_and_curly_quotes_stay()
    {
        var doc = Parse($"Agenda item\n\nBudget\n\nDecision:\n\nThat\t£{Nbsp}1.2m   be allocated to the ‘one Council’ “programme”.{Nbsp}\n{Nbsp}\nSecond paragraph.");

        Assert.Equal("That £ 1.2m be allocated to the ‘one Council’ “programme”.\n\nSecond paragraph.", doc.Decision!.Text);
    }

    [Fact]
    public void Labels_with_nbsp_are_recognised()
    {
        var doc = Parse($"Decision details\n\nX\n\nDecision{Nbsp}Maker:{Nbsp}{Nbsp}Cabinet\n\nIs{Nbsp}Key decision?: Yes");

        Assert.Equal("Cabinet", doc.Decision!.Maker);
        Assert.True(doc.Decision.KeyDecision);
    }

    [Fact]
    public void Text_cut_off_mid_sentence_keeps_what_is_there()
    {
        var doc = Parse("Agenda item\n\nParks\n\nMinutes:\n\nThe Committee consid\n\nRESOLVED: (a) to approve the");

        Assert.Equal([new ParsedMinute(null, "The Committee consid")], doc.Minutes);
        Assert.Equal([new ParsedLabelledText("(a)", "to approve the")], doc.Resolutions);
    }

    [Fact]
    public void Unknown_label_is_kept_in_extras_as_printed()
    {
        var doc = Parse("Decision details\n\nX\n\nDecision Maker: Cabinet\n\nBudget Code: CAP-123\n\nFunding Source:\n\nCapital programme\n\nDate of decision: 01/02/2020");

        Assert.Equal("CAP-123", doc.Extras["Budget Code"]);
        Assert.Equal("Capital programme", doc.Extras["Funding Source"]);
        Assert.Equal(new DateOnly(2020, 2, 1), doc.Decision!.Date);
    }

    [Fact]
    public void Council_comes_from_options_when_the_text_names_none()
    {
        var doc = MinuteParser.Parse(Seeds.Bytes(Seeds.Croydon), new ParseOptions { Council = "London Borough of Croydon" });

        Assert.Equal("London Borough of Croydon", doc.Council);
        Assert.DoesNotContain(doc.Warnings, w => w.Contains("council", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Council_in_the_text_wins_over_options()
    {
        var doc = MinuteParser.Parse(Seeds.Bytes(Seeds.Melton), new ParseOptions { Council = "Another Council" });

        Assert.Equal("Melton Borough Council", doc.Council);
    }

    [Theory]
    [InlineData("London Borough of Croydon", "London Borough of Croydon")]
    [InlineData("Welcome to the Royal Borough of Kingston upon Thames", "Royal Borough of Kingston upon Thames")]
    [InlineData("A Kent County Council website", "Kent County Council")]
    [InlineData("Oldham Metropolitan Borough Council", "Oldham Metropolitan Borough Council")]
    [InlineData("Brighton and Hove City Council", "Brighton and Hove City Council")]
    [InlineData("Cyngor Gwynedd", "Cyngor Gwynedd")]
    [InlineData("Wiltshire Council", "Wiltshire Council")]
    public void Council_is_read_from_its_name_in_the_text(string line, string council)
    {
        var doc = Parse($"{line}\n\nAgenda item\n\nParks\n\nMinutes:\n\nDiscussed.");

        Assert.Equal(council, doc.Council);
    }

    [Theory]
    [InlineData("The Croydon digital service was praised.")]
    [InlineData("The best outcomes for Oxfordshire’s communities.")]
    [InlineData("The Borough Council agreed to work with the Leader of the Council.")]
    [InlineData("Croydon was named Digital Council of the Year.")]
    public void A_place_name_alone_is_never_taken_as_the_council(string sentence)
    {
        var doc = Parse($"Agenda item\n\nParks\n\nMinutes:\n\n{sentence}");

        Assert.Null(doc.Council);
        Assert.Contains(doc.Warnings, w => w.Contains("names no council", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Councillor Oliver Lewis arrived at 19.08.", "Oliver Lewis", AttendanceEvent.Arrived, "19:08")]
    [InlineData("Cllr Jane Smith left the meeting at 8.15pm.", "Jane Smith", AttendanceEvent.Left, "20:15")]
    [InlineData("Councillor Brown left the meeting.", "Brown", AttendanceEvent.Left, null)]
    [InlineData("The Director and Councillor Sheldon here left the meeting", "Sheldon", AttendanceEvent.Left, null)]
    public void Arrivals_and_departures_are_recorded(string sentence, string name, AttendanceEvent evt, string? time)
    {
        var doc = Parse($"Agenda item\n\nParks\n\nMinutes:\n\n{sentence}");

        Assert.Equal([new ParsedAttendance(name, evt, time)], doc.Attendance);
        Assert.Contains(doc.People, p => p.Name == name && p.Role == PersonRole.Councillor);
    }

    [Fact]
    public void Several_members_leaving_together_are_each_recorded()
    {
        var doc = Parse("Agenda item\n\nParks\n\nMinutes:\n\nCouncillors Smith, Jones and Patel left the meeting at 21:00.");

        Assert.Equal(["Smith", "Jones", "Patel"], doc.Attendance.Select(a => a.Name));
        Assert.All(doc.Attendance, a => Assert.Equal("21:00", a.Time));
    }

    [Theory]
    [InlineData("All recommendations were moved by Councillor Orson and Councillor Greenow seconded.", "Orson", "Greenow")]
    [InlineData("Moved by Cllr Ann Smith, seconded by Cllr Jones.", "Ann Smith", "Jones")]
    [InlineData("Councillor Patel moved the motion and Councillor Khan seconded it.", "Patel", "Khan")]
    public void Mover_and_seconder_are_recorded_without_honorifics(string sentence, string mover, string seconder)
    {
        var doc = Parse($"Agenda item\n\nParks\n\nMinutes:\n\n{sentence}");

        var vote = Assert.Single(doc.Votes);
        Assert.Equal(mover, vote.MovedBy);
        Assert.Equal(seconder, vote.SecondedBy);
    }

    [Fact]
    public void Unanimous_vote_is_carried()
    {
        var doc = Parse("Agenda item\n\nParks\n\nMinutes:\n\nAll Members were unanimously in favour.");

        Assert.Equal([new ParsedVote { Outcome = VoteOutcome.Carried, Unanimous = true }], doc.Votes);
    }

    [Theory]
    [InlineData("For: 7, Against: 2, Abstentions: 1", null, 7, 2, 1)]
    [InlineData("The motion was carried (7 for, 2 against).", VoteOutcome.Carried, 7, 2, null)]
    [InlineData("On being put to the vote the amendment was lost, 3 for and 9 against.", VoteOutcome.Lost, 3, 9, null)]
    public void Vote_counts_and_outcomes_are_read(string sentence, VoteOutcome? outcome, int? votesFor, int? against, int? abstained)
    {
        var doc = Parse($"Agenda item\n\nParks\n\nMinutes:\n\n{sentence}");

        Assert.Equal([new ParsedVote { Outcome = outcome, For = votesFor, Against = against, Abstained = abstained }], doc.Votes);
    }

    [Fact]
    public void Mover_and_result_in_following_paragraphs_make_one_vote()
    {
        var doc = Parse("Agenda item\n\nParks\n\nMinutes:\n\nMoved by Cllr Smith, seconded by Cllr Jones.\n\nFor: 7, Against: 2, Abstentions: 1");

        Assert.Equal([new ParsedVote { For = 7, Against = 2, Abstained = 1, MovedBy = "Smith", SecondedBy = "Jones" }], doc.Votes);
    }

    [Fact]
    public void Exempt_session_note_stays_a_minute_and_adds_a_warning()
    {
        var doc = Parse("Agenda item\n\nParks\n\nMinutes:\n\n(The discussion here went into exempt session.)", council: "Testshire County Council");

        Assert.Equal([new ParsedMinute(null, "(The discussion here went into exempt session.)")], doc.Minutes);
        Assert.Contains("exempt", Assert.Single(doc.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void Officer_field_gives_an_officer_with_title_and_contact_details_stay_in_extras()
    {
        var doc = Parse("Agenda item\n\nParks\n\nOfficer: Jane Smith, Head of Planning\n\nContact: Mr Tom Brown, Parks Manager Tel: 01234 567890 Email: tom.brown@example.gov.uk");

        Assert.Equal(
            [new ParsedPerson("Jane Smith", PersonRole.Officer, "Head of Planning"), new ParsedPerson("Tom Brown", PersonRole.Officer, "Parks Manager")],
            doc.People);
        Assert.Equal("Mr Tom Brown, Parks Manager Tel: 01234 567890 Email: tom.brown@example.gov.uk", doc.Extras["Contact"]);
        Assert.False(doc.Extras.ContainsKey("Officer"));
    }

    [Fact]
    public void People_are_listed_once_without_honorifics()
    {
        var doc = Parse("Agenda item\n\nParks\n\nMinutes:\n\nCouncillor Mark Lygo, Shadow Cabinet Member for Parks asked a question. Councillor Lygo then asked another. Cllr. Lygo thanked officers.");

        Assert.Equal([new ParsedPerson("Mark Lygo", PersonRole.Councillor, "Shadow Cabinet Member for Parks")], doc.People);
    }
}
