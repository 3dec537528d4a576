namespace CouncilDecisions.Domain;

/// <summary>
/// A decision, made at an agenda item or standalone (an individual executive member or an officer deciding
/// outside a meeting, the ModernGov "Decision details" page).
/// </summary>
public sealed class Decision : PublishableEntity
{
    public int CouncilId { get; set; }

    public Council Council { get; set; } = null!;

    /// <summary>Null when the decision was made outside a meeting.</summary>
    public int? AgendaItemId { get; set; }

    public AgendaItem? AgendaItem { get; set; }

    /// <summary>The body or individual that decided, when known as a record.</summary>
    public int? MakerBodyId { get; set; }

    public Body? MakerBody { get; set; }

    public required string Title { get; set; }

    /// <summary>URL segment for readability; the id is what identifies the decision.</summary>
    public required string Slug { get; set; }

    /// <summary>The decision maker as printed ("Executive Councillor for Transformation", "Cabinet").</summary>
    public string? DecisionMaker { get; set; }

    /// <summary>The status as printed ("Recommendations Approved", "Decision made", "For Determination").</summary>
    public string? Status { get; set; }

    public bool? IsKeyDecision { get; set; }

    public bool? IsSubjectToCallIn { get; set; }

    public CallInStatus CallInStatus { get; set; }

    public DateOnly? CallInDeadline { get; set; }

    public string? Purpose { get; set; }

    public string? DecisionText { get; set; }

    public string? Reasons { get; set; }

    public string? AlternativesConsidered { get; set; }

    public string? ConflictsOfInterest { get; set; }

    public DateOnly? DecisionDate { get; set; }

    public DateOnly? PublicationDate { get; set; }

    public int? SupersededById { get; set; }

    public Decision? SupersededBy { get; set; }

    public int? SourceDocumentId { get; set; }

    public SourceDocument? SourceDocument { get; set; }

    public List<Resolution> Resolutions { get; } = [];

    public List<ScrutinyComment> ScrutinyComments { get; } = [];

    public List<PersonLink> PersonLinks { get; } = [];

    public List<ExtraField> Extras { get; } = [];
}

public enum CallInStatus
{
    /// <summary>Not subject to call-in, or not yet published.</summary>
    None = 0,

    /// <summary>Published and inside the call-in period.</summary>
    Open = 1,
    Requested = 2,

    /// <summary>Call-in upheld: referred back to the decision maker.</summary>
    Upheld = 3,
    Rejected = 4,
    Expired = 5,
}

public sealed class Resolution : EditableEntity
{
    public int DecisionId { get; set; }

    public Decision Decision { get; set; } = null!;

    public int Position { get; set; }

    /// <summary>The label as printed: "1", "(a)", "i.".</summary>
    public string? Label { get; set; }

    public required string Text { get; set; }
}

/// <summary>A scrutiny committee's comment on a decision, or an officer's response to the comments.</summary>
public sealed class ScrutinyComment : EditableEntity
{
    public int DecisionId { get; set; }

    public Decision Decision { get; set; } = null!;

    public int Position { get; set; }

    public ScrutinyCommentKind Kind { get; set; }

    public string? Label { get; set; }

    public required string Text { get; set; }
}

public enum ScrutinyCommentKind
{
    Comment = 0,
    Response = 1,
}
