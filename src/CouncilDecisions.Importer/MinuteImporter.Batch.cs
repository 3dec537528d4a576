using System.Data.Common;
using System.Security.Cryptography;
using CouncilDecisions.Domain;
using CouncilDecisions.Importer.Parsing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CouncilDecisions.Importer;

public sealed partial class MinuteImporter
{
    /// <summary>
    /// Imports many texts, with the same results as importing each with <see cref="ImportAsync"/> in turn. On SQLite the
    /// texts new to the database are written together in one transaction (docs/decisions/0009-batch-import.md): all of
    /// them or, if that transaction fails, none, after which every text is imported again in a transaction of its own, so
    /// a text that cannot be saved fails alone and writes nothing. Unchanged texts are recognised in the same pass.
    /// Changed texts, and a second text for a page the batch already holds, are imported one by one afterwards.
    /// </summary>
    public async Task<IReadOnlyList<ImportResult>> ImportBatchAsync(IReadOnlyList<ImportRequest> requests, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var documents = requests.Select(r => MinuteParser.Parse(r.Content, new ParseOptions { Council = r.Council })).ToArray();
        var results = new ImportResult?[requests.Count];
        if (requests.Count > 1 && db.Database.IsSqlite() && db.Database.CurrentTransaction is null)
        {
            await ImportNewTogetherAsync(requests, documents, results, cancellationToken);
        }

        for (var i = 0; i < requests.Count; i++)
        {
            results[i] ??= await ImportParsedAsync(requests[i], documents[i], cancellationToken);
        }

        return results!;
    }

    private async Task ImportNewTogetherAsync(IReadOnlyList<ImportRequest> requests, ParsedDocument[] documents, ImportResult?[] results, CancellationToken ct)
    {
        var texts = new List<BatchText>();
        for (var i = 0; i < requests.Count; i++)
        {
            var document = documents[i];
            if (!document.HasError && document.Kind != DocumentKind.Unknown)
            {
                texts.Add(Describe(i, requests[i], document));
            }
        }

        if (texts.Count == 0)
        {
            return;
        }

        db.ChangeTracker.Clear();
        var written = new List<(BatchText Text, ImportResult Result)>();
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            try
            {
                var fresh = await SortAsync(texts, results, ct);
                if (fresh.Count > 0)
                {
                    var records = await BatchRecords.LoadAsync(db, fresh, ct);
                    foreach (var text in fresh)
                    {
                        written.Add((text, await WriteAsync(text.Request, text.Document, text.CouncilName, text.Sha256, previous: null, records, ct)));
                        records.EndText();
                    }

                    await records.FlushAsync(ct);
                }

                await transaction.CommitAsync(ct);
            }
            catch (Exception ex) when (ex is DbException or DbUpdateException or InvalidOperationException or ArgumentException)
            {
                // Rolled back as the transaction is disposed: nothing of the batch is kept, and each text is tried alone.
                LogBatchFailed(ex, texts.Count);
                db.ChangeTracker.Clear();
                foreach (var text in texts)
                {
                    results[text.Index] = null;
                }

                return;
            }
        }

        db.ChangeTracker.Clear();
        foreach (var (text, result) in written)
        {
            results[text.Index] = result;
            LogImported(text.Request.FileName, ChangeKind.Imported, result.DecisionId, result.AgendaItemId);
        }
    }

    /// <summary>
    /// Marks the unchanged texts' results and returns the texts new to the database, in order: the rest (changed texts, a
    /// page's second text in the batch) are left for one-by-one import. The same rule as <see cref="ImportParsedAsync"/>.
    /// </summary>
    private async Task<List<BatchText>> SortAsync(List<BatchText> texts, ImportResult?[] results, CancellationToken ct)
    {
        var keys = texts.Select(t => t.Request.SourceKey).Distinct(StringComparer.Ordinal).ToList();
        var sources = (await db.SourceDocuments.AsNoTracking()
                .Where(s => keys.Contains(s.SourceKey) && s.SupersededById == null && s.Council != null)
                .Select(s => new { s.SourceKey, Current = new CurrentSource(s.Id, s.Sha256, s.ParserVersion, s.ImportedUtc, s.Council!.Slug) })
                .ToListAsync(ct))
            .ToLookup(s => s.SourceKey, s => s.Current, StringComparer.Ordinal);
        var fresh = new List<BatchText>();
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            var slug = Slugs.From(text.CouncilName);
            var current = sources[text.Request.SourceKey]
                .Where(s => s.CouncilSlug == slug || s.CouncilSlug == UnnamedCouncilSlug)
                .OrderByDescending(s => s.CouncilSlug == slug)
                .ThenByDescending(s => s.Id)
                .FirstOrDefault();
            if (current is not null)
            {
                if (IsUnchanged(current, text.Request, text.Sha256, slug))
                {
                    results[text.Index] = new ImportResult(text.Request.FileName, ImportOutcome.Unchanged) { Warnings = text.Document.Warnings, SourceDocumentId = current.Id };
                }
            }
            else if (claimed.Add(text.Request.SourceKey))
            {
                fresh.Add(text);
            }
        }

        return fresh;
    }

    private static bool IsUnchanged(CurrentSource current, ImportRequest request, string sha, string councilSlug) =>
        current.Sha256 == sha && current.CouncilSlug == councilSlug && (!request.Reparse || current.ParserVersion == MinuteParser.Version);

    private static BatchText Describe(int index, ImportRequest request, ParsedDocument document)
    {
        var meetings = DatedMeetings(document).ToList();
        var bodies = meetings.Select(MeetingBodyName).ToList();
        if (Clip(document.Decision?.Maker, 300) is { } maker)
        {
            bodies.Add(maker);
        }

        var people = document.People.Select(p => p.Name)
            .Concat(document.Attendance.Select(a => a.Name))
            .Concat(document.Votes.SelectMany(v => new[] { v.MovedBy, v.SecondedBy }).OfType<string>())
            .ToList();
        return new BatchText(index, request, document, Convert.ToHexStringLower(SHA256.HashData(request.Content)), CouncilNameOf(document, request))
        {
            Title = TitleOf(document),
            BodyNames = bodies,
            Dates = [.. meetings.Select(m => m.Date!.Value)],
            PersonNames = people,
        };
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A batch of {Count} texts could not be saved together, so nothing of it was kept; importing each text on its own")]
    private partial void LogBatchFailed(Exception exception, int count);
}
