using System.Data.Common;
using System.Globalization;
using System.Text.Encodings.Web;
using CouncilDecisions.Data;
using CouncilDecisions.Data.Search;
using CouncilDecisions.Domain;
using CouncilDecisions.Web.Features.Common;
using CouncilDecisions.Web.Infrastructure;
using Microsoft.AspNetCore.Html;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CouncilDecisions.Web.Features.Search;

/// <summary>
/// Full-text search over decisions and agenda items (with their recommendations and minutes). SQLite uses the
/// FTS5 index (bm25 ranking, snippet highlighting); other providers use the LIKE fallback described in
/// docs/decisions/0003-search.md.
/// </summary>
public sealed partial class SearchQueries(DecisionsDbContext db, ILogger<SearchQueries> logger)
{
    public const int PageSize = 20;

    // Snippet markers: control characters that never reach the page, so the snippet can be HTML-encoded first.
    private const char MarkStart = '\u0002';
    private const char MarkEnd = '\u0003';

    private const int FallbackCap = 200;

    public async Task<SearchPage> SearchAsync(SearchForm form, CancellationToken cancellationToken)
    {
        var councils = await db.Councils.OrderBy(c => c.Name).Select(c => new { c.Id, c.Slug, c.Name }).ToListAsync(cancellationToken);
        var council = councils.FirstOrDefault(c => c.Slug == form.Council);
        var bodies = await db.Bodies.Where(b => council == null || b.CouncilId == council.Id)
            .OrderBy(b => b.Council.Name).ThenBy(b => b.Name)
            .Select(b => new { b.Id, Name = council == null ? b.Name + " (" + b.Council.Name + ")" : b.Name })
            .ToListAsync(cancellationToken);
        var statuses = await db.Decisions.Visible().Where(d => d.Status != null).Select(d => d.Status!).Distinct().OrderBy(s => s)
            .Take(50).ToListAsync(cancellationToken);
        var page = new SearchPage
        {
            Form = form,
            Councils = councils.Select(c => new SearchOption(c.Slug, c.Name)).ToList(),
            Bodies = bodies.Select(b => new SearchOption(b.Id.ToString(CultureInfo.InvariantCulture), b.Name)).ToList(),
            Statuses = statuses.Select(s => new SearchOption(s, s)).ToList(),
        };

        var errors = new List<string>();
        if (!string.IsNullOrWhiteSpace(form.From) && form.FromDate is null)
        {
            errors.Add("Enter the ‘from’ date as day/month/year, for example 27/3/2019");
        }

        if (!string.IsNullOrWhiteSpace(form.To) && form.ToDate is null)
        {
            errors.Add("Enter the ‘to’ date as day/month/year, for example 27/3/2019");
        }

        if (form.FromDate > form.ToDate)
        {
            errors.Add("The ‘from’ date must be the same as or before the ‘to’ date");
        }

        var terms = SearchTerms.Parse(form.Q);
        if (errors.Count > 0)
        {
            return page with { Errors = errors, Message = "Correct the dates to see results." };
        }

        if (terms.Count == 0)
        {
            return page with
            {
                Message = string.IsNullOrWhiteSpace(form.Q)
                    ? "Enter a word or phrase to search decisions, agenda items and minutes."
                    : "Your search did not contain any words we can look for. Use letters or numbers, for example digital strategy.",
            };
        }

        var filters = new Filters(council?.Id, form.BodyId, form.FromDate, form.ToDate, form.KeyDecision,
            string.IsNullOrWhiteSpace(form.Status) ? null : form.Status.Trim(), form.SubjectToCallIn);
        var skip = (form.PageNumber - 1) * PageSize;
        Found found;
        try
        {
            found = db.Database.IsSqlite()
                ? await SqliteSearchAsync(terms, filters, skip, cancellationToken)
                : await LikeSearchAsync(terms, filters, skip, cancellationToken);
        }
        catch (SqliteException exception)
        {
            // The terms are always quoted, so this should not happen; if it does, the resident still gets a page.
            LogSearchFailed(exception, form.Q ?? "");
            return page with { Message = "Sorry, that search could not be run. Try different words." };
        }

        // Counts stop just past the cap, so paging goes as far as the counted results.
        var pageCount = Math.Max(1, (Math.Min(found.Total, SqliteSearchIndex.CountCap) + PageSize - 1) / PageSize);
        return page with
        {
            Total = found.Total,
            Order = found.Order,
            Hits = await HydrateAsync(found.Hits, cancellationToken),
            Paging = new Paging(Math.Min(form.PageNumber, pageCount), pageCount, form.Href),
        };
    }

