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
        INSERT INTO SearchIndex (SearchIndex, rank) VALUES ('rank', 'bm25(10.0, 1.0)');
        """;

    public const string DropSql = "DROP TABLE IF EXISTS SearchIndex;";

    /// <summary>
    /// The search filter: <c>$q</c> is an FTS5 expression of quoted terms; every other parameter is NULL for "any".
    /// Dates are ISO text (EF's SQLite format for DateOnly); booleans are 0/1.
    /// </summary>
    public const string MatchWhere = """
        SearchIndex MATCH $q
          AND ($council IS NULL OR council_id = $council)
          AND ($body IS NULL OR body_id = $body)
          AND ($from IS NULL OR date >= $from)
          AND ($to IS NULL OR date <= $to)
          AND ($key IS NULL OR is_key = $key)
          AND ($status IS NULL OR status = $status)
          AND ($callin IS NULL OR subject_to_call_in = $callin)
        """;

    /// <summary>Results are counted up to this many: an exact count of a word in every record costs more than it tells.</summary>
    public const int CountCap = 1000;

    /// <summary>
    /// When more than <see cref="CountCap"/> records match, bm25 ranks only the <see cref="CountCap"/> most recently
    /// indexed matches (highest rowid), which are also all the results the pages can reach. Ranking every match of a
    /// word found in most records cost 160–260 ms at 100,000 decisions; the window is found by the count itself, so it
    /// costs nothing extra (docs/decisions/0003-search.md, docs/benchmarks.md).
    /// </summary>
    public const int RankingWindow = CountCap;

    /// <summary>
    /// The number of hits, up to <see cref="CountCap"/> + 1 (meaning "more than <see cref="CountCap"/>"), newest first,
    /// and the lowest rowid among them. With more than <see cref="CountCap"/> hits, that rowid is the first match outside
    /// the ranking window: pass it as <c>$after</c> to <see cref="PageSql"/>; otherwise pass 0.
    /// FTS5 walks a doclist backwards without sorting, so this reads no more matches than the plain capped count did.
    /// </summary>
    public const string CountSql = "SELECT count(*), coalesce(min(r), 0) FROM (SELECT rowid AS r FROM SearchIndex WHERE " + MatchWhere
        + " ORDER BY rowid DESC LIMIT 1001)";

    /// <summary>
    /// A page of hits, best first, with a marked snippet of the body, among the hits with rowid above <c>$after</c> (0 for
    /// all; see <see cref="CountSql"/>). <c>rank</c> is configured in <see cref="CreateSql"/> as bm25 with the title
    /// weighted ten times the body; ORDER BY rank lets FTS5 sort internally, which measured several times faster than
    /// ORDER BY bm25(...) with snippets, and FTS5 applies the rowid bound before scoring (docs/benchmarks.md).
    /// </summary>
    public const string PageSql = "SELECT kind, entity_id, snippet(SearchIndex, 1, char(2), char(3), '…', 24) FROM SearchIndex WHERE "
        + MatchWhere + " AND rowid > $after ORDER BY rank LIMIT $take OFFSET $skip";

    /// <summary>
    /// <see cref="PageSql"/> newest first, for a query with a quoted phrase and more than <see cref="CountCap"/> hits.
    /// bm25 first counts a phrase's matches over the whole index (its IDF), which means reading the positions of every
    /// record holding all its words, however small the window: 55–80 ms for a phrase of common words at 100,000
    /// decisions. Every hit contains the exact phrase, so newest first is an honest order (docs/decisions/0003-search.md).
    /// </summary>
    public const string NewestPageSql = "SELECT kind, entity_id, snippet(SearchIndex, 1, char(2), char(3), '…', 24) FROM SearchIndex WHERE "
        + MatchWhere + " AND rowid > $after ORDER BY rowid DESC LIMIT $take OFFSET $skip";

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
