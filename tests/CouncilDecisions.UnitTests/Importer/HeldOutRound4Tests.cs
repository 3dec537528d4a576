using CouncilDecisions.Importer.Parsing;

namespace CouncilDecisions.UnitTests.Importer;

// Shapes seen on held-out ModernGov pages (round 4); every fragment here is written for the test.
public class HeldOutRound4Tests
{
    private static ParsedDocument Parse(string text) => MinuteParser.Parse(text, new ParseOptions { Council = "Testshire County Council" });

    [Fact]
    public void Welsh_template_labels_fill_the_decision_fields()
    {
        var doc = Parse("""
            Manylion y penderfyniad

            Ffordd Newydd i'r Ysgol

            Y sawl sy'n gwneud penderfyniad: Cabinet

            Statws: Argymhellion Cymeradwy

            Is KeyPenderfyniad?: Ydy

            yn amodol ar gael ei alw i mewn?: Na

            Diben:

            Cytuno ar y llwybr newydd.

            Penderfyniad:

            PENDERFYNWYD: cymeradwyo'r llwybr.

            Penderfynwyd yn y Cyfarfod: 12/03/2021 - Cabinet

            Dogfennau Cefnogol:
            """);

        Assert.Equal(DocumentKind.DecisionDetails, doc.Kind);
        Assert.Equal("Cabinet", doc.Decision!.Maker);
        Assert.Equal("Argymhellion Cymeradwy", doc.Decision.Status);
        Assert.True(doc.Decision.KeyDecision);
        Assert.False(doc.Decision.SubjectToCallIn);
        Assert.Equal("Cytuno ar y llwybr newydd.", doc.Decision.Purpose);
        Assert.Equal([new ParsedLabelledText(null, "cymeradwyo'r llwybr.")], doc.Resolutions);
        Assert.Equal(new ParsedMeeting(new DateOnly(2021, 3, 12), "Cabinet", null), doc.Meeting);
        Assert.Equal("", doc.Extras["Dogfennau Cefnogol"]);
    }

    [Fact]
    public void Welsh_key_decision_label_run_together_is_the_key_decision()
    {
        var doc = Parse("Manylion y penderfyniad\n\nCau Ffordd\n\nIs AllweddolPenderfyniad?: Na\n\nStatws Penderfyniad : Argymhellion wedi cymeradwyo");

        Assert.False(doc.Decision!.KeyDecision);
        Assert.False(doc.Extras.ContainsKey("Is AllweddolPenderfyniad?"));
    }

    [Fact]
    public void Note_in_brackets_after_the_lead_in_is_not_a_resolution()
    {
        var doc = Parse("""
            Issue - decisions

            Fees and Charges

            03/03/2022 - Fees and Charges 2022/23

            AGREED (with 20 votes for and 3 against) that:

            (a) the fees be approved; and

            (b) the charges be reviewed next year.
            """);

        Assert.Equal(
            [
                new ParsedLabelledText("(a)", "the fees be approved; and"),
                new ParsedLabelledText("(b)", "the charges be reviewed next year."),
            ],
            doc.Resolutions);
        Assert.Equal(20, doc.Votes.Single().For);
    }

    [Fact]
    public void Kinds_of_council_joined_by_and_name_no_council()
    {
        var doc = MinuteParser.Parse("""
            Agenda item

            Council Tax Setting

            RESOLVED – that a budget including Special Expenses and Parish Council precepts of £1,234 be approved.
            """);

        Assert.Null(doc.Council);
    }

    [Fact]
    public void Mover_named_before_the_seconder_in_one_clause()
    {
        var doc = Parse("""
            Agenda item

            Procedural Motion

            Minutes:

            Councillor Ann Hale, seconded by Councillor Raj Patel, moved that the order of business be changed.

            The motion was put to the vote and declared to be carried.
            """);

        var vote = Assert.Single(doc.Votes);
        Assert.Equal("Ann Hale", vote.MovedBy);
        Assert.Equal("Raj Patel", vote.SecondedBy);
        Assert.Equal(VoteOutcome.Carried, vote.Outcome);
    }

