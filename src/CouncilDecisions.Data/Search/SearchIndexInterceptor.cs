using System.Runtime.CompilerServices;
using CouncilDecisions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CouncilDecisions.Data.Search;

/// <summary>
/// Keeps the SQLite search index in step with every save, whoever the writer is (seed import, CLI, officers'
/// edits): it notes the decisions, agenda items and meetings a save touches and re-indexes them afterwards.
/// </summary>
public sealed class SearchIndexInterceptor : SaveChangesInterceptor
{
    // One interceptor serves every context; each save's pending work is kept against its own context.
    private readonly ConditionalWeakTable<DbContext, Pending> _pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Take(eventData.Context) is { } work)
        {
            SqliteSearchIndex.ReindexAsync(work.Db, work.Decisions, work.Items, work.Meetings).GetAwaiter().GetResult();
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Take(eventData.Context) is { } work)
        {
            await SqliteSearchIndex.ReindexAsync(work.Db, work.Decisions, work.Items, work.Meetings, cancellationToken);
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is not null)
        {
            _pending.Remove(eventData.Context);
        }
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    private void Collect(DbContext? context)
    {
        if (context is not DecisionsDbContext)
        {
            return;
        }

        var pending = new Pending();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            // Added records get their ids during the save: keep the entity and read the id afterwards.
            if (entry.State == EntityState.Deleted)
            {
                pending.Resolve(entry.Entity);
            }
            else
            {
                pending.Entities.Add(entry.Entity);
            }
        }

        if (pending.Entities.Count > 0 || !pending.IsEmpty)
        {
            _pending.AddOrUpdate(context, pending);
        }
    }

    private Work? Take(DbContext? context)
    {
        if (context is not DecisionsDbContext db || !_pending.TryGetValue(context, out var pending))
        {
            return null;
        }

        _pending.Remove(context);
        foreach (var entity in pending.Entities)
        {
            pending.Resolve(entity);
        }

        return pending.IsEmpty ? null : new Work(db, pending.Decisions, pending.Items, pending.Meetings);
    }

    private sealed record Work(DecisionsDbContext Db, HashSet<int> Decisions, HashSet<int> Items, HashSet<int> Meetings);

    private sealed class Pending
    {
        public List<object> Entities { get; } = [];

        public HashSet<int> Decisions { get; } = [];

        public HashSet<int> Items { get; } = [];

        public HashSet<int> Meetings { get; } = [];

        public bool IsEmpty => Decisions.Count == 0 && Items.Count == 0 && Meetings.Count == 0;

        public void Resolve(object entity)
        {
            switch (entity)
            {
                case Decision d: Decisions.Add(d.Id); break;
                case Resolution r: Decisions.Add(r.DecisionId); break;
                case AgendaItem a: Items.Add(a.Id); break;
                case Recommendation r: Items.Add(r.AgendaItemId); break;
                case MinuteParagraph m: Items.Add(m.AgendaItemId); break;
                case Meeting m: Meetings.Add(m.Id); break;
                default: break;
            }
        }
    }
}
