using CouncilDecisions.Data;
using CouncilDecisions.Domain;
using Microsoft.EntityFrameworkCore;

namespace CouncilDecisions.Web.Features.Workspace;

public enum EditStatus
{
    Saved,
    NotFound,
    Conflict,
    NotAllowed,
}

/// <summary>What a save did: the record's id, or the conflict to show the officer.</summary>
public sealed record EditResult(EditStatus Status, int Id = 0, ConflictView? Conflict = null, string? Message = null)
{
    public static EditResult NotFound { get; } = new(EditStatus.NotFound);
}

/// <summary>
/// Creates and edits any editable record through its form, with the revision the officer started from as the
/// concurrency token: a stale save fails with a conflict showing both versions, and nothing is written.
/// </summary>
public sealed class RecordEditor(DecisionsDbContext db, ChangeRecorder recorder)
{
    public Task<TEntity?> FindAsync<TEntity>(int id, CancellationToken cancellationToken)
        where TEntity : EditableEntity =>
        db.Set<TEntity>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);

    /// <summary>Creates the record; null when a council of that name already exists (nothing is written).</summary>
    public async Task<int?> CreateAsync<TEntity, TForm>(TForm form, Actor actor, CancellationToken cancellationToken)
        where TEntity : EditableEntity
        where TForm : class, IEntityForm<TEntity, TForm>
    {
        ArgumentNullException.ThrowIfNull(form);
        var entity = form.Create();
        if (!await GiveUniqueSlugAsync(entity, cancellationToken))
        {
            return null;
        }

        db.Set<TEntity>().Add(entity);
        await recorder.SaveAsync(actor, ChangeKind.Created, "Created", cancellationToken);
        return entity.Id;
    }

    // Two people (or bodies) may share a name, so their URL slugs get a number; two councils may not.
    private async Task<bool> GiveUniqueSlugAsync(EditableEntity entity, CancellationToken ct)
    {
        switch (entity)
        {
            case Council council:
                if (await db.Councils.AnyAsync(c => c.Name == council.Name || c.Slug == council.Slug, ct))
                {
                    return false;
                }

                return true;
            case Body body:
                var bodySlugs = await db.Bodies.Where(b => b.CouncilId == body.CouncilId && b.Slug.StartsWith(body.Slug)).Select(b => b.Slug).ToListAsync(ct);
                body.Slug = NextFree(body.Slug, bodySlugs);
                return true;
            case Person person:
                var personSlugs = await db.People.Where(p => p.CouncilId == person.CouncilId && p.Slug.StartsWith(person.Slug)).Select(p => p.Slug).ToListAsync(ct);
                person.Slug = NextFree(person.Slug, personSlugs);
                return true;
            default:
                return true;
        }
    }

    private static string NextFree(string slug, List<string> taken)
    {
        var candidate = slug;
        for (var n = 2; taken.Contains(candidate, StringComparer.Ordinal); n++)
        {
            candidate = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{slug}-{n}");
        }

        return candidate;
    }

    public async Task<EditResult> UpdateAsync<TEntity, TForm>(int id, TForm form, Actor actor, CancellationToken cancellationToken)
        where TEntity : EditableEntity
        where TForm : class, IEntityForm<TEntity, TForm>
    {
        ArgumentNullException.ThrowIfNull(form);
        var entity = await db.Set<TEntity>().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (entity is null)
        {
            return EditResult.NotFound;
        }

        return await SaveAsync(entity, form.Revision, e => form.ApplyTo(e), actor, ChangeKind.Updated, "Edited",
            current => FormInspector.Compare(form, TForm.From(current)), cancellationToken);
    }

    /// <summary>
    /// Applies <paramref name="change"/> to <paramref name="entity"/> as of <paramref name="revision"/> and saves
    /// with history. On a stale revision, returns the conflict built by <paramref name="compare"/> from the current record.
    /// </summary>
    public async Task<EditResult> SaveAsync<TEntity>(TEntity entity, int revision, Action<TEntity> change, Actor actor, ChangeKind kind, string summary,
        Func<TEntity, IReadOnlyList<ConflictRow>> compare, CancellationToken cancellationToken)
        where TEntity : EditableEntity
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(compare);
        db.Entry(entity).Property(e => e.Revision).OriginalValue = revision;
        change(entity);
        try
        {
            await recorder.SaveAsync(actor, kind, summary, cancellationToken);
            return new EditResult(EditStatus.Saved, entity.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Set<TEntity>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == entity.Id, cancellationToken);
            if (current is null)
            {
                return EditResult.NotFound;
            }

            var (type, ownerId) = ChangeRecorder.OwnerOf(current);
            var last = await db.ChangeRecords.AsNoTracking()
                .Where(c => c.EntityType == type && c.EntityId == ownerId)
                .OrderByDescending(c => c.Id)
                .Select(c => new { c.ChangedBy, c.ChangedUtc })
                .FirstOrDefaultAsync(cancellationToken);
            return new EditResult(EditStatus.Conflict, current.Id,
                new ConflictView(compare(current), current.Revision, last?.ChangedBy, last?.ChangedUtc));
        }
    }
}
