using System.Buffers;
using System.Text.RegularExpressions;

namespace CouncilDecisions.Importer.Parsing;

/// <summary>
/// Walks the paragraphs of a recognised page once, filling fields by label and section. One instance per parse.
/// </summary>
internal sealed partial class DocumentBuilder(DocumentKind kind, ParseOptions options)
{
    private const int RichScanLimit = 10_000;

    private static readonly SearchValues<string> ExemptWords = SearchValues.Create(["exempt", "exclusion", "private session"], StringComparison.OrdinalIgnoreCase);

    private readonly List<string> _warnings = [];
    private readonly OrderedDictionary<string, string> _extras = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _extraSuffixes = new(StringComparer.Ordinal);
    private readonly List<ParsedMeeting> _meetings = [];
    private readonly List<string> _body = [];
    private readonly List<string> _purpose = [];
    private readonly List<string> _decisionText = [];
    private readonly List<string> _reasons = [];
    private readonly List<string> _alternatives = [];
    private readonly List<string> _conflicts = [];
    private readonly List<string> _scrutiny = [];
    private readonly List<string> _extraParagraphs = [];
    private readonly List<ParsedLabelledText> _recommendations = [];
    private readonly List<ParsedLabelledText> _resolutions = [];
    private readonly List<ParsedScrutinyComment> _scrutinyComments = [];
    private readonly List<ParsedMinute> _minutes = [];
    private readonly List<PersonEntry> _people = [];
    private readonly List<ParsedAttendance> _attendance = [];
    private readonly List<ParsedVote> _votes = [];

    private string? _title;
    private string? _titleItemNumber;
    private string? _maker;
    private string? _status;
    private bool? _keyDecision;
    private bool? _keyFromDecisionType;
    private bool? _callIn;
    private bool _callInFromField;
    private DateOnly? _date;
    private DateOnly? _publicationDate;

    private Section _section = Section.Body;
    private string? _extraLabel;
    private (Field Field, string Label)? _pendingScalar;
    private ListMode _listMode;
    private bool _leadInWaiting;
    private bool _expectItemLine;
    private ScrutinyCommentKind _scrutinyKind = ScrutinyCommentKind.Comment;
    private bool _exemptNoted;
    private string? _bareMinuteNumber;
    private bool _bodyDecisions;
    private bool _decisionFromDateLine;
    private bool _decisionHeadingLate;

    // Inside decision text, after "Steps considered:" or "The options available were:": the items are the choices
    // the decision maker had, not what it decided.
    private bool _optionsListed;
    private bool _longParagraphNoted;
    private bool _hasMinutesLabel;
    private bool _hasDecisionLabel;
    private VoteEvidence? _openVote;
    private int _openVoteAt;
    private int? _tallyFor;
    private int? _tallyAgainst;
    private int? _tallyAbstained;
    private int _tallyAt = -1;
    private int _lastVoteAt = -100;
    private Dictionary<string, int>? _voteParagraphs;
    private int _index;
    private string _previous = string.Empty;
    private string _next = string.Empty;
    private string? _shortLeadIn;
    private bool _resultNamesMotion;
    private bool _takingBullets;
    private bool _bulletItems;
    private string? _peopleBlock;

    private enum Section
    {
        Body,
        Purpose,
        DecisionText,
        Reasons,
        Alternatives,
        Scrutiny,
        Conflicts,
        Minutes,
        Recommendations,
        Extra,
    }

    private enum ListMode
    {
        None,
        Resolutions,
        Recommendations,
    }

    /// <summary>Adds a warning shown with the document.</summary>
    public void Warn(string warning) => _warnings.Add(warning);

    /// <summary>Sets the title found before the body.</summary>
    public void SetTitle(string? title)
    {
        if (title is null)
        {
            _title = null;
            return;
        }

        // "Pension Fund Governance Arrangements (Agenda item 8)": the number is the item's, not part of its name.
        if (title.EndsWith(')') && TitleItemSuffix().Match(title) is { Success: true } suffix)
        {
            _titleItemNumber = suffix.Groups["n"].Value;
            title = title[..suffix.Index];
        }
        else if (char.IsAsciiDigit(title[0]) && EndsWithFileNote(title) && ItemLine().Match(StripItemNoise(title)) is { Success: true } line
            && char.IsUpper(line.Groups["t"].Value[0]))
        {
            // A page copied without its heading starts at the item line: "9 Schedule for … PDF 373 KB".
            _titleItemNumber = line.Groups["n"].Value;
            title = line.Groups["t"].Value;
        }

        _title = StripItemNoise(title);
    }

    /// <summary>Reads the body paragraphs (everything after the heading and title).</summary>
    public void Read(IReadOnlyList<string> paragraphs, int start)
    {
        (_hasMinutesLabel, _hasDecisionLabel) = FindSectionLabels(paragraphs, start, kind == DocumentKind.DecisionDetails);
        for (_index = start; _index < paragraphs.Count; _index++)
        {
            var paragraph = paragraphs[_index];
            if (paragraph.Length <= 3 && !paragraph.AsSpan().ContainsAnyExcept(NoiseMarks))
            {
                // A table's cell border ("|") or a lone dash left by copying a page: no content, so no minute.
                continue;
            }

            if (paragraph[^1] == '}' && TemplateDebris().IsMatch(paragraph))
            {
                // "… Internal audit charter 23/24{sidenav}{content}": the site's template placeholders, copied with a
                // scrap of its menu; nothing of the item.
                continue;
            }

            _next = _index + 1 < paragraphs.Count ? paragraphs[_index + 1] : string.Empty;
            if (paragraph.Length < 20 && _index + 1 < paragraphs.Count && IsBrokenLeadIn(paragraph, paragraphs[_index + 1]))
            {
                // "It was" then "RESOLVED" on the next line: one lead-in broken in copying, not a minute.
                KeepInSectionText(paragraph);
                _previous = paragraph;
                continue;
            }

            ScanPeopleAndVotes(paragraph);
            Handle(paragraph);
            _previous = paragraph;
        }

        CloseSection();
        if (FlushTally(null) is { } tally)
        {
            AddVoteEvidence(tally, _tallyAt);
        }

        CloseVote();
    }

    private static readonly System.Buffers.SearchValues<char> NoiseMarks = System.Buffers.SearchValues.Create("|-\u2013\u2014*:;,. ");

    private static bool IsBrokenLeadIn(string paragraph, string next) =>
        BrokenLeadIn().IsMatch(paragraph) && next.Length > 0 && next[0] is 'R' or 'A' or 'D' or 'r' && ListItems.TryReadResolutionLeadIn(next, out _);

    /// <summary>Builds the document; the council comes from the text, else the options, else null with a warning.</summary>
    public ParsedDocument Build(string? council)
    {
        council ??= string.IsNullOrWhiteSpace(options.Council) ? null : options.Council.Trim();
        if (council is null)
        {
            _warnings.Add("The text names no council (such as \"Melton Borough Council\"); council left empty. Pass --council to set one.");
        }

        if (_purpose.Count == 0)
        {
            _purpose.AddRange(_body);
        }
        else if (_body.Count > 0)
        {
            AddExtra("Other text", TextTools.Join(_body)!);
        }

        var meetings = _meetings.OrderByDescending(m => m.Date ?? DateOnly.MinValue).ToList();
        if (_titleItemNumber is not null)
        {
            // The title's item number stands when no meeting line gave one.
            if (meetings.Count == 0)
            {
                meetings.Add(new ParsedMeeting(null, null, _titleItemNumber));
            }
            else if (meetings[0].ItemNumber is null)
            {
                meetings[0] = meetings[0] with { ItemNumber = _titleItemNumber };
            }
        }
        var decision = new ParsedDecision
        {
            Maker = _maker,
            Status = _status,
            KeyDecision = _keyDecision ?? _keyFromDecisionType,
            SubjectToCallIn = _callIn,
            Date = _date,
            PublicationDate = _publicationDate,
            // An issue page repeats the item's description under each meeting line: once is enough.
            Purpose = TextTools.Join(DropRepeatedSentences(_purpose)),
            Text = TextTools.Join(_decisionText),
            Reasons = TextTools.Join(_reasons),
            Alternatives = TextTools.Join(_alternatives),
            ConflictsOfInterest = TextTools.Join(_conflicts),
        };

        return new ParsedDocument
        {
            Kind = kind,
            Council = council,
            Title = _title,
            Meeting = meetings.FirstOrDefault(),
            Meetings = meetings.Count > 1 ? meetings : [],
            Decision = decision == new ParsedDecision() ? null : decision,
            Recommendations = _recommendations,
            Resolutions = _resolutions,
            ScrutinyComments = _scrutinyComments,
            Minutes = _minutes,
            People = MergePeople(),
            Attendance = _attendance,
            Votes = _votes,
            Extras = _extras,
            Warnings = _warnings,
        };
    }

    /// <summary>
    /// An issue page repeats the item's description under each meeting line: a sentence once is enough. A short line
    /// without a full stop ("Haworth, Keighley (Approve)", the second line of two sites in one town) may repeat in a list.
    /// </summary>
    private static List<string> DropRepeatedSentences(List<string> paragraphs)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var kept = new List<string>(paragraphs.Count);
        foreach (var paragraph in paragraphs)
        {
            if (seen.Add(paragraph) || (paragraph.Length < 60 && paragraph[^1] != '.'))
            {
                kept.Add(paragraph);
            }
        }

