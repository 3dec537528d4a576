using CouncilDecisions.Data;
using CouncilDecisions.Importer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Serilog;
using Serilog.Events;

namespace CouncilDecisions.Cli;

/// <summary>
/// The services a database command needs, configured from the same keys as the web app
/// (<c>Database:Provider</c>, <c>ConnectionStrings:Decisions</c>, <c>Database:DataFolder</c>) read from
/// appsettings.json beside the tool and from environment variables (<c>Database__Provider</c> ...).
/// </summary>
internal static class CliHost
{
    public static ServiceProvider Build(Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .Build();

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.AddSerilog(new LoggerConfiguration()
            .MinimumLevel.Warning()
            .MinimumLevel.Override("CouncilDecisions", LogEventLevel.Warning)
            .WriteTo.Console(standardErrorFromLevel: LogEventLevel.Verbose, formatProvider: System.Globalization.CultureInfo.InvariantCulture)
            .CreateLogger(), dispose: true));
        services.AddDecisionsDatabase(configuration);
        services.AddScoped<MinuteImporter>();
        configure?.Invoke(services);
        return services.BuildServiceProvider(validateScopes: true);
    }

    /// <summary>Applies migrations (unless switched off) so the CLI works on a database the web app never started.</summary>
    public static async Task InitializeDatabaseAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
    }
}
