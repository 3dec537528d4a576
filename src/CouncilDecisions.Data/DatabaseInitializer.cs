using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CouncilDecisions.Data;

/// <summary>Applies migrations on start-up (unless switched off) and puts SQLite into WAL mode.</summary>
public sealed partial class DatabaseInitializer(DecisionsDbContext db, DatabaseSettings settings, ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        if (settings.MigrateOnStartup)
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                LogApplyingMigrations(pending.Count, settings.Provider);
                await db.Database.MigrateAsync(cancellationToken);
            }
        }
        else
        {
            LogMigrationsSkipped(DatabaseSettings.MigrateOnStartupKey);
        }

        if (db.Database.IsSqlite())
        {
            // WAL lets readers carry on while an import writes; the mode is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying {Count} migration(s) to the {Provider} database")]
    private partial void LogApplyingMigrations(int count, DatabaseProvider provider);

    [LoggerMessage(Level = LogLevel.Information, Message = "Migrations not applied on start-up ({Setting} is false)")]
    private partial void LogMigrationsSkipped(string setting);
}