    [Fact]
    public void On_a_motion_by_names_the_mover()
    {
        var doc = Parse("""
            Agenda item

            Capital Strategy

            Minutes:

            On a motion by Councillor Jo Bell, seconded by Councillor Sam Ince, it was –

            Resolved – That the capital strategy be approved.
            """);

        Assert.Equal("Jo Bell", doc.Votes.Single().MovedBy);
        Assert.Equal("Sam Ince", doc.Votes.Single().SecondedBy);
    }

    [Fact]
    public void The_chairs_office_moving_first_is_the_mover()
    {
        var doc = Parse("Agenda item\n\nBudget\n\nMinutes:\n\nThe Leader MOVED, seconded by Councillor P Orr:\n\nThat the budget be adopted.");

        Assert.Equal("Leader", doc.Votes.Single().MovedBy);
        Assert.Equal("P Orr", doc.Votes.Single().SecondedBy);
    }

    [Fact]
    public void Declared_the_proposition_carried_is_the_outcome()
    {
        var doc = Parse("""
            Agenda item

            Treasury Strategy

            Minutes:

            The recommendations were moved by Councillor Dunn and seconded by Councillor Kerr.

            On being put to the vote the Mayor declared the proposition clearly carried.
            """);

        var vote = Assert.Single(doc.Votes);
        Assert.Equal(VoteOutcome.Carried, vote.Outcome);
        Assert.Equal("Dunn", vote.MovedBy);
    }

    [Fact]
    public void Work_carried_out_is_not_a_vote()
    {
        var doc = Parse("Agenda item\n\nVerge Cutting\n\nMinutes:\n\nThe Committee noted that a review of verge cutting had been carried out over the summer.");

        Assert.Empty(doc.Votes);
    }

    [Fact]
    public void Courtesy_title_after_the_honorific_is_not_the_name_even_with_a_dot()
    {
        var doc = Parse("""
            Agenda item

            Procedural Motion

            Minutes:

            The following motion was moved by Councillor Mrs. H. Scott, and seconded by Cllr Mrs M E Squires:

            That the rules be suspended.
            """);

        Assert.Equal(["H. Scott", "M E Squires"], doc.People.Select(p => p.Name));
        Assert.Equal("H. Scott", doc.Votes.Single().MovedBy);
        Assert.Equal("M E Squires", doc.Votes.Single().SecondedBy);
    }

    [Fact]
    public void Dotted_initials_do_not_end_the_attendance_clause()
    {
        var doc = Parse("Agenda item\n\nLocal Plan\n\nMinutes:\n\nCouncillor S. P. Douglas left the meeting at 8.15pm.");

        Assert.Equal([new ParsedAttendance("S. P. Douglas", AttendanceEvent.Left, "20:15")], doc.Attendance);
    }

    [Fact]
    public void Result_naming_the_motion_joins_a_mover_more_than_three_paragraphs_before()
    {
        var doc = Parse("""
            Agenda item

            Revised Budget

            Minutes:

            The Leader MOVED, seconded by Councillor A Wood:

            That the recommendations of the Cabinet be adopted.

            A roll call of Members present was taken.

            Those voting FOR: Councillors Amos, Bright, Cole.

            Those ABSTAINING: None

            The MOTION was declared to have been CARRIED.
            """);

        var vote = Assert.Single(doc.Votes);
        Assert.Equal("Leader", vote.MovedBy);
        Assert.Equal(VoteOutcome.Carried, vote.Outcome);
    }

    [Fact]
    public void Officer_named_mid_sentence_with_a_title()
    {
        var doc = Parse("""
            Agenda item

            Housing Update

            Minutes:

            The item was introduced by Priya Nair, Head of Housing Services, who outlined the waiting list figures.
            """);

        Assert.Equal([new ParsedPerson("Priya Nair", PersonRole.Officer, "Head of Housing Services")], doc.People);
    }

    [Fact]
    public void More_minute_openings_start_the_minutes_without_their_label()
    {
        var doc = Parse("""
            Agenda item

            Urgent Business

            To consider any urgent business.

            There were no items of urgent business.

            A Member asked when the pavilion would reopen.

            Pavilion Works – The Chairman reported that the contractor had been appointed.

            Dana Cole, Parks Manager, gave an update on the works.
            """);

        Assert.Equal("To consider any urgent business.", doc.Decision!.Purpose);
        Assert.Equal(
            [
                "There were no items of urgent business.",
                "A Member asked when the pavilion would reopen.",
                "Pavilion Works – The Chairman reported that the contractor had been appointed.",
                "Dana Cole, Parks Manager, gave an update on the works.",
            ],
            doc.Minutes.Select(m => m.Text));
    }