    private async Task<Found> SqliteSearchAsync(IReadOnlyList<SearchTerm> terms, Filters filters, int skip, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var count = connection.CreateCommand();
            count.CommandText = SqliteSearchIndex.CountSql;
            AddParameters(count, terms, filters);
            int total;
            long lowestRowid;
            await using (var counted = await count.ExecuteReaderAsync(cancellationToken))
            {
                await counted.ReadAsync(cancellationToken);
                total = counted.GetInt32(0);
                lowestRowid = counted.GetInt64(1);
            }

            // Past the cap, rank only the newest matches (the ones the pages reach): see SqliteSearchIndex.RankingWindow.
            // A phrase is not ranked at all then, but listed newest first: see SqliteSearchIndex.NewestPageSql.
            var windowed = total > SqliteSearchIndex.CountCap;
            var order = !windowed ? ResultOrder.BestFirst
                : terms.Any(t => t.IsPhrase) ? ResultOrder.NewestFirst : ResultOrder.BestOfNewest;
            var hits = new List<RawHit>();
            if (total == 0 || skip >= total)
            {
                return new Found(total, hits, order);
            }

            await using var search = connection.CreateCommand();
            search.CommandText = order == ResultOrder.NewestFirst ? SqliteSearchIndex.NewestPageSql : SqliteSearchIndex.PageSql;
            AddParameters(search, terms, filters);
            Add(search, "$after", windowed ? lowestRowid : 0L);
            Add(search, "$take", PageSize);
            Add(search, "$skip", skip);
            await using var reader = await search.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                hits.Add(new RawHit(reader.GetString(0), reader.GetInt32(1), reader.GetString(2)));
            }

