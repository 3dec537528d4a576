using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using CouncilDecisions.Data;
using CouncilDecisions.Importer;
using CouncilDecisions.Importer.Parsing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilDecisions.Benchmarks;

/// <summary>
/// Imports 10,000 generated minute texts through the real <see cref="MinuteImporter"/>, as the CLI does: the same
/// service registration, a fresh migrated SQLite file in WAL mode, one DI scope (one context) and one transaction
/// per text. Each iteration starts from an empty file, so nothing is "unchanged". Baselines in the same run: parsing
/// the same texts without a database, and 10,000 one-row transactions of the same texts into a bare table (the floor
/// that "one transaction per text" costs on this disk), and the very statements the import issued (recorded from a real
/// import of the same texts) replayed through bare ADO.NET: the floor under the importer's SQL, whatever the code above
/// it. Each runs with PRAGMA synchronous FULL and NORMAL.
/// Run: dotnet run -c Release --project tests/CouncilDecisions.Benchmarks -- --filter '*ImportBenchmarks*'
/// </summary>
[Config(typeof(Config))]
public class ImportBenchmarks : IDisposable
{
    public const int DocumentCount = 10_000;

    // For a quicker loop while iterating (IMPORT_BENCH_COUNT=1000); the recorded figures are for DocumentCount.
    private static readonly int Count = int.TryParse(Environment.GetEnvironmentVariable("IMPORT_BENCH_COUNT"), CultureInfo.InvariantCulture, out var n) && n > 0
        ? n : DocumentCount;

    private ImportRequest[] _requests = [];
    private string _folder = "";
    private ServiceProvider? _services;
    private SqliteConnection? _bare;

    /// <summary>SQLite's PRAGMA synchronous (Database:SqliteSynchronous): Full flushes every commit to disk.</summary>
    [Params(SqliteSynchronous.Full, SqliteSynchronous.Normal)]
    public SqliteSynchronous Synchronous { get; set; } = SqliteSynchronous.Normal;

    [GlobalSetup]
    public void Setup()
    {
        _requests = ImportDocuments.Generate(Count, seed: 20261124);

        // The generator is only useful if the parser reads every text as the family it was written as.
        var unknown = _requests.Count(r => MinuteParser.Parse(r.Content).Kind == DocumentKind.Unknown);
        if (unknown > 0)
        {
            throw new InvalidOperationException($"{unknown} generated texts parse as unknown.");
        }
    }

    internal void UseRequests(ImportRequest[] requests) => _requests = requests;

    [IterationSetup(Targets = [nameof(Import), nameof(ImportBatched)])]
    public void SetupImport()
    {
        _folder = NewFolder();
        _services = ImportServices(_folder, Synchronous);
        using var scope = _services.CreateScope();
        scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync().GetAwaiter().GetResult();
    }

    [IterationCleanup(Targets = [nameof(Import), nameof(ImportBatched)])]
    public void CleanupImport()
    {
        _services?.Dispose();
        _services = null;
        DeleteFolder();
    }

    // Recorded once per process (the in-process toolchain runs every case in this one) from the real import of the same texts.
    private static ImportReplay? s_replay;
    private string _replayFile = "";

    [IterationSetup(Targets = [nameof(ReplayNewCommands), nameof(ReplayPrepared), nameof(ReplayGrouped)])]
    public void SetupReplay()
    {
        s_replay ??= ImportReplay.Record(_requests).GetAwaiter().GetResult();
        _replayFile = ImportReplay.NewDatabase().GetAwaiter().GetResult();
    }

    [IterationCleanup(Targets = [nameof(ReplayNewCommands), nameof(ReplayPrepared), nameof(ReplayGrouped)])]
    public void CleanupReplay()
    {
        // Outside the measurement: the replay must have written what the import wrote.
        s_replay!.Verify(_replayFile);
        ImportReplay.DeleteDatabase(_replayFile);
    }

