using System.Globalization;
using System.Text;
using CouncilDecisions.Domain;
using CouncilDecisions.Web.Features.Api;
using CsvHelper;
using CsvHelper.Configuration;

namespace CouncilDecisions.Web.Features.Feeds;

/// <summary>One decision as a CSV line.</summary>
public sealed record DecisionCsvRow(
    int Id, string Title, string Council, string? DecisionMaker, string? Status, DateOnly? DecisionDate, DateOnly? PublicationDate,
    bool? KeyDecision, bool? SubjectToCallIn, CallInStatus CallInStatus, DateOnly? CallInDeadline, string? Purpose);

/// <summary>
/// Writes decisions as CSV to a stream in constant memory: rows are formatted into a small buffer and copied to
/// the stream asynchronously every few rows (Kestrel forbids synchronous writes, which CsvHelper would make
/// straight to a response stream), so nothing grows with the number of rows.
/// </summary>
public static class DecisionCsvWriter
{
    public const string ContentType = "text/csv; charset=utf-8";

    private const int RowsPerFlush = 64;
    private const int FlushThreshold = 32 * 1024;

    private static readonly string[] Header =
    [
        "id", "title", "council", "decision_maker", "status", "decision_date", "publication_date", "key_decision",
        "subject_to_call_in", "call_in_status", "call_in_deadline", "purpose", "web", "api",
    ];

    // CSV injection: a cell starting with = + - @ (or tab, CR) is prefixed with ' so spreadsheets show it as text.
    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture)
    {
        InjectionOptions = InjectionOptions.Escape,
        InjectionEscapeCharacter = '\'',
    };

    /// <returns>The number of rows written.</returns>
    public static async Task<long> WriteAsync(IAsyncEnumerable<DecisionCsvRow> rows, Stream output, Func<int, string> webUrl,
        Func<int, string> apiUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(webUrl);
        ArgumentNullException.ThrowIfNull(apiUrl);
        // UTF-8 with a byte-order mark, so that spreadsheet programs read £ and ’ correctly.
        var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 16 * 1024, leaveOpen: true);
        await using (writer.ConfigureAwait(false))
        {
            using var buffer = new StringWriter(CultureInfo.InvariantCulture);
            using var csv = new CsvWriter(buffer, Configuration);
            foreach (var name in Header)
            {
                csv.WriteField(name);
            }

            await csv.NextRecordAsync().ConfigureAwait(false);
            long count = 0;
            await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                WriteRow(csv, row, webUrl(row.Id), apiUrl(row.Id));
                await csv.NextRecordAsync().ConfigureAwait(false);
                if (++count % RowsPerFlush == 0)
                {
                    await CopyAsync(csv, buffer, writer, FlushThreshold, cancellationToken).ConfigureAwait(false);
                }
            }

            await CopyAsync(csv, buffer, writer, 0, cancellationToken).ConfigureAwait(false);
            return count;
        }
    }

    private static void WriteRow(CsvWriter csv, DecisionCsvRow row, string web, string api)
    {
        csv.WriteField(row.Id.ToString(CultureInfo.InvariantCulture));
        csv.WriteField(row.Title);
        csv.WriteField(row.Council);
        csv.WriteField(row.DecisionMaker);
        csv.WriteField(row.Status);
        csv.WriteField(Iso(row.DecisionDate));
        csv.WriteField(Iso(row.PublicationDate));
        csv.WriteField(YesNo(row.KeyDecision));
        csv.WriteField(YesNo(row.SubjectToCallIn));
        csv.WriteField(ApiMapper.CallIn(row.CallInStatus));
        csv.WriteField(Iso(row.CallInDeadline));
        csv.WriteField(row.Purpose);
        csv.WriteField(web);
        csv.WriteField(api);
    }

    private static async Task CopyAsync(CsvWriter csv, StringWriter buffer, StreamWriter writer, int threshold, CancellationToken cancellationToken)
    {
        await csv.FlushAsync().ConfigureAwait(false);
        var text = buffer.GetStringBuilder();
        if (text.Length < threshold)
        {
            return;
        }

        await writer.WriteAsync(text, cancellationToken).ConfigureAwait(false);
        text.Clear();
        // Pushes the bytes to the client now, so a large export starts downloading at once.
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    private static string YesNo(bool? value) => value switch
    {
        true => "yes",
        false => "no",
        null => string.Empty,
    };
}
