extern alias web;

using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using CouncilDecisions.Domain;
using web::CouncilDecisions.Web.Features.Feeds;

namespace CouncilDecisions.Benchmarks;

/// <summary>
/// The CSV export streams in constant memory: the same writer the web endpoints use, fed by a generator of
/// decision rows (as EF's AsAsyncEnumerable feeds it), writing to a stream that only counts bytes. Allocation
/// per row must not change between 100,000 and 1,000,000 rows, and the live heap must stay flat.
/// </summary>
/// <remarks>Run with: dotnet run -c Release --project tests/CouncilDecisions.Benchmarks -- --filter '*ExportBenchmarks*'</remarks>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class ExportBenchmarks
{
    private static readonly string[] Titles =
    [
        "Digital Transformation Strategy",
        "ICT Strategy, Digital Strategy & Endorsement of Local Digital Declaration",
        "=HYPERLINK(\"http://example.org\") – a title a spreadsheet would run",
        "Housing Revenue Account budget 2025/26 – “rent setting”",
    ];

    private static readonly string[] Councils = ["Cambridge City Council", "Melton Borough Council", "Oxfordshire County Council"];

    private const string Purpose =
        "Whether to adopt the draft Digital Transformation Strategy for Cambridge City Council.\n\nThe strategy set out a vision " +
        "and ambition for the council to use new technologies to improve customer services, improve productivity and achieve efficiencies.";

    private long _bytes;
    private long _peakManagedHeap;

    [Params(100_000, 1_000_000)]
    public int Rows { get; set; }

    [Benchmark]
    public async Task<long> ExportCsv()
    {
        await using var output = new CountingStream();
        var written = await DecisionCsvWriter.WriteAsync(Generate(Rows), output, Web, Api, CancellationToken.None);
        if (written != Rows)
        {
            throw new InvalidOperationException("rows lost");
        }

        _bytes = output.Bytes;
        _peakManagedHeap = Math.Max(_peakManagedHeap, output.PeakManagedHeap);
        return output.Bytes;
    }

    [GlobalCleanup]
    public void Report()
    {
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// ExportBenchmarks rows={Rows:N0} csvBytes={_bytes:N0} peakManagedHeapDuringExport={_peakManagedHeap / 1024.0 / 1024.0:F1} MB " +
            $"managedHeapNow={GC.GetTotalMemory(forceFullCollection: true) / 1024.0 / 1024.0:F1} MB peakWorkingSet={process.PeakWorkingSet64 / 1024.0 / 1024.0:F1} MB " +
            $"gen0={GC.CollectionCount(0)} gen1={GC.CollectionCount(1)} gen2={GC.CollectionCount(2)}"));
    }

    private static string Web(int id) => "https://decisions.example.gov.uk/decisions/" + id.ToString(CultureInfo.InvariantCulture);

    private static string Api(int id) => "https://decisions.example.gov.uk/api/v1/decisions/" + id.ToString(CultureInfo.InvariantCulture);

    private static async IAsyncEnumerable<DecisionCsvRow> Generate(int count, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var day = new DateOnly(2018, 1, 1);
        for (var i = 1; i <= count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new DecisionCsvRow(
                i, Titles[i % Titles.Length], Councils[i % Councils.Length], "Executive Councillor for Transformation",
                i % 2 == 0 ? "Recommendations Approved" : "Decision made", day.AddDays(i % 2000), day.AddDays((i % 2000) + 5),
                i % 3 == 0, i % 5 == 0, CallInStatus.Expired, null, Purpose);
            if (i % 4096 == 0)
            {
                // As a database reader would, now and then.
                await Task.Yield();
            }
        }
    }

    /// <summary>A write-only stream that keeps nothing: counts bytes and samples the managed heap as data arrives.</summary>
    private sealed class CountingStream : Stream
    {
        public long Bytes { get; private set; }

        public long PeakManagedHeap { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => Bytes;

        public override long Position { get => Bytes; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Count(count);

        public override void Write(ReadOnlySpan<byte> buffer) => Count(buffer.Length);

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Count(count);
            return Task.CompletedTask;
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Count(buffer.Length);
            return ValueTask.CompletedTask;
        }

        public override void Flush()
        {
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        private void Count(int count)
        {
            Bytes += count;
            PeakManagedHeap = Math.Max(PeakManagedHeap, GC.GetTotalMemory(forceFullCollection: false));
        }
    }
}
