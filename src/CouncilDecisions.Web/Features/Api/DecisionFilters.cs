using CouncilDecisions.Data;
using CouncilDecisions.Data.Search;
using CouncilDecisions.Domain;
using CouncilDecisions.Web.Features.Search;
using Microsoft.EntityFrameworkCore;

namespace CouncilDecisions.Web.Features.Api;

/// <summary>
/// The search page's decision filters as EF queries, for the API list and the CSV export. Words (<c>q</c>) go
/// through the search page's parser and, on SQLite, its FTS5 index (as a subquery, so lists stay pageable and
/// exports stay streamed), so the API finds the decisions the page finds; other providers use LIKE (ADR 0003).
/// </summary>
public sealed class DecisionFilters(DecisionsDbContext db)
{
    /// <summary>Checks the query string, resolving the council slug and the status as stored; errors name the field.</summary>
    public async Task<DecisionFilter> ParseAsync(DecisionFilterParameters parameters, ParameterErrors errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(errors);
        int? councilId = null;
        if (!string.IsNullOrWhiteSpace(parameters.Council))
        {
            var slug = parameters.Council.Trim();
            councilId = await db.Councils.Where(c => c.Slug == slug).Select(c => (int?)c.Id).FirstOrDefaultAsync(cancellationToken);
            if (councilId is null)
            {
                errors.Add("council", "No council has that slug.");
            }
        }

        var from = errors.Date("from", parameters.From);
        var to = errors.Date("to", parameters.To);
        errors.Range(from, to);
        string? status = null;
        if (!string.IsNullOrWhiteSpace(parameters.Status))
        {
            // Statuses are free text as printed; the ones in use form the vocabulary (a handful of values).
            var inUse = await db.Decisions.Where(d => d.State == PublicationState.Published && d.Status != null)
                .Select(d => d.Status!).Distinct().ToListAsync(cancellationToken);
            status = inUse.Find(s => s.Equals(parameters.Status.Trim(), StringComparison.OrdinalIgnoreCase));
            if (status is null)
            {
                errors.Add("status", "No published decision has that status.");
            }
        }

        var terms = SearchTerms.Parse(parameters.Q);
        if (!string.IsNullOrWhiteSpace(parameters.Q) && terms.Count == 0)
        {
            errors.Add("q", "Give at least one word or number to look for.");
        }

        var (subjectToCallIn, callIn) = errors.CallIn("callin", parameters.CallIn);
        return new DecisionFilter(
            terms.Count == 0 ? null : terms,
            councilId,
            errors.Number("body", parameters.Body, 1, int.MaxValue),
            from,
            to,
            errors.Flag("key", parameters.Key),
            status,
            subjectToCallIn,
            callIn);
    }

    public static IQueryable<Decision> Apply(IQueryable<Decision> query, DecisionFilter filter, DecisionsDbContext db)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(db);
        if (filter.Terms is { } fullText && db.Database.IsSqlite())
        {
            var match = SearchTerms.ToFts5(fullText);
            var found = db.Database.SqlQuery<int>(
                $"SELECT entity_id AS Value FROM SearchIndex WHERE SearchIndex MATCH {match} AND kind = {SqliteSearchIndex.DecisionKind}");
            query = query.Where(d => found.Contains(d.Id));
        }
        else if (filter.Terms is { } terms)
        {
            // Every word somewhere in the texts; LIKE ignores ASCII case on SQLite and under SQL Server's default collation.
            foreach (var term in terms.Select(t => t.Text))
            {
                var pattern = "%" + term.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
                    .Replace("_", "\\_", StringComparison.Ordinal) + "%";
                query = query.Where(d => EF.Functions.Like(d.Title, pattern, "\\")
                    || EF.Functions.Like(d.DecisionMaker ?? "", pattern, "\\")
                    || EF.Functions.Like(d.Purpose ?? "", pattern, "\\")
                    || EF.Functions.Like(d.DecisionText ?? "", pattern, "\\")
                    || EF.Functions.Like(d.Reasons ?? "", pattern, "\\")
                    || d.Resolutions.Any(r => EF.Functions.Like(r.Text, pattern, "\\")));
            }
        }

        if (filter.CouncilId is { } council)
        {
            query = query.Where(d => d.CouncilId == council);
        }

        if (filter.BodyId is { } body)
        {
            query = query.Where(d => d.MakerBodyId == body || (d.AgendaItem != null && d.AgendaItem.Meeting != null && d.AgendaItem.Meeting.BodyId == body));
        }

        if (filter.From is { } from)
        {
            query = query.Where(d => (d.DecisionDate ?? d.AgendaItem!.Meeting!.Date) >= from);
        }

        if (filter.To is { } to)
        {
            query = query.Where(d => (d.DecisionDate ?? d.AgendaItem!.Meeting!.Date) <= to);
        }

        if (filter.Key is { } key)
        {
            query = query.Where(d => d.IsKeyDecision == key);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(d => d.Status == status);
        }

        if (filter.SubjectToCallIn is { } subject)
        {
            query = query.Where(d => d.IsSubjectToCallIn == subject);
        }

        if (filter.CallIn is { } callIn)
        {
            query = query.Where(d => d.CallInStatus == callIn);
        }

        return query;
    }
}