    [Fact]
    public void Closing_that_sentence_of_unlabelled_minutes_is_a_resolution()
    {
        var doc = Parse("""
            Agenda item

            Committee Vacancies

            The Minutes of the last meeting were agreed as a correct record.

            A Member asked about the vacant seats on the Committee.

            That the filling of the vacant seats be pursued as a priority.

            Supporting documents:
            """);

        Assert.Equal([new ParsedLabelledText(null, "That the filling of the vacant seats be pursued as a priority.")], doc.Resolutions);
        Assert.Equal(2, doc.Minutes.Count);
    }

    [Fact]
    public void Numbered_that_items_after_an_unlabelled_vote_are_resolutions()
    {
        var doc = Parse("""
            Agenda item

            Prudential Indicators

            Council considered a report of Cabinet on the prudential indicators.

            On being put to the vote the proposition was carried.

            (1) That the indicators be approved.

            (2) That the strategy be noted.
            """);

        Assert.Equal(
            [new ParsedLabelledText("1", "That the indicators be approved."), new ParsedLabelledText("2", "That the strategy be noted.")],
            doc.Resolutions);
    }

    [Fact]
    public void A_quoted_motion_after_a_colon_is_not_a_resolution()
    {
        var doc = Parse("""
            Agenda item

            Motion on Libraries

            The Chairman reported that a motion had been received.

            The following motion was moved by Councillor Ray Lee:

            That this Council be committed to keeping every library open.
            """);

        Assert.Empty(doc.Resolutions);
    }

    [Fact]
    public void Text_after_an_empty_documents_label_is_the_minutes()
    {
        var doc = Parse("""
            Issue - meetings

            Pay Policy

            Meeting: 02/03/2023 - Council (Item 9)

            9 Pay Policy pdf icon PDF 90 KB

            To approve the pay policy statement.

            Additional documents:

            The fourth item for approval was the pay policy statement.
            """);

        Assert.Equal("To approve the pay policy statement.", doc.Decision!.Purpose);
        Assert.Equal("", doc.Extras["Additional documents"]);
        Assert.Equal([new ParsedMinute(null, "The fourth item for approval was the pay policy statement.")], doc.Minutes);
    }

    [Fact]
    public void Recommendation_printed_twice_is_kept_once()
    {
        var doc = Parse("""
            Issue - meetings

            Pay Policy

            Meeting: 01/02/2023 - Cabinet (Item 4)

            4 Pay Policy pdf icon PDF 90 KB

            Additional documents:

            RECOMMENDED to Council that the pay policy be approved.

            Cabinet considered the report.

            RECOMMENDED to Council that the pay policy be approved.
            """);

        Assert.Equal([new ParsedLabelledText(null, "to Council that the pay policy be approved.")], doc.Recommendations);
    }

    [Fact]
    public void Short_words_after_resolved_introduce_the_items_that_follow()
    {
        var doc = Parse("""
            Agenda item

            Budget 2024/25

            Minutes:

            RESOLVED that the Council

            a) approves the revenue budget; and

            b) agrees the capital strategy.
            """);

        Assert.Equal(
            [new ParsedLabelledText("a)", "approves the revenue budget; and"), new ParsedLabelledText("b)", "agrees the capital strategy.")],
            doc.Resolutions);
    }

    [Fact]
    public void Numbered_agenda_lines_before_the_minutes_label_are_not_minutes()
    {
        var doc = Parse("""
            Agenda item

            Applications Arising

            7.1 21C58H – Parc Farm, Llan

            7.2 23C28F – Ty Mawr, Capel

            Minutes:

            7.1 21C58H – The application was deferred.
            """);

        Assert.Equal("7.1 21C58H – Parc Farm, Llan\n\n7.2 23C28F – Ty Mawr, Capel", doc.Decision!.Purpose);
        Assert.Equal([new ParsedMinute("7.1", "21C58H – The application was deferred.")], doc.Minutes);
    }

