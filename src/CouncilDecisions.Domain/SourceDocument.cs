namespace CouncilDecisions.Domain;

/// <summary>
/// The original minute text a record was imported from. Texts are never overwritten: a changed text is a
/// new source document with the same <see cref="SourceKey"/>, and the earlier one stays.
/// </summary>
public sealed class SourceDocument
{
    public int Id { get; set; }

    public int? CouncilId { get; set; }

    public Council? Council { get; set; }

    /// <summary>What identifies "the same page" across imports (normally the file name).</summary>
    public required string SourceKey { get; set; }

    public required string FileName { get; set; }

    public required string Text { get; set; }

    /// <summary>Lower-case hex SHA-256 of the UTF-8 bytes of the text as received.</summary>
    public required string Sha256 { get; set; }

    /// <summary>The family the parser detected ("decision-details", "issue-meetings", "agenda-item", "unknown").</summary>
    public required string Kind { get; set; }

    public DateTime ImportedUtc { get; set; }

    public required string ParserVersion { get; set; }

    /// <summary>Who imported it: a user name, "seed" or "cli".</summary>
    public string? ImportedBy { get; set; }

    public List<string> Warnings { get; set; } = [];

    /// <summary>The newer text of the same page, once it has been re-imported with changes.</summary>
    public int? SupersededById { get; set; }
}