    [IterationSetup(Target = nameof(BareTransactions))]
    public void SetupBare()
    {
        _folder = NewFolder();
        _bare = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder, "bare.db") }.ToString());
        _bare.Open();
        using var command = _bare.CreateCommand();
        command.CommandText = $"PRAGMA journal_mode=WAL; PRAGMA synchronous={Synchronous.ToString().ToUpperInvariant()}; CREATE TABLE Texts (Id INTEGER PRIMARY KEY, SourceKey TEXT NOT NULL, Text TEXT NOT NULL);";
        command.ExecuteNonQuery();
    }

    [IterationCleanup(Target = nameof(BareTransactions))]
    public void CleanupBare()
    {
        _bare?.Dispose();
        _bare = null;
        DeleteFolder();
    }

    [Benchmark(Baseline = true, Description = "Parse 10,000 texts (no database)")]
    public int Parse()
    {
        var count = 0;
        foreach (var request in _requests)
        {
            count += MinuteParser.Parse(request.Content).Minutes.Count;
        }

        return count;
    }

    [Benchmark(Description = "10,000 one-row transactions (ADO.NET)")]
    public int BareTransactions()
    {
        using var command = _bare!.CreateCommand();
        command.CommandText = "INSERT INTO Texts (SourceKey, Text) VALUES ($key, $text)";
        var key = command.Parameters.Add("$key", SqliteType.Text);
        var text = command.Parameters.Add("$text", SqliteType.Text);
        foreach (var request in _requests)
        {
            using var transaction = _bare.BeginTransaction();
            command.Transaction = transaction;
            key.Value = request.SourceKey;
            text.Value = Encoding.UTF8.GetString(request.Content);
            command.ExecuteNonQuery();
            transaction.Commit();
        }

        return _requests.Length;
    }

    [Benchmark(Description = "The import's SQL replayed, new command each (ADO.NET)")]
    public int ReplayNewCommands() => s_replay!.Replay(_replayFile, ReplayMode.NewCommands, Synchronous);

    [Benchmark(Description = "The import's SQL replayed, prepared once (ADO.NET)")]
    public int ReplayPrepared() => s_replay!.Replay(_replayFile, ReplayMode.Prepared, Synchronous);

    [Benchmark(Description = "The same, 100 texts per transaction (savepoints)")]
    public int ReplayGrouped() => s_replay!.Replay(_replayFile, ReplayMode.PreparedGrouped, Synchronous);

    [Benchmark(Description = "Import 10,000 texts (MinuteImporter)")]
    public async Task<int> Import()
    {
        var imported = 0;
        foreach (var request in _requests)
        {
            using var scope = _services!.CreateScope();
            var result = await scope.ServiceProvider.GetRequiredService<MinuteImporter>().ImportAsync(request);
            if (result.Outcome != ImportOutcome.Imported)
            {
                throw new InvalidOperationException($"{request.FileName}: {result.Outcome} {result.Error}");
            }

            imported++;
        }

        return imported;
    }

    /// <summary>Texts per <see cref="MinuteImporter.ImportBatchAsync"/> call, as the CLI sends them.</summary>
    public const int BatchSize = 200;

    [Benchmark(Description = "Import 10,000 texts, 200 per batch (ImportBatchAsync)")]
    public async Task<int> ImportBatched()
    {
        var imported = 0;
        foreach (var batch in _requests.Chunk(BatchSize))
        {
            using var scope = _services!.CreateScope();
            foreach (var result in await scope.ServiceProvider.GetRequiredService<MinuteImporter>().ImportBatchAsync(batch))
            {
                if (result.Outcome != ImportOutcome.Imported)
                {
                    throw new InvalidOperationException($"{result.FileName}: {result.Outcome} {result.Error}");
                }

                imported++;
            }
        }

        return imported;
    }

    public void Dispose()
    {
        _services?.Dispose();
        _bare?.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>A fresh folder under the temp folder for one iteration's database.</summary>
    internal static string NewFolder(string prefix = "import")
    {
        var folder = Path.Combine(Path.GetTempPath(), "councildecisions-bench", prefix + "-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>The services the CLI registers for an import, on a SQLite file in <paramref name="folder"/>.</summary>
    internal static ServiceProvider ImportServices(string folder, SqliteSynchronous synchronous, Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [DatabaseSettings.DataFolderKey] = folder,
                [DatabaseSettings.SqliteSynchronousKey] = synchronous.ToString(),
            })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDecisionsDatabase(configuration);
        services.AddScoped<MinuteImporter>();
        configure?.Invoke(services);
        return services.BuildServiceProvider(validateScopes: true);
    }

    private void DeleteFolder()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            // One operation is a whole 10,000-text import (minutes on a busy machine), so: no pilot or unrolling, one
            // warm-up and two measured iterations, in-process with a longer time-out than the default 5 minutes. The
            // same job for every method (IterationSetup would otherwise give the import its own), so ratios compare.
            AddJob(Job.Default
                .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true))
                .WithStrategy(RunStrategy.Monitoring)
                .WithInvocationCount(1)
                .WithUnrollFactor(1)
                .WithLaunchCount(1)
                .WithWarmupCount(1)
                .WithIterationCount(2));
        }
    }
}

