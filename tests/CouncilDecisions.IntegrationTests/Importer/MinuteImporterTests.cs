using System.Data.Common;
using System.Text;
using CouncilDecisions.Data;
using CouncilDecisions.Domain;
using CouncilDecisions.Importer;
using CouncilDecisions.Importer.Parsing;
using CouncilDecisions.IntegrationTests.Data;
using CouncilDecisions.IntegrationTests.Infrastructure;
using CouncilDecisions.Web.Features.Workspace;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;

namespace CouncilDecisions.IntegrationTests.Importer;

public sealed class MinuteImporterTests
{
    private const string CambridgeSeed = "cambridge-decision-details-digital-transformation-strategy.txt";

    // A decision page that names no council.
    private const string UnnamedDecision = "Decision details\n\nSchool meals contract\n\nDecision Maker: Cabinet\n\nDecision:\n\nTo award the contract.\n";

    [Fact]
    public async Task Importing_the_seeds_twice_changes_nothing_the_second_time()
    {
        using var database = SqliteDatabase.Migrated();

        var first = await ImportSeedsAsync(database);
        var countsAfterFirst = await RowCountsAsync(database);
        var second = await ImportSeedsAsync(database);

        Assert.All(first, r => Assert.Equal(ImportOutcome.Imported, r.Outcome));
        Assert.All(second, r => Assert.Equal(ImportOutcome.Unchanged, r.Outcome));
        Assert.Equal(countsAfterFirst, await RowCountsAsync(database));
        Assert.Equal(5, countsAfterFirst["SourceDocuments"]);
    }

    [Fact]
    public async Task Seed_import_files_each_text_under_its_council_and_keeps_resolutions_in_order()
    {
        using var database = SqliteDatabase.Migrated();
        await ImportSeedsAsync(database);

        await using var db = database.CreateContext();
        var councils = await db.Councils.Select(c => c.Name).OrderBy(n => n).ToListAsync();
        Assert.Equal(["Cambridge City Council", "Council not named in source", "Croydon Council", "Melton Borough Council", "Oxfordshire County Council"], councils);

        var melton = await db.Decisions.Include(d => d.Resolutions).SingleAsync(d => d.Council.Name == "Melton Borough Council");
        Assert.Equal(["1", "2", "3"], melton.Resolutions.OrderBy(r => r.Position).Select(r => r.Label));
        Assert.StartsWith("The intention of working towards a full Digital Strategy", melton.Resolutions.Single(r => r.Label == "1").Text, StringComparison.Ordinal);

        var oxfordshire = await db.AgendaItems.Include(a => a.Meeting!).ThenInclude(m => m.Body).Include(a => a.ContactOfficer)
            .SingleAsync(a => a.Council.Name == "Oxfordshire County Council");
        Assert.Equal("122", oxfordshire.Number);
        Assert.Equal(new DateOnly(2019, 12, 17), oxfordshire.Meeting!.Date);
        Assert.Equal("Cabinet", oxfordshire.Meeting.Body.Name);
        Assert.Equal(BodyKind.Cabinet, oxfordshire.Meeting.Body.Kind);
        Assert.Equal("Will Harper", oxfordshire.ContactOfficer!.Name);
        Assert.Equal("2019/158", oxfordshire.ForwardPlanReference);

        var vote = await db.Votes.Include(v => v.PersonLinks).ThenInclude(l => l.Person).SingleAsync();
        Assert.True(vote.Unanimous);
        Assert.Equal("Orson", vote.PersonLinks.Single(l => l.Role == Domain.PersonRole.Moved).Person.Name);
        Assert.Equal("Greenow", vote.PersonLinks.Single(l => l.Role == Domain.PersonRole.Seconded).Person.Name);

        var arrival = await db.PersonLinks.Include(l => l.Person).SingleAsync(l => l.Role == Domain.PersonRole.Arrived);
        Assert.Equal(("Oliver Lewis", new TimeOnly(19, 8)), (arrival.Person.Name, arrival.Time!.Value));
        Assert.All(await db.Decisions.ToListAsync(), d => Assert.Equal(PublicationState.Published, d.State));
    }

