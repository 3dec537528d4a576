namespace CouncilDecisions.Domain;

/// <summary>
/// An item considered at a meeting. The same issue can come back to several meetings ("Issue - meetings"):
/// each consideration is its own agenda item, grouped by <see cref="Issue"/>.
/// </summary>
public sealed class AgendaItem : PublishableEntity
{
    public int CouncilId { get; set; }

    public Council Council { get; set; } = null!;

    /// <summary>Null when the source page did not say which meeting considered the item.</summary>
    public int? MeetingId { get; set; }

    public Meeting? Meeting { get; set; }

    public int? IssueId { get; set; }

    public Issue? Issue { get; set; }

    /// <summary>The number as printed ("56", "4", "7a").</summary>
    public string? Number { get; set; }

    /// <summary>Sort key within the meeting.</summary>
    public int Position { get; set; }

    public required string Title { get; set; }

    public string? Summary { get; set; }

    public string? ReportReference { get; set; }

    public string? ForwardPlanReference { get; set; }

    public bool IsExempt { get; set; }

    public bool? IsKeyDecision { get; set; }

    public int? ContactOfficerId { get; set; }

    public Person? ContactOfficer { get; set; }

    public int? LeadMemberId { get; set; }

    public Person? LeadMember { get; set; }

    public int? SourceDocumentId { get; set; }

    public SourceDocument? SourceDocument { get; set; }

    public List<Recommendation> Recommendations { get; } = [];

    public List<MinuteParagraph> Minutes { get; } = [];

    public List<Decision> Decisions { get; } = [];

    public List<Vote> Votes { get; } = [];

    public List<PersonLink> PersonLinks { get; } = [];

    public List<ExtraField> Extras { get; } = [];
}

/// <summary>A subject that may be considered at several meetings; groups its agenda items.</summary>
public sealed class Issue : EditableEntity
{
    public int CouncilId { get; set; }

    public Council Council { get; set; } = null!;

    public required string Title { get; set; }

    public required string Slug { get; set; }

    public string? ForwardPlanReference { get; set; }

    public List<AgendaItem> AgendaItems { get; } = [];
}

public sealed class Recommendation : EditableEntity
{
    public int AgendaItemId { get; set; }

    public AgendaItem AgendaItem { get; set; } = null!;

    public int Position { get; set; }

    /// <summary>The label as printed: "(a)", "1", "i.".</summary>
    public string? Label { get; set; }

    public required string Text { get; set; }
}

public sealed class MinuteParagraph : EditableEntity
{
    public int AgendaItemId { get; set; }

    public AgendaItem AgendaItem { get; set; } = null!;

    public int Position { get; set; }

    /// <summary>The printed number ("56.1"), or null for an unnumbered paragraph.</summary>
    public string? Number { get; set; }

    /// <summary>Markdown (raw HTML is never rendered).</summary>
    public required string Text { get; set; }
}

/// <summary>A labelled value printed on the source page that has no dedicated property; kept, never dropped.</summary>
public sealed class ExtraField
{
    public int Id { get; set; }

    public int? AgendaItemId { get; set; }

    public int? DecisionId { get; set; }

    public int Position { get; set; }

    public required string Label { get; set; }

    public required string Value { get; set; }
}
