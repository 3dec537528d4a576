using System.Text.Json.Serialization;

namespace CouncilDecisions.Importer.Parsing;

/// <summary>The family of published page a text belongs to.</summary>
public enum DocumentKind
{
    /// <summary>Not recognised as a minute or decision page (or unreadable input); see the warnings.</summary>
    Unknown,

    /// <summary>A "Decision details" page: labelled fields of one decision.</summary>
    DecisionDetails,

    /// <summary>An "Issue - meetings" page: one issue and the meetings that considered it.</summary>
    IssueMeetings,

    /// <summary>An "Agenda item" page: one item of a meeting with its decision and minutes.</summary>
    AgendaItem,
}

/// <summary>Role of a named person.</summary>
public enum PersonRole
{
    /// <summary>An elected member (named with "Councillor", "Cllr" ...).</summary>
    Councillor,

    /// <summary>A council officer (named by an Officer, Lead officer or Contact field, or by an officer's title).</summary>
    Officer,
}

/// <summary>Whether a scrutiny entry is the committee's comment or the officers' response.</summary>
public enum ScrutinyCommentKind
{
    /// <summary>A comment made by the scrutiny committee.</summary>
    Comment,

    /// <summary>An officer's or executive's response to the committee.</summary>
    Response,
}

/// <summary>A member arriving at or leaving a meeting.</summary>
public enum AttendanceEvent
{
    /// <summary>Arrived (or joined) the meeting.</summary>
    Arrived,

    /// <summary>Left the meeting.</summary>
    Left,
}

/// <summary>Outcome of a vote.</summary>
public enum VoteOutcome
{
    /// <summary>The motion or recommendation was carried.</summary>
    Carried,

    /// <summary>The motion or amendment was lost.</summary>
    Lost,
}

/// <summary>The structured content of one published page, as written by <c>parse --json</c>.</summary>
public sealed record ParsedDocument
{
    /// <summary>Family of the page; <see cref="DocumentKind.Unknown"/> when unrecognised or unreadable.</summary>
    public DocumentKind Kind { get; init; }

    /// <summary>Council named by the text, else <see cref="ParseOptions.Council"/>, else null (with a warning).</summary>
    public string? Council { get; init; }

    /// <summary>Title of the decision, issue or agenda item.</summary>
    public string? Title { get; init; }

    /// <summary>The meeting the page belongs to; the newest when the page lists several.</summary>
    public ParsedMeeting? Meeting { get; init; }

    /// <summary>All meetings, newest first, when the page lists more than one; otherwise empty.</summary>
    public IReadOnlyList<ParsedMeeting> Meetings { get; init; } = [];

    /// <summary>The decision fields; null when the page has none.</summary>
    public ParsedDecision? Decision { get; init; }

    /// <summary>Recommendations put to the decision maker, in order.</summary>
    public IReadOnlyList<ParsedLabelledText> Recommendations { get; init; } = [];

    /// <summary>Resolutions, in order, each once (without the label and the "RESOLVED" lead-in).</summary>
    public IReadOnlyList<ParsedLabelledText> Resolutions { get; init; } = [];

    /// <summary>Numbered scrutiny comments and responses.</summary>
    public IReadOnlyList<ParsedScrutinyComment> ScrutinyComments { get; init; } = [];

    /// <summary>Minute paragraphs, with their number when printed.</summary>
    public IReadOnlyList<ParsedMinute> Minutes { get; init; } = [];

    /// <summary>Named people, once each, without honorifics.</summary>
    public IReadOnlyList<ParsedPerson> People { get; init; } = [];

    /// <summary>Arrivals and departures recorded in the minutes.</summary>
    public IReadOnlyList<ParsedAttendance> Attendance { get; init; } = [];

    /// <summary>Votes, movers and seconders recorded in the minutes.</summary>
    public IReadOnlyList<ParsedVote> Votes { get; init; } = [];

    /// <summary>Labels the parser does not map to a field, as printed, with their values (in page order).</summary>
    public IReadOnlyDictionary<string, string> Extras { get; init; } = new Dictionary<string, string>();

    /// <summary>Everything a reader should know about what was not understood or was inferred.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>
    /// Why the input could not be parsed at all (too large, binary, invalid UTF-8); null otherwise.
    /// The same message is the first warning, so the JSON contract carries it; the kind is then unknown.
    /// </summary>
    [JsonIgnore]
    public string? Error { get; init; }

