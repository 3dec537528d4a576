using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using CouncilDecisions.Importer.Parsing;

namespace CouncilDecisions.Benchmarks;

/// <summary>
/// Parse throughput over the five seeds and over a large generated page, against a baseline that only splits and
/// whitespace-normalises the same text (the floor any parser pays). Run:
/// <c>dotnet run -c Release --project tests/CouncilDecisions.Benchmarks -- --filter '*ParserBenchmarks*'</c>
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class ParserBenchmarks
{
    private string[] _texts = [];

    [Params("seeds", "scaled")]
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
    /// </summary>
    private static string[] Load(string input)
    {
        var seeds = Directory.GetFiles(FindSeeds(), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        if (input == "seeds")
        {
            return seeds;
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
        public ThroughputConfig() => AddColumn(new MegabytesPerSecondColumn(), new BytesColumn());
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
