using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using CouncilDecisions.Importer.Parsing;

namespace CouncilDecisions.Benchmarks;

/// <summary>
/// Parse throughput over the five seeds, a large generated agenda-item page and sets of generated decision-details and
/// issue-meetings pages, against a baseline that only splits and whitespace-normalises the same text (the floor any
/// parser pays). Run:
/// <c>dotnet run -c Release --project tests/CouncilDecisions.Benchmarks -- --filter '*ParserBenchmarks*'</c>
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class ParserBenchmarks
{
    private string[] _texts = [];

    [Params("seeds", "scaled", "details", "issues")]
    public string Input { get; set; } = "seeds";

    [GlobalSetup]
    public void Setup()
    {
        _texts = Load(Input);
    }

    [Benchmark(Baseline = true, Description = "Split+normalise")]
    public int SplitAndNormalise()
    {
        var count = 0;
        foreach (var text in _texts)
        {
            count += TextTools.SplitParagraphs(text).Count;
        }

        return count;
    }

    [Benchmark(Description = "MinuteParser.Parse")]
    public int Parse()
    {
        var count = 0;
        foreach (var text in _texts)
        {
            count += MinuteParser.Parse(text).Minutes.Count;
        }

        return count;
    }

    /// <summary>UTF-8 bytes processed per operation for an input set.</summary>
    internal static long BytesPerOperation(string input) => Load(input).Sum(t => (long)Encoding.UTF8.GetByteCount(t));

    /// <summary>
    /// "seeds": the five seed texts, each parsed on its own. "scaled": one ~1 MB agenda-item page made of the seeds'
    /// minutes repeated with numbered resolutions, votes and attendance mixed in (a long full-council minute).
    /// "details" / "issues": 120 generated "Decision details" / "Issue - meetings" pages (fixed seed), each parsed on
    /// its own, with chrome, labels, scrutiny items, several meetings, named people, attendance and votes.
    /// </summary>
    internal static string[] Load(string input)
    {
        var seeds = Directory.GetFiles(FindSeeds(), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        switch (input)
        {
            case "seeds":
                return seeds;
            case "details":
                return Generate(seeds, DecisionDetailsPage);
            case "issues":
                return Generate(seeds, IssueMeetingsPage);
            default:
                break;
        }

        var builder = new StringBuilder("Melton Borough Council\n\nAgenda item\n\nBudget and Council Tax 2024/25\n\nMinutes:\n\n");
        for (var i = 1; builder.Length < 1_000_000; i++)
        {
            foreach (var seed in seeds)
            {
                var minutes = seed.IndexOf("Minutes:", StringComparison.Ordinal);
                builder.Append(minutes >= 0 ? seed[(minutes + 8)..] : seed).Append("\n\n");
            }

            builder.Append(CultureInfo.InvariantCulture, $"Councillor Member{i} arrived at 19.{i % 60:00}.\n\nMoved by Cllr Smith, seconded by Cllr Jones.\n\nFor: 7, Against: 2, Abstentions: 1\n\nRESOLVED that:\n\n1) the report be noted;\n\n2) item {i} be approved.\n\n");
        }

        return [builder.ToString()];
    }

    private static readonly string[] Surnames = ["Lygo", "Reeves", "Patel", "O'Neill", "Smith-Jones", "Okafor", "Hughes", "de Souza", "Williams", "Khan", "Brennan", "Thomas"];

    private static readonly string[] Forenames = ["Mark", "Eddie", "Priya", "Siobhan", "Alex", "Chidi", "Gwen", "Ana", "Rhys", "Amir", "Niamh", "Dafydd"];

    private static readonly string[] Topics = ["Digital Strategy", "Parking Permit Charges", "Library Opening Hours", "Housing Allocations Policy", "Waste Collection Contract", "Leisure Centre Refurbishment", "Climate Emergency Action Plan", "Council Tax Support Scheme"];

    private static readonly string[] Portfolios = ["Transformation", "Finance and Resources", "Environment", "Housing", "Communities & Leisure", "Highways"];

    private static string[] Generate(string[] seeds, Func<Random, string[], int, string> page)
    {
        // Prose from the seeds (paragraphs of 200+ characters) stands in for real discussion text.
        var prose = seeds.SelectMany(s => s.Split('\n')).Select(l => l.Trim()).Where(l => l.Length >= 200 && !l.Contains(':', StringComparison.Ordinal)).ToArray();
        var random = new Random(20240601);
        return [.. Enumerable.Range(1, 120).Select(i => page(random, prose, i))];
    }

    private static string Person(Random random) => $"{Forenames[random.Next(Forenames.Length)]} {Surnames[random.Next(Surnames.Length)]}";

    private static string Date(Random random) => $"{random.Next(1, 28):00}/{random.Next(1, 13):00}/{random.Next(2015, 2025)}";

    private static void Discussion(StringBuilder b, Random random, string[] prose, int paragraphs)
    {
        for (var p = 0; p < paragraphs; p++)
        {
            var councillor = Person(random);
            switch (random.Next(8))
            {
                case 0:
                    b.Append(CultureInfo.InvariantCulture, $"Councillor {councillor}, Cabinet Member for {Portfolios[random.Next(Portfolios.Length)]} introduced the report. ");
                    break;
                case 1:
                    b.Append(CultureInfo.InvariantCulture, $"Councillor {councillor.Split(' ')[1]} arrived at 19.{random.Next(60):00}. ");
                    break;
                case 2:
                    b.Append(CultureInfo.InvariantCulture, $"{councillor}, Corporate Director for {Portfolios[random.Next(Portfolios.Length)]}, responded to questions. ");
                    break;
                case 3:
                    b.Append(CultureInfo.InvariantCulture, $"It was moved by Councillor {councillor} and seconded by Cllr {Person(random)} that the recommendations be approved.\n\n");
                    b.Append(CultureInfo.InvariantCulture, $"On being put to the vote there were {random.Next(3, 12)} votes for, {random.Next(4)} against and {random.Next(3)} abstentions and the motion was carried.\n\n");
                    continue;
                default:
                    break;
            }

            b.Append(prose[random.Next(prose.Length)]).Append("\n\n");
        }
    }

    private static string DecisionDetailsPage(Random random, string[] prose, int i)
    {
        var topic = Topics[i % Topics.Length];
        var decided = Date(random);
        var b = new StringBuilder();
        b.Append("Accessibility settings\n\nColour preference\n\nText size\n\nTestshire County Council\n\nHome > Council and Democracy > Decision details\n\nDecision details\n\n");
        b.Append(CultureInfo.InvariantCulture, $"{topic} {i}\n\n");
        b.Append(CultureInfo.InvariantCulture, $"Decision Maker: Cabinet Member for {Portfolios[i % Portfolios.Length]}\n\nDecision status: Recommendations Approved\n\n");
        b.Append(CultureInfo.InvariantCulture, $"Is Key decision?: {(i % 2 == 0 ? "Yes" : "No")}\n\nIs subject to call in?: Yes\n\nPurpose:\n\nTo decide whether to adopt the {topic} for the county.\n\n");
        b.Append("Decision:\n\nRESOLVED that:\n\n");
        var resolutions = random.Next(2, 6);
        for (var r = 1; r <= resolutions; r++)
        {
            b.Append(CultureInfo.InvariantCulture, $"({r}) approve part {r} of the {topic}, as set out at Appendix {r} of the report;\n\n");
        }

        b.Append("Reason for the Decision\n\nAs set out in the Officer\u2019s report.\n\nAny Alternative Options Considered and Rejected\n\nNot applicable.\n\n");
        b.Append(CultureInfo.InvariantCulture, $"Scrutiny Considerations\n\nThe Committee received a report from the Head of {Portfolios[random.Next(Portfolios.Length)]}.\n\n");
        b.Append("The Committee made the following comments in response to the report:\n\n");
        string[] numerals = ["i.", "ii.", "iii.", "iv.", "v.", "vi."];
        var comments = random.Next(2, 7);
        for (var c = 0; c < comments; c++)
        {
            b.Append(CultureInfo.InvariantCulture, $"     {numerals[c]}        {prose[random.Next(prose.Length)]}\n\n");
        }

        b.Append("The Head of Service said the following in response to Members\u2019 questions:\n\n");
        var responses = random.Next(1, 5);
        for (var c = 0; c < responses; c++)
        {
            b.Append(CultureInfo.InvariantCulture, $"     {numerals[c]}        {prose[random.Next(prose.Length)]}\n\n");
        }

        Discussion(b, random, prose, random.Next(1, 5));
        b.Append("Conflicts of Interest Declared by the Executive Councillor (and any Dispensations Granted)\n\nNone.\n\n");
        b.Append(CultureInfo.InvariantCulture, $"Wards affected: (All Wards);\n\nLead officer: {Person(random)}\n\nImplementation date: {Date(random)}\n\n");
        b.Append(CultureInfo.InvariantCulture, $"Publication date: {decided}\n\nDate of decision: {decided}\n\nDecided at meeting: {decided} - Cabinet\n\n");
        return b.ToString();
    }

    private static string IssueMeetingsPage(Random random, string[] prose, int i)
    {
        var topic = Topics[i % Topics.Length];
        var b = new StringBuilder();
        b.Append("Accessibility settings\n\nIn order to remember your preferences as you navigate through the site, a cookie will be set.\n\nTestshire District Council\n\nIssue - meetings\n\n");
        b.Append(CultureInfo.InvariantCulture, $"{topic} {i}\n\n");
        for (var m = random.Next(1, 4); m >= 1; m--)
        {
            var item = random.Next(10, 200);
            b.Append(CultureInfo.InvariantCulture, $"Meeting: {Date(random)} - {(m == 1 ? "Cabinet" : "Scrutiny Committee")} (Item {item})\n\n{item} {topic} pdf icon PDF {random.Next(90, 900)} KB\n\n");
            b.Append(CultureInfo.InvariantCulture, $"Cabinet Member: {Portfolios[random.Next(Portfolios.Length)]}\n\nForward Plan Ref: 2019/{random.Next(100, 999)}\n\n");
            b.Append(CultureInfo.InvariantCulture, $"Contact: {Person(random)}, Head of ICT (Interim) Tel: 07920 {random.Next(100000, 999999)}\n\nReport by Head of ICT (Interim) (CA{random.Next(1, 20)}).\n\n");
            b.Append(prose[random.Next(prose.Length)]).Append("\n\nThe Cabinet is RECOMMENDED to:\n\n");
            b.Append(CultureInfo.InvariantCulture, $"(a)          Agree the proposed {topic}; and\n\n(b)          Delegate its implementation to the Director.\n\n");
            b.Append("Additional documents:\n\nDecision:\n\nRecommendations agreed.\n\nMinutes:\n\n");
            var minutes = random.Next(2, 6);
            for (var n = 1; n <= minutes; n++)
            {
                b.Append(CultureInfo.InvariantCulture, $"{item}.{n}           ");
                Discussion(b, random, prose, 1);
            }

            b.Append("RESOLVED:             to:\n\n(a)          agree the proposals; and\n\n(b)          note the report.\n\n");
        }

        return b.ToString();
    }

    private static string FindSeeds()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CouncilDecisions.sln")))
            {
                return Path.Combine(dir.FullName, "seeds");
            }
        }

        throw new InvalidOperationException("CouncilDecisions.sln not found above " + AppContext.BaseDirectory);
    }

    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig()
        {
            AddColumn(new MegabytesPerSecondColumn(), new BytesColumn());

            // With one processor (--affinity 1) the runtime waits ten times longer before it starts promoting hot
            // methods to optimised code, and restarts the wait whenever new Tier-0 code is compiled, so the short job
            // would time the JIT's warm-up rather than the parser. No wait before call counting: tiering and dynamic PGO
            // as usual, so the figure is the optimised code a long import runs (docs/benchmarks.md, "Parser").
            AddJob(Job.Default.WithEnvironmentVariable(new EnvironmentVariable("DOTNET_TC_CallCountingDelayMs", "0")).AsMutator());
        }
    }

    /// <summary>A custom column computed from the input size of the case's <see cref="Input"/>.</summary>
    private abstract class InputColumn(string name, string legend, UnitType unit, int priority) : IColumn
    {
        public string Id => GetType().Name;

        public string ColumnName => name;

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => priority;

        public bool IsNumeric => true;

        public UnitType UnitType => unit;

        public string Legend => legend;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
            Value(summary, benchmarkCase, BytesPerOperation((string)benchmarkCase.Parameters["Input"]));

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;

        protected abstract string Value(Summary summary, BenchmarkCase benchmarkCase, long bytes);
    }

    /// <summary>MB/s (10^6 bytes of UTF-8 input per second) from the mean time of one operation.</summary>
    private sealed class MegabytesPerSecondColumn()
        : InputColumn("MB/s", "Input MB (10^6 bytes, UTF-8) processed per second on one thread", UnitType.Dimensionless, 0)
    {
        protected override string Value(Summary summary, BenchmarkCase benchmarkCase, long bytes) =>
            summary[benchmarkCase]?.ResultStatistics is { } stats
                ? (bytes / (stats.Mean / 1e9) / 1e6).ToString("N1", CultureInfo.InvariantCulture)
                : "-";
    }

    private sealed class BytesColumn() : InputColumn("Bytes/op", "UTF-8 input bytes per operation", UnitType.Size, 1)
    {
        protected override string Value(Summary summary, BenchmarkCase benchmarkCase, long bytes) =>
            bytes.ToString(CultureInfo.InvariantCulture);
    }
}

/// <summary>
/// <c>parse-quick INPUT [seconds]</c>: parses one of <see cref="ParserBenchmarks"/>' inputs in a loop and prints MB/s by
/// wall clock and by this process's CPU time, which moves less with other people's builds. A working aid for comparing
/// two builds (run both under <c>taskset -c 1</c> with <c>DOTNET_TC_CallCountingDelayMs=0</c>), not the recorded figure.
/// </summary>
internal static class ParseQuickRun
{
    public static void Run(string[] args)
    {
        var input = args.Length > 0 ? args[0] : "seeds";
        var seconds = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        var texts = ParserBenchmarks.Load(input);
        var bytes = texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t));
        var process = System.Diagnostics.Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var rounds = 0;
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            foreach (var text in texts)
            {
                MinuteParser.Parse(text);
            }

            rounds++;
        }

        process.Refresh();
        var used = (process.TotalProcessorTime - cpu).TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{input}: {rounds} rounds, {bytes * rounds / clock.Elapsed.TotalSeconds / 1e6:F1} MB/s wall, {bytes * rounds / used / 1e6:F1} MB/s CPU"));
    }
}