/// <summary>
/// Varied minute texts in the three families the parser knows, with distinct titles and source keys, from a fixed
/// seed: a few councils, each with its own bodies and councillors, so people and bodies recur across texts as on a
/// real council's site.
/// </summary>
internal static class ImportDocuments
{
    private static readonly string[] Councils =
    [
        "Ashford Borough Council", "Bristol City Council", "Cheshire East Council", "Derby City Council",
        "Exeter City Council", "Fenland District Council", "Gloucestershire County Council", "Harrow Council",
        "Ipswich Borough Council", "Kent County Council", "Leeds City Council", "Mendip District Council",
    ];

    private static readonly string[] Bodies =
    [
        "Cabinet", "Executive", "Planning Committee", "Licensing Committee", "Overview and Scrutiny Committee",
        "Full Council", "Audit Committee", "Policy and Resources Committee",
    ];

    private static readonly string[] FirstNames =
    [
        "Alice", "Ben", "Carys", "David", "Emma", "Farid", "Grace", "Harry", "Imran", "Julia", "Kieran", "Lucy",
        "Mohammed", "Nia", "Owen", "Priya", "Rhys", "Sara", "Tom", "Yasmin",
    ];

    private static readonly string[] Surnames =
    [
        "Ahmed", "Baker", "Clarke", "Davies", "Evans", "Fletcher", "Green", "Hughes", "Iqbal", "Jones", "Khan",
        "Lewis", "Morgan", "Newton", "Owens", "Patel", "Quinn", "Roberts", "Singh", "Turner", "Walker", "Young",
    ];

    private static readonly string[] Topics =
    [
        "Digital", "Housing", "Parking", "Highways", "Libraries", "Waste", "Recycling", "Leisure", "Cemetery",
        "Allotments", "Licensing", "Regeneration", "Procurement", "Transport", "Climate", "Flood Risk", "Tourism",
        "Broadband", "Adult Social Care", "Children's Services", "Heritage", "Parks", "Markets", "Street Lighting",
    ];

    private static readonly string[] Nouns =
    [
        "Strategy", "Policy", "Review", "Action Plan", "Contract Award", "Budget Proposals", "Consultation Outcome",
        "Capital Programme", "Service Redesign", "Fees and Charges", "Framework", "Business Case",
    ];

    private static readonly string[] Services = ["Finance", "Legal Services", "Housing", "Planning", "ICT", "Environment", "Customer Services"];

    private static readonly string[] Prose =
    [
        "The report set out the options considered and the financial implications for the council.",
        "Members noted the outcome of the public consultation and the equality impact assessment.",
        "In response to a question, officers confirmed that the scheme would be delivered within the existing budget.",
        "The committee welcomed the proposals and thanked officers for their work with partners.",
        "Concerns were raised about the timescale for implementation and the risks to service delivery.",
        "It was noted that the proposals had been considered by the scrutiny panel at its previous meeting.",
        "The capital investment would be met from reserves and reviewed as part of the medium term financial plan.",
        "Residents had responded in large numbers and most supported the preferred option.",
    ];