    [Fact]
    public void Issue_decisions_title_line_is_not_also_the_purpose()
    {
        var doc = Parse("""
            Issue - decisions

            To authorise the Head of Legal Services to make a diversion order for footpath 12.

            05/05/2024 - To authorise the Head of Legal Services to make a diversion order for footpath 12.

            To authorise the Head of Legal Services to make a diversion order for footpath 12.
            """);

        Assert.Equal("To authorise the Head of Legal Services to make a diversion order for footpath 12.", doc.Title);
        Assert.Null(doc.Decision!.Purpose);
        Assert.Equal("To authorise the Head of Legal Services to make a diversion order for footpath 12.", doc.Decision.Text);
    }

    [Fact]
    public void Clock_time_heading_a_minute_is_not_its_number()
    {
        var doc = Parse("Agenda item\n\nUrgent Business\n\nMinutes:\n\n12.59 - Members agreed to extend the meeting.");

        Assert.Equal([new ParsedMinute(null, "12.59 - Members agreed to extend the meeting.")], doc.Minutes);
    }

    [Fact]
    public void Resolution_broken_over_two_paragraphs_is_joined()
    {
        var doc = Parse("Agenda item\n\nMinutes\n\nMinutes:\n\nResolved – That the minutes of the meeting held on 4 May be\n\nagreed as a correct record.");

        Assert.Equal([new ParsedLabelledText(null, "the minutes of the meeting held on 4 May be agreed as a correct record.")], doc.Resolutions);
        Assert.Empty(doc.Minutes);
    }

    [Fact]
    public void Saying_the_public_was_not_excluded_is_no_exempt_session()
    {
        var doc = Parse("""
            Agenda item

            Minutes

            Minutes:

            The Chairman said the member had not asked that the public be excluded so that the exempt business could be discussed.
            """);

        Assert.DoesNotContain(doc.Warnings, w => w.Contains("exempt", StringComparison.Ordinal));
    }

    [Fact]
    public void Cabinet_members_I_agree_to_list_is_a_decision_without_a_heading()
    {
        var doc = Parse("""
            As Cabinet Member for Waste, I agree to:

            (i) ADOPT the revised recycling policy; and

            (ii) To DELEGATE authority to the Director of Environment to implement it.
            """);

        Assert.Equal(DocumentKind.DecisionDetails, doc.Kind);
        Assert.Equal(
            [
                new ParsedLabelledText("(i)", "ADOPT the revised recycling policy; and"),
                new ParsedLabelledText("(ii)", "To DELEGATE authority to the Director of Environment to implement it."),
            ],
            doc.Resolutions);
    }

    [Fact]
    public void Headingless_dotted_minutes_reporting_the_meeting_are_an_agenda_item()
    {
        var doc = Parse("""
            To approve the minutes of the last meeting.

            12.1 The minutes of the meeting held on 2 May were approved as a correct record.

            12.2 The Mayor signed the minutes.
            """);

        Assert.Equal(DocumentKind.AgendaItem, doc.Kind);
        Assert.Equal(["12.1", "12.2"], doc.Minutes.Select(m => m.Number));
    }

    [Fact]
    public void Numbered_minute_narrative_starts_the_minutes()
    {
        var doc = Parse("""
            Agenda item

            Chair's Business

            To receive the Chair's business.

            1. Sam Reid, Lead Officer, has met the chairs of the neighbouring boards.

            2. The Board received a letter of resignation from one of its members.
            """);

        Assert.Equal("To receive the Chair's business.", doc.Decision!.Purpose);
        Assert.Equal(2, doc.Minutes.Count);
    }

    [Fact]
    public void Introduction_ending_in_a_colon_is_not_a_resolution_when_items_follow()
    {
        var doc = Parse("""
            Agenda item

            Council Tax 2024/25

            Minutes:

            RESOLVED – in accordance with the Local Government Finance Act 1992:

            (i) a budget requirement of £9,000,000 be approved;

            (ii) a Band D Council Tax of £96.00 be approved.
            """);

        Assert.Equal(["(i)", "(ii)"], doc.Resolutions.Select(r => r.Label));
    }

    [Fact]
    public void Resolution_with_its_own_verb_before_the_items_is_kept()
    {
        var doc = Parse("""
            Agenda item

            Planning Application 24/0001

            Minutes:

            RESOLVED – that the application be approved subject to the following conditions:

            (a) the hours of work be limited; and

            (b) the access be surfaced.
            """);

        Assert.Equal([null, "(a)", "(b)"], doc.Resolutions.Select(r => r.Label));
    }

