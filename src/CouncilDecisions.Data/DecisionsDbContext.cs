using CouncilDecisions.Domain;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CouncilDecisions.Data;

/// <summary>
/// The one model of the decision record, the accounts and the Data Protection keys. Each provider has a
/// subclass with its own migrations.
/// </summary>
/// <remarks>
/// Add a migration for both providers after changing the model:
/// <code>
/// dotnet ef migrations add NAME --project src/CouncilDecisions.Data --context SqliteDecisionsDbContext --output-dir Migrations/Sqlite
/// dotnet ef migrations add NAME --project src/CouncilDecisions.Data --context SqlServerDecisionsDbContext --output-dir Migrations/SqlServer
/// </code>
/// Production SQL Server deployments apply the script instead of migrating on start-up:
/// <code>
/// dotnet ef migrations script --idempotent --project src/CouncilDecisions.Data --context SqlServerDecisionsDbContext
/// </code>
/// </remarks>
public abstract class DecisionsDbContext(DbContextOptions options)
    : IdentityDbContext<CouncilDecisionsUser>(options), IDataProtectionKeyContext
{
    public DbSet<Council> Councils => Set<Council>();

    public DbSet<Body> Bodies => Set<Body>();

    public DbSet<Meeting> Meetings => Set<Meeting>();

    public DbSet<Issue> Issues => Set<Issue>();

    public DbSet<AgendaItem> AgendaItems => Set<AgendaItem>();

    public DbSet<Recommendation> Recommendations => Set<Recommendation>();

    public DbSet<MinuteParagraph> MinuteParagraphs => Set<MinuteParagraph>();

    public DbSet<Decision> Decisions => Set<Decision>();

    public DbSet<Resolution> Resolutions => Set<Resolution>();

    public DbSet<ScrutinyComment> ScrutinyComments => Set<ScrutinyComment>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<PersonTitle> PersonTitles => Set<PersonTitle>();

    public DbSet<PersonLink> PersonLinks => Set<PersonLink>();

    public DbSet<Vote> Votes => Set<Vote>();

    public DbSet<ExtraField> ExtraFields => Set<ExtraField>();

    public DbSet<SourceDocument> SourceDocuments => Set<SourceDocument>();

    public DbSet<ChangeRecord> ChangeRecords => Set<ChangeRecord>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>The clock used to stamp records; tests replace it.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampEditedRecords();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampEditedRecords();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(DecisionsDbContext).Assembly);
    }

    /// <summary>Stamps a new record as saving it through the change tracker would (the bulk insert writes around it).</summary>
    internal static void StampAdded(EditableEntity entity, DateTime now)
    {
        if (entity.CreatedUtc == default)
        {
            entity.CreatedUtc = now;
        }

        entity.UpdatedUtc = now;
    }

    // Revision is the concurrency token: bumping it on every save makes a stale edit fail with
    // DbUpdateConcurrencyException instead of silently overwriting a colleague's change.
    private void StampEditedRecords()
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        foreach (var entry in ChangeTracker.Entries<EditableEntity>())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    StampAdded(entry.Entity, now);
                    break;
                case EntityState.Modified:
                    entry.Entity.Revision++;
                    entry.Entity.UpdatedUtc = now;
                    break;
                default:
                    break;
            }
        }
    }
}

/// <summary>The SQLite context (embedded default); migrations in Migrations/Sqlite.</summary>
public sealed class SqliteDecisionsDbContext(DbContextOptions<SqliteDecisionsDbContext> options) : DecisionsDbContext(options);

/// <summary>The SQL Server context (production); migrations in Migrations/SqlServer.</summary>
public sealed class SqlServerDecisionsDbContext(DbContextOptions<SqlServerDecisionsDbContext> options) : DecisionsDbContext(options);
