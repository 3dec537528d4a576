using System.Globalization;
using System.Security.Claims;
using System.Text;
using CouncilDecisions.Data;
using CouncilDecisions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CouncilDecisions.Web.Features.Workspace;

/// <summary>Who made a change: the signed-in user's id and name.</summary>
public sealed record Actor(string? UserId, string Name)
{
    public static Actor From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new Actor(user.FindFirstValue(ClaimTypes.NameIdentifier), user.Identity?.Name ?? "unknown");
    }
}

/// <summary>
/// Saves the pending changes and appends one <see cref="ChangeRecord"/> per changed record (who, when, each
/// field's old and new value), read from the change tracker so every edit is recorded the same way. A
/// resolution, recommendation, scrutiny comment or minute paragraph is part of its decision or agenda item, so
/// its changes are recorded on that record (with the part named in the field), deletions and moves included.
/// </summary>
public sealed class ChangeRecorder(DecisionsDbContext db)
{
    private static readonly HashSet<string> Skipped = ["Id", nameof(EditableEntity.Revision), nameof(EditableEntity.CreatedUtc), nameof(EditableEntity.UpdatedUtc)];

    /// <summary>
    /// Saves everything tracked and the change records in one transaction. Throws
    /// <see cref="DbUpdateConcurrencyException"/> when a record's revision is stale; nothing is then written.
    /// </summary>
    public async Task SaveAsync(Actor actor, ChangeKind kind, string? summary, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        db.ChangeTracker.DetectChanges();
        var pending = db.ChangeTracker.Entries<EditableEntity>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(Capture)
            .Where(p => p.Fields.Count > 0 || p.Added)
            .ToList();

        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.SaveChangesAsync(ct);
            var now = db.Clock.GetUtcNow().UtcDateTime;
            foreach (var group in pending.GroupBy(p => OwnerOf(p.Entity)))
            {
                var owner = await FindOwnerAsync(group.Key, ct);
                var created = group.Any(p => p.Added && ReferenceEquals(p.Entity, owner));
                db.ChangeRecords.Add(new ChangeRecord
                {
                    EntityType = group.Key.Type,
                    EntityId = group.Key.Id,
                    Revision = owner?.Revision ?? 0,
                    Kind = created ? ChangeKind.Created : kind,
                    ChangedUtc = now,
                    ChangedBy = actor.Name,
                    ChangedByUserId = actor.UserId,
                    Summary = created && kind == ChangeKind.Updated ? "Created" : summary,
                    IsPublic = owner is not PublishableEntity publishable || publishable.State != PublicationState.Draft,
                    Fields = [.. group.SelectMany(p => p.Fields)],
                });
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }, cancellationToken);
    }

    /// <summary>The type name and id a record's changes are filed under.</summary>
    public static (string Type, int Id) OwnerOf(EditableEntity entity) => entity switch
    {
        Resolution r => (nameof(Decision), r.DecisionId),
        ScrutinyComment s => (nameof(Decision), s.DecisionId),
        Recommendation r => (nameof(AgendaItem), r.AgendaItemId),
        MinuteParagraph m => (nameof(AgendaItem), m.AgendaItemId),
        _ => (entity.GetType().Name, entity.Id),
    };

    /// <summary>"DecisionText" → "Decision text".</summary>
    public static string Humanize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c))
            {
                builder.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    public static string? Format(object? value) => value switch
    {
        null => null,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeOnly t => t.ToString("HH:mm", CultureInfo.InvariantCulture),
        DateTime dt => dt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC",
        bool b => b ? "Yes" : "No",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private async Task<EditableEntity?> FindOwnerAsync((string Type, int Id) key, CancellationToken ct) => key.Type switch
    {
        nameof(Decision) => await db.Decisions.FindAsync([key.Id], ct),
        nameof(AgendaItem) => await db.AgendaItems.FindAsync([key.Id], ct),
        nameof(Meeting) => await db.Meetings.FindAsync([key.Id], ct),
        nameof(Council) => await db.Councils.FindAsync([key.Id], ct),
        nameof(Body) => await db.Bodies.FindAsync([key.Id], ct),
        nameof(Person) => await db.People.FindAsync([key.Id], ct),
        nameof(Issue) => await db.Issues.FindAsync([key.Id], ct),
        _ => null,
    };

    private static Pending Capture(EntityEntry<EditableEntity> entry)
    {
        var part = entry.Entity switch
        {
            Resolution r => "Resolution " + (r.Label ?? r.Position.ToString(CultureInfo.InvariantCulture)) + ": ",
            ScrutinyComment s => "Scrutiny " + s.Kind.ToString().ToLowerInvariant() + " " + (s.Label ?? s.Position.ToString(CultureInfo.InvariantCulture)) + ": ",
            Recommendation r => "Recommendation " + (r.Label ?? r.Position.ToString(CultureInfo.InvariantCulture)) + ": ",
            MinuteParagraph m => "Minute " + (m.Number ?? m.Position.ToString(CultureInfo.InvariantCulture)) + ": ",
            _ => "",
        };
        var fields = new List<FieldChange>();
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (Skipped.Contains(name) || property.Metadata.IsForeignKey() && part.Length > 0)
            {
                continue;
            }

            var (oldValue, newValue) = entry.State switch
            {
                EntityState.Added => (null, Format(property.CurrentValue)),
                EntityState.Deleted => (Format(property.OriginalValue), null),
                _ => (Format(property.OriginalValue), Format(property.CurrentValue)),
            };
            if (!string.Equals(oldValue, newValue, StringComparison.Ordinal))
            {
                fields.Add(new FieldChange(part + Humanize(name), oldValue, newValue));
            }
        }

        return new Pending(entry.Entity, entry.State == EntityState.Added, fields);
    }

    private sealed record Pending(EditableEntity Entity, bool Added, List<FieldChange> Fields);
}
