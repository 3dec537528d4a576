using CouncilDecisions.Data;
using CouncilDecisions.Domain;
using Microsoft.EntityFrameworkCore;

namespace CouncilDecisions.Web.Features.Workspace;

public sealed record PublicChange(DateTime ChangedUtc, ChangeKind Kind, string? Summary, IReadOnlyList<string> Fields);

/// <summary>"Last updated" and the public change log of a published record, for Features/Shared/_ChangeLog.cshtml.</summary>
public sealed record PublicChangeLogViewModel(DateTime LastUpdatedUtc, IReadOnlyList<PublicChange> Changes);

/// <summary>
/// The public change log of a record: only entries marked public (changes made while it was published, and
/// the publication itself), with the changed field names but not the officers' names.
/// </summary>
public sealed class PublicChangeLog(DecisionsDbContext db)
{
    public Task<PublicChangeLogViewModel?> ForDecisionAsync(int decisionId, CancellationToken cancellationToken = default) =>
        ForAsync(nameof(Decision), decisionId, db.Decisions.Where(d => d.Id == decisionId && d.State != PublicationState.Draft).Select(d => (DateTime?)d.UpdatedUtc), cancellationToken);

    public Task<PublicChangeLogViewModel?> ForAgendaItemAsync(int agendaItemId, CancellationToken cancellationToken = default) =>
        ForAsync(nameof(AgendaItem), agendaItemId, db.AgendaItems.Where(a => a.Id == agendaItemId && a.State != PublicationState.Draft).Select(a => (DateTime?)a.UpdatedUtc), cancellationToken);

    private async Task<PublicChangeLogViewModel?> ForAsync(string type, int id, IQueryable<DateTime?> updated, CancellationToken ct)
    {
        if (await updated.FirstOrDefaultAsync(ct) is not { } lastUpdated)
        {
            return null;
        }

        var records = await db.ChangeRecords.AsNoTracking()
            .Where(c => c.EntityType == type && c.EntityId == id && c.IsPublic)
            .OrderByDescending(c => c.Id)
            .ToListAsync(ct);
        return new PublicChangeLogViewModel(lastUpdated,
            [.. records.Select(r => new PublicChange(r.ChangedUtc, r.Kind, r.Summary, [.. r.Fields.Select(f => f.Field).Distinct()]))]);
    }
}
