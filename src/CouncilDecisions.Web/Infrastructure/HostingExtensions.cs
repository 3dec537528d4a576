using CouncilDecisions.Data;
using CouncilDecisions.Importer;
using Microsoft.AspNetCore.Mvc.Razor;
using Serilog;

namespace CouncilDecisions.Web.Infrastructure;

internal static partial class HostingExtensions
{
    public static LoggerConfiguration WriteToFileWhenConfigured(this LoggerConfiguration logger, IConfiguration configuration)
    {
        var path = configuration["Logging:File:Path"];
        return string.IsNullOrWhiteSpace(path)
            ? logger
            : logger.WriteTo.File(path, rollingInterval: RollingInterval.Day, retainedFileCountLimit: 14,
                formatProvider: System.Globalization.CultureInfo.InvariantCulture);
    }

    public static IServiceCollection AddCouncilDecisionsWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddControllersWithViews();

        // Feature folders: Features/<Feature>/<View>.cshtml, with shared layout and partials in Features/Shared.
        services.Configure<RazorViewEngineOptions>(options =>
        {
            options.ViewLocationFormats.Clear();
            options.ViewLocationFormats.Add("/Features/{1}/{0}.cshtml");
            options.ViewLocationFormats.Add("/Features/Shared/{0}.cshtml");
            options.ViewLocationExpanders.Add(new FeatureNamespaceViewLocationExpander());
        });

        services.AddHealthChecks().AddDbContextCheck<DecisionsDbContext>();
        services.Configure<SeedOptions>(configuration.GetSection(SeedOptions.Section));
        services.AddScoped<MinuteImporter>();
        services.AddScoped<SeedImport>();
        services.AddScoped<CouncilDecisions.Notices.NoticeQueries>();
        return services;
    }

    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(app.Lifetime.ApplicationStopping);
        await scope.ServiceProvider.GetRequiredService<SeedImport>().ImportWhenEmptyAsync(app.Environment.ContentRootPath, app.Lifetime.ApplicationStopping);
    }

    public static WebApplication UseCouncilDecisionsPipeline(this WebApplication app)
    {
        app.UseStaticFiles();
        app.UseRouting();
        app.MapHealthChecks("/health");
        app.MapControllers();
        return app;
    }
}

/// <summary>Where the demo minute texts live and whether to import them into an empty database.</summary>
internal sealed class SeedOptions
{
    public const string Section = "Seeds";

    public string Path { get; set; } = "../../seeds";

    public bool ImportWhenEmpty { get; set; } = true;
}
