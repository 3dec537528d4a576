using System.Globalization;
using System.Net;
using CouncilDecisions.Data;
using CouncilDecisions.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilDecisions.IntegrationTests.Features.Authorization;

/// <summary>
/// Every endpoint the app maps (read from its endpoint data sources, not a hand list), requested as a resident,
/// a councillor, an officer and an administrator, with route values filled from the seeded database.
/// </summary>
public sealed class EndpointAuthorizationTests(SeededAppFactory factory) : IClassFixture<SeededAppFactory>
{
    private enum Who
    {
        Anonymous,
        Councillor,
        Officer,
        Administrator,
    }

    [Fact]
    public async Task Every_GET_endpoint_answers_each_role_as_its_area_requires()
    {
        var ids = await IdsAsync();
        var clients = await ClientsAsync();
        var failures = new List<string>();
        var checkedCount = 0;
        foreach (var route in Routes().Where(r => r.Methods.Count == 0 || r.Methods.Contains("GET")))
        {
            var url = Fill(route.Template, ids);
            foreach (var (who, client) in clients)
            {
                using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
                checkedCount++;
                var status = (int)response.StatusCode;
                var expected = Expected(route.Template, who);
                var ok = expected switch
                {
                    302 => status == 302 && response.Headers.Location?.OriginalString.Contains("/account/sign-in", StringComparison.Ordinal) == true,
                    200 => status is 200 or 404,
                    403 => status == 403,
                    _ => status is not (302 or 401 or 403) || route.Template.StartsWith("error", StringComparison.Ordinal),
                };
                if (!ok)
                {
                    failures.Add($"{who} GET /{url}: {status}, expected {expected}");
                }
            }
        }

        Assert.True(checkedCount > 40, "Only " + checkedCount + " requests: endpoint enumeration found too little");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task Every_POST_endpoint_rejects_a_request_without_an_antiforgery_token()
    {
        var ids = await IdsAsync();
        var clients = (await ClientsAsync()).ToDictionary(c => c.Who, c => c.Client);
        var failures = new List<string>();
        var posts = Routes().Where(r => r.Methods.Contains("POST")).ToList();
        Assert.True(posts.Count > 20, "Only " + posts.Count + " POST endpoints found");
        foreach (var route in posts)
        {
            var url = Fill(route.Template, ids);
            var who = route.Template.StartsWith("admin", StringComparison.Ordinal) ? Who.Administrator
                : route.Template.StartsWith("my-record", StringComparison.Ordinal) ? Who.Councillor
                : Who.Officer;
            using var content = new FormUrlEncodedContent([new("Revision", "1"), new("Reason", "x")]);
            using var response = await clients[who].PostAsync(new Uri(url, UriKind.Relative), content);
            if (response.StatusCode != HttpStatusCode.BadRequest)
            {
                failures.Add($"{who} POST /{url}: {(int)response.StatusCode}, expected 400");
            }

            using var anonymousContent = new FormUrlEncodedContent([new("Revision", "1")]);
            using var anonymous = await clients[Who.Anonymous].PostAsync(new Uri(url, UriKind.Relative), anonymousContent);
            if ((int)anonymous.StatusCode is not (302 or 400))
            {
                failures.Add($"anonymous POST /{url}: {(int)anonymous.StatusCode}, expected 302 or 400");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static int Expected(string template, Who who)
    {
        if (template.StartsWith("workspace", StringComparison.Ordinal))
        {
            return who switch { Who.Anonymous => 302, Who.Councillor => 403, _ => 200 };
        }

        if (template.StartsWith("admin", StringComparison.Ordinal))
        {
            return who switch { Who.Anonymous => 302, Who.Administrator => 200, _ => 403 };
        }

        if (template.StartsWith("my-record", StringComparison.Ordinal))
        {
            return who switch { Who.Anonymous => 302, Who.Councillor => 200, _ => 403 };
        }

        if (template.StartsWith("account/change-password", StringComparison.Ordinal))
        {
            return who == Who.Anonymous ? 302 : 200;
        }

        return template.StartsWith("account", StringComparison.Ordinal) ? 200 : 0;
    }

    private IEnumerable<(string Template, IReadOnlyList<string> Methods)> Routes()
    {
        _ = factory.Server;
        return factory.Services.GetServices<EndpointDataSource>()
            .SelectMany(s => s.Endpoints)
            .OfType<RouteEndpoint>()
            .Select(e => (Template: e.RoutePattern.RawText!.TrimStart('/'), Methods: e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? (IReadOnlyList<string>)[]))
            .DistinctBy(r => r.Template + string.Join(',', r.Methods));
    }

    /// <summary>Real ids: each {id} is filled with a record of the kind named by the segment before it.</summary>
    private static string Fill(string template, IReadOnlyDictionary<string, string> ids)
    {
        var segments = template.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (!segment.StartsWith('{'))
            {
                continue;
            }

            var name = segment.Trim('{', '}').Split(':', '=', '?')[0];
            var before = i > 0 ? segments[i - 1] : "";
            segments[i] = name switch
            {
                "kind" => template.StartsWith("workspace/items/", StringComparison.Ordinal) ? "recommendations" : "resolutions",
                "code" => "404",
                "id" => ids.TryGetValue(before, out var id) ? id : "1",
                _ => ids.TryGetValue(name, out var value) ? value : "1",
            };
        }

        return string.Join('/', segments);
    }

    private async Task<IReadOnlyDictionary<string, string>> IdsAsync()
    {
        await OfficerSession.CreateUserAsync(factory, "someone-" + Guid.NewGuid().ToString("N")[..6] + "@example.gov.uk", Roles.Officer);
        return await factory.WithDbAsync(async db =>
        {
            static string S(int? id) => (id ?? 0).ToString(CultureInfo.InvariantCulture);
            return (IReadOnlyDictionary<string, string>)new Dictionary<string, string>
            {
                ["decisions"] = S(await db.Decisions.Where(d => d.Resolutions.Count > 0).Select(d => (int?)d.Id).FirstOrDefaultAsync()),
                ["items"] = S(await db.AgendaItems.Where(a => a.Minutes.Count > 0).Select(a => (int?)a.Id).FirstOrDefaultAsync()),
                ["meetings"] = S(await db.Meetings.Select(m => (int?)m.Id).FirstOrDefaultAsync()),
                ["councils"] = S(await db.Councils.Select(m => (int?)m.Id).FirstOrDefaultAsync()),
                ["bodies"] = S(await db.Bodies.Select(m => (int?)m.Id).FirstOrDefaultAsync()),
                ["people"] = S(await db.People.Select(m => (int?)m.Id).FirstOrDefaultAsync()),
                ["resolutions"] = S(await db.Resolutions.Select(m => (int?)m.Id).FirstOrDefaultAsync()),
                ["recommendations"] = S(await db.Recommendations.Select(m => (int?)m.Id).FirstOrDefaultAsync()),
                ["users"] = await db.Users.Select(u => u.Id).FirstAsync(),
            };
        });
    }

    private async Task<List<(Who Who, HttpClient Client)>> ClientsAsync() =>
    [
        (Who.Anonymous, OfficerSession.AnonymousClient(factory)),
        (Who.Councillor, (await OfficerSession.SignInAsync(factory, Roles.Councillor)).Client),
        (Who.Officer, (await OfficerSession.SignInAsync(factory, Roles.Officer)).Client),
        (Who.Administrator, (await OfficerSession.SignInAsync(factory, Roles.Administrator)).Client),
    ];
}