        return kept;
    }

    private void Handle(string paragraph)
    {
        if (IsWidget(paragraph))
        {
            return;
        }

        if (paragraph.Length < 250 && paragraph[0] is '\u2022' or 'M' && _section is Section.Body or Section.Purpose && TryMeetingOfLine(paragraph))
        {
            return;
        }

        if (_section == Section.Extra && _extraParagraphs.Count == 0 && kind is DocumentKind.AgendaItem or DocumentKind.IssueMeetings
            && IsDocumentsLabel(_extraLabel) && !EndsWithFileNote(paragraph))
        {
            // The documents' links are lost in copying, so "Additional documents:" has no value here: what follows it
            // is the item's decision or minutes, printed without their labels.
            CloseSection();
            if (!_hasMinutesLabel)
            {
                _section = Section.Minutes;
            }
        }

        if (paragraph[0] == '[' && IsCallInNote(paragraph, out var noteCallIn))
        {
            // "[This matter … is not subject to the call-in procedure.]": a note on the decision, not part of the
            // section above it.
            _callIn ??= noteCallIn;
            return;
        }

        if (VoteFinder.TryReadTallyLine(paragraph, out _, out _))
        {
            // "For: 26" on its own line is a count of the vote (see ScanPeopleAndVotes), not a label.
            if (_section == Section.Minutes)
            {
                AddMinute(paragraph);
            }

            return;
        }

        if (_expectItemLine && char.IsAsciiDigit(paragraph[0]) && TryItemLine(paragraph))
        {
            // "49 Overview and Scrutiny: Summary of Call-In Activity" is the item line, not a label.
            return;
        }

        var label = Labels.TryRead(paragraph, InTextSection);
        if (label is { Field: null, Value.Length: 0 } && _section is Section.DecisionText or Section.Recommendations
            && TextTools.WordCount(label.Printed) <= 3)
        {
            // "Cabinet:" after "Decision:" introduces the numbered decisions; it is not a label of its own.
            label = null;
        }
        if (label is { Field: null } && _section is Section.Alternatives or Section.Reasons or Section.DecisionText
            && TextTools.LabelKey(label.Printed) is "advantages" or "disadvantages" or "benefits" or "risks" or "pros" or "cons")
        {
            // "Advantages: …" / "Disadvantages: …" under an option describe that option; they are not labels of the page.
            label = null;
        }

        if (label is { Field: null, Value.Length: 0 } && IsSentenceBeforeList(label.Printed))
        {
            // "The sites concerned are:" in an agenda description introduces its list: a sentence, not a label.
            label = null;
        }

        if (_peopleBlock is { } block)
        {
            if (label is null && IsPeopleBlockLine(paragraph))
            {
                // "Membership: Councillor A (Chair)" then "Councillor B" and "Councillor C" on lines of their own: one block.
                _extras[block] = string.Concat(_extras[block], TextTools.ParagraphBreak, paragraph);
                return;
            }

            if (label is not { Value.Length: > 0 and < 80 })
            {
                _peopleBlock = null;
            }
        }

        if (_pendingScalar is { } pending && label is null)
        {
            _pendingScalar = null;
            _section = Section.Body;
            SetScalar(pending.Field, pending.Label, paragraph);
            return;
        }

        string? minuteNumber = null;
        if (ListItems.TryReadResolutionLeadIn(paragraph, out var resolvedRest)
            || (char.IsAsciiDigit(paragraph[0]) && ListItems.TryReadMinuteNumber(paragraph, out minuteNumber, out var numbered)
                && ListItems.TryReadResolutionLeadIn(numbered, out resolvedRest)))
        {
            // "1.4 RESOLVED: That ..." is a resolution under its minute number, which labels it.
            OpenDecisionTextOnDetailsPage();
            KeepInSectionText(paragraph);
            StartList(ListMode.Resolutions, resolvedRest, minuteNumber);
            return;
        }

        if (_section is Section.DecisionText or Section.Minutes && paragraph.Length > 30 && paragraph[0] is 'T' or 'C' or 'S' or 'P' or 'B' or 'E' or 'A' or 'F'
            && paragraph.AsSpan(0, Math.Min(paragraph.Length, 50)).Contains(" resolved to ", StringComparison.Ordinal)
            && BodyResolvedTo().Match(paragraph) is { Success: true } resolvedTo)
        {
            // "The Committee resolved to exclude the public …" opening a minute: the body's resolution in lower case, read
            // as "The Committee RESOLVED to …" is. (Only in the minutes or the decision: a summary's "The Council resolved
            // to declare …" is background.) The sentence stays a minute too: it is told as narrative.
            if (_section == Section.Minutes)
            {
                AddMinute(paragraph);
            }
            else
            {
                KeepInSectionText(paragraph);
            }

            StartList(ListMode.Resolutions, paragraph[resolvedTo.Length..]);
            return;
        }

        if (_section is Section.DecisionText or Section.Minutes && paragraph.Length > 40 && paragraph[^1] == 't' && EndsWithAgreedThat(paragraph)
            && StartsLowerCaseItem(_next))
        {
            // "The Cabinet considered the Strategy and agreed that" then "· the launch of the Strategy be noted;": a lead-in
            // without its colon; each bullet or item finishes the sentence and is one resolution.
            KeepInSectionText(paragraph);
            StartList(ListMode.Resolutions, string.Empty);
            return;
        }

        if (ListItems.TryReadRecommendationLeadIn(paragraph, out var recommendedRest))
        {
            KeepInSectionText(paragraph);
            StartList(ListMode.Recommendations, recommendedRest);
            return;
        }

        if (label is not null)
        {
            HandleLabel(label);
            return;
        }

        if (_listMode != ListMode.None)
        {
            if (ListItems.TryRead(paragraph, out var itemLabel, out var itemText) && !IsMotion(itemText) && !IsCapitalHeading(itemText))
            {
                if (RestartsAfterDecisions(itemLabel))
                {
                    EndList();
                    StartUnheadedReasons(paragraph);
                    return;
                }

                KeepInSectionText(paragraph);
                DropShortLeadIn();
                AddListItems(itemLabel, itemText);
                return;
            }

            if (ContinuesLastResolution(paragraph) || BulletOfLastResolution(paragraph) || CompletesResolutionEndingInColon(paragraph))
            {
                return;
            }

            var waiting = _leadInWaiting;
            var mode = _listMode;
            if (waiting && paragraph.Length is 11 or 13 && paragraph[0] == '(' && ListItems.IsUnanimousNote(paragraph))
            {
                // "RESOLVED:" then "(Unanimous)" on a line of its own, then the resolution: the note is the vote's.
                KeepInSectionText(paragraph);
                return;
            }

            if (waiting && ((paragraph.EndsWith(':') && paragraph.Length < 300) || IsBareIntroduction(paragraph)))
            {
                // "... and RESOLVED:" then "THAT the recommendations be adopted, namely:" then the items.
                KeepInSectionText(paragraph);
                return;
            }

            EndList();
            if (waiting)
            {
                // "RESOLVED:" on its own line, then the one resolution as a plain paragraph.
                KeepInSectionText(paragraph);
                AddLabelled(mode, null, paragraph);
                return;
            }
        }

        if (_expectItemLine && (TryItemLine(paragraph) || string.Equals(paragraph, _title, StringComparison.OrdinalIgnoreCase)
            || IsUnnumberedItemTitle(paragraph) || IsCutItemLine(paragraph) || IsItemNameAboveDescription(paragraph)))
        {
            // The item line, or the item's title repeated without its number.
            _expectItemLine = false;
            return;
        }

        _expectItemLine = false;
        // A decision page's labelled purpose may keep the report's paragraph numbers ("Purpose:" then "1.1 To approve …"),
        // and its decision may be the meeting's numbered narrative ("Decisions:" then "5.1 The officer presented …").
        if (_section is Section.Body or Section.Purpose or Section.DecisionText && !_hasMinutesLabel
            && !(_section is Section.Purpose or Section.DecisionText && kind == DocumentKind.DecisionDetails)
            && ListItems.TryReadMinuteNumber(paragraph, out _, out _) && LooksLikeMinuteOfThisItem(paragraph))
        {
            // Minutes printed without their "Minutes:" label.
            CloseSection();
            _section = Section.Minutes;
        }
        else if (!_hasMinutesLabel && kind is DocumentKind.AgendaItem or DocumentKind.IssueMeetings
            && (_section is Section.Body or Section.Purpose || (_section == Section.Extra && _extraParagraphs.Count == 0))
            && (MinuteProse.ReadsAsMinutes(paragraph, first: _body.Count == 0 && _purpose.Count == 0)
                || (paragraph.Length < 10 && PageMarker().IsMatch(paragraph) && MinuteProse.ReadsAsMinutes(_next, first: false))))
        {
            // Minutes copied without their "Minutes:" label still read as minutes: "The Committee considered ...",
            // "Consideration was given to ...", "The minutes of the meeting ... were approved". A "Page 2" line
            // before them is the minutes' own reference to the papers, not the item's summary.
            CloseSection();
            _section = Section.Minutes;
        }

        if (kind == DocumentKind.DecisionDetails && _section == Section.Body && _decisionText.Count == 0 && !_bodyDecisions && !_hasDecisionLabel
            && _purpose.Count == 0 && paragraph[0] is 'C' or 'T' && MinuteProse.ReadsAsMinutes(paragraph, first: true)
            && !paragraph.AsSpan(0, Math.Min(paragraph.Length, 60)).Contains(" received ", StringComparison.Ordinal))
        {
            // A decision page copied without its "Decisions:" heading: "Consideration was given to a report …" is the
            // record of the decision, not its summary; the items after it follow in the decision text. ("Cabinet received
            // a report on …" sums up the report: it stays the summary.)
            _section = Section.DecisionText;
            AppendToSection(paragraph);
            return;
        }

        if (kind == DocumentKind.DecisionDetails && _section == Section.Body && _date is null && char.IsAsciiDigit(paragraph[0])
            && DecisionDateLine().Match(paragraph) is { Success: true } dateLine && UkDate.Find(dateLine.Value) is { } lineDate)
        {
            // "Issue - decisions" pages head each decision "20/12/2018 - A1237 Outer Ring Road"; what follows is the
            // decision itself.
            _date = lineDate;
            _title ??= StripItemNoise(paragraph[dateLine.Length..].TrimStart(' ', '-', '\u2013'));
            DropTitleRepeatedAsPurpose();
            if (_decisionText.Count == 0)
            {
                _section = Section.DecisionText;
                _decisionFromDateLine = true;
            }

            return;
        }

        if (kind == DocumentKind.DecisionDetails && _section == Section.Body && _decisionText.Count == 0 && !_bodyDecisions && !_hasDecisionLabel
            && paragraph.Length < 60 && paragraph.StartsWith("That ", StringComparison.Ordinal) && ThatTheMaker().IsMatch(paragraph)
            && _next.Length > 0 && ListItems.TryRead(_next, out _, out _))
        {
            // A decision page copied without its "Decision:" heading: "That Cabinet" then "1. Supports …", "2. Authorises …"
            // is the decision (the maker, then what it does), read as under the heading.
            CloseSection();
            _section = Section.DecisionText;
        }

        if (kind == DocumentKind.DecisionDetails && _section == Section.Body && ListItems.TryRead(paragraph, out var bodyLabel, out var bodyText)
            && (bodyText.StartsWith("That ", StringComparison.Ordinal) || IsPassiveDecisionItem(bodyText) || IsImperativeDecisionItem(bodyLabel, bodyText)))
        {
            // Pages whose "Decision:" heading was lost in copying: "1. That ..." items are still the decisions.
            _decisionText.Add(paragraph);
            AddLabelled(ListMode.Resolutions, bodyLabel, bodyText);
            _bodyDecisions = true;
            return;
        }

        if (kind == DocumentKind.DecisionDetails && _section == Section.Body && _decisionText.Count == 0 && !_bodyDecisions
            && (_body.Count > 0 || _purpose.Count > 0) && IsUnnumberedDecision(paragraph))
        {
            // "Cabinet are asked to approve …" then "That approval be given to …": the decision printed under the
            // summary without its heading.
            _decisionText.Add(paragraph);
            AddLabelled(ListMode.Resolutions, null, paragraph);
            _bodyDecisions = true;
            return;
        }

        if (kind is DocumentKind.AgendaItem or DocumentKind.IssueMeetings && !_hasMinutesLabel && _section == Section.Body
            && _body.Count == 0 && _purpose.Count == 0 && _resolutions.Count == 0 && paragraph[0] is '(' or >= '0' and <= '9'
            && ListItems.TryRead(paragraph, out _, out var firstItem) && firstItem.StartsWith("That ", StringComparison.Ordinal)
            && firstItem.Contains(" be ", StringComparison.Ordinal))
        {
            // An item whose only text is "1. That … be noted." right under its title: its resolutions, the lead-in
            // lost in copying; the items and bullets that follow are read as after a lead-in.
            StartList(ListMode.Resolutions, paragraph);
            return;
        }

        if (kind == DocumentKind.DecisionDetails && _section is Section.Body or Section.Purpose && _decisionText.Count == 0
            && paragraph.Length < 80 && paragraph[^1] == '.' && paragraph[0] is 'R' or 'D' or 'P' or 'T' or 'A' && OutcomeLine().IsMatch(paragraph))
        {
            // "Recommendations agreed." under the summary of a decision page without a "Decision:" heading is the
            // decision itself.
            _decisionText.Add(paragraph);
            return;
        }

        if (_bodyDecisions && _section == Section.Body && !paragraph.EndsWith(':'))
        {
            // ... and so were the headings after them: the reason comes first, then the alternatives rejected.
            (_reasons.Count > 0 && LooksLikeAlternative(paragraph) || _alternatives.Count > 0 ? _alternatives : _reasons).Add(paragraph);
            return;
        }

        if (kind is DocumentKind.AgendaItem or DocumentKind.IssueMeetings && _section is not (Section.DecisionText or Section.Extra)
            && ListItems.TryReadMidSentenceLeadIn(paragraph, out var midRest, out var narrative))
        {
            // "Following the discussion it was RESOLVED that …": the lead-in sits inside the sentence. Narrative before
            // it stays where it was read.
            if (narrative)
            {
                AppendToSection(paragraph);
            }

            StartList(ListMode.Resolutions, midRest);
            return;
        }

        if (kind == DocumentKind.DecisionDetails && _section is Section.Body or Section.Purpose && _decisionText.Count == 0
            && IsSubjectOfNextLeadIn(paragraph))
        {
            // "Having considered the information set out in the report, Cabinet" then "RESOLVED: That:": the sentence
            // that the lead-in finishes opens the decision text, not the summary.
            CloseSection();
            _section = Section.DecisionText;
            _decisionText.Add(paragraph);
            return;
        }

        if (IsFirstItemOfLostLeadIn(paragraph))
        {
            StartList(ListMode.Resolutions, paragraph);
            return;
        }

        if (IsImperativeAfterCarriedVote(paragraph))
        {
            AddLabelled(ListMode.Resolutions, null, paragraph);
            return;
        }

        if (IsBareResolutionInMinutes(paragraph, out var bareLabel, out var bareText))
        {
            AddLabelled(ListMode.Resolutions, bareLabel, bareText);
            return;
        }

        AppendToSection(paragraph);
    }

    /// <summary>
    /// "(1) ELIOT DRIVE, HARROW, HA2 0TR (APPLICATION 1/01)": a numbered line in capitals without a full stop heads the
    /// next part of the minutes (a planning application, a site); a decision in capitals says "THAT" or " BE ".
    /// </summary>
    private static bool IsCapitalHeading(string text) =>
        text.Length is > 12 and < 300 && text[^1] is not ('.' or ';' or ':') && !text.AsSpan().ContainsAnyInRange('a', 'z')
        && !text.StartsWith("THAT ", StringComparison.Ordinal) && !text.Contains(" BE ", StringComparison.Ordinal)
        && text.AsSpan().ContainsAnyInRange('A', 'Z');

    /// <summary>
    /// "RESOLVED:" then "That" on a line of its own, then "(a) …": a broken introduction to the items, not a resolution.
    /// </summary>
    private bool IsBareIntroduction(string paragraph) =>
        paragraph.Length < 30 && paragraph[^1] is not ('.' or ';') && TextTools.WordCount(paragraph) <= 3 && _next.Length > 3
        && _next[0] is '(' or >= '0' and <= '9' or >= 'a' and <= 'z' && ListItems.TryRead(_next, out _, out _);

    /// <summary>
    /// Minutes copied without their labels lose "RESOLVED" too: a closing "That … be pursued as a priority." (or
    /// "(1) That … be noted.") after the narrative is a resolution. Not after a line ending in ":" ("The following
    /// Motion was moved …:"), which quotes a motion rather than records a decision.
    /// </summary>
    private bool IsBareResolutionInMinutes(string paragraph, out string? label, out string text)
    {
        label = null;
        text = paragraph;
        if (_section != Section.Minutes || _hasMinutesLabel || _listMode != ListMode.None || _previous.EndsWith(':')
            || kind is not (DocumentKind.AgendaItem or DocumentKind.IssueMeetings))
        {
            return false;
        }

        if (paragraph.Length > 0 && paragraph[0] is '(' or >= '0' and <= '9' && ListItems.TryRead(paragraph, out var itemLabel, out var itemText))
        {
            label = itemLabel;
            text = itemText;
        }

        return text.Length is > 12 and < 600 && text.StartsWith("That ", StringComparison.Ordinal) && text.EndsWith('.')
            && text.Contains(" be ", StringComparison.Ordinal);
    }

    /// <summary>
    /// Minutes copied without "RESOLVED" keep its numbered items: a first item "(i) The progress … be noted;" in the
    /// passive, or "1. To commence a review …" right after the motion was carried or moved ("… seconded by Y and"), is
    /// the first resolution; the items after it follow as after a lead-in.
    /// </summary>
    private bool IsFirstItemOfLostLeadIn(string paragraph)
    {
        if (_section != Section.Minutes || _hasMinutesLabel || _listMode != ListMode.None || paragraph[0] is not ('(' or >= '0' and <= '9' or 'a' or 'i')
            || kind is not (DocumentKind.AgendaItem or DocumentKind.IssueMeetings) || _previous.EndsWith(':')
            || !ListItems.TryRead(paragraph, out var label, out var text) || label is not ("1" or "(i)" or "(a)" or "a)" or "a." or "i." or "i)")
            || text.Length < 12 || !char.IsUpper(text[0]))
        {
            return false;
        }

        if (text.StartsWith("That ", StringComparison.Ordinal))
        {
            // "a. That Councillors A and B be appointed …" then "b. …": the first of the items, which follow it as a list.
            return text.Length < 600 && text.Contains(" be ", StringComparison.Ordinal);
        }

        if (text.StartsWith("To ", StringComparison.Ordinal) && text.Length > 4 && char.IsAsciiLetterLower(text[3]))
        {
            return _previous.EndsWith(" and", StringComparison.Ordinal) || _previous.Contains("carried", StringComparison.OrdinalIgnoreCase)
                || _previous.Contains(" agreed", StringComparison.OrdinalIgnoreCase);
        }

        return LostLeadInPassive().IsMatch(text.AsSpan(0, Math.Min(text.Length, 400)));
    }

    /// <summary>
    /// "… was moved, seconded, voted upon and carried." then "To APPROVE confirmation of Tree Preservation Order …" on a
    /// page whose "RESOLVED:" was lost in copying: the unnumbered decision printed after the vote is the resolution.
    /// </summary>
    private bool IsImperativeAfterCarriedVote(string paragraph)
    {
        if (_section != Section.Minutes || _hasMinutesLabel || _listMode != ListMode.None || paragraph.Length is < 12 or > 600
            || !paragraph.StartsWith("To ", StringComparison.Ordinal) || kind is not (DocumentKind.AgendaItem or DocumentKind.IssueMeetings)
            || !_previous.Contains("carried", StringComparison.OrdinalIgnoreCase) || _previous.EndsWith(':'))
        {
            return false;
        }

        var space = paragraph.IndexOf(' ', 3);
        var verb = (space < 0 ? paragraph[3..] : paragraph[3..space]).ToLowerInvariant();
        return verb is "approve" or "refuse" or "confirm" or "grant" or "agree" or "adopt" or "note" or "defer" or "accept" or "endorse";
    }

    /// <summary>A bracketed note saying whether call-in applies: "[Call-in does not apply].", "[… is subject to call-in.]".</summary>
    private static bool IsCallInNote(string paragraph, out bool callIn)
    {
        callIn = false;
        if (paragraph.Length is < 12 or > 300 || !(paragraph.EndsWith(']') || paragraph.EndsWith("].", StringComparison.Ordinal))
            || paragraph.IndexOf(']') < paragraph.Length - 2)
        {
            return false;
        }

        var at = paragraph.IndexOf("call", StringComparison.OrdinalIgnoreCase);
        if (at < 0 || at + 7 > paragraph.Length)
        {
            return false;
        }

        // "[The decisions on this item can be called in by the … Select Committee]": the note in the past participle.
        var calledIn = paragraph.AsSpan(at + 4).StartsWith("ed in ", StringComparison.OrdinalIgnoreCase);
        if (!(calledIn || paragraph.AsSpan(at + 4).StartsWith("-in", StringComparison.OrdinalIgnoreCase)
            || paragraph.AsSpan(at + 4).StartsWith(" in", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        if (calledIn)
        {
            callIn = !paragraph.Contains("cannot be called", StringComparison.OrdinalIgnoreCase)
                && !paragraph.Contains("not be called", StringComparison.OrdinalIgnoreCase);
            return paragraph.Contains("be called in", StringComparison.OrdinalIgnoreCase);
        }

        if (paragraph.Contains("not subject to", StringComparison.OrdinalIgnoreCase) || paragraph.Contains("does not apply", StringComparison.OrdinalIgnoreCase)
            || paragraph.Contains("not be subject", StringComparison.OrdinalIgnoreCase) || paragraph.Contains("exempt from", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        callIn = true;
        return paragraph.Contains("is subject to", StringComparison.OrdinalIgnoreCase) || paragraph.Contains("will be subject", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsUnnumberedDecision(string paragraph) =>
        paragraph.Length is > 20 and < 600 && paragraph.StartsWith("That ", StringComparison.Ordinal) && paragraph[^1] == '.'
        && paragraph.Contains(" be ", StringComparison.Ordinal) && !paragraph.Contains(". ", StringComparison.Ordinal);

    /// <summary>
    /// "(a) Consider any comments …", "(b) note the strategy …" under the summary of a decision page copied without its
    /// "Decision:" heading: the decisions, in the imperative. The list must start here, or continue such items.
    /// </summary>
    private bool IsImperativeDecisionItem(string label, string text)
    {
        if ((_purpose.Count == 0 && _body.Count == 0) || !(_bodyDecisions || label is "1" or "(a)" or "a)" or "(i)" or "i)" or "i." or "a."))
        {
            return false;
        }

        var space = text.IndexOf(' ');
        return space is > 2 and < 12 && ImperativeVerbs.Contains(text[..space].ToLowerInvariant());
    }

    private static readonly HashSet<string> ImperativeVerbs = new(StringComparer.Ordinal)
    {
        "approve", "agree", "note", "consider", "endorse", "adopt", "authorise", "authorize", "delegate", "confirm", "accept",
        "recommend", "request", "ratify", "support", "reject", "defer", "instruct",
    };

    /// <summary>"1) The 2019/20 outturn be endorsed.": a numbered decision printed without "That", in the passive.</summary>
    private static bool IsPassiveDecisionItem(string text) =>
        text.Length is > 12 and < 600 && text[^1] == '.' && char.IsUpper(text[0]) && PassiveDecision().IsMatch(text);

    /// <summary>"Additional documents", "Supporting documents", "Accompanying Documents", "Dogfennau ategol" …</summary>
    private static bool IsDocumentsLabel(string? label) =>
        label is not null && TextTools.LabelKey(label) is "additional documents" or "supporting documents" or "accompanying documents"
            or "background papers" or "dogfennau ategol" or "dogfennau cefnogol";

    /// <summary>An "Issue - decisions" page whose title line was read as its summary before the date line gave the title.</summary>
    private void DropTitleRepeatedAsPurpose()
    {
        foreach (var list in (ReadOnlySpan<List<string>>)[_purpose, _body])
        {
            if (list.Count == 1 && string.Equals(list[0], _title, StringComparison.OrdinalIgnoreCase))
            {
                list.Clear();
            }
        }
    }

    // The decision label is only wanted on decision pages; elsewhere the scan stops at the "Minutes:" label.
    private static (bool Minutes, bool Decision) FindSectionLabels(IReadOnlyList<string> paragraphs, int start, bool wantDecision)
    {
        var minutes = false;
        var decision = false;
        for (var i = start; i < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            if (p.Length < 40 && Labels.TryRead(p, inTextSection: false) is { Field: Field.Minutes or Field.DecisionText } label)
            {
                minutes |= label.Field == Field.Minutes;
                decision |= label.Field == Field.DecisionText;
                if (minutes && (decision || !wantDecision))
                {
                    break;
                }
            }
        }

        return (minutes, decision);
    }

    /// <summary>ModernGov's "Share this item" button, copied with the text.</summary>
    private static bool IsWidget(string paragraph) =>
        paragraph.Length < 24 && paragraph.AsSpan().TrimStart("\u2022\u00B7* ").Equals("Share this item", StringComparison.OrdinalIgnoreCase);

    /// <summary>"It was moved by ..., seconded by ... and" introduces a resolution; it is not one.</summary>
    private static bool IsMotion(string text) =>
        text.StartsWith("It was moved", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("It was proposed", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("Moved by", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("Proposed by", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// On a decision page copied without its "Reasons for the decision" heading, the reasons are a second list that
    /// restarts at the first list's first label ("(1) ... (6)", then "(1) Officers do not have the capacity ...").
    /// </summary>
    private bool RestartsAfterDecisions(string label) =>
        kind == DocumentKind.DecisionDetails && _section == Section.DecisionText && _reasons.Count == 0
        && _resolutions.Count > 1 && _resolutions[0].Label == label && _resolutions[^1].Label != label;

    private void StartUnheadedReasons(string paragraph)
    {
        CloseSection();
        _section = Section.Reasons;
        _reasons.Add(paragraph);
    }

    private static bool LooksLikeAlternative(string paragraph) =>
        paragraph.StartsWith("Do nothing", StringComparison.OrdinalIgnoreCase)
        || paragraph.StartsWith("Option", StringComparison.Ordinal)
        || paragraph.StartsWith("Alternative", StringComparison.Ordinal)
        || paragraph.StartsWith("None", StringComparison.Ordinal)
        || paragraph.StartsWith("Not to ", StringComparison.Ordinal)
        || paragraph.Contains("rejected", StringComparison.Ordinal);

    /// <summary>On a decision page, a "RESOLVED" block outside any section is the decision text.</summary>
    private void OpenDecisionTextOnDetailsPage()
    {
        if (kind == DocumentKind.DecisionDetails && _section == Section.Body && _decisionText.Count == 0)
        {
            _section = Section.DecisionText;
        }
    }

    // An unknown label's own text (an extra) holds values, not prose, so a sentence-case label ("Lead director:") ends it.
    private bool InTextSection => _section is not (Section.Body or Section.Extra);

    private void HandleLabel(Labels.Label label)
    {
        EndList();
        _expectItemLine = false;
        if (label.Field is not { } field)
        {
            OpenExtra(label.Printed, label.Value);
            return;
        }

        switch (field)
        {
            case Field.Purpose or Field.DecisionText or Field.Reasons or Field.Alternatives or Field.Scrutiny or Field.Conflicts
                or Field.Minutes or Field.Recommendations:
                var section = SectionOf(field);
                if (label.Dashed && label.Value.Length > 0 && (section == _section || SectionList(section).Count > 0))
                {
                    // "Decision – (a) That ..." after a quote or the reasons: more of the decisions, not another meeting's.
                    if (section != _section)
                    {
                        CloseSection();
                        _section = section;
                    }

                    Handle(label.Value);
                    return;
                }

                if (section == Section.DecisionText && _section == Section.DecisionText && _decisionFromDateLine && label.Value.Length == 0)
                {
                    // "20/06/2022 - Table of Fares", the narrative, then "The decision" and the decision itself: one decision
                    // whose heading comes late, not another meeting's.
                    _decisionFromDateLine = false;
                    _decisionHeadingLate = true;
                    return;
                }

                if (section == _section && label.Value.Length == 0 && !label.Printed.AsSpan().ContainsAnyInRange('a', 'z')
                    && SectionList(section).Count > 0)
                {
                    // "Decisions:" then "3.1 The Leader considered a report …" then "DECISIONS" above "3.2 … RESOLVED to …": a
                    // sub-heading in capitals repeating the section's own label continues that section.
                    return;
                }

                if (section != Section.Minutes && section != Section.Recommendations && SectionList(section).Count > 0)
                {
                    // A second "Decision:" (another meeting of the same issue) is kept, not merged.
                    OpenExtra(label.Printed, label.Value);
                    return;
                }

                CloseSection();
                _section = section;
                if (label.Value.Length > 0)
                {
                    Handle(label.Value);
                }

                return;
            case Field.Extra:
                OpenExtra(label.Printed, label.Value);
                if (label.Value.Length > 0 && TextTools.LabelKey(label.Printed) == "decision type")
                {
                    // ModernGov's "Decision type: Key" / "Non-key" answers "Is Key decision?"; the extra stays as printed.
                    _keyFromDecisionType ??= KeyFromDecisionType(label.Value);
                }

                return;
            default:
                if (label.Value.Length == 0)
                {
                    CloseSection();
                    _pendingScalar = (field, label.Printed);
                    return;
                }

                CloseSection();
                _section = Section.Body;
                SetScalar(field, label.Printed, label.Value);
                return;
        }
    }

    private void SetScalar(Field field, string printed, string value)
    {
        switch (field)
        {
            case Field.DecisionMaker:
                SetOrExtra(ref _maker, printed, value);
                break;
            case Field.Status:
                SetOrExtra(ref _status, printed, value);
                if (value.Contains("subject to call", StringComparison.OrdinalIgnoreCase) && !_callInFromField)
                {
                    _callIn ??= true;
                }

                break;
            case Field.KeyDecision:
                _keyDecision ??= YesNo(printed, value);
                break;
            case Field.CallIn:
                // The call-in field says more than a status such as "Recommendations Approved (subject to call-in)".
                var callIn = YesNo(printed, value);
                if (!_callInFromField && callIn is not null)
                {
                    _callIn = callIn;
                    _callInFromField = true;
                }

                break;
            case Field.PublicationDate:
                _publicationDate ??= DateOrExtra(printed, value);
                break;
            case Field.DecisionDate:
                _date ??= DateOrExtra(printed, value);
                break;
            case Field.Meeting:
                AddMeeting(printed, value);
                break;
            case Field.Officer:
                AddOfficer(printed, value);
                break;
            default:
                AddExtra(printed, value);
                break;
        }
    }

    private void SetOrExtra(ref string? target, string printed, string value)
    {
        if (target is null)
        {
            target = value;
        }
        else
        {
            AddExtra(printed, value);
        }
    }

    private static bool? KeyFromDecisionType(string value)
    {
        var type = value.TrimEnd('.', ' ').ToLowerInvariant();

        // "Exec Non-key", "Executive Key": the decision's kind printed before key or non-key.
        foreach (var kind in (ReadOnlySpan<string>)["exec ", "executive ", "council "])
        {
            if (type.StartsWith(kind, StringComparison.Ordinal))
            {
                type = type[kind.Length..];
                break;
            }
        }

        return type switch
        {
            "key" or "key decision" => true,
            "non-key" or "non key" or "nonkey" or "non-key decision" or "non key decision" or "not key" or "not a key decision" => false,
            _ => null,
        };
    }

    private bool? YesNo(string printed, string value)
    {
        var parsed = TextTools.ParseYesNo(value);
        if (parsed is null || !TextTools.IsBareYesNo(value))
        {
            AddExtra(printed, value);
        }

        return parsed;
    }

    private DateOnly? DateOrExtra(string printed, string value)
    {
        var date = UkDate.Find(value);
        if (date is null)
        {
            AddExtra(printed, value);
            _warnings.Add($"Could not read the date in \"{printed}: {Shorten(value)}\"; kept in extras.");
        }

        return date;
    }

    private void AddMeeting(string printed, string value)
    {
        string? body = null;
        DateOnly? date = null;
        var rest = value;
        if (UkDate.TryFind(value, out var found, out var at))
        {
            date = found;
            rest = value[(at.Index + at.Length)..];
        }
        else
        {
            _warnings.Add($"No date in \"{printed}: {Shorten(value)}\".");
        }

        string? item = null;
        var itemMatch = MeetingItem().Match(rest);
        if (itemMatch.Success)
        {
            item = itemMatch.Groups["n"].Value;
            rest = rest[..itemMatch.Index];
        }

        body = rest.Trim().Trim('-', '\u2013', '\u2014', ',', ' ', '(').Trim();
        _meetings.Add(new ParsedMeeting(date, body.Length == 0 ? null : body, item));
        _expectItemLine = true;
    }

    /// <summary>
    /// "• Meeting of Corporate Governance Committee, Wednesday, 24 September 2025 7:00 pm (Item 27.)": ModernGov's other
    /// form of an agenda item's meeting line, the body before the date.
    /// </summary>
    private bool TryMeetingOfLine(string paragraph)
    {
        var line = paragraph.AsSpan().TrimStart("\u2022 ");
        if (!line.StartsWith("Meeting of ", StringComparison.Ordinal) || !line.Contains("(Item ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var value = line[11..].ToString();
        if (!UkDate.TryFind(value, out var date, out var at) || MeetingItem().Match(value, at.Index + at.Length) is not { Success: true } item)
        {
            return false;
        }

        var body = value[..at.Index].TrimEnd(' ', ',');
        var comma = body.LastIndexOf(", ", StringComparison.Ordinal);
        if (comma > 0 && body[(comma + 2)..].EndsWith("day", StringComparison.OrdinalIgnoreCase))
        {
            body = body[..comma];
        }

        if (body.Length == 0)
        {
            return false;
        }

        _meetings.Add(new ParsedMeeting(date, body, item.Groups["n"].Value));
        _expectItemLine = true;
        return true;
    }

    private bool TryItemLine(string paragraph)
    {
        var m = ItemLine().Match(paragraph.Length > 500 ? paragraph[..500] : paragraph);
        if (!m.Success)
        {
            return false;
        }

        var number = m.Groups["n"].Value;
        var last = _meetings.Count - 1;
        if (last >= 0 && _meetings[last].ItemNumber is { } known && !string.Equals(known, number, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (last >= 0)
        {
            _meetings[last] = _meetings[last] with { ItemNumber = number };
        }

        _title ??= StripItemNoise(m.Groups["t"].Value);
        _expectItemLine = false;
        return true;
    }

    /// <summary>
    /// An issue page whose title line is a sentence (read as its summary) prints the item's name under the meeting line
    /// without a number ("Election of Chairman"): that is the title.
    /// </summary>
    private bool IsUnnumberedItemTitle(string paragraph)
    {
        if (_title is not null || kind != DocumentKind.IssueMeetings || _meetings.Count != 1 || paragraph.Length is < 4 or > 120
            || !char.IsUpper(paragraph[0]) || paragraph[^1] is '.' or ':' || TextTools.WordCount(paragraph) > 12)
        {
            return false;
        }

        _title = StripItemNoise(paragraph);
        return true;
    }

    /// <summary>
    /// "Complaint against a Councillor", "Meeting: … (Item 15)", then "Code of Conduct Complaint 1" and the description
    /// "To consider an exempt report by …": the meeting's own name for the item, printed under its meeting line, is
    /// neither the title nor part of the description.
    /// </summary>
    private bool IsItemNameAboveDescription(string paragraph) =>
        _title is not null && kind == DocumentKind.IssueMeetings && _meetings.Count > 0 && _meetings[^1].ItemNumber is not null
        && paragraph.Length is >= 4 and <= 100 && char.IsUpper(paragraph[0]) && paragraph[^1] is not ('.' or ':' or ')')
        && TextTools.WordCount(paragraph) <= 10 && !paragraph.StartsWith("Report", StringComparison.Ordinal)
        && _next.StartsWith("To ", StringComparison.Ordinal) && _next.Length >= 20 && !_next.Contains(':', StringComparison.Ordinal);

    /// <summary>"Cabinet" under the meeting line of "Cabinet Decision Statement": the item line cut short in copying.</summary>
    private bool IsCutItemLine(string paragraph) =>
        _title is { } title && paragraph.Length < title.Length - 1 && paragraph.Length >= 3 && title[paragraph.Length] == ' '
        && title.StartsWith(paragraph, StringComparison.OrdinalIgnoreCase);

    private bool LooksLikeMinuteOfThisItem(string paragraph)
    {
        var item = _meetings.Count > 0 ? _meetings[^1].ItemNumber : null;
        return item is null || paragraph.StartsWith(item + ".", StringComparison.Ordinal);
    }

    private void AddOfficer(string printed, string value)
    {
        var person = PeopleFinder.FromField(value);
        if (person is { } p)
        {
            AddPerson(p.Name, p.Role, p.Title);
            var plain = p.Title is null ? p.Name : $"{p.Name}, {p.Title}";
            if (!string.Equals(plain, value.TrimEnd('.', ' '), StringComparison.Ordinal))
            {
                AddExtra(printed, value);
            }
        }
        else
        {
            AddExtra(printed, value);
        }
    }

    private void OpenExtra(string printed, string value)
    {
        if (value.Length > 0)
        {
            var key = AddExtra(printed, value);
            if (printed.Length < 30 && PeopleBlockLabels.Contains(TextTools.LabelKey(printed)))
            {
                _peopleBlock = key;
            }

            return;
        }

        CloseSection();
        _section = Section.Extra;
        _extraLabel = printed;
    }

    private string AddExtra(string label, string value)
    {
        // Extras are never removed, so every suffix below the last one used for this label is taken: start there
        // rather than probing " (2)", " (3)" ... again (a long page repeats "Action By" hundreds of times).
        var key = label;
        var n = 2;
        if (_extras.ContainsKey(key) && _extraSuffixes.TryGetValue(label, out var last))
        {
            n = last + 1;
            key = $"{label} ({n - 1})";
        }

        for (; _extras.ContainsKey(key); n++)
        {
            key = $"{label} ({n})";
        }

        if (!ReferenceEquals(key, label))
        {
            _extraSuffixes[label] = n - 1;
        }

        _extras.Add(key, value);
        return key;
    }

    // Labels of a list of those present, whose further entries may follow on lines of their own.
    private static readonly HashSet<string> PeopleBlockLabels = new(StringComparer.Ordinal)
    {
        "membership", "members", "members present", "present", "also present", "in attendance", "also in attendance",
        "other parties", "other parties present", "officer support", "officers present", "officers in attendance",
    };

    private static readonly string[] PeopleHonorifics = ["Councillor ", "Cllr ", "Mr ", "Mrs ", "Ms ", "Miss ", "Dr "];

    /// <summary>"Councillor Aicha Less", "Mr Jo Bloggs of Bloggs Law, representing the Applicant": one more entry, not a sentence.</summary>
    private static bool IsPeopleBlockLine(string paragraph)
    {
        if (paragraph.Length is < 6 or > 700 || paragraph[0] is not ('C' or 'M' or 'D') || paragraph[^1] == '.'
            || paragraph.Contains(". ", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var honorific in PeopleHonorifics)
        {
            if (paragraph.StartsWith(honorific, StringComparison.Ordinal) && paragraph.Length > honorific.Length && char.IsUpper(paragraph[honorific.Length]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"The sites concerned are", "These include": a sentence that introduces a list, read as a label only by its colon.</summary>
    private static bool IsSentenceBeforeList(string printed)
    {
        if (printed.Length is < 12 or > 120 || printed[0] != 'T' || !(printed.StartsWith("The ", StringComparison.Ordinal)
            || printed.StartsWith("These ", StringComparison.Ordinal) || printed.StartsWith("This ", StringComparison.Ordinal)))
        {
            return false;
        }

        var key = printed.TrimEnd(':', ' ');
        var space = key.LastIndexOf(' ');
        return TextTools.WordCount(key) >= 4 && key[(space + 1)..] is "are" or "is" or "were" or "was" or "include" or "includes" or "follows";
    }

    private void StartList(ListMode mode, string rest, string? number = null)
    {
        EndList();
        _listMode = mode;

        // "RESOLVED: That Cabinet:" introduces the items; it is not a resolution itself.
        _leadInWaiting = rest.Length == 0 || (rest.EndsWith(':') && TextTools.WordCount(rest) <= 6);
        if (_leadInWaiting)
        {
            return;
        }

        if (ListItems.TryRead(rest, out var label, out var text))
        {
            AddListItems(label, text);
        }
        else
        {
            AddLabelled(mode, number, rest);

            // "RESOLVED that the Council" then "a) Approves …": if items follow, this was only their introduction.
            // So is "RESOLVED – in accordance with the Local Government Finance Act 1992:" before "(i) …".
            _shortLeadIn = (TextTools.WordCount(rest) <= 4 && rest[^1] is not ('.' or ';' or ':' or ')' or '!'))
                || (rest[^1] == ':' && TextTools.WordCount(rest) <= 12 && !rest.Contains(" be ", StringComparison.Ordinal)
                    && !rest.StartsWith("to ", StringComparison.OrdinalIgnoreCase)) ? rest : null;
        }
    }

    /// <summary>
    /// "Resolved – That the minutes … be" then "agreed as a correct record.": a resolution broken over two paragraphs
    /// in copying ends on a word that cannot end a sentence (or on any word before a one-clause rest), and its rest starts
    /// in lower case.
    /// </summary>
    private bool ContinuesLastResolution(string paragraph)
    {
        if (_listMode != ListMode.Resolutions || _resolutions.Count == 0 || paragraph.Length < 3 || !char.IsLower(paragraph[0]))
        {
            return false;
        }

        var last = _resolutions[^1];
        var space = last.Text.LastIndexOf(' ');
        var word = space < 0 ? last.Text : last.Text[(space + 1)..];
        // Any other word too when the rest is a short clause ending the sentence ("… authorised to convene" then "a further
        // meeting as necessary."): a resolution does not end on a bare lower-case word.
        if (word is not ("be" or "to" or "the" or "of" or "and" or "that" or "for" or "by" or "with" or "a" or "an" or "in")
            && !(word.Length > 1 && char.IsAsciiLetterLower(word[^1]) && paragraph.Length < 200 && paragraph[^1] is '.' or ';'
                && !paragraph.AsSpan(0, paragraph.Length - 1).ContainsAny(".;:")))
        {
            return false;
        }

        _resolutions[^1] = last with { Text = last.Text + " " + paragraph };
        KeepInSectionText(paragraph);
        return true;
    }

    /// <summary>
    /// "Having considered the report, the Committee" with no closing mark, then a line starting "RESOLVED": the subject
    /// of a sentence broken over two lines by the lead-in's own line.
    /// </summary>
    private bool IsSubjectOfNextLeadIn(string paragraph) =>
        paragraph.Length is > 20 and < 300 && char.IsAsciiLetterLower(paragraph[^1]) && _next.StartsWith("RESOLVED", StringComparison.Ordinal)
        && paragraph.Contains(", ", StringComparison.Ordinal)
        && (paragraph.EndsWith(" Cabinet", StringComparison.Ordinal) || paragraph.EndsWith(" Council", StringComparison.Ordinal)
            || paragraph.EndsWith(" Committee", StringComparison.Ordinal) || paragraph.EndsWith(" Executive", StringComparison.Ordinal)
            || paragraph.EndsWith(" Board", StringComparison.Ordinal) || paragraph.EndsWith(" Panel", StringComparison.Ordinal))
        && ListItems.TryReadResolutionLeadIn(_next, out _);

    /// <summary>
    /// "RESOLVED: That the application be REFUSED for the following reason:" then "The proposal would harm …": a full
    /// resolution (it says "be") ending in a colon, then one plain sentence, which is the reason it announced.
    /// </summary>
    private bool CompletesResolutionEndingInColon(string paragraph)
    {
        if (_listMode != ListMode.Resolutions || _resolutions.Count == 0 || _leadInWaiting || paragraph.Length is < 10 or > 600
            || paragraph[^1] != '.' || !char.IsUpper(paragraph[0]))
        {
            return false;
        }

        var last = _resolutions[^1];
        if (!last.Text.EndsWith(':') || !last.Text.AsSpan(Math.Max(0, last.Text.Length - 40)).Contains("reason", StringComparison.OrdinalIgnoreCase)
            || !last.Text.Contains(" be ", StringComparison.Ordinal) || ListItems.TryReadResolutionLeadIn(paragraph, out _))
        {
            return false;
        }

        _resolutions[^1] = last with { Text = last.Text + " " + paragraph };
        KeepInSectionText(paragraph);
        return true;
    }

    /// <summary>
    /// "RESOLVED: that notice be given to the governing bodies of:" then "· the new school …": the bullets finish the
    /// resolution. After a short introduction that is not a resolution itself ("RESOLVED: That Cabinet:"), each bullet is one.
    /// </summary>
    private bool BulletOfLastResolution(string paragraph)
    {
        if (_listMode != ListMode.Resolutions || (_resolutions.Count == 0 && !_leadInWaiting) || paragraph.Length < 3
            || paragraph[0] is not ('\u00B7' or '\u2022' or '\u25AA' or '-' or '*') || paragraph[1] != ' ')
        {
            return false;
        }

        if (_leadInWaiting || _bulletItems)
        {
            // "RESOLVED: That Cabinet:" then bullets: each bullet is one resolution, as a numbered item would be.
            _leadInWaiting = false;
            _bulletItems = true;
            AddLabelled(_listMode, null, paragraph[2..].Trim());
            KeepInSectionText(paragraph);
            return true;
        }

        var last = _resolutions[^1];
        if (!last.Text.EndsWith(':') && !last.Text.EndsWith(":-", StringComparison.Ordinal) && !_takingBullets)
        {
            return false;
        }

        _takingBullets = true;
        _resolutions[^1] = last with { Text = last.Text + "\n\n" + paragraph };
        KeepInSectionText(paragraph);
        return true;
    }

    private static bool EndsWithAgreedThat(string paragraph) =>
        paragraph.EndsWith(" agreed that", StringComparison.OrdinalIgnoreCase) || paragraph.EndsWith(" resolved that", StringComparison.OrdinalIgnoreCase)
        || paragraph.EndsWith(" decided that", StringComparison.OrdinalIgnoreCase);

    /// <summary>"· the launch …", "(a) the launch …": a bullet or list item that carries on the sentence before it.</summary>
    private static bool StartsLowerCaseItem(string paragraph)
    {
        if (paragraph.Length > 3 && paragraph[0] is '\u00B7' or '\u2022' or '\u25AA' or '-' or '*' && paragraph[1] == ' ')
        {
            return char.IsLower(paragraph[2]);
        }

        return ListItems.TryRead(paragraph, out _, out var text) && char.IsLower(text[0]);
    }

    private void DropShortLeadIn()
    {
        if (_shortLeadIn is { } intro && _listMode == ListMode.Resolutions && _resolutions.Count > 0
            && ReferenceEquals(_resolutions[^1].Text, intro))
        {
            _resolutions.RemoveAt(_resolutions.Count - 1);
        }

        _shortLeadIn = null;
    }

    private void AddListItems(string label, string text)
    {
        _leadInWaiting = false;
        foreach (var (itemLabel, itemText) in ListItems.SplitInline(label, text))
        {
            AddLabelled(_listMode, itemLabel, itemText);
        }
    }

    private void AddLabelled(ListMode mode, string? label, string text)
    {
        if (mode == ListMode.Recommendations)
        {
            // "RECOMMENDED to Council that …" printed under the decision and again in the minutes is one recommendation.
            if (!_recommendations.Exists(r => r.Label == label && string.Equals(r.Text, text, StringComparison.OrdinalIgnoreCase)))
            {
                _recommendations.Add(new ParsedLabelledText(label, text));
            }

            return;
        }

        // A page often prints the resolutions under "Decision:" and again under "Minutes:".
        if (!_resolutions.Exists(r => string.Equals(r.Text, text, StringComparison.OrdinalIgnoreCase)))
        {
            _resolutions.Add(new ParsedLabelledText(label, text));
        }
    }

    private void EndList()
    {
        _listMode = ListMode.None;
        _leadInWaiting = false;
        _shortLeadIn = null;
        _takingBullets = false;
        _bulletItems = false;
    }

    private void KeepInSectionText(string paragraph)
    {
        if (_section is Section.DecisionText or Section.Scrutiny or Section.Extra)
        {
            SectionList(_section).Add(paragraph);
        }
    }

    private void AppendToSection(string paragraph)
    {
        switch (_section)
        {
            case Section.DecisionText:
                var numbered = ListItems.TryRead(paragraph, out var label, out var text);
                if (numbered && RestartsAfterDecisions(label))
                {
                    StartUnheadedReasons(paragraph);
                    break;
                }

                if (numbered && kind is DocumentKind.AgendaItem or DocumentKind.IssueMeetings && _hasMinutesLabel && IsCapitalHeading(text))
                {
                    // "(2) PRINCE EDWARDS PLAYING FIELDS, EDGWARE (APPLICATION 1/02)" after one application's "DECISION:"
                    // heads the next application in the minutes.
                    CloseSection();
                    _section = Section.Minutes;
                    AddMinute(paragraph);
                    break;
                }

                _decisionText.Add(paragraph);
                if (!numbered)
                {
                    _optionsListed = paragraph[^1] == ':' && IsOptionsIntroduction(paragraph);
                }

                if (numbered && !_optionsListed)
                {
                    // Numbered decisions without a "RESOLVED" lead-in are the resolutions.
                    AddLabelled(ListMode.Resolutions, label, text);
                }
                else if (_decisionHeadingLate && MinuteProse.IsBareResolution(paragraph))
                {
                    // Under a late "The decision" heading, "That … be approved …." is what was decided.
                    AddLabelled(ListMode.Resolutions, null, paragraph);
                }

                break;
            case Section.Scrutiny:
                AddScrutiny(paragraph);
                break;
            case Section.Minutes:
                AddMinute(paragraph);
                break;
            case Section.Recommendations:
                if (ListItems.TryRead(paragraph, out var recLabel, out var recText))
                {
                    _recommendations.Add(new ParsedLabelledText(recLabel, recText));
                }
                else if (!paragraph.EndsWith(':'))
                {
                    _recommendations.Add(new ParsedLabelledText(null, paragraph));
                }

                break;
            default:
                SectionList(_section).Add(paragraph);
                break;
        }
    }

    private void AddScrutiny(string paragraph)
    {
        _scrutiny.Add(paragraph);
        if (ListItems.TryRead(paragraph, out var label, out var text))
        {
            var restarts = label is "i." or "(i)" or "1" or "(a)" or "a.";
            if (restarts && _scrutinyComments.Count > 0 && _scrutinyComments[^1].Kind == ScrutinyCommentKind.Comment
                && _scrutiny.Count >= 2 && !IsIntro(_scrutiny[^2]))
            {
                _scrutinyKind = ScrutinyCommentKind.Response;
            }

            _scrutinyComments.Add(new ParsedScrutinyComment(_scrutinyKind, label, text));
        }
        else if (IsIntro(paragraph))
        {
            _scrutinyKind = paragraph.Contains("comment", StringComparison.OrdinalIgnoreCase)
                ? ScrutinyCommentKind.Comment
                : ScrutinyCommentKind.Response;
        }

        static bool IsIntro(string p) => p.EndsWith(':');
    }

    private void AddMinute(string paragraph)
    {
        if (!_exemptNoted && paragraph.AsSpan().ContainsAny(ExemptWords) && ExemptSession().IsMatch(paragraph.Length > RichScanLimit ? paragraph[..RichScanLimit] : paragraph)
            && !SaysNotExempt(paragraph))
        {
            _exemptNoted = true;
            _warnings.Add("Part of this item was taken in exempt (private) session; its discussion is not in the published text.");
        }

        if (TakeBareMinuteNumber(ref paragraph))
        {
            return;
        }

        if (ListItems.TryReadMinuteNumber(paragraph, out var number, out var text)
            && !(text.Length > 2 && text[0] is '-' or '\u2013' && text[1] == ' ' && ClockTime().IsMatch(number)))
        {
            _minutes.Add(new ParsedMinute(number, text));
        }
        else
        {
            _minutes.Add(new ParsedMinute(null, paragraph));
        }
    }

    /// <summary>
    /// A minute number printed in its own table cell ("8.1", then the text on the next line): the number is held and
    /// given to the next minute paragraph, which is returned with it in front.
    /// </summary>
    private bool TakeBareMinuteNumber(ref string paragraph)
    {
        if (paragraph.Length <= 9 && BareMinuteNumber().IsMatch(paragraph))
        {
            _bareMinuteNumber = paragraph.TrimEnd('.');
            return true;
        }

        if (_bareMinuteNumber is { } held)
        {
            _bareMinuteNumber = null;
            if (!char.IsAsciiDigit(paragraph[0]))
            {
                paragraph = held + " " + paragraph;
            }
        }

        return false;
    }

    /// <summary>"... could be considered without disclosing any of the exempt information": the item stayed public.</summary>
    private static bool SaysNotExempt(string paragraph) =>
        paragraph.Contains("without disclosing", StringComparison.OrdinalIgnoreCase)
        || paragraph.Contains("not necessary to exclude", StringComparison.OrdinalIgnoreCase)
        || paragraph.Contains("not to exclude", StringComparison.OrdinalIgnoreCase)
        || NotExcluded().IsMatch(paragraph.Length > RichScanLimit ? paragraph[..RichScanLimit] : paragraph);

    private void CloseSection()
    {
        _optionsListed = false;
        if (_section == Section.Extra && _extraLabel is not null)
        {
            AddExtra(_extraLabel, TextTools.Join(_extraParagraphs) ?? string.Empty);
            _extraParagraphs.Clear();
            _extraLabel = null;
        }

        if (_pendingScalar is { } pending)
        {
            // "Decision Maker:" with no value at all is kept as an empty extra rather than dropped.
            AddExtra(pending.Label, string.Empty);
            _pendingScalar = null;
        }

        if (_section == Section.Scrutiny && _scrutiny.Count > 0 && !_extras.ContainsKey("Scrutiny Considerations"))
        {
            // Unnumbered scrutiny paragraphs (introductions, the committee's vote) are kept whole here.
            AddExtra("Scrutiny Considerations", TextTools.Join(_scrutiny)!);
        }

        _section = Section.Body;
    }

    private List<string> SectionList(Section section) => section switch
    {
        Section.Purpose => _purpose,
        Section.DecisionText => _decisionText,
        Section.Reasons => _reasons,
        Section.Alternatives => _alternatives,
        Section.Scrutiny => _scrutiny,
        Section.Conflicts => _conflicts,
        Section.Extra => _extraParagraphs,
        _ => _body,
    };

    private static Section SectionOf(Field field) => field switch
    {
        Field.Purpose => Section.Purpose,
        Field.DecisionText => Section.DecisionText,
        Field.Reasons => Section.Reasons,
        Field.Alternatives => Section.Alternatives,
        Field.Scrutiny => Section.Scrutiny,
        Field.Conflicts => Section.Conflicts,
        Field.Minutes => Section.Minutes,
        Field.Recommendations => Section.Recommendations,
        _ => Section.Body,
    };

    private void ScanPeopleAndVotes(string paragraph)
    {
        if (paragraph.Length <= 24 && ReadTallyLine(paragraph))
        {
            return;
        }

        if (paragraph.Length > RichScanLimit)
        {
            if (!_longParagraphNoted)
            {
                _longParagraphNoted = true;
                _warnings.Add($"A paragraph of {paragraph.Length:N0} characters was kept as text but not searched for people or votes.");
            }

            return;
        }

        foreach (var (name, title) in PeopleFinder.Councillors(paragraph))
        {
            AddPerson(name, PersonRole.Councillor, title);
        }

        foreach (var name in PeopleFinder.StyledMembers(paragraph))
        {
            AddPerson(name, PersonRole.Councillor, null);
        }

        if (VoteFinder.TryReadBareMotion(paragraph, out var bareMover, out var bareSeconder))
        {
            // Only a member moves or seconds a motion, so the bare names in that frame are members.
            AddPerson(bareMover, PersonRole.Councillor, null);
            AddPerson(bareSeconder, PersonRole.Councillor, null);
        }

        foreach (var (name, title) in PeopleFinder.TitledOfficers(paragraph))
        {
            AddPerson(name, PersonRole.Officer, title);
        }

        foreach (var (name, title) in PeopleFinder.OfficersMidSentence(paragraph))
        {
            AddPerson(name, PersonRole.Officer, title);
        }

        foreach (var (name, title) in PeopleFinder.OfficersAfterTitle(paragraph))
        {
            AddPerson(name, PersonRole.Officer, title);
        }

        foreach (var (name, evt, time) in PeopleFinder.Attendance(paragraph))
        {
            _attendance.Add(new ParsedAttendance(name, evt, time));
        }

        // "This option was rejected" describes an alternative, not a vote.
        var evidence = _section is not (Section.Alternatives or Section.Reasons) ? VoteFinder.Find(paragraph) : null;
        if (evidence is { HasMotion: false, Outcome: VoteOutcome.Lost, Unanimous: null, For: null, Against: null }
            && VoteFinder.RejectsAnOption(paragraph))
        {
            // "The possibility of undertaking this work in-house was rejected as …" (an alternative under a misspelt
            // heading) gives a reason for rejecting an option: no vote.
            evidence = null;
        }
        else if (paragraph[^1] == ':' && paragraph.Contains("vote was taken", StringComparison.OrdinalIgnoreCase)
            && evidence is null or { Outcome: null, Unanimous: null, For: null } && _next.Length > 0 && _next[0] is 'R' or 'r'
            && ListItems.TryReadResolutionLeadIn(_next, out _))
        {
            // "… a vote was taken, the result of which was:" then "RESOLVED:": the motion was carried.
            evidence = (evidence ?? new VoteEvidence(null, null, null, null, null, null, null)) with { Outcome = VoteOutcome.Carried };
        }
        else if (evidence is { HasMotion: false, HasResult: true, For: null, Against: null } && paragraph.Length < 40 && _openVote is null
            && paragraph.StartsWith("resolved", StringComparison.OrdinalIgnoreCase) && _votes.Count > 0 && _index - _lastVoteAt <= 2
            && _votes[^1] is { MovedBy: not null, Outcome: not null } moved && moved.Outcome == evidence.Outcome
            && (evidence.Unanimous is null || moved.Unanimous == evidence.Unanimous))
        {
            // "It was proposed by X, seconded by Y and resolved unanimously:-" then "Resolved unanimously:": the lead-in
            // repeats the result the mover's sentence already gave; one vote.
            evidence = null;
        }

        if (evidence is not null && paragraph.Length >= 60)
        {
            // The same motion printed twice a few lines apart (as the decision, then again in the minutes) is one vote.
            _voteParagraphs ??= new(StringComparer.Ordinal);
            if (_voteParagraphs.TryGetValue(paragraph, out var seenAt) && _index - seenAt <= 6)
            {
                evidence = null;
            }

            _voteParagraphs[paragraph] = _index;
        }

        var at = _index;
        if (_tallyAt >= 0)
        {
            at = _tallyAt;
            evidence = FlushTally(evidence);
        }

        if (evidence is not null)
        {
            _resultNamesMotion = evidence is { HasMotion: false, HasResult: true } && VoteFinder.NamesTheMotion(paragraph);
            AddVoteEvidence(evidence, at);
            _resultNamesMotion = false;
        }
    }

    /// <summary>Counts printed one to a line ("For: 26", "Against: 32", "Abstention: 0") make one vote.</summary>
    private bool ReadTallyLine(string paragraph)
    {
        if (!VoteFinder.TryReadTallyLine(paragraph, out var which, out var count))
        {
            return false;
        }

        if (_tallyAt < 0)
        {
            _tallyAt = _index;
        }

        switch (which)
        {
            case 'F':
                _tallyFor = count;
                break;
            case 'A':
                _tallyAgainst = count;
                break;
            default:
                _tallyAbstained = count;
                break;
        }

        return true;
    }

    /// <summary>
    /// Ends a run of count lines: two counts make a vote, which takes the outcome stated in the next paragraph
    /// ("The change was not agreed"). Returns what is left to record.
    /// </summary>
    private VoteEvidence? FlushTally(VoteEvidence? next)
    {
        var counted = new[] { _tallyFor, _tallyAgainst, _tallyAbstained }.Count(c => c is not null);
        var tally = counted >= 2 ? new VoteEvidence(null, null, null, null, _tallyFor, _tallyAgainst, _tallyAbstained) : null;
        var at = _tallyAt;
        _tallyFor = _tallyAgainst = _tallyAbstained = null;
        _tallyAt = -1;
        if (tally is null)
        {
            return next;
        }

        if (next is null || next.HasMotion || next.For is not null)
        {
            AddVoteEvidence(tally, at);
            return next;
        }

        return tally with { Outcome = next.Outcome, Unanimous = next.Unanimous };
    }

    private void AddVoteEvidence(VoteEvidence evidence, int at)
    {
        var lastAt = _lastVoteAt;
        _lastVoteAt = at;
        if (evidence is { HasMotion: false, Outcome: null, Unanimous: null } && _openVote is null && _votes.Count > 0 && at - lastAt <= 2
            && _votes[^1] is { For: null, Against: null, Abstained: null, Outcome: not null } last)
        {
            // "The change … was not agreed following a vote." then "For: 13" / "Abstentions: 0": the counts of that vote.
            _votes[^1] = last with { For = evidence.For, Against = evidence.Against, Abstained = evidence.Abstained };
            return;
        }

        if (evidence is { MovedBy: null, SecondedBy: not null } && _openVote is { MovedBy: not null, SecondedBy: null, HasResult: false } mover
            && at - _openVoteAt <= 3)
        {
            // "Councillor X moved the recommendations." then "This was seconded by Councillor Y. The motion was agreed.": one vote.
            _openVote = evidence with { MovedBy = mover.MovedBy };
            if (evidence.HasResult)
            {
                CloseVote();
            }

            return;
        }

        if (evidence.HasMotion)
        {
            CloseVote();
            _openVote = evidence;
            _openVoteAt = at;
            if (evidence.HasResult)
            {
                CloseVote();
            }

            return;
        }

        // A result that names the motion ("The MOTION was declared to have been CARRIED") may come several paragraphs
        // after its mover, once a roll call or the debate is printed between them.
        if (_openVote is { HasResult: false } open && (at - _openVoteAt <= 3 || (_resultNamesMotion && at - _openVoteAt <= 12)))
        {
            _openVote = open with
            {
                Outcome = evidence.Outcome,
                Unanimous = evidence.Unanimous,
                For = evidence.For,
                Against = evidence.Against,
                Abstained = evidence.Abstained,
            };
        }
        else
        {
            CloseVote();
            _openVote = evidence;
        }

        CloseVote();
    }

    private void CloseVote()
    {
        if (_openVote is { } v)
        {
            _votes.Add(new ParsedVote
            {
                Outcome = v.Outcome,
                Unanimous = v.Unanimous,
                For = v.For,
                Against = v.Against,
                Abstained = v.Abstained,
                MovedBy = v.MovedBy,
                SecondedBy = v.SecondedBy,
            });
            _openVote = null;
        }
    }

    private void AddPerson(string name, PersonRole role, string? title)
    {
        var existing = _people.Find(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
        if (existing is null)
        {
            _people.Add(new PersonEntry { Name = name, Role = role, Title = title });
        }
        else
        {
            existing.Title ??= title;
        }
    }

    /// <summary>"Councillor Lygo" after "Councillor Mark Lygo" is the same person (also "Reeve" for "Reeves").</summary>
    private List<ParsedPerson> MergePeople()
    {
        var merged = new List<ParsedPerson>();
        foreach (var person in _people)
        {
            if (!person.Name.Contains(' ', StringComparison.Ordinal))
            {
                var fuller = _people.Find(p => p != person && p.Name.Contains(' ', StringComparison.Ordinal) && SameSurname(p.Name, person.Name));
                if (fuller is not null)
                {
                    fuller.Title ??= person.Title;
                    continue;
                }

                var longerSingle = _people.Find(p => p != person && !p.Name.Contains(' ', StringComparison.Ordinal)
                    && p.Name.Length == person.Name.Length + 1 && SameSurname(p.Name, person.Name));
                if (longerSingle is not null)
                {
                    continue;
                }
            }

            // "M C Child" and "Mark C Child" on one page are one person: the fuller form is kept.
            var fullerForm = person.Name.Contains(' ', StringComparison.Ordinal)
                ? _people.Find(p => p != person && p.Name.Length > person.Name.Length && SameWithInitials(person.Name, p.Name))
                : null;
            if (fullerForm is not null)
            {
                fullerForm.Title ??= person.Title;
                continue;
            }

            merged.Add(new ParsedPerson(person.Name, person.Role, person.Title));
        }

        // Titles found on a later mention are copied back onto the earlier record.
        return merged.ConvertAll(p => p with { Title = _people.Find(e => e.Name == p.Name)?.Title ?? p.Title });

        static bool SameWithInitials(string shorter, string longer)
        {
            var a = shorter.Split(' ');
            var b = longer.Split(' ');
            if (a.Length != b.Length || !string.Equals(a[^1], b[^1], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            for (var i = 0; i < a.Length - 1; i++)
            {
                var x = a[i].TrimEnd('.');
                var y = b[i].TrimEnd('.');
                var same = string.Equals(x, y, StringComparison.OrdinalIgnoreCase)
                    || (x.Length == 1 && y.Length > 0 && char.ToUpperInvariant(y[0]) == char.ToUpperInvariant(x[0]));
                if (!same)
                {
                    return false;
                }
            }

            return true;
        }

        static bool SameSurname(string full, string surname)
        {
            var last = full[(full.LastIndexOf(' ') + 1)..];
            return string.Equals(last, surname, StringComparison.OrdinalIgnoreCase)
                || string.Equals(last, surname + "s", StringComparison.OrdinalIgnoreCase)
                || string.Equals(last + "s", surname, StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>
    /// "Steps considered:", "The options open to the Sub-Committee are:": a list of choices follows. A line that says
    /// what was resolved, agreed or decided introduces decisions instead.
    /// </summary>
    private static bool IsOptionsIntroduction(string paragraph) =>
        paragraph.Length < 200
        && (paragraph.EndsWith(" considered:", StringComparison.OrdinalIgnoreCase)
            || paragraph.Contains("option", StringComparison.OrdinalIgnoreCase)
            || paragraph.Contains("following steps", StringComparison.OrdinalIgnoreCase))
        && !paragraph.Contains("resolv", StringComparison.OrdinalIgnoreCase)
        && !paragraph.Contains("agreed", StringComparison.OrdinalIgnoreCase)
        && !paragraph.Contains("decided", StringComparison.OrdinalIgnoreCase)
        && !paragraph.Contains("approved", StringComparison.OrdinalIgnoreCase);

    private static string StripItemNoise(string title) => ItemNoise().Replace(title, string.Empty).Trim();

    /// <summary>True when the line ends with a document's file-size note ("pdf icon PDF 365 KB"), as item titles do.</summary>
    internal static bool EndsWithFileNote(string line)
    {
        var m = ItemNoise().Match(line);
        return m.Success && m.Index + m.Length >= line.TrimEnd().Length;
    }

    /// <summary>"20/12/2018 - A1237 Outer Ring Road": the line that heads a decision on an "Issue - decisions" page.</summary>
    internal static bool IsDecisionDateLine(string paragraph) =>
        paragraph.Length > 12 && char.IsAsciiDigit(paragraph[0]) && DecisionDateLine().IsMatch(paragraph);

    private static string Shorten(string value) => value.Length > 60 ? value[..60] + "…" : value;

    private sealed class PersonEntry
    {
        public required string Name { get; init; }

        public required PersonRole Role { get; init; }

        public string? Title { get; set; }
    }

    [GeneratedRegex(@"^(?:The )?(?:Committee|Sub-Committee|Panel|Board|Cabinet|Council|Executive|Authority|Forum|Partnership|Joint Committee)(?: (?:therefore|then|unanimously))? resolved (?=to [a-z])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BodyResolvedTo();

    // "That Cabinet", "That the Cabinet Member:", "That the Executive –": a decision's opening words, the maker and no verb.
    [GeneratedRegex(@"^That (?:the )?[A-Z][\w’'-]*(?: (?:[A-Z][\w’'-]*|for|of|and|&)){0,5}\s*[:,\u2013-]?$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ThatTheMaker();

    [GeneratedRegex(@"^(?:Agreed|Approved|(?:The )?(?:Recommendations?|Decision|Proposals?|Report)(?: as set out in the report)? (?:was |were )?(?:agreed|approved|accepted|endorsed|noted)(?: as (?:set out|recommended|amended))?)\.$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OutcomeLine();

    [GeneratedRegex(@"^[A-Z][^.;:]{0,300}? be (?:noted|agreed|approved|endorsed|adopted|accepted|received|authorised|delegated|confirmed|ratified)\b[^.;:]{0,300}(?:[.;:]|; and|:-)$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LostLeadInPassive();

    [GeneratedRegex(@"^Page \d{1,4}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PageMarker();

    [GeneratedRegex(@"^(?:(?:And|and|Accordingly,?|Thereupon,?) )?[Ii]t was(?: (?:therefore|then|unanimously|duly|thereupon))?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BrokenLeadIn();

    [GeneratedRegex(@" ?\((?:Agenda )?[Ii]tem (?<n>\d{1,4}[A-Za-z]?(?:\.\d{1,3})?)\)$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TitleItemSuffix();

    [GeneratedRegex(@"\(?\bItem (?<n>\d{1,4}[A-Za-z]?(?:\.\d{1,3})?)\b\s*[:.)]?\)?", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MeetingItem();

    [GeneratedRegex(@"^\d{1,2}/\d{1,2}/\d{4}(?= [-\u2013] \S)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DecisionDateLine();

    [GeneratedRegex(@"\{[a-z]{3,20}\}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TemplateDebris();

    [GeneratedRegex(@"^(?:Item )?(?<n>\d{1,4}[A-Za-z]?)(?:\.|:| -| –)? (?<t>\S.*)$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ItemLine();

    [GeneratedRegex(@"\s*(?:pdf (?:icon|eicon)\s*)?\b(?:PDF|DOC|DOCX|XLSX?)\s*[\d.,]{1,8}\s*[KMG]?B\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ItemNoise();

    [GeneratedRegex(@"\bexempt (?:session|business|item|information)|\bexclusion of the (?:press and )?public|\bwent into private session", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ExemptSession();

    // "had not requested that the public be excluded", "did not need to exclude the press".
    [GeneratedRegex(@"\bnot\b[^.]{0,40}\bexclu(?:de|ded|sion)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NotExcluded();

    // "12.59 - Pursuant to Standing Order 40 …": a clock time heading a minute, not its number.
    [GeneratedRegex(@"^(?:[01]?\d|2[0-3])\.[0-5]\d$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"^\d{1,4}(?:\.\d{1,3}){1,3}\.?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BareMinuteNumber();

    [GeneratedRegex(@" be (?:noted|agreed|approved|endorsed|adopted|accepted|received|authorised|delegated)\b[^.]{0,200}\.$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PassiveDecision();
}
