using CouncilDecisions.Web.Features.Api;
using CouncilDecisions.Web.Features.Feeds;
using CouncilDecisions.Web.Features.Sitemaps;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace CouncilDecisions.Web.Infrastructure;

/// <summary>The open data feature (JSON API, OpenAPI, feeds, calendars, CSV, sitemaps): one line each in Program.cs.</summary>
public static class OpenDataExtensions
{
    public const string CorsPolicy = "OpenData";

    public static IServiceCollection AddCouncilDecisionsOpenData(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped(provider => new ApiLinks(
            provider.GetRequiredService<IHttpContextAccessor>().HttpContext?.Request,
            provider.GetRequiredService<IOptions<PortalOptions>>().Value.CanonicalBaseUrl));
        services.AddScoped<ApiMapper>();
        services.AddScoped<ApiQueries>();
        services.AddScoped<DecisionFilters>();
        services.AddScoped<FeedQueries>();
        services.AddScoped<SitemapQueries>();
        services.AddProblemDetails();
        services.AddCors(options => options.AddPolicy(CorsPolicy, policy => policy
            .AllowAnyOrigin()
            .WithMethods(HttpMethods.Get)
            .WithHeaders("If-None-Match", "Accept")
            .WithExposedHeaders("ETag", "Content-Disposition")));
        services.AddOpenApi(options =>
        {
            // The document describes the open data only, not the HTML pages.
            options.ShouldInclude = description => description.RelativePath is { } path
                && (path.StartsWith("api/v1", StringComparison.Ordinal) || FeedEndpoints.IsFeedPath(path));
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "CouncilDecisions open data";
                document.Info.Description = "Read-only decisions, meetings and people of UK councils, in shapes that follow OParl 1.1. See /api.";
                return Task.CompletedTask;
            });
        });
        return services;
    }

    /// <summary>Call after the pipeline's routing: CORS and API problems apply to the endpoints mapped here.</summary>
    public static WebApplication MapCouncilDecisionsOpenData(this WebApplication app)
    {
        app.UseCors();
        app.UseMiddleware<ApiProblemMiddleware>();
        app.MapOpenApi().RequireCors(CorsPolicy);
        app.MapDecisionsApi();
        app.MapFeeds();
        app.MapSitemaps();
        return app;
    }
}

/// <summary>
/// Under /api/v1 an error is RFC 9457 problem JSON, never the HTML error page: an unhandled exception becomes a
/// 500 problem with no details of it (logged here, because the site's exception handler never sees it), empty
/// error responses (405, a failed binding) get a problem body, and the status-code pages are switched off.
/// </summary>
internal sealed partial class ApiProblemMiddleware(RequestDelegate next, ILogger<ApiProblemMiddleware> logger)
{
    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments(ApiLinks.Prefix, StringComparison.OrdinalIgnoreCase);

    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        if (!IsApi(context))
        {
            await next(context);
            return;
        }

        if (context.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages)
        {
            statusCodePages.Enabled = false;
        }

        var response = context.Response;
        try
        {
            await next(context);
        }
        catch (Exception exception) when (!response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            LogApiFailed(exception, context.Request.Path);
            response.Clear();
            response.StatusCode = StatusCodes.Status500InternalServerError;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = { Status = StatusCodes.Status500InternalServerError, Title = "Sorry, there is a problem with the service." },
            });
            return;
        }

        if (response.StatusCode >= 400 && !response.HasStarted && response.ContentLength is null && string.IsNullOrEmpty(response.ContentType))
        {
            await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context });
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception answering {Path}")]
    private partial void LogApiFailed(Exception exception, string path);
}
