using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace CouncilDecisions.Data.Search;

/// <summary>
/// The SQLite FTS5 table behind public search (created by the SearchIndex migration; EF does not model virtual
/// tables). One row per public decision and per public agenda item (with its recommendations and minutes); the
/// rowid is derived from the record's id so a record is replaced in O(log n) without scanning the index.
/// </summary>
public static class SqliteSearchIndex
{
    public const string Table = "SearchIndex";
    public const string DecisionKind = "decision";
    public const string ItemKind = "item";

    /// <summary>The DDL, shared by the migration and the benchmark.</summary>
    public const string CreateSql = """
        CREATE VIRTUAL TABLE IF NOT EXISTS SearchIndex USING fts5(
            title, body,
            kind UNINDEXED, entity_id UNINDEXED, council_id UNINDEXED, body_id UNINDEXED, date UNINDEXED,
            is_key UNINDEXED, status UNINDEXED, subject_to_call_in UNINDEXED,
            tokenize = 'porter unicode61 remove_diacritics 2');
        """;

    public const string DropSql = "DROP TABLE IF EXISTS SearchIndex;";

    // Decisions: rowid = id * 2; agenda items: rowid = id * 2 + 1. Drafts are never indexed.
    private const string DeleteDecisionsSql = "DELETE FROM SearchIndex WHERE rowid IN (SELECT value * 2 FROM json_each({0}));";

    private const string DeleteItemsSql = "DELETE FROM SearchIndex WHERE rowid IN (SELECT value * 2 + 1 FROM json_each({0}));";

    private const string InsertDecisionsSelect = """
        INSERT INTO SearchIndex (rowid, title, body, kind, entity_id, council_id, body_id, date, is_key, status, subject_to_call_in)
        SELECT d.Id * 2, d.Title,
               concat_ws(char(10), d.Purpose, d.DecisionText, d.Reasons, d.AlternativesConsidered,
                   (SELECT group_concat(coalesce(r.Label || ' ', '') || r.Text, char(10) ORDER BY r.Position) FROM Resolutions r WHERE r.DecisionId = d.Id)),
               'decision', d.Id, d.CouncilId, coalesce(d.MakerBodyId, m.BodyId), coalesce(d.DecisionDate, m.Date),
               d.IsKeyDecision, d.Status, d.IsSubjectToCallIn
        FROM Decisions d
        LEFT JOIN AgendaItems a ON a.Id = d.AgendaItemId
        LEFT JOIN Meetings m ON m.Id = a.MeetingId
        WHERE d.State <> 'Draft'
        """;

    private const string InsertItemsSelect = """
        INSERT INTO SearchIndex (rowid, title, body, kind, entity_id, council_id, body_id, date, is_key, status, subject_to_call_in)
        SELECT a.Id * 2 + 1, a.Title,
               concat_ws(char(10), a.Summary,
                   (SELECT group_concat(coalesce(r.Label || ' ', '') || r.Text, char(10) ORDER BY r.Position) FROM Recommendations r WHERE r.AgendaItemId = a.Id),
                   (SELECT group_concat(coalesce(p.Number || ' ', '') || p.Text, char(10) ORDER BY p.Position) FROM MinuteParagraphs p WHERE p.AgendaItemId = a.Id)),
               'item', a.Id, a.CouncilId, m.BodyId, m.Date, a.IsKeyDecision, NULL, NULL
        FROM AgendaItems a
        LEFT JOIN Meetings m ON m.Id = a.MeetingId
        WHERE a.State <> 'Draft' AND (m.Id IS NULL OR m.State <> 'Draft')
        """;

    public const string RebuildSql = "DELETE FROM SearchIndex;\n" + InsertDecisionsSelect + ";\n" + InsertItemsSelect + ";";

    /// <summary>Re-indexes everything: after a bulk change made outside EF, or to repair the index.</summary>
    public static async Task RebuildAsync(DecisionsDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        await db.Database.ExecuteSqlRawAsync(RebuildSql, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
    }

    /// <summary>Replaces the rows of the given records (removing those now deleted or back in draft).</summary>
    public static async Task ReindexAsync(DecisionsDbContext db, IReadOnlyCollection<int> decisionIds, IReadOnlyCollection<int> itemIds,
        IReadOnlyCollection<int> meetingIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (decisionIds.Count == 0 && itemIds.Count == 0 && meetingIds.Count == 0)
        {
            return;
        }

        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var items = new HashSet<int>(itemIds);
        var decisions = new HashSet<int>(decisionIds);
        if (meetingIds.Count > 0)
        {
            // A meeting's date, body or state feeds its items' and their decisions' rows.
            var meetings = JsonSerializer.Serialize(meetingIds);
            items.UnionWith(await db.Database.SqlQueryRaw<int>(
                "SELECT Id AS Value FROM AgendaItems WHERE MeetingId IN (SELECT value FROM json_each({0}))", meetings).ToListAsync(cancellationToken));
        }

        if (items.Count > 0)
        {
            decisions.UnionWith(await db.Database.SqlQueryRaw<int>(
                "SELECT Id AS Value FROM Decisions WHERE AgendaItemId IN (SELECT value FROM json_each({0}))", JsonSerializer.Serialize(items)).ToListAsync(cancellationToken));
        }

        var decisionJson = JsonSerializer.Serialize(decisions);
        var itemJson = JsonSerializer.Serialize(items);
        await db.Database.ExecuteSqlRawAsync(DeleteDecisionsSql, [decisionJson], cancellationToken);
        await db.Database.ExecuteSqlRawAsync(InsertDecisionsSelect + " AND d.Id IN (SELECT value FROM json_each({0}));", [decisionJson], cancellationToken);
        await db.Database.ExecuteSqlRawAsync(DeleteItemsSql, [itemJson], cancellationToken);
        await db.Database.ExecuteSqlRawAsync(InsertItemsSelect + " AND a.Id IN (SELECT value FROM json_each({0}));", [itemJson], cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
    }
}
