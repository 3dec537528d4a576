namespace CouncilDecisions.Notices;

/// <summary>
/// Everything a decision notice prints. A plain record, not an entity: Web and the CLI map their query results to
/// it, so this project never queries the database.
/// </summary>
public sealed record DecisionNoticeData
{
    /// <summary>The council that made the decision; also the PDF's author.</summary>
    public required string Council { get; init; }

    /// <summary>Title of the decision.</summary>
    public required string Title { get; init; }

    /// <summary>Who took the decision, e.g. "Executive Councillor for Transformation".</summary>
    public string? DecisionMaker { get; init; }

    /// <summary>Date the decision was taken.</summary>
    public DateOnly? DecisionDate { get; init; }

    /// <summary>Date the decision was published.</summary>
    public DateOnly? PublicationDate { get; init; }

    /// <summary>Whether it is a key decision; null when not recorded.</summary>
    public bool? KeyDecision { get; init; }

    /// <summary>Call-in status as worded by the council, e.g. "Not subject to call-in", "Called in".</summary>
    public string? CallInStatus { get; init; }

    /// <summary>Last day on which the decision may be called in.</summary>
    public DateOnly? CallInDeadline { get; init; }

    /// <summary>Purpose of the decision. Blank lines ("\n\n") separate paragraphs in all long texts.</summary>
    public string? Purpose { get; init; }

    /// <summary>The decision as recorded, before its numbered resolutions.</summary>
    public string? DecisionText { get; init; }

    /// <summary>The resolutions in order, each with its label as printed ("1", "(a)", "i.").</summary>
    public IReadOnlyList<NoticeResolution> Resolutions { get; init; } = [];

    /// <summary>Reasons for the decision.</summary>
    public string? Reasons { get; init; }

    /// <summary>Alternative options considered and rejected.</summary>
    public string? Alternatives { get; init; }

    /// <summary>Conflicts of interest declared and dispensations granted.</summary>
    public string? ConflictsOfInterest { get; init; }

    /// <summary>Scrutiny comments and the responses to them, in order.</summary>
    public IReadOnlyList<NoticeScrutinyItem> ScrutinyComments { get; init; } = [];

    /// <summary>Decision status, e.g. "Recommendations Approved".</summary>
    public string? Status { get; init; }

    /// <summary>The decision's public page, printed as a clickable link.</summary>
    public required Uri PublicUrl { get; init; }

    /// <summary>Revision of the record the notice was generated from.</summary>
    public int Revision { get; init; } = 1;
}

/// <summary>One resolution of a decision.</summary>
/// <param name="Label">Label as printed in the minutes ("1", "(a)", "i."); may be empty.</param>
/// <param name="Text">Resolution text.</param>
public sealed record NoticeResolution(string Label, string Text);

/// <summary>Whether a scrutiny item is the committee's comment or the response to it.</summary>
public enum NoticeScrutinyKind
{
    /// <summary>A comment made by the scrutiny committee.</summary>
    Comment,

    /// <summary>An officer's or executive member's response.</summary>
    Response,
}

/// <summary>One scrutiny comment or response.</summary>
/// <param name="Kind">Comment or response.</param>
/// <param name="Label">Label as printed ("i."), or null.</param>
/// <param name="Text">The comment or response.</param>
public sealed record NoticeScrutinyItem(NoticeScrutinyKind Kind, string? Label, string Text);

/// <summary>A meeting's published decisions, for <see cref="RecordOfDecisions"/>.</summary>
public sealed record MeetingDecisionsData
{
    /// <summary>The council; also the PDF's author.</summary>
    public required string Council { get; init; }

    /// <summary>The decision-making body, e.g. "Executive" or "Cabinet".</summary>
    public required string Body { get; init; }

    /// <summary>Date of the meeting.</summary>
    public required DateOnly MeetingDate { get; init; }

    /// <summary>The meeting's public page, if any.</summary>
    public Uri? PublicUrl { get; init; }

    /// <summary>The published decisions in agenda order.</summary>
    public IReadOnlyList<DecisionNoticeData> Decisions { get; init; } = [];
}
