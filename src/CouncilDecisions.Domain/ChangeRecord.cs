namespace CouncilDecisions.Domain;

/// <summary>One saved change to an editable record: who, when, and each field's old and new value.</summary>
public sealed class ChangeRecord
{
    public long Id { get; set; }

    /// <summary>The entity's type name ("Decision", "Resolution").</summary>
    public required string EntityType { get; set; }

    public int EntityId { get; set; }

    /// <summary>The record's revision after this change.</summary>
    public int Revision { get; set; }

    public ChangeKind Kind { get; set; }

    public DateTime ChangedUtc { get; set; }

    public string? ChangedByUserId { get; set; }

    public required string ChangedBy { get; set; }

    /// <summary>A reason the officer gave, or the action ("Published", "Withdrawn: ...").</summary>
    public string? Summary { get; set; }

    /// <summary>Shown in the public change log of a published record.</summary>
    public bool IsPublic { get; set; }

    public List<FieldChange> Fields { get; set; } = [];
}

public sealed record FieldChange(string Field, string? OldValue, string? NewValue);

public enum ChangeKind
{
    Created = 0,
    Updated = 1,
    Published = 2,
    Withdrawn = 3,
    Superseded = 4,
    Imported = 5,
}
