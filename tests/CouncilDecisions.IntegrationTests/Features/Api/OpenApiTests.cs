using System.Text.Json;
using CouncilDecisions.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilDecisions.IntegrationTests.Features.Api;

public sealed class OpenApiTests(CouncilDecisionsAppFactory app) : IClassFixture<CouncilDecisionsAppFactory>
{
    [Fact]
    public async Task Document_describes_every_api_route_the_app_has()
    {
        using var client = app.CreateClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        var described = document.RootElement.GetProperty("paths").EnumerateObject()
            .Where(p => p.Value.TryGetProperty("get", out _))
            .Select(p => p.Name.TrimEnd('/'))
            .ToHashSet(StringComparer.Ordinal);

        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1", StringComparison.Ordinal) == true)
            .Where(e => e.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>() is not { ExcludeFromDescription: true })
            .Select(e => Normalise(e.RoutePattern.RawText!))
            .ToHashSet(StringComparer.Ordinal);

        Assert.Equal(13, routes.Count);
        Assert.Subset(described, routes);
        Assert.Superset(routes, described.Where(p => p.StartsWith("/api/v1", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Document_describes_parameters_and_response_shapes()
    {
        using var client = app.CreateClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        var root = document.RootElement;

        var list = root.GetProperty("paths").GetProperty("/api/v1/decisions").GetProperty("get");
        var parameters = list.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToHashSet();
        Assert.Superset(parameters, new HashSet<string?> { "q", "council", "body", "from", "to", "key", "status", "callin", "page", "pageSize", "modified_since" });
        Assert.True(list.GetProperty("responses").TryGetProperty("400", out _));
        var one = root.GetProperty("paths").GetProperty("/api/v1/decisions/{id}").GetProperty("get");
        Assert.True(one.GetProperty("responses").TryGetProperty("404", out _));

        var decision = root.GetProperty("components").GetProperty("schemas").GetProperty("DecisionResource").GetProperty("properties");
        foreach (var field in new[] { "id", "key", "type", "web", "created", "modified", "keyDecision", "callInStatus", "callInDeadline", "decisionMaker", "status", "resolutions" })
        {
            Assert.True(decision.TryGetProperty(field, out _), field);
        }

        Assert.True(root.GetProperty("paths").TryGetProperty("/feeds/decisions.atom", out _));
        Assert.True(root.GetProperty("paths").TryGetProperty("/search.csv", out _));
        Assert.False(root.GetProperty("paths").TryGetProperty("/", out _), "HTML pages are not part of the document");
    }

    private static string Normalise(string pattern) =>
        System.Text.RegularExpressions.Regex.Replace(pattern, "{([a-z]+):[a-z]+}", "{$1}").TrimEnd('/');
}