    [Fact]
    public void Bullets_after_a_resolution_ending_in_a_colon_finish_it()
    {
        var doc = Parse("""
            Decision details

            New School

            Decision:

            RESOLVED: that statutory notice be published by the Director of Education to:

            · establish a new primary school from September; and

            · close the infant school in August.

            Publication date: 03/02/2020
            """);

        Assert.Equal(
            [new ParsedLabelledText(null, "statutory notice be published by the Director of Education to:\n\n· establish a new primary school from September; and\n\n· close the infant school in August.")],
            doc.Resolutions);
    }

    [Fact]
    public void Bullets_after_a_short_introduction_are_one_resolution_each()
    {
        var doc = Parse("""
            Agenda item

            Budget Monitoring

            Minutes:

            RESOLVED: That Cabinet:

            · notes the forecast overspend; and

            · approves the recovery plan.
            """);

        Assert.Equal(
            [new ParsedLabelledText(null, "notes the forecast overspend; and"), new ParsedLabelledText(null, "approves the recovery plan.")],
            doc.Resolutions);
    }

    [Fact]
    public void Agenda_description_in_the_title_place_is_the_purpose()
    {
        var doc = Parse("Agenda item\n\nThe Board to receive the Carers Strategy.\n\nMinutes:\n\nThe strategy was noted.");

        Assert.Null(doc.Title);
        Assert.Equal("The Board to receive the Carers Strategy.", doc.Decision!.Purpose);
    }

    [Fact]
    public void Dated_decision_taken_by_note_is_an_extra_not_decision_text()
    {
        var doc = Parse("""
            Issue - decisions

            Park Lane Crossing

            12/02/2015 - Park Lane Crossing

            Decision taken by the Cabinet Member on: 9 February 2015

            That the crossing be built.
            """);

        Assert.Equal("9 February 2015", doc.Extras["Decision taken by the Cabinet Member on"]);
        Assert.Equal("That the crossing be built.", doc.Decision!.Text);
    }

    [Fact]
    public void Mover_printed_in_capitals_after_the_name()
    {
        var doc = Parse("Agenda item\n\nBudget\n\nMinutes:\n\nCllr C J Eden MOVED an AMENDMENT, seconded by Cllr Mrs M E Sykes:");

        Assert.Equal("C J Eden", doc.Votes.Single().MovedBy);
        Assert.Equal("M E Sykes", doc.Votes.Single().SecondedBy);
    }

    [Fact]
    public void Lower_case_committee_reporting_what_it_did_starts_the_minutes()
    {
        var doc = Parse("Agenda item\n\nVenues\n\nThe committee is to discuss venues.\n\nThe committee discussed the venues and agreed to keep the Town Hall.");

        Assert.Equal("The committee is to discuss venues.", doc.Decision!.Purpose);
        Assert.Equal([new ParsedMinute(null, "The committee discussed the venues and agreed to keep the Town Hall.")], doc.Minutes);
    }

    [Fact]
    public void An_officer_informing_the_committee_starts_the_minutes()
    {
        var doc = Parse("""
            Agenda item

            Minutes of the Last Meeting

            The Director of Parks & Open Spaces informed the committee that the applicant had written to all Members.

            There were apologies for lateness from Councillor Ivy Shaw.
            """);

        Assert.Null(doc.Decision?.Purpose);
        Assert.Equal(2, doc.Minutes.Count);
    }

    [Fact]
    public void Far_result_on_an_amendment_does_not_join_the_motion()
    {
        var doc = Parse("""
            Agenda item

            Land Acquisition

            Minutes:

            Councillor Hall presented the report and moved the recommendation.

            Councillor Ross seconded the proposal.

            Members asked a number of questions.

            Councillor Hall replied to the debate.

            The Chairman invited members to move to the vote.

            A vote was taken on the amendment, which was not carried.
            """);

        Assert.Equal(2, doc.Votes.Count);
        Assert.Null(doc.Votes[0].Outcome);
        Assert.Equal(VoteOutcome.Lost, doc.Votes[1].Outcome);
    }
}
