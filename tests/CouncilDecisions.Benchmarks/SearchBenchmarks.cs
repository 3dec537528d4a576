using System.Data.Common;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using CouncilDecisions.Data;
using CouncilDecisions.Data.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CouncilDecisions.Benchmarks;

/// <summary>
/// Search latency over 100,000 generated decisions in a SQLite file, running the portal's own statements
/// (<see cref="SqliteSearchIndex.CountSql"/> then <see cref="SqliteSearchIndex.PageSql"/>, as one search request does).
/// The baseline is a primary-key lookup, so the ratios say how many "cheapest possible queries" a search costs.
/// The "before" rows run the statements as they were before the ranking window (every match scored), in the same run.
/// Run: dotnet run -c Release --project tests/CouncilDecisions.Benchmarks -- --filter '*SearchBenchmarks*'
/// </summary>
[Config(typeof(Config))]
public class SearchBenchmarks : IDisposable
{
    public const int DecisionCount = 100_000;

    private static readonly string[] Topics =
    [
        "digital", "strategy", "transformation", "housing", "planning", "parking", "highways", "budget", "libraries",
        "waste", "recycling", "leisure", "cemetery", "allotments", "licensing", "regeneration", "procurement",
        "contract", "school", "transport", "climate", "energy", "flood", "drainage", "tenancy", "homelessness",
        "council", "tax", "grant", "museum", "playground", "cycling", "footpath", "lighting", "market", "tourism",
        "broadband", "adult", "social", "care", "children", "safeguarding", "pension", "insurance", "audit",
        "consultation", "development", "conservation", "heritage", "parks", "sport", "pool", "theatre", "depot",
    ];

    private static readonly string[] Words =
    [
        "the", "council", "report", "approved", "agreed", "noted", "recommendation", "officer", "cabinet", "committee",
        "member", "resolved", "delegated", "authority", "director", "consultation", "residents", "service", "services",
        "budget", "capital", "revenue", "programme", "project", "delivery", "review", "policy", "scheme", "funding",
        "options", "considered", "rejected", "reasons", "decision", "implementation", "risk", "equality", "impact",
        "assessment", "financial", "implications", "legal", "timescale", "proposal", "proposals", "appendix",
        "framework", "partners", "community", "borough", "county", "district", "ward", "local", "plan", "year",
        "improve", "improvement", "efficiency", "savings", "investment", "contract", "award", "tender", "procure",
        "commission", "extend", "adopt", "endorse", "approve", "amend", "refer", "defer", "scrutiny", "call-in",
    ];

    private string _folder = "";
    private SqliteConnection _connection = null!;
    private SqliteCommand _lookup = null!;
    private SqliteCommand _count = null!;
    private SqliteCommand _page = null!;
    private SqliteCommand _newest = null!;
    private SqliteCommand _countBefore = null!;
    private SqliteCommand _pageBefore = null!;
    private SqliteCommand _like = null!;
    private int _nextId = 1;

    // The statements before the ranking window, kept verbatim so the before/after comparison shares one run.
    private const string CountBeforeSql = "SELECT count(*) FROM (SELECT 1 FROM SearchIndex WHERE " + SqliteSearchIndex.MatchWhere + " LIMIT 1001)";

    private const string PageBeforeSql = "SELECT kind, entity_id, snippet(SearchIndex, 1, char(2), char(3), '…', 24) FROM SearchIndex WHERE "
        + SqliteSearchIndex.MatchWhere + " ORDER BY rank LIMIT $take OFFSET $skip";

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "councildecisions-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder, "bench.db") }.ToString();
        using (var db = new SqliteDecisionsDbContext(new DbContextOptionsBuilder<SqliteDecisionsDbContext>().UseSqlite(connectionString).Options))
        {
            db.Database.Migrate();
        }

        _connection = new SqliteConnection(connectionString);
        _connection.Open();
        Execute("PRAGMA journal_mode=WAL;");
        Generate();
        Execute(SqliteSearchIndex.RebuildSql);
        Execute("ANALYZE;");

        _lookup = Command("SELECT Title FROM Decisions WHERE Id = $id");
        Parameter(_lookup, "$id", 1);
        _count = Command(SqliteSearchIndex.CountSql);
        _page = Command(SqliteSearchIndex.PageSql);
        _newest = Command(SqliteSearchIndex.NewestPageSql);
        _countBefore = Command(CountBeforeSql);
        _pageBefore = Command(PageBeforeSql);
        foreach (var command in new[] { _count, _page, _newest, _countBefore, _pageBefore })
        {
            foreach (var name in new[] { "$q", "$council", "$body", "$from", "$to", "$key", "$status", "$callin" })
            {
                Parameter(command, name, null);
            }
        }

        foreach (var page in new[] { _page, _newest, _pageBefore })
        {
            Parameter(page, "$take", 20);
            Parameter(page, "$skip", 0);
        }

