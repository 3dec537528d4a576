namespace CouncilDecisions.Importer;

/// <summary>One minute text to import.</summary>
/// <param name="SourceKey">What identifies "the same page" across imports; normally the file name.</param>
/// <param name="FileName">The file name as received, for display.</param>
/// <param name="Content">The bytes as received (hashed as they are, decoded as UTF-8).</param>
public sealed record ImportRequest(string SourceKey, string FileName, byte[] Content)
{
    /// <summary>The council to record when the text names none (the CLI's <c>--council</c>).</summary>
    public string? Council { get; init; }

    /// <summary>Create drafts rather than published records.</summary>
    public bool AsDraft { get; init; }

    /// <summary>
    /// Read a text again when the current one was imported by another parser version, even if it is unchanged,
    /// so a parser upgrade reaches records imported before it.
    /// </summary>
    public bool Reparse { get; init; }

    /// <summary>Let a changed text replace records officers have edited since their last import.</summary>
    public bool ReplaceEdited { get; init; }

    /// <summary>Who is importing: a user name, "seed" or "cli".</summary>
    public string ImportedBy { get; init; } = "cli";

    /// <summary>The signed-in user's id, when an officer imports in the browser.</summary>
    public string? ImportedByUserId { get; init; }
}

/// <summary>What an import did to the database.</summary>
public enum ImportOutcome
{
    /// <summary>New records were created.</summary>
    Imported,

    /// <summary>The page's current text is the same (same SHA-256); nothing changed.</summary>
    Unchanged,

    /// <summary>A changed text of a page imported before updated the same records; the earlier text is kept.</summary>
    Updated,

    /// <summary>Nothing was written; see the error.</summary>
    Failed,
}

/// <summary>The result of importing one text.</summary>
public sealed record ImportResult(string FileName, ImportOutcome Outcome)
{
    /// <summary>The parser's warnings about the text.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Why the import failed; null unless <see cref="Outcome"/> is <see cref="ImportOutcome.Failed"/>.</summary>
    public string? Error { get; init; }

    /// <summary>
    /// Failed because the records were edited since their last import and the request did not ask to replace
    /// the edits (HTTP 409 in the browser).
    /// </summary>
    public bool IsConflict { get; init; }

    /// <summary>The decision created or updated, if the text held one.</summary>
    public int? DecisionId { get; init; }

    /// <summary>The agenda item created or updated, if the text held one.</summary>
    public int? AgendaItemId { get; init; }

    /// <summary>The stored source document.</summary>
    public int? SourceDocumentId { get; init; }
}
