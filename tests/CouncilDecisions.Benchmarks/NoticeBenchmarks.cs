using BenchmarkDotNet.Attributes;
using CouncilDecisions.Notices;
using CouncilDecisions.UnitTests.Notices;

namespace CouncilDecisions.Benchmarks;

/// <summary>
/// One notice per operation, single thread, in process. The baseline is the measuring and pagination pass alone,
/// so the ratio shows what font subsetting and Skia's PDF writing add on top of layout.
/// </summary>
[MemoryDiagnoser]
public class NoticeBenchmarks
{
    private DecisionNoticeData _notice = null!;

    [GlobalSetup]
    public void Setup()
    {
        // The seed-000 decision without its eight scrutiny items, so that it fits one page.
        _notice = NoticeSamples.Cambridge() with { ScrutinyComments = [] };

        // Warm the static font tables outside the measured operations.
        DecisionNotice.Generate(_notice, NoticeSamples.Created);
    }

    [Benchmark(Baseline = true, Description = "Notice layout only (measure + paginate)")]
    public int NoticeLayout() => DecisionNotice.Compose(_notice, NoticeSamples.Created).Layout().Pages.Count;

    [Benchmark(Description = "Notice PDF (layout + subset fonts + write)")]
    public void NoticePdf() => DecisionNotice.Generate(_notice, Stream.Null, NoticeSamples.Created);
}