    [Fact]
    public async Task A_changed_text_updates_the_same_records_and_keeps_the_earlier_source()
    {
        using var database = SqliteDatabase.Migrated();
        var original = await File.ReadAllTextAsync(Path.Combine(TestPaths.SeedsFolder, CambridgeSeed));
        var changed = original.Replace("Approved the draft Digital Transformation Strategy", "Approved the final Digital Transformation Strategy", StringComparison.Ordinal);
        Assert.NotEqual(original, changed);

        var first = await ImportAsync(database, new ImportRequest("cambridge.txt", "cambridge.txt", Encoding.UTF8.GetBytes(original)));
        var second = await ImportAsync(database, new ImportRequest("cambridge.txt", "cambridge.txt", Encoding.UTF8.GetBytes(changed)));

        Assert.Equal(ImportOutcome.Imported, first.Outcome);
        Assert.Equal(ImportOutcome.Updated, second.Outcome);
        Assert.Equal(first.DecisionId, second.DecisionId);

        await using var db = database.CreateContext();
        var decision = await db.Decisions.Include(d => d.Resolutions).SingleAsync();
        Assert.StartsWith("Approved the final", Assert.Single(decision.Resolutions).Text, StringComparison.Ordinal);
        Assert.Equal(2, decision.Revision);
        Assert.Equal(second.SourceDocumentId, decision.SourceDocumentId);

        var sources = await db.SourceDocuments.OrderBy(s => s.Id).ToListAsync();
        Assert.Equal(2, sources.Count);
        Assert.Equal(original, sources[0].Text);
        Assert.Equal(sources[1].Id, sources[0].SupersededById);

        var update = await db.ChangeRecords.SingleAsync(c => c.EntityType == nameof(Decision) && c.Kind == ChangeKind.Updated);
        var field = Assert.Single(update.Fields, f => f.Field == "Resolutions");
        Assert.Contains("Approved the draft", field.OldValue, StringComparison.Ordinal);
        Assert.Contains("Approved the final", field.NewValue, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_that_goes_back_to_an_earlier_text_is_updated_back_to_it()
    {
        using var database = SqliteDatabase.Migrated();
        var (original, changed) = await CambridgeTextsAsync();

        var results = new List<ImportOutcome>();
        foreach (var text in new[] { original, changed, original })
        {
            results.Add((await ImportAsync(database, new ImportRequest("cambridge.txt", "cambridge.txt", text))).Outcome);
        }

        Assert.Equal([ImportOutcome.Imported, ImportOutcome.Updated, ImportOutcome.Updated], results);
        await using var db = database.CreateContext();
        var decision = await db.Decisions.Include(d => d.Resolutions).SingleAsync();
        Assert.StartsWith("Approved the draft", Assert.Single(decision.Resolutions).Text, StringComparison.Ordinal);
        Assert.Equal(3, await db.SourceDocuments.CountAsync());
    }

    [Fact]
    public async Task The_same_file_name_from_two_councils_makes_two_records()
    {
        using var database = SqliteDatabase.Migrated();
        var text = Encoding.UTF8.GetBytes(UnnamedDecision);

        var first = await ImportAsync(database, new ImportRequest("decision.txt", "decision.txt", text) { Council = "Testshire County Council" });
        var second = await ImportAsync(database, new ImportRequest("decision.txt", "decision.txt", text) { Council = "Exampleton Borough Council" });

        Assert.Equal((ImportOutcome.Imported, ImportOutcome.Imported), (first.Outcome, second.Outcome));
        Assert.NotEqual(first.DecisionId, second.DecisionId);
        await using var db = database.CreateContext();
        Assert.Equal(["Exampleton Borough Council", "Testshire County Council"],
            await db.Decisions.Select(d => d.Council.Name).OrderBy(n => n).ToListAsync());
    }

    [Fact]
    public async Task A_page_filed_under_no_council_moves_to_the_council_named_later()
    {
        using var database = SqliteDatabase.Migrated();
        var text = Encoding.UTF8.GetBytes(UnnamedDecision);

        var unnamed = await ImportAsync(database, new ImportRequest("decision.txt", "decision.txt", text));
        var named = await ImportAsync(database, new ImportRequest("decision.txt", "decision.txt", text) { Council = "Testshire County Council" });
        var again = await ImportAsync(database, new ImportRequest("decision.txt", "decision.txt", text) { Council = "Testshire County Council" });

        Assert.Equal([ImportOutcome.Imported, ImportOutcome.Updated, ImportOutcome.Unchanged], [unnamed.Outcome, named.Outcome, again.Outcome]);
        Assert.Equal(unnamed.DecisionId, named.DecisionId);
        await using var db = database.CreateContext();
        Assert.Equal("Testshire County Council", (await db.Decisions.Include(d => d.Council).SingleAsync()).Council.Name);
    }

    [Fact]
    public async Task Reparse_reads_again_a_text_an_older_parser_imported_and_only_then()
    {
        using var database = SqliteDatabase.Migrated();
        var (original, _) = await CambridgeTextsAsync();
        var first = await ImportAsync(database, new ImportRequest("cambridge.txt", "cambridge.txt", original));
        await using (var db = database.CreateContext())
        {
            await db.SourceDocuments.ExecuteUpdateAsync(u => u.SetProperty(s => s.ParserVersion, "0.9.0"));
        }

        var plain = await ImportAsync(database, new ImportRequest("cambridge.txt", "cambridge.txt", original));
        var reparsed = await ImportAsync(database, new ImportRequest("cambridge.txt", "cambridge.txt", original) { Reparse = true });
        var again = await ImportAsync(database, new ImportRequest("cambridge.txt", "cambridge.txt", original) { Reparse = true });

        Assert.Equal(ImportOutcome.Unchanged, plain.Outcome);
        Assert.Equal(ImportOutcome.Updated, reparsed.Outcome);
        Assert.Equal(ImportOutcome.Unchanged, again.Outcome);
        Assert.Equal(first.DecisionId, reparsed.DecisionId);
        await using var check = database.CreateContext();
        var sources = await check.SourceDocuments.OrderBy(s => s.Id).ToListAsync();
        Assert.Equal(["0.9.0", MinuteParser.Version], sources.Select(s => s.ParserVersion));
        Assert.Equal(sources[1].Id, sources[0].SupersededById);
        Assert.Equal(sources[0].Text, sources[1].Text);
        var record = await check.ChangeRecords.Where(c => c.EntityType == nameof(Decision)).OrderBy(c => c.Id).LastAsync();
        Assert.Equal($"Re-read from cambridge.txt by parser {MinuteParser.Version} (was 0.9.0)", record.Summary);
    }

    [Fact]
    public async Task A_changed_text_does_not_replace_an_officers_edit_unless_asked_to()
    {
        using var database = SqliteDatabase.Migrated();
        var (original, changed) = await CambridgeTextsAsync();
        var first = await ImportAsync(database, new ImportRequest("cambridge.txt", "cambridge.txt", original));
        await using (var db = database.CreateContext())
        {
            var decision = await db.Decisions.SingleAsync();
            decision.Status = "Decision made after review";
            await new ChangeRecorder(db).SaveAsync(new Actor("user-1", "Jane Officer"), ChangeKind.Updated, "Edited", CancellationToken.None);
        }

        var before = await RowCountsAsync(database);
        var refused = await ImportAsync(database, new ImportRequest("cambridge.txt", "cambridge.txt", changed));

        Assert.Equal(ImportOutcome.Failed, refused.Outcome);
        Assert.True(refused.IsConflict);
        Assert.StartsWith($"Decision {first.DecisionId} was edited by Jane Officer on ", refused.Error, StringComparison.Ordinal);
        Assert.Contains("nothing was written", refused.Error, StringComparison.Ordinal);
        Assert.Equal(before, await RowCountsAsync(database));

        var replaced = await ImportAsync(database, new ImportRequest("cambridge.txt", "cambridge.txt", changed) { ReplaceEdited = true });
        Assert.Equal(ImportOutcome.Updated, replaced.Outcome);
        await using var check = database.CreateContext();
        var updated = await check.Decisions.Include(d => d.Resolutions).SingleAsync();
        Assert.StartsWith("Approved the final", Assert.Single(updated.Resolutions).Text, StringComparison.Ordinal);
        var statusChange = (await check.ChangeRecords.Where(c => c.Summary!.StartsWith("Re-imported")).ToListAsync())
            .SelectMany(c => c.Fields).Single(f => f.Field == "Status");
        Assert.Equal("Decision made after review", statusChange.OldValue);

        // Once replaced, the next changed text imports without a conflict: the import is the latest change.
        var later = await ImportAsync(database, new ImportRequest("cambridge.txt", "cambridge.txt", original));
        Assert.Equal(ImportOutcome.Updated, later.Outcome);
    }

    [Fact]
    public async Task A_failure_part_way_through_a_file_leaves_the_database_as_it_was()
    {
        using var database = SqliteDatabase.Migrated();
        var bytes = await File.ReadAllBytesAsync(Path.Combine(TestPaths.SeedsFolder, CambridgeSeed));
        var before = await RowCountsAsync(database);

        // The change records are written last, after the decision itself: failing there proves the
        // earlier writes of the same file are rolled back.
        var options = new DbContextOptionsBuilder<SqliteDecisionsDbContext>()
            .UseSqlite(database.Connection)
            .AddInterceptors(new FailOnInsertInto("ChangeRecords"))
            .Options;
        await using (var db = new SqliteDecisionsDbContext(options))
        {
            var result = await new MinuteImporter(db, NullLogger<MinuteImporter>.Instance)
                .ImportAsync(new ImportRequest("cambridge.txt", "cambridge.txt", bytes));

            Assert.Equal(ImportOutcome.Failed, result.Outcome);
            Assert.Contains("nothing was written", result.Error, StringComparison.Ordinal);
        }

        Assert.Equal(before, await RowCountsAsync(database));

        var retry = await ImportAsync(database, new ImportRequest("cambridge.txt", "cambridge.txt", bytes));
        Assert.Equal(ImportOutcome.Imported, retry.Outcome);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html><body><p>Cookie settings</p></body></html>")]
    public async Task Text_that_is_not_a_minute_page_is_refused_and_nothing_is_written(string text)
    {
        using var database = SqliteDatabase.Migrated();

        var result = await ImportAsync(database, new ImportRequest("page.txt", "page.txt", Encoding.UTF8.GetBytes(text)));

        Assert.Equal(ImportOutcome.Failed, result.Outcome);
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
        Assert.All((await RowCountsAsync(database)).Values, count => Assert.Equal(0, count));
    }

    [Fact]
    public async Task Draft_import_creates_drafts()
    {
        using var database = SqliteDatabase.Migrated();
        var bytes = await File.ReadAllBytesAsync(Path.Combine(TestPaths.SeedsFolder, CambridgeSeed));

        await ImportAsync(database, new ImportRequest("c.txt", "c.txt", bytes) { AsDraft = true });

        await using var db = database.CreateContext();
        var decision = await db.Decisions.SingleAsync();
        Assert.Equal(PublicationState.Draft, decision.State);
        Assert.Null(decision.PublishedUtc);
        Assert.False((await db.ChangeRecords.SingleAsync()).IsPublic);
    }

    private static async Task<(byte[] Original, byte[] Changed)> CambridgeTextsAsync()
    {
        var original = await File.ReadAllTextAsync(Path.Combine(TestPaths.SeedsFolder, CambridgeSeed));
        var changed = original.Replace("Approved the draft Digital Transformation Strategy", "Approved the final Digital Transformation Strategy", StringComparison.Ordinal);
        Assert.NotEqual(original, changed);
        return (Encoding.UTF8.GetBytes(original), Encoding.UTF8.GetBytes(changed));
    }

    private static async Task<List<ImportResult>> ImportSeedsAsync(SqliteDatabase database)
    {
        var results = new List<ImportResult>();
        foreach (var file in SourceFolder.Expand([TestPaths.SeedsFolder]))
        {
            var (request, error) = await SourceFolder.ReadAsync(file, council: null, asDraft: false, importedBy: "test");
            Assert.Null(error);
            results.Add(await ImportAsync(database, request!));
        }

        return results;
    }

    private static async Task<ImportResult> ImportAsync(SqliteDatabase database, ImportRequest request)
    {
        await using var db = database.CreateContext();
        return await new MinuteImporter(db, NullLogger<MinuteImporter>.Instance).ImportAsync(request);
    }

    private static async Task<Dictionary<string, int>> RowCountsAsync(SqliteDatabase database)
    {
        await using var db = database.CreateContext();
        return new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["Councils"] = await db.Councils.CountAsync(),
            ["Bodies"] = await db.Bodies.CountAsync(),
            ["Meetings"] = await db.Meetings.CountAsync(),
            ["Issues"] = await db.Issues.CountAsync(),
            ["AgendaItems"] = await db.AgendaItems.CountAsync(),
            ["Recommendations"] = await db.Recommendations.CountAsync(),
            ["MinuteParagraphs"] = await db.MinuteParagraphs.CountAsync(),
            ["Decisions"] = await db.Decisions.CountAsync(),
            ["Resolutions"] = await db.Resolutions.CountAsync(),
            ["ScrutinyComments"] = await db.ScrutinyComments.CountAsync(),
            ["People"] = await db.People.CountAsync(),
            ["PersonLinks"] = await db.PersonLinks.CountAsync(),
            ["Votes"] = await db.Votes.CountAsync(),
            ["ExtraFields"] = await db.ExtraFields.CountAsync(),
            ["SourceDocuments"] = await db.SourceDocuments.CountAsync(),
            ["ChangeRecords"] = await db.ChangeRecords.CountAsync(),
        };
    }

    private sealed class FailOnInsertInto(string table) : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
            command.CommandText.Contains($"INSERT INTO \"{table}\"", StringComparison.Ordinal)
                ? throw new DbUpdateException($"Simulated failure writing {table}")
                : base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}
