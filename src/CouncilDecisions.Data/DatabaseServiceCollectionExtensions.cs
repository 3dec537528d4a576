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
        return new DatabaseSettings(provider, connectionString, migrate);
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
                services.AddDbContext<DecisionsDbContext, SqliteDecisionsDbContext>(options =>
                    options.UseSqlite(settings.ConnectionString).AddInterceptors(SearchIndexInterceptor));
                break;
        }

        services.AddScoped<DatabaseInitializer>();
        return services;
    }
}