    public static ImportRequest[] Generate(int count, int seed)
    {
        var random = new Random(seed);
        var requests = new ImportRequest[count];
        for (var i = 0; i < count; i++)
        {
            var council = Councils[random.Next(Councils.Length)];
            var title = $"{Topics[random.Next(Topics.Length)]} {Nouns[random.Next(Nouns.Length)]} {2015 + (i % 10)}/{i + 1:D5}";
            var family = random.Next(3);
            var text = family switch
            {
                0 => DecisionDetails(random, council, title),
                1 => IssueMeetings(random, council, title),
                _ => AgendaItem(random, council, title),
            };
            var name = string.Create(CultureInfo.InvariantCulture, $"generated-{i + 1:D5}-{(family == 0 ? "decision" : family == 1 ? "issue" : "item")}.txt");
            requests[i] = new ImportRequest(name, name, Encoding.UTF8.GetBytes(text)) { ImportedBy = "benchmark" };
        }

        return requests;
    }

    private static string DecisionDetails(Random random, string council, string title)
    {
        var text = new StringBuilder();
        var decided = Date(random);
        text.Append(council).Append("\n\nDecision details\n\n").Append(title).Append("\n\n");
        text.Append("Decision Maker: ").Append(Body(random)).Append("\n\n");
        text.Append("Decision status: Recommendations Approved\n\n");
        text.Append("Is Key decision?: ").Append(random.Next(2) == 0 ? "Yes" : "No").Append("\n\n");
        text.Append("Is subject to call in?: ").Append(random.Next(2) == 0 ? "Yes" : "No").Append("\n\n");
        text.Append("Purpose:\n\n").Append(Sentence(random)).Append("\n\n");
        text.Append("Decision:\n\nRESOLVED that:\n\n");
        Numbered(random, text, random.Next(1, 5));
        text.Append("Reason for the Decision\n\n").Append(Sentence(random)).Append("\n\n");
        text.Append("Any Alternative Options Considered and Rejected\n\n").Append(Sentence(random)).Append("\n\n");
        text.Append("Publication date: ").Append(Format(decided.AddDays(3))).Append("\n\n");
        text.Append("Date of decision: ").Append(Format(decided)).Append("\n\n");
        return text.ToString();
    }

    private static string IssueMeetings(Random random, string council, string title)
    {
        var text = new StringBuilder();
        var item = random.Next(1, 150);
        text.Append(council).Append("\n\nIssue - meetings\n\n").Append(title).Append("\n\n");
        text.Append("Meeting: ").Append(Format(Date(random))).Append(" - ").Append(Body(random)).Append(" (Item ").Append(item).Append(")\n\n");
        text.Append(item).Append(' ').Append(title).Append(" pdf icon PDF 131 KB\n\n");
        text.Append("Contact: ").Append(Name(random, council)).Append(", Head of ").Append(Services[random.Next(Services.Length)]).Append(" Tel: 01234 567890\n\n");
        text.Append(Sentence(random)).Append("\n\n");
        text.Append("The Cabinet is RECOMMENDED to:\n\n");
        text.Append("(a) ").Append(Sentence(random)).Append("\n\n(b) ").Append(Sentence(random)).Append("\n\n");
        text.Append("Decision:\n\nRecommendations agreed.\n\nMinutes:\n\n");
        text.Append("Councillor ").Append(Name(random, council)).Append(", Cabinet Member for ").Append(Topics[random.Next(Topics.Length)])
            .Append(", introduced the report. ").Append(Sentence(random)).Append("\n\n");
        for (var p = random.Next(2, 6); p > 0; p--)
        {
            text.Append(Sentence(random)).Append(' ').Append(Sentence(random)).Append("\n\n");
        }

        text.Append("RESOLVED: to:\n\n(a) ").Append(Sentence(random)).Append("\n\n");
        return text.ToString();
    }

