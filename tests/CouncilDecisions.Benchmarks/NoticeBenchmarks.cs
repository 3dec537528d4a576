using BenchmarkDotNet.Attributes;
using CouncilDecisions.Notices;
using CouncilDecisions.Notices.Composition.Layout;

namespace CouncilDecisions.Benchmarks;

/// <summary>
/// One notice per operation, single thread, in process. The baseline is the measuring and pagination pass alone,
/// so the ratio shows what font subsetting and Skia's PDF writing add on top of layout.
/// </summary>
[MemoryDiagnoser]
public class NoticeBenchmarks
{
    private static readonly DateTimeOffset Created = new(2018, 10, 9, 12, 0, 0, TimeSpan.Zero);
    private DecisionNoticeData _notice = null!;

    [GlobalSetup]
    public void Setup()
    {
        _notice = new DecisionNoticeData
        {
            Council = "Cambridge City Council",
            Title = "Digital Transformation Strategy",
            DecisionMaker = "Executive Councillor for Transformation",
            DecisionDate = new DateOnly(2018, 7, 2),
            PublicationDate = new DateOnly(2018, 10, 9),
            KeyDecision = true,
            CallInStatus = "Not subject to call-in",
            Purpose = "Whether to adopt the draft Digital Transformation Strategy for Cambridge City Council.",
            DecisionText = "The Officer’s report introduced a draft Digital Transformation Strategy for the Council. The strategy set out a vision and ambition for the council to use new technologies to improve customer services, improve productivity, achieve efficiencies and open up possibilities for involving and engaging residents in a new way.",
            Resolutions = [new NoticeResolution("i.", "Approved the draft Digital Transformation Strategy attached at Appendix A of the officer’s report.")],
            Reasons = "As set out in the Officer’s report.",
            Alternatives = "Not applicable.",
            ConflictsOfInterest = "No conflicts of interest were declared by the Executive Councillor.",
            Status = "Recommendations Approved",
            PublicUrl = new Uri("https://democracy.cambridge.gov.uk/ieDecisionDetails.aspx?ID=3553"),
        };

        // Warm the static font tables outside the measured operations.
        DecisionNotice.Generate(_notice, Created);
    }

    [Benchmark(Baseline = true, Description = "Notice layout only (measure + paginate)")]
    public int NoticeLayout() => DecisionNotice.Compose(_notice, Created).Layout().Pages.Count;

    [Benchmark(Description = "Notice PDF (layout + subset fonts + write)")]
    public void NoticePdf() => DecisionNotice.Generate(_notice, Stream.Null, Created);
}
