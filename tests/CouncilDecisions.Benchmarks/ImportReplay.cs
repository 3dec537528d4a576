using System.Data.Common;
using System.Globalization;
using CouncilDecisions.Data;
using CouncilDecisions.Importer;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilDecisions.Benchmarks;

/// <summary>How a recorded import is replayed.</summary>
public enum ReplayMode
{
    /// <summary>A new command per statement, as EF Core issues them (SQLite prepares every statement again).</summary>
    NewCommands,

    /// <summary>One prepared command per distinct SQL text, reused: what hand-written ADO.NET at its best would cost.</summary>
    Prepared,

    /// <summary>Prepared, and the texts' transactions become savepoints inside one transaction per 100 texts.</summary>
    PreparedGrouped,
}

/// <summary>
/// The floor under the importer's SQL. <see cref="Record"/> runs a real import and keeps every statement it issues,
/// with its parameter values, and every transaction; <see cref="Replay"/> issues exactly those statements again on a
/// fresh migrated file through bare ADO.NET. The import minus the replay is what EF Core and the importer's own code
/// cost; the replay is what SQLite and the disk cost for the same writes. Ids are autoincrement values of a fresh file
/// in the same order, so the replay writes the same rows; <see cref="Replay"/> checks every table's row count.
/// </summary>
internal sealed class ImportReplay
{
    private readonly List<Op> _ops;
    private readonly Dictionary<string, long> _counts;

    private ImportReplay(List<Op> ops, Dictionary<string, long> counts)
    {
        _ops = ops;
        _counts = counts;
    }

    public int Statements => _ops.Count(o => o.Sql is not null);

    public int Transactions => _ops.Count(o => o.Sql is null && !o.Commit);

    public int DistinctStatements => _ops.Where(o => o.Sql is not null).Select(o => o.Sql).Distinct(StringComparer.Ordinal).Count();

    /// <summary>Imports <paramref name="requests"/> into a fresh file, recording the statements.</summary>
    public static async Task<ImportReplay> Record(IReadOnlyList<ImportRequest> requests)
    {
        var recorder = new Recorder();
        var folder = ImportBenchmarks.NewFolder("replay");
        try
        {
            await using var services = Services(folder, recorder);
            using (var scope = services.CreateScope())
            {
                await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
            }

            recorder.On = true;
            foreach (var request in requests)
            {
                using var scope = services.CreateScope();
                var result = await scope.ServiceProvider.GetRequiredService<MinuteImporter>().ImportAsync(request);
                if (result.Outcome != ImportOutcome.Imported)
                {
                    throw new InvalidOperationException($"{request.FileName}: {result.Outcome} {result.Error}");
                }
            }

            recorder.On = false;
            SqliteConnection.ClearAllPools();
            return new ImportReplay(recorder.Ops, Counts(DatabaseFile(folder)));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>A fresh, migrated database file (the importer's own schema and search index), for <see cref="Replay"/>.</summary>
    public static async Task<string> NewDatabase()
    {
        var folder = ImportBenchmarks.NewFolder("replay");
        await using var services = Services(folder, null);
        using var scope = services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        SqliteConnection.ClearAllPools();
        return DatabaseFile(folder);
    }

    public static void DeleteDatabase(string file)
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
    }

    /// <summary>Issues the recorded statements on <paramref name="file"/> (check the result with <see cref="Verify"/>).</summary>
    public int Replay(string file, ReplayMode mode, SqliteSynchronous synchronous)
    {
        using (var connection = new SqliteConnection(ConnectionString(file)))
        {
            connection.Open();
            using (var pragma = connection.CreateCommand())
            {
                pragma.CommandText = $"PRAGMA synchronous={synchronous.ToString().ToUpperInvariant()};";
                pragma.ExecuteNonQuery();
            }

            Run(connection, mode);
        }

        return Statements;
    }

    /// <summary>Throws unless every table of <paramref name="file"/> holds as many rows as the recorded import left.</summary>
    public void Verify(string file)
    {
        var counts = Counts(file);
        var wrong = _counts.Where(c => counts.GetValueOrDefault(c.Key) != c.Value).Select(c => $"{c.Key} {counts.GetValueOrDefault(c.Key)} (import: {c.Value})").ToList();
        if (wrong.Count > 0)
        {
            throw new InvalidOperationException("The replay did not write what the import wrote: " + string.Join(", ", wrong));
        }
    }

    private void Run(SqliteConnection connection, ReplayMode mode)
    {
        var prepared = mode != ReplayMode.NewCommands;
        var cache = new Dictionary<string, SqliteCommand>(StringComparer.Ordinal);
        SqliteTransaction? transaction = null;
        var texts = 0;
        try
        {
            foreach (var op in _ops)
            {
                if (op.Sql is null)
                {
                    if (mode == ReplayMode.PreparedGrouped)
                    {
                        // One text: a savepoint, so a failed text would roll back alone, inside a transaction per 100.
                        transaction ??= connection.BeginTransaction();
                        Execute(connection, transaction, op.Commit ? "RELEASE text" : "SAVEPOINT text");
                        if (op.Commit && ++texts % 100 == 0)
                        {
                            transaction.Commit();
                            transaction.Dispose();
                            transaction = null;
                        }
                    }
                    else if (op.Commit)
                    {
                        transaction!.Commit();
                        transaction.Dispose();
                        transaction = null;
                    }
                    else
                    {
                        transaction = connection.BeginTransaction();
                    }

                    continue;
                }

                SqliteCommand command;
                if (prepared && cache.TryGetValue(op.Sql, out var cached))
                {
                    command = cached;
                    for (var i = 0; i < op.Values.Length; i++)
                    {
                        command.Parameters[i].Value = op.Values[i].Value;
                    }
                }
                else
                {
                    command = connection.CreateCommand();
                    command.CommandText = op.Sql;
                    foreach (var (name, value) in op.Values)
                    {
                        command.Parameters.AddWithValue(name, value);
                    }

                    if (prepared)
                    {
                        cache[op.Sql] = command;
                    }
                }

                command.Transaction = transaction;
                using (var reader = command.ExecuteReader())
                {
                    do
                    {
                        while (reader.Read())
                        {
                        }
                    }
                    while (reader.NextResult());
                }

                if (!prepared)
                {
                    command.Dispose();
                }
            }

            transaction?.Commit();
        }
        finally
        {
            transaction?.Dispose();
            foreach (var command in cache.Values)
            {
                command.Dispose();
            }
        }
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static Dictionary<string, long> Counts(string file)
    {
        using var connection = new SqliteConnection(ConnectionString(file));
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            using var count = connection.CreateCommand();
            count.CommandText = $"SELECT count(*) FROM \"{table}\"";
            counts[table] = (long)count.ExecuteScalar()!;
        }

        return counts;
    }

    private static ServiceProvider Services(string folder, Recorder? recorder) =>
        ImportBenchmarks.ImportServices(folder, SqliteSynchronous.Normal, recorder is null ? null
            : services => services.ConfigureDbContext<SqliteDecisionsDbContext>(o => o.AddInterceptors(recorder)));

    private static string ConnectionString(string file) =>
        new SqliteConnectionStringBuilder { DataSource = file, ForeignKeys = true, Pooling = false }.ToString();

    private static string DatabaseFile(string folder) => Path.Combine(folder, "councildecisions.db");

    /// <summary>A statement and its values, or (no SQL) the start or the commit of a transaction.</summary>
    private sealed record Op(string? Sql, (string Name, object Value)[] Values, bool Commit);

    private sealed class Recorder : DbCommandInterceptor, IDbTransactionInterceptor
    {
        public bool On { get; set; }

        public List<Op> Ops { get; } = [];

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
            Add(command, result);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Add(command, result));

        public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
            Add(command, result);

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Add(command, result));

        public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
            Add(command, result);

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Add(command, result));

