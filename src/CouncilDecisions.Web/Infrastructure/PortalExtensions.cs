using CouncilDecisions.Web.Features.Bodies;
using CouncilDecisions.Web.Features.Councils;
using CouncilDecisions.Web.Features.Decisions;
using CouncilDecisions.Web.Features.Home;
using CouncilDecisions.Web.Features.Issues;
using CouncilDecisions.Web.Features.Items;
using CouncilDecisions.Web.Features.Meetings;
using CouncilDecisions.Web.Features.People;
using CouncilDecisions.Web.Features.Search;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Serilog;

namespace CouncilDecisions.Web.Infrastructure;

/// <summary>The public portal's services and middleware, kept apart from Program.cs so other features merge cleanly.</summary>
internal static class PortalExtensions
{
    public static IServiceCollection AddCouncilDecisionsPortal(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PortalOptions>(configuration.GetSection(PortalOptions.Section));
        services.AddSingleton<MarkdownRenderer>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<HomeQueries>();
        services.AddScoped<CouncilQueries>();
        services.AddScoped<BodyQueries>();
        services.AddScoped<MeetingQueries>();
        services.AddScoped<ItemQueries>();
        services.AddScoped<IssueQueries>();
        services.AddScoped<DecisionQueries>();
        services.AddScoped<PersonQueries>();
        services.AddScoped<SearchQueries>();
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });
        return services;
    }

    /// <summary>
    /// The request log, security headers, then the styled error pages: never the developer exception page, even in
    /// Development, because a stack trace on a public site gives away more than it helps. The log comes first so
    /// that it records every request, including those that authorization turns away and those that fail.
    /// </summary>
    public static WebApplication UseCouncilDecisionsPortal(this WebApplication app)
    {
        app.UseSerilogRequestLogging();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseExceptionHandler("/error");
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseMiddleware<HeadRequestMiddleware>();
        return app;
    }
}

/// <summary>Settings under <c>Portal</c>.</summary>
internal sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary>The public origin ("https://decisions.example.gov.uk") for canonical links; the request's own origin when empty.</summary>
    public string? CanonicalBaseUrl { get; set; }
}