    private static string AgendaItem(Random random, string council, string title)
    {
        var text = new StringBuilder();
        text.Append(council).Append("\n\nAgenda item\n\n").Append(title).Append("\n\n");
        text.Append("Officer: ").Append(Name(random, council)).Append("\n\n");
        text.Append("Key decision: ").Append(random.Next(2) == 0 ? "yes" : "no").Append("\n\n");
        text.Append("Minutes:\n\n");
        for (var p = random.Next(3, 8); p > 0; p--)
        {
            text.Append(Sentence(random)).Append(' ').Append(Sentence(random)).Append("\n\n");
        }

        if (random.Next(3) == 0)
        {
            text.Append("Councillor ").Append(Name(random, council)).Append(" arrived at 19.").Append(random.Next(10, 60)).Append(".\n\n");
        }

        text.Append("All recommendations were moved by Councillor ").Append(Name(random, council))
            .Append(" and Councillor ").Append(Name(random, council)).Append(" seconded.\n\n");
        text.Append("All Members were unanimously in favour.\n\nRESOLVED that:\n\n");
        Numbered(random, text, random.Next(1, 4));
        return text.ToString();
    }

    private static void Numbered(Random random, StringBuilder text, int count)
    {
        for (var n = 1; n <= count; n++)
        {
            text.Append(n).Append(") ").Append(Sentence(random)).Append("\n\n");
        }
    }

    // Each council has its own 60 councillors and officers, so a name recurs within a council but not across them.
    private static string Name(Random random, string council)
    {
        var offset = Array.IndexOf(Councils, council) * 7;
        var n = random.Next(60);
        return FirstNames[(n + offset) % FirstNames.Length] + " " + Surnames[(n * 3 + offset) % Surnames.Length];
    }

    private static string Body(Random random) => Bodies[random.Next(Bodies.Length)];

    private static string Sentence(Random random) => Prose[random.Next(Prose.Length)];

    private static DateOnly Date(Random random) => new DateOnly(2015, 1, 1).AddDays(random.Next(0, 10 * 365));

    private static string Format(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}

/// <summary>
/// One import of the benchmark's texts, timed by wall clock and by this process's CPU time: on a shared machine the
/// CPU time moves far less with other people's builds, so it is the better signal while trying a change. Not a
/// substitute for the BenchmarkDotNet figures in docs/benchmarks.md.
/// </summary>
internal static class ImportQuickRun
{
    public static async Task RunAsync(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2_000;
        var synchronous = args.Length > 1 ? Enum.Parse<SqliteSynchronous>(args[1], ignoreCase: true) : SqliteSynchronous.Normal;
        var batched = args.Length > 2 && args[2] == "batched";
        var requests = ImportDocuments.Generate(count, seed: 20261124);
        var benchmark = new ImportBenchmarks { Synchronous = synchronous };
        for (var round = 0; round < 2; round++)
        {
            benchmark.SetupImport();
            benchmark.UseRequests(requests);
            var process = System.Diagnostics.Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            var written = WrittenBytes();
            var clock = System.Diagnostics.Stopwatch.StartNew();
            _ = batched ? await benchmark.ImportBatched() : await benchmark.Import();
            process.Refresh();
            written = WrittenBytes() - written;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{(round == 0 ? "warm-up" : "measured")}: {count} texts, {synchronous}{(batched ? ", batched" : "")}: {clock.Elapsed.TotalSeconds:F2} s wall, {(process.TotalProcessorTime - cpu).TotalSeconds:F2} s CPU, {written / count / 1024.0:F0} KiB written per text, load {File.ReadAllText("/proc/loadavg").Trim()}"));
            benchmark.CleanupImport();
        }
    }

    /// <summary><c>write-texts FOLDER [count]</c>: the benchmark's texts as files, for timing the CLI's own import of them.</summary>
    public static void WriteTexts(string[] args)
    {
        var folder = args[0];
        var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : ImportBenchmarks.DocumentCount;
        Directory.CreateDirectory(folder);
        foreach (var request in ImportDocuments.Generate(count, seed: 20261124))
        {
            File.WriteAllBytes(Path.Combine(folder, request.FileName), request.Content);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count} texts written to {folder}"));
    }

    // wchar in /proc/self/io: bytes this process passed to write(), WAL frames included.
    private static long WrittenBytes() =>
        File.ReadLines("/proc/self/io").Where(l => l.StartsWith("wchar:", StringComparison.Ordinal))
            .Select(l => long.Parse(l["wchar:".Length..], CultureInfo.InvariantCulture)).FirstOrDefault();
}
