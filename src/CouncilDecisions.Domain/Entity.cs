namespace CouncilDecisions.Domain;

/// <summary>
/// A record officers can edit. <see cref="Revision"/> counts saved changes and doubles as the
/// optimistic-concurrency token, so two officers can never overwrite each other silently.
/// </summary>
public abstract class EditableEntity
{
    public int Id { get; set; }

    public int Revision { get; set; } = 1;

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }
}

/// <summary>
/// A record the public sees only once published. Published records are never deleted: they are
/// withdrawn or superseded with a reason that stays visible.
/// </summary>
public abstract class PublishableEntity : EditableEntity
{
    public PublicationState State { get; set; } = PublicationState.Draft;

    public DateTime? PublishedUtc { get; set; }

    public DateTime? WithdrawnUtc { get; set; }

    /// <summary>Why the record was withdrawn or superseded; shown on the public page.</summary>
    public string? WithdrawnReason { get; set; }

    /// <summary>True for the states the public may see (published, and the markers of withdrawn or superseded records).</summary>
    public bool IsPublic => State is not PublicationState.Draft;
}

public enum PublicationState
{
    Draft = 0,
    Published = 1,
    Withdrawn = 2,
    Superseded = 3,
}
