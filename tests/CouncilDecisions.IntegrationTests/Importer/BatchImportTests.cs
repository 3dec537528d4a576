using System.Globalization;
using System.Text;
using CouncilDecisions.Data;
using CouncilDecisions.Data.Search;
using CouncilDecisions.Importer;
using CouncilDecisions.IntegrationTests.Data;
using CouncilDecisions.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CouncilDecisions.IntegrationTests.Importer;

/// <summary>
/// <see cref="MinuteImporter.ImportBatchAsync"/> writes new texts together, without the change tracker. These tests hold
/// it to the one-by-one import: the same rows in every table, byte for byte, and the same "a failure writes nothing".
/// </summary>
public sealed class BatchImportTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 9, 30, 0, TimeSpan.Zero);

    private const string IssuePage = """
        Issue - meetings

        Library Opening Hours

        Meeting: 17/12/2019 - Cabinet (Item 123)

        123 Library Opening Hours pdf icon PDF 200 KB

        Cabinet Member: Communities

        Forward Plan Ref: 2019/170

        Contact: Will Harper, Head of ICT (Interim) Tel: 07920 708233

        Decision:

        RESOLVED: to (a) extend the opening hours; and (b) review them in a year.

        Minutes:

        123.1 The Cabinet considered the report.

        Meeting: 19/11/2019 - Cabinet (Item 99)

        99 Library Opening Hours pdf icon PDF 200 KB

        Decision:

        Deferred.
        """;

    private const string AgendaPage = """
        Agenda item

        Parking Charges Review

        Officer: Jacqueline Harris Baker

        Decision:

        RESOLVED: To

        1. Approve the new charges; and

        2. Review them after twelve months.

        Minutes:

        Councillor Oliver Lewis arrived at 19.08.

        Moved by Councillor Orson, seconded by Councillor Greenow, and agreed unanimously.
        """;

    [Fact]
    public async Task A_batch_writes_exactly_the_rows_that_importing_each_text_alone_writes()
    {
        // Three rounds, as an officer would run them: drafts first; then published texts that meet the drafts' meeting
        // (published by EF through the tracked meeting), the seeds' people and meetings, and issues seen before; then a
        // changed text and a page twice, which go one by one after the new texts (so last in their batch, to keep the
        // same ids as importing in order).
        var seeds = await SeedRequestsAsync();
        var oxfordshire = seeds.Single(r => r.SourceKey.StartsWith("oxfordshire", StringComparison.Ordinal));
        ImportRequest[][] rounds =
        [
            [
                Request("library-draft.txt", IssuePage.Replace("17/12/2019", "10/12/2019", StringComparison.Ordinal).Replace("Library Opening Hours", "Library Staffing", StringComparison.Ordinal)) with { AsDraft = true },
                seeds[0] with { AsDraft = true },
            ],
            [
                .. seeds.Skip(1),
                Request("library.txt", IssuePage),
                Request("library-copy.txt", IssuePage),
                Request("library-again.txt", IssuePage.Replace("17/12/2019", "10/12/2019", StringComparison.Ordinal).Replace("Library Opening Hours", "Library Fees", StringComparison.Ordinal)),
                Request("parking.txt", AgendaPage) with { Council = "Croydon Council" },
                Request("parking-unnamed.txt", AgendaPage.Replace("Parking Charges", "Street Lighting", StringComparison.Ordinal)),
                Request("library.txt", IssuePage.Replace("in a year", "in two years", StringComparison.Ordinal)),
            ],
            [
                Request("library-oxfordshire.txt", IssuePage.Replace("Head of ICT (Interim)", "Chief Digital Officer", StringComparison.Ordinal)) with { Council = "Oxfordshire County Council" },
                Request("fees-oxfordshire.txt", IssuePage.Replace("Library Opening Hours", "Library Fees", StringComparison.Ordinal).Replace("Head of ICT (Interim)", "Director of Digital", StringComparison.Ordinal)) with { Council = "Oxfordshire County Council" },
                oxfordshire,
                Request("parking.txt", AgendaPage) with { Council = "Croydon Council" },
                Request("library.txt", IssuePage.Replace("in a year", "in six months", StringComparison.Ordinal)),
            ],
        ];

        using var oneByOne = SqliteDatabase.Migrated();
        using var batched = SqliteDatabase.Migrated();
        var expected = new List<ImportOutcome>();
        var actual = new List<ImportOutcome>();
        foreach (var round in rounds)
        {
            foreach (var request in round)
            {
                await using var db = Context(oneByOne);
                expected.Add((await Importer(db).ImportAsync(request)).Outcome);
            }

            await using (var db = Context(batched))
            {
                actual.AddRange((await Importer(db).ImportBatchAsync(round)).Select(r => r.Outcome));
            }
        }

        Assert.Equal(expected, actual);
        Assert.Contains(ImportOutcome.Updated, actual);
        Assert.Contains(ImportOutcome.Unchanged, actual);
        var tables = await TablesAsync(oneByOne);
        Assert.Contains("PersonTitles", tables);
        foreach (var table in tables)
        {
            AssertSameRows(await DumpAsync(oneByOne, table), await DumpAsync(batched, table));
        }

        // A person known from an earlier round took two new titles in one batch, the second after the batch had met them.
        await using var check = Context(batched);
        Assert.Equal(3, await check.PersonTitles.CountAsync(t => check.People.Any(p => p.Id == t.PersonId && p.Name == "Will Harper" && p.Council.Name == "Oxfordshire County Council")));

        // The drafts' meeting was published by a new text of the second round (no text imported alone met it), through
        // the change tracker, with its revision stamp.
        var meeting = await check.Meetings.SingleAsync(m => m.Date == new DateOnly(2019, 12, 10) && m.Body.Name == "Cabinet" && m.Body.Council.Name == "Council not named in source");
        Assert.Equal((Domain.PublicationState.Published, 2), (meeting.State, meeting.Revision));
        Assert.True(await check.Database.SqlQueryRaw<int>("SELECT count(*) AS Value FROM SearchIndex").SingleAsync() > 5);
    }

    [Fact]
    public async Task A_batch_that_cannot_be_saved_keeps_nothing_and_then_each_text_is_imported_alone()
    {
        using var database = SqliteDatabase.Migrated();
        await using (var db = Context(database))
        {
            // The database refuses one text's decision, as a constraint would.
            await db.Database.ExecuteSqlRawAsync(
                "CREATE TRIGGER refuse_poison BEFORE INSERT ON Decisions WHEN NEW.Title = 'Poisoned Report' BEGIN SELECT RAISE(ABORT, 'refused by test trigger'); END;");
        }

        var requests = new[]
        {
            Request("parking.txt", AgendaPage),
            Request("poison.txt", AgendaPage.Replace("Parking Charges Review", "Poisoned Report", StringComparison.Ordinal)),
            Request("library.txt", IssuePage),
        };
        IReadOnlyList<ImportResult> results;
        await using (var db = Context(database))
        {
            results = await Importer(db).ImportBatchAsync(requests);
        }

        Assert.Equal([ImportOutcome.Imported, ImportOutcome.Failed, ImportOutcome.Imported], results.Select(r => r.Outcome));
        Assert.Contains("refused by test trigger", results[1].Error, StringComparison.Ordinal);
        Assert.StartsWith("The text could not be saved; nothing was written.", results[1].Error, StringComparison.Ordinal);

        await using var check = Context(database);
        Assert.Equal(["library.txt", "parking.txt"], await check.SourceDocuments.Select(s => s.SourceKey).OrderBy(k => k).ToListAsync());
        Assert.Equal(["Library Opening Hours", "Library Opening Hours", "Parking Charges Review"], await check.AgendaItems.Select(a => a.Title).OrderBy(t => t).ToListAsync());
        Assert.Equal(2, await check.ChangeRecords.CountAsync(c => c.EntityType == "AgendaItem"));
        Assert.Equal(0, await check.Resolutions.CountAsync(r => r.Decision.Title == "Poisoned Report"));

        // The batch's own keys were never kept: the texts imported alone took the first ids, as if the batch never ran.
        Assert.Equal([1, 2], await check.SourceDocuments.Select(s => s.Id).OrderBy(i => i).ToListAsync());
    }

    [Fact]
    public async Task Importing_a_batch_twice_changes_nothing_the_second_time()
    {
        using var database = SqliteDatabase.Migrated();
        var seeds = await SeedRequestsAsync();
        await using (var db = Context(database))
        {
            Assert.All(await Importer(db).ImportBatchAsync(seeds), r => Assert.Equal(ImportOutcome.Imported, r.Outcome));
        }

        var before = await AllRowsAsync(database);
        await using (var db = Context(database))
        {
            var second = await Importer(db).ImportBatchAsync(seeds);
            Assert.All(second, r => Assert.Equal(ImportOutcome.Unchanged, r.Outcome));
            Assert.All(second, r => Assert.NotNull(r.SourceDocumentId));
        }

        Assert.Equal(before, await AllRowsAsync(database));
    }

    [Fact]
    public async Task Texts_the_parser_rejects_fail_alone_in_a_batch()
    {
        using var database = SqliteDatabase.Migrated();
        await using var db = Context(database);
        var results = await Importer(db).ImportBatchAsync([Request("parking.txt", AgendaPage), Request("empty.txt", ""), Request("library.txt", IssuePage)]);

        Assert.Equal([ImportOutcome.Imported, ImportOutcome.Failed, ImportOutcome.Imported], results.Select(r => r.Outcome));
        Assert.NotNull(results[1].Error);
        Assert.Equal(2, await db.SourceDocuments.CountAsync());
    }

    private static ImportRequest Request(string key, string text) => new(key, key, Encoding.UTF8.GetBytes(text)) { ImportedBy = "test" };

    private static SqliteDecisionsDbContext Context(SqliteDatabase database)
    {
        var db = new SqliteDecisionsDbContext(new DbContextOptionsBuilder<SqliteDecisionsDbContext>()
            .UseSqlite(database.Connection)
            .AddInterceptors(new SearchIndexInterceptor())
            .Options);
        db.Clock = new FixedClock(Now);
        return db;
    }

    private static MinuteImporter Importer(DecisionsDbContext db) => new(db, NullLogger<MinuteImporter>.Instance);

    private static async Task<List<ImportRequest>> SeedRequestsAsync()
    {
        var requests = new List<ImportRequest>();
        foreach (var file in SourceFolder.Expand([TestPaths.SeedsFolder]))
        {
            var (request, error) = await SourceFolder.ReadAsync(file, council: null, asDraft: false, importedBy: "test");
            Assert.Null(error);
            requests.Add(request!);
        }

        return requests;
    }

    // Every table the importer can write, the search index included; not the accounts, keys or FTS5's own tables.
    private static async Task<List<string>> TablesAsync(SqliteDatabase database)
    {
        using var command = database.Connection.CreateCommand();
        command.CommandText = """
            SELECT name FROM sqlite_master
            WHERE type = 'table' AND name NOT LIKE 'AspNet%' AND name NOT LIKE '\_\_%' ESCAPE '\'
              AND name NOT LIKE 'SearchIndex\_%' ESCAPE '\' AND name <> 'DataProtectionKeys'
            ORDER BY name
            """;
        var names = new List<string>();
        using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private static async Task<List<string>> DumpAsync(SqliteDatabase database, string table)
    {
        using var command = database.Connection.CreateCommand();
        command.CommandText = table == "sqlite_sequence" ? "SELECT * FROM sqlite_sequence ORDER BY name" : $"SELECT rowid, * FROM \"{table}\" ORDER BY rowid";
        var rows = new List<string>();
        using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var row = new StringBuilder(table);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                // The stored type too: a date bound as text and one bound as a number must not compare equal.
                row.Append(CultureInfo.InvariantCulture, $" | {reader.GetName(i)}={reader.GetDataTypeName(i)}:{(reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))}");
            }

            rows.Add(row.ToString());
        }

        return rows;
    }

    // The first row that differs, whole, so a failure says which column of which record.
    private static void AssertSameRows(List<string> expected, List<string> actual)
    {
        for (var i = 0; i < Math.Min(expected.Count, actual.Count); i++)
        {
            Assert.Equal(expected[i], actual[i]);
        }

        Assert.Equal(expected.Count, actual.Count);
    }

    private static async Task<List<string>> AllRowsAsync(SqliteDatabase database)
    {
        var rows = new List<string>();
        foreach (var table in await TablesAsync(database))
        {
            rows.AddRange(await DumpAsync(database, table));
        }

        return rows;
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