    /// <summary>True when <see cref="Error"/> is set.</summary>
    [JsonIgnore]
    public bool HasError => Error is not null;
}

/// <summary>A meeting that considered the item.</summary>
/// <param name="Date">Meeting date.</param>
/// <param name="Body">Committee or body, e.g. "Cabinet".</param>
/// <param name="ItemNumber">Agenda item number as printed, e.g. "56".</param>
public sealed record ParsedMeeting(DateOnly? Date, string? Body, string? ItemNumber);

/// <summary>The decision fields of a page.</summary>
public sealed record ParsedDecision
{
    /// <summary>Decision maker, e.g. "Executive Councillor for Transformation".</summary>
    public string? Maker { get; init; }

    /// <summary>Decision status as printed, e.g. "Recommendations Approved".</summary>
    public string? Status { get; init; }

    /// <summary>Whether it is a key decision.</summary>
    public bool? KeyDecision { get; init; }

    /// <summary>Whether it is subject to call-in.</summary>
    public bool? SubjectToCallIn { get; init; }

    /// <summary>Date of decision.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Publication date.</summary>
    public DateOnly? PublicationDate { get; init; }

    /// <summary>Purpose of the decision or summary of the report.</summary>
    public string? Purpose { get; init; }

    /// <summary>Full decision text, paragraphs separated by a blank line.</summary>
    public string? Text { get; init; }

    /// <summary>Reasons for the decision.</summary>
    public string? Reasons { get; init; }

    /// <summary>Alternative options considered and rejected.</summary>
    public string? Alternatives { get; init; }

    /// <summary>Conflicts of interest declared (and dispensations granted).</summary>
    public string? ConflictsOfInterest { get; init; }
}

/// <summary>A labelled recommendation or resolution.</summary>
/// <param name="Label">Label as printed ("(a)", "i.") or the bare number ("1" for "1." and "1)"); null when unnumbered.</param>
/// <param name="Text">Text without the label.</param>
public sealed record ParsedLabelledText(string? Label, string Text);

/// <summary>A scrutiny committee comment or the response to it.</summary>
/// <param name="Kind">Comment or response.</param>
/// <param name="Label">Label as printed, e.g. "ii."; null when unnumbered.</param>
/// <param name="Text">Text without the label.</param>
public sealed record ParsedScrutinyComment(ScrutinyCommentKind Kind, string? Label, string Text);

/// <summary>A minute paragraph.</summary>
/// <param name="Number">Paragraph number as printed, e.g. "56.1"; null when unnumbered.</param>
/// <param name="Text">Text without the number.</param>
public sealed record ParsedMinute(string? Number, string Text);

/// <summary>A named person.</summary>
/// <param name="Name">Name without honorifics.</param>
/// <param name="Role">Councillor or officer.</param>
/// <param name="Title">Job or portfolio title, e.g. "Head of ICT (Interim)".</param>
public sealed record ParsedPerson(string Name, PersonRole Role, string? Title);

/// <summary>A member arriving at or leaving the meeting.</summary>
/// <param name="Name">Name without honorifics.</param>
/// <param name="Event">Arrived or left.</param>
/// <param name="Time">24-hour "HH:mm", or null when not printed.</param>
public sealed record ParsedAttendance(string Name, AttendanceEvent Event, string? Time);

/// <summary>A vote, with its mover and seconder when recorded.</summary>
public sealed record ParsedVote
{
    /// <summary>Carried or lost; null when not stated.</summary>
    public VoteOutcome? Outcome { get; init; }

    /// <summary>True when recorded as unanimous.</summary>
    public bool? Unanimous { get; init; }

    /// <summary>Votes for.</summary>
    public int? For { get; init; }

    /// <summary>Votes against.</summary>
    public int? Against { get; init; }

    /// <summary>Abstentions.</summary>
    public int? Abstained { get; init; }

    /// <summary>Mover, without honorific.</summary>
    public string? MovedBy { get; init; }

    /// <summary>Seconder, without honorific.</summary>
    public string? SecondedBy { get; init; }
}

/// <summary>Options for <see cref="MinuteParser"/>.</summary>
public sealed record ParseOptions
{
    /// <summary>Council to record when the text names none (the CLI's <c>--council</c>).</summary>
    public string? Council { get; init; }
}