            return new Found(total, hits, order);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static void AddParameters(DbCommand command, IReadOnlyList<SearchTerm> terms, Filters filters)
    {
        Add(command, "$q", SearchTerms.ToFts5(terms));
        Add(command, "$council", filters.CouncilId);
        Add(command, "$body", filters.BodyId);
        Add(command, "$from", filters.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(command, "$to", filters.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(command, "$key", filters.Key is null ? null : filters.Key.Value ? 1 : 0);
        Add(command, "$status", filters.Status);
        Add(command, "$callin", filters.CallIn is null ? null : filters.CallIn.Value ? 1 : 0);
    }

    private static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    /// <summary>
    /// The provider-neutral fallback: every term must appear (LIKE, case-insensitive under SQL Server's default
    /// collation), title matches first, then newest. Capped, and without stemming; see ADR 0003.
    /// </summary>
    private async Task<Found> LikeSearchAsync(IReadOnlyList<SearchTerm> terms, Filters filters, int skip, CancellationToken cancellationToken)
    {
        var decisions = db.Decisions.Visible();
        var items = db.AgendaItems.Visible().Where(a => a.Meeting == null || a.Meeting.State != PublicationState.Draft);
        foreach (var term in terms.Select(t => t.Text))
        {
            decisions = decisions.Where(d => d.Title.Contains(term) || (d.Purpose ?? "").Contains(term) || (d.DecisionText ?? "").Contains(term)
                || (d.Reasons ?? "").Contains(term) || d.Resolutions.Any(r => r.Text.Contains(term)));
            items = items.Where(a => a.Title.Contains(term) || (a.Summary ?? "").Contains(term)
                || a.Recommendations.Any(r => r.Text.Contains(term)) || a.Minutes.Any(m => m.Text.Contains(term)));
        }

        if (filters.CouncilId is int councilId)
        {
            decisions = decisions.Where(d => d.CouncilId == councilId);
            items = items.Where(a => a.CouncilId == councilId);
        }

        if (filters.BodyId is int bodyId)
        {
            decisions = decisions.Where(d => d.MakerBodyId == bodyId || (d.AgendaItem != null && d.AgendaItem.Meeting != null && d.AgendaItem.Meeting.BodyId == bodyId));
            items = items.Where(a => a.Meeting != null && a.Meeting.BodyId == bodyId);
        }

        if (filters.From is DateOnly from)
        {
            decisions = decisions.Where(d => d.DecisionDate >= from);
            items = items.Where(a => a.Meeting != null && a.Meeting.Date >= from);
        }

        if (filters.To is DateOnly to)
        {
            decisions = decisions.Where(d => d.DecisionDate <= to);
            items = items.Where(a => a.Meeting != null && a.Meeting.Date <= to);
        }

        if (filters.Key is bool key)
        {
            decisions = decisions.Where(d => d.IsKeyDecision == key);
            items = items.Where(a => a.IsKeyDecision == key);
        }

        if (filters.Status is not null)
        {
            decisions = decisions.Where(d => d.Status == filters.Status);
        }

        if (filters.CallIn is bool callIn)
        {
            decisions = decisions.Where(d => d.IsSubjectToCallIn == callIn);
        }

        var first = terms[0].Text;
        var decisionRows = await decisions.OrderByDescending(d => d.DecisionDate).Take(FallbackCap)
            .Select(d => new { d.Id, d.Title, d.DecisionDate, Text = (d.Purpose ?? "") + " " + (d.DecisionText ?? "") + " " + (d.Reasons ?? "") })
            .ToListAsync(cancellationToken);
        var itemRows = filters.Status is not null || filters.CallIn is not null
            ? []
            : await items.OrderByDescending(a => a.Meeting != null ? a.Meeting.Date : (DateOnly?)null).Take(FallbackCap)
                .Select(a => new { a.Id, a.Title, Date = a.Meeting != null ? a.Meeting.Date : (DateOnly?)null, Text = a.Summary ?? "" })
                .ToListAsync(cancellationToken);
        var all = decisionRows.Select(d => (Kind: "decision", d.Id, d.Title, Date: d.DecisionDate, d.Text))
            .Concat(itemRows.Select(a => (Kind: "item", a.Id, a.Title, a.Date, a.Text)))
            .OrderByDescending(r => r.Title.Contains(first, StringComparison.OrdinalIgnoreCase))
            .ThenByDescending(r => r.Date)
            .ToList();
        var hits = all.Skip(skip).Take(PageSize).Select(r => new RawHit(r.Kind, r.Id, MarkTerms(r.Text, terms))).ToList();
        return new Found(all.Count, hits, ResultOrder.BestFirst);
    }

    /// <summary>A window of text around the first match, with every term between the snippet markers.</summary>
    private static string MarkTerms(string text, IReadOnlyList<SearchTerm> terms)
    {
        var at = terms.Select(t => text.IndexOf(t.Text, StringComparison.OrdinalIgnoreCase)).Where(i => i >= 0).DefaultIfEmpty(0).Min();
        var start = Math.Max(0, at - 80);
        var window = text.Substring(start, Math.Min(240, text.Length - start));
        foreach (var term in terms)
        {
            var index = 0;
            while ((index = window.IndexOf(term.Text, index, StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                window = window[..index] + MarkStart + window.Substring(index, term.Text.Length) + MarkEnd + window[(index + term.Text.Length)..];
                index += term.Text.Length + 2;
            }
        }

        return (start > 0 ? "…" : "") + window + (start + window.Length < text.Length ? "…" : "");
    }

    private async Task<List<SearchHit>> HydrateAsync(List<RawHit> hits, CancellationToken cancellationToken)
    {
        var decisionIds = hits.Where(h => h.Kind == "decision").Select(h => h.Id).ToList();
        var itemIds = hits.Where(h => h.Kind == "item").Select(h => h.Id).ToList();
        var decisions = await db.Decisions.Where(d => decisionIds.Contains(d.Id))
            .Select(d => new { d.Id, d.Title, d.Slug, Council = d.Council.Name, d.DecisionMaker, d.DecisionDate })
            .ToDictionaryAsync(d => d.Id, cancellationToken);
        var items = await db.AgendaItems.Where(a => itemIds.Contains(a.Id))
            .Select(a => new
            {
                a.Id, a.Title, Council = a.Council.Name,
                Body = a.Meeting != null ? a.Meeting.Body.Name : null,
                Date = a.Meeting != null ? a.Meeting.Date : (DateOnly?)null,
            })
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        var result = new List<SearchHit>(hits.Count);
        foreach (var hit in hits)
        {
            if (hit.Kind == "decision" && decisions.TryGetValue(hit.Id, out var d))
            {
                result.Add(new SearchHit("Decision", d.Title, Paths.Decision(d.Id, d.Slug),
                    d.DecisionMaker is null ? d.Council : $"{d.Council}, {d.DecisionMaker}", d.DecisionDate, Highlight(hit.Snippet)));
            }
            else if (hit.Kind == "item" && items.TryGetValue(hit.Id, out var a))
            {
                result.Add(new SearchHit("Agenda item", a.Title, Paths.Item(a.Id), a.Body is null ? a.Council : $"{a.Council}, {a.Body}", a.Date, Highlight(hit.Snippet)));
            }
        }

        return result;
    }

    /// <summary>HTML-encodes the snippet text and turns only the markers into &lt;mark&gt; elements.</summary>
    public static IHtmlContent Highlight(string snippet)
    {
        var html = new HtmlContentBuilder();
        var open = false;
        var start = 0;
        for (var i = 0; i <= snippet.Length; i++)
        {
            if (i < snippet.Length && snippet[i] != MarkStart && snippet[i] != MarkEnd)
            {
                continue;
            }

            html.AppendHtml(HtmlEncoder.Default.Encode(snippet[start..i]));
            if (i < snippet.Length)
            {
                if (snippet[i] == MarkStart && !open)
                {
                    html.AppendHtml("<mark>");
                    open = true;
                }
                else if (snippet[i] == MarkEnd && open)
                {
                    html.AppendHtml("</mark>");
                    open = false;
                }
            }

            start = i + 1;
        }

        if (open)
        {
            html.AppendHtml("</mark>");
        }

        return html;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search for {Query} failed in SQLite")]
    private partial void LogSearchFailed(Exception exception, string query);

    private sealed record Filters(int? CouncilId, int? BodyId, DateOnly? From, DateOnly? To, bool? Key, string? Status, bool? CallIn);

    private sealed record Found(int Total, List<RawHit> Hits, ResultOrder Order);

    private sealed record RawHit(string Kind, int Id, string Snippet);
}