        Parameter(_page, "$after", 0L);
        Parameter(_newest, "$after", 0L);
        _like = Command("SELECT Id, Title FROM Decisions WHERE Title LIKE '%' || $term || '%' AND State <> 'Draft' ORDER BY DecisionDate DESC LIMIT 20");
        Parameter(_like, "$term", "cemetery");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    public void Dispose()
    {
        _connection?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true, Description = "Lookup by id (baseline)")]
    public object? LookupById()
    {
        _lookup.Parameters["$id"].Value = _nextId = _nextId % DecisionCount + 1;
        return _lookup.ExecuteScalar();
    }

    [Benchmark(Description = "FTS: one common word (digital)")]
    public int CommonWord() => Search("\"digital\"");

    [Benchmark(Description = "FTS: two words (digital strategy)")]
    public int TwoWords() => Search("\"digital\" \"strategy\"");

    [Benchmark(Description = "FTS: rare word (cemetery allotments)")]
    public int RareWords() => Search("\"cemetery\" \"allotments\"");

    [Benchmark(Description = "FTS: very common word (council)")]
    public int VeryCommonWord() => Search("\"council\"");

    [Benchmark(Description = "FTS: phrase (\"budget savings\")")]
    public int Phrase() => Search("\"budget savings\"");

    [Benchmark(Description = "Before: very common word (council), every match ranked")]
    public int VeryCommonWordBefore() => SearchBefore("\"council\"");

    [Benchmark(Description = "Before: phrase (\"budget savings\"), every match ranked")]
    public int PhraseBefore() => SearchBefore("\"budget savings\"");

    [Benchmark(Description = "FTS: prefix (transform*)")]
    public int Prefix() => Search("\"transform\"*");

    [Benchmark(Description = "FTS: two words + council, key, dates")]
    public int Filtered() => Search("\"digital\" \"strategy\"", council: 3, key: 1, from: "2015-01-01", to: "2019-12-31");

    [Benchmark(Description = "LIKE '%term%' on titles (no index)")]
    public int LikeScan()
    {
        using var reader = _like.ExecuteReader();
        var n = 0;
        while (reader.Read())
        {
            n++;
        }

        return n;
    }

    /// <summary>
    /// What one search request runs (as SearchQueries does): the count, which also finds the ranking window, then the
    /// first page with snippets.
    /// </summary>
    private int Search(string query, int? council = null, int? key = null, string? from = null, string? to = null)
    {
        SetFilters([_count, _page, _newest], query, council, key, from, to);
        int total;
        long lowestRowid;
        using (var counted = _count.ExecuteReader())
        {
            counted.Read();
            total = counted.GetInt32(0);
            lowestRowid = counted.GetInt64(1);
        }

        // Past the cap a phrase is listed newest first, other queries ranked within the window (as SearchQueries does).
        var windowed = total > SqliteSearchIndex.CountCap;
        var page = windowed && query.Contains('"', StringComparison.Ordinal) ? _newest : _page;
        page.Parameters["$after"].Value = windowed ? lowestRowid : 0L;
        ReadPage(page);
        return total;
    }

    /// <summary>The request before the ranking window: the capped count, then a page ranked over every match.</summary>
    private int SearchBefore(string query)
    {
        SetFilters([_countBefore, _pageBefore], query, null, null, null, null);
        var total = Convert.ToInt32(_countBefore.ExecuteScalar(), CultureInfo.InvariantCulture);
        ReadPage(_pageBefore);
        return total;
    }

    private static void SetFilters(SqliteCommand[] commands, string query, int? council, int? key, string? from, string? to)
    {
        foreach (var command in commands)
        {
            command.Parameters["$q"].Value = query;
            command.Parameters["$council"].Value = (object?)council ?? DBNull.Value;
            command.Parameters["$key"].Value = (object?)key ?? DBNull.Value;
            command.Parameters["$from"].Value = (object?)from ?? DBNull.Value;
            command.Parameters["$to"].Value = (object?)to ?? DBNull.Value;
        }
    }

    private static void ReadPage(SqliteCommand page)
    {
        using var reader = page.ExecuteReader();
        while (reader.Read())
        {
            _ = reader.GetString(2);
        }
    }

    private void Generate()
    {
        var random = new Random(42);
        using var transaction = _connection.BeginTransaction();
        var now = "2026-01-01 00:00:00";
        for (var c = 1; c <= 10; c++)
        {
            Execute($"INSERT INTO Councils (Id, Name, Slug, Revision, CreatedUtc, UpdatedUtc) VALUES ({c}, 'Council {c}', 'council-{c}', 1, '{now}', '{now}')", transaction);
            for (var b = 1; b <= 5; b++)
            {
                var id = (c - 1) * 5 + b;
                Execute($"INSERT INTO Bodies (Id, CouncilId, Name, Slug, Kind, Revision, CreatedUtc, UpdatedUtc) VALUES ({id}, {c}, 'Body {id}', 'body-{id}', 'Committee', 1, '{now}', '{now}')", transaction);
            }
        }

        using var decision = Command("""
            INSERT INTO Decisions (Id, CouncilId, MakerBodyId, Title, Slug, DecisionMaker, Status, IsKeyDecision, IsSubjectToCallIn, CallInStatus,
                Purpose, DecisionText, Reasons, DecisionDate, State, Revision, CreatedUtc, UpdatedUtc)
            VALUES ($id, $council, $body, $title, $slug, 'Cabinet', $status, $key, $callin, 'None', $purpose, $text, $reasons, $date, 'Published', 1, $now, $now)
            """, transaction);
        using var resolution = Command("INSERT INTO Resolutions (DecisionId, Position, Label, Text, Revision, CreatedUtc, UpdatedUtc) VALUES ($d, $p, $l, $t, 1, $now, $now)", transaction);
        foreach (var name in new[] { "$id", "$council", "$body", "$title", "$slug", "$status", "$key", "$callin", "$purpose", "$text", "$reasons", "$date", "$now" })
        {
            Parameter(decision, name, null);
        }

        foreach (var name in new[] { "$d", "$p", "$l", "$t", "$now" })
        {
            Parameter(resolution, name, null);
        }

        decision.Parameters["$now"].Value = now;
        resolution.Parameters["$now"].Value = now;
        string[] statuses = ["Recommendations Approved", "Decision made", "For Determination", "Deferred"];
        for (var id = 1; id <= DecisionCount; id++)
        {
            var council = random.Next(1, 11);
            string[] mine = random.Next(2) == 0 ? [Topics[random.Next(Topics.Length)]] : [Topics[random.Next(Topics.Length)], Topics[random.Next(Topics.Length)]];
            string Sentence(int min, int max, int topicWeight) => SearchBenchmarks.Sentence(random, min, max, topicWeight, mine);
            var title = Sentence(3, 7, topicWeight: 5);
            decision.Parameters["$id"].Value = id;
            decision.Parameters["$council"].Value = council;
            decision.Parameters["$body"].Value = (council - 1) * 5 + random.Next(1, 6);
            decision.Parameters["$title"].Value = title;
            decision.Parameters["$slug"].Value = "decision-" + id.ToString(CultureInfo.InvariantCulture);
            decision.Parameters["$status"].Value = statuses[random.Next(statuses.Length)];
            decision.Parameters["$key"].Value = random.Next(3) == 0 ? 1 : 0;
            decision.Parameters["$callin"].Value = random.Next(2);
            decision.Parameters["$purpose"].Value = Sentence(15, 35, topicWeight: 3);
            decision.Parameters["$text"].Value = Sentence(40, 90, topicWeight: 3) + "\n\n" + Sentence(20, 60, topicWeight: 3);
            decision.Parameters["$reasons"].Value = Sentence(10, 30, topicWeight: 3);
            decision.Parameters["$date"].Value = new DateOnly(2010, 1, 1).AddDays(random.Next(0, 16 * 365)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            decision.ExecuteNonQuery();
            var resolutions = random.Next(1, 4);
            for (var r = 1; r <= resolutions; r++)
            {
                resolution.Parameters["$d"].Value = id;
                resolution.Parameters["$p"].Value = r;
                resolution.Parameters["$l"].Value = "(" + (char)('a' + r - 1) + ")";
                resolution.Parameters["$t"].Value = Sentence(10, 30, topicWeight: 3);
                resolution.ExecuteNonQuery();
            }
        }

        transaction.Commit();
    }

    /// <summary>Plain council prose, with the decision's own topics in about topicWeight words in ten (and rarely another topic).</summary>
    private static string Sentence(Random random, int min, int max, int topicWeight, string[] topics)
    {
        var count = random.Next(min, max + 1);
        var words = new string[count];
        for (var i = 0; i < count; i++)
        {
            var roll = random.Next(100);
            words[i] = roll < topicWeight * 10 ? topics[random.Next(topics.Length)]
                : roll < topicWeight * 10 + 1 ? Topics[random.Next(Topics.Length)]
                : Words[random.Next(Words.Length)];
        }

        words[0] = char.ToUpperInvariant(words[0][0]) + words[0][1..];
        return string.Join(' ', words) + ".";
    }

    private void Execute(string sql, DbTransaction? transaction = null)
    {
        using var command = Command(sql, transaction);
        command.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql, DbTransaction? transaction = null)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = (SqliteTransaction?)transaction;
        return command;
    }

    private static void Parameter(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            // In-process: no generated project to build, and the 100,000-row file is generated once per run.
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(15));
            AddColumn(StatisticColumn.Median, StatisticColumn.P95);
        }
    }
}
