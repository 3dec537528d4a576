using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilDecisions.Data;

/// <summary>The provider named by <c>Database:Provider</c>.</summary>
public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

/// <summary>SQLite's durability setting for commits (<c>PRAGMA synchronous</c>).</summary>
public enum SqliteSynchronous
{
    Normal,
    Full,
}

/// <summary>
/// Reads <c>Database:Provider</c>, <c>Database:DataFolder</c> and <c>ConnectionStrings:Decisions</c>
/// the same way for the web app, the CLI and the tests.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString, bool MigrateOnStartup)
{
    public const string ProviderKey = "Database:Provider";
    public const string DataFolderKey = "Database:DataFolder";
    public const string MigrateOnStartupKey = "Database:MigrateOnStartup";
    public const string ConnectionStringName = "Decisions";
    public const string SqliteSynchronousKey = "Database:SqliteSynchronous";

    /// <summary>
    /// SQLite's <c>PRAGMA synchronous</c> for every connection: <c>Full</c> (the default: every commit is flushed to
    /// disk before it returns) or <c>Normal</c> (for bulk imports; in WAL mode a commit is atomic and never corrupts the
    /// file, but the last commits before a power cut may be lost). See docs/decisions/0006-sqlite-synchronous-normal.md.
    /// </summary>
    public SqliteSynchronous SqliteSynchronous { get; init; } = SqliteSynchronous.Full;

    public static DatabaseSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var providerText = configuration[ProviderKey];
        DatabaseProvider provider;
        if (string.IsNullOrWhiteSpace(providerText))
        {
            provider = DatabaseProvider.Sqlite;
        }
        else if (!Enum.TryParse(providerText.Trim(), ignoreCase: true, out provider) || !Enum.IsDefined(provider))
        {
            throw new InvalidOperationException(
                $"The setting {ProviderKey} (environment variable Database__Provider) must be 'Sqlite' or 'SqlServer', but it is '{providerText}'.");
        }

        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider == DatabaseProvider.SqlServer)
            {
                throw new InvalidOperationException(
                    $"{ProviderKey} is 'SqlServer', so ConnectionStrings:{ConnectionStringName} (environment variable ConnectionStrings__{ConnectionStringName}) must be set.");
            }

            var folder = configuration[DataFolderKey];
            if (string.IsNullOrWhiteSpace(folder))
            {
                folder = DefaultDataFolder();
            }

            Directory.CreateDirectory(folder);
            connectionString = new SqliteConnectionStringBuilder
            {
                DataSource = Path.Combine(folder, "councildecisions.db"),
                ForeignKeys = true,
            }.ToString();
        }

        var migrate = !bool.TryParse(configuration[MigrateOnStartupKey], out var parsed) || parsed;
        var synchronousText = configuration[SqliteSynchronousKey];
        var synchronous = SqliteSynchronous.Full;
        if (!string.IsNullOrWhiteSpace(synchronousText)
            && (!Enum.TryParse(synchronousText.Trim(), ignoreCase: true, out synchronous) || !Enum.IsDefined(synchronous)))
        {
            throw new InvalidOperationException(
                $"The setting {SqliteSynchronousKey} (environment variable Database__SqliteSynchronous) must be 'Normal' or 'Full', but it is '{synchronousText}'.");
        }

        return new DatabaseSettings(provider, connectionString, migrate) { SqliteSynchronous = synchronous };
    }

    /// <summary>The per-user application data folder, so the web app and the CLI share one database by default.</summary>
    public static string DefaultDataFolder() =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "CouncilDecisions");
}

public static class DatabaseServiceCollectionExtensions
{
    // Stateless apart from per-context pending work, so one instance serves every context.
    private static readonly Search.SearchIndexInterceptor SearchIndexInterceptor = new();

    /// <summary>Registers <see cref="DecisionsDbContext"/> for the configured provider.</summary>
    public static IServiceCollection AddDecisionsDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = DatabaseSettings.From(configuration);
        services.AddSingleton(settings);
        switch (settings.Provider)
        {
            case DatabaseProvider.SqlServer:
                services.AddDbContext<DecisionsDbContext, SqlServerDecisionsDbContext>(options =>
                    options.UseSqlServer(settings.ConnectionString, sql => sql.EnableRetryOnFailure()));
                break;
            default:
                // FULL is SQLite's own default, so only NORMAL needs a pragma on every connection open.
                services.AddDbContext<DecisionsDbContext, SqliteDecisionsDbContext>(options =>
                    options.UseSqlite(settings.ConnectionString).AddInterceptors(settings.SqliteSynchronous == SqliteSynchronous.Normal
                        ? [SearchIndexInterceptor, SqliteSynchronousInterceptor.Normal]
                        : [SearchIndexInterceptor]));
                break;
        }

        services.AddScoped<DatabaseInitializer>();
        return services;
    }
}