        public DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
        {
            Mark(commit: false);
            return result;
        }

        public ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(TransactionStarted(connection, eventData, result));

        public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Mark(commit: true);

        public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Mark(commit: true);
            return Task.CompletedTask;
        }

        private T Add<T>(DbCommand command, T result)
        {
            if (On)
            {
                Ops.Add(new Op(command.CommandText, [.. command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value ?? DBNull.Value))], false));
            }

            return result;
        }

        private void Mark(bool commit)
        {
            if (On)
            {
                Ops.Add(new Op(null, [], commit));
            }
        }
    }
}

/// <summary>
/// <c>import-replay [count]</c>: records one import of the first <c>count</c> generated texts, then replays its
/// statements in each <see cref="ReplayMode"/>, twice, printing wall and CPU time per text. A working aid; the recorded
/// figures come from <see cref="ImportBenchmarks"/>.
/// </summary>
internal static class ImportReplayRun
{
    public static async Task RunAsync(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2_000;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var replay = await ImportReplay.Record(ImportDocuments.Generate(count, seed: 20261124));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"recorded: {count} texts in {clock.Elapsed.TotalSeconds:F2} s, {replay.Statements} statements ({(double)replay.Statements / count:F1} per text, {replay.DistinctStatements} distinct), {replay.Transactions} transactions"));
        for (var round = 0; round < 2; round++)
        {
            foreach (var mode in Enum.GetValues<ReplayMode>())
            {
                var file = await ImportReplay.NewDatabase();
                var process = System.Diagnostics.Process.GetCurrentProcess();
                var cpu = process.TotalProcessorTime;
                clock.Restart();
                replay.Replay(file, mode, SqliteSynchronous.Normal);
                var wall = clock.Elapsed;
                process.Refresh();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"replay {mode}: {wall.TotalSeconds:F2} s wall ({wall.TotalMilliseconds / count:F2} ms per text), {(process.TotalProcessorTime - cpu).TotalSeconds:F2} s CPU, load {File.ReadAllText("/proc/loadavg").Trim()}"));
                replay.Verify(file);
                ImportReplay.DeleteDatabase(file);
            }
        }
    }
}
