using System.Net;
using CouncilDecisions.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilDecisions.IntegrationTests.Features.Errors;

public sealed class ErrorPageAndHeaderTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        var (response, _) = await fixture.GetAsync("/");

        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        var scriptSrc = csp.Split(';').Select(p => p.Trim()).Single(p => p.StartsWith("script-src", StringComparison.Ordinal));
        Assert.Equal("script-src 'self'", scriptSrc);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.True(response.Headers.Contains("Permissions-Policy"));
    }

    [Fact]
    public async Task Not_found_page_is_styled_and_keeps_the_headers()
    {
        var (response, page) = await fixture.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found – CouncilDecisions", page.Title);
        Assert.NotNull(page.QuerySelector("link[rel=stylesheet][href^='/css/site.css']"));
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
    }

    [Fact]
    public async Task Bad_request_page_is_styled()
    {
        var (response, page) = await fixture.GetAsync("/error/400");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Sorry, there is a problem with that request", page.QuerySelector("h1").Text());
    }

    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public async Task Unhandled_exception_shows_the_styled_500_page_without_a_stack_trace(string environment)
    {
        await using var app = new CouncilDecisionsAppFactory().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment(environment);
            builder.ConfigureServices(services => services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter>(new ThrowingEndpointFilter()));
        });
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/boom", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Sorry, there is a problem with the service", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Kaboom", html, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", html, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", html, StringComparison.Ordinal);
    }

    /// <summary>Adds a /boom endpoint that throws, after the app's own pipeline, so the real error handling runs.</summary>
    private sealed class ThrowingEndpointFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Map("/boom", boom => boom.Run(_ => throw new InvalidOperationException("Kaboom")));
        };
    }
}
