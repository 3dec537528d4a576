using System.Net;
using CouncilDecisions.IntegrationTests.Infrastructure;

namespace CouncilDecisions.IntegrationTests.Foundation;

/// <summary>HEAD gets what GET gets, without the body: pages, feeds, the API, PDFs and errors.</summary>
public sealed class HeadRequestTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/decisions/{decision}/digital-transformation-strategy")]
    [InlineData("/decisions/{decision}")]
    [InlineData("/decisions/{decision}/notice.pdf")]
    [InlineData("/feeds/decisions.atom")]
    [InlineData("/councils/cambridge-city-council/meetings.ics")]
    [InlineData("/api/v1/decisions")]
    [InlineData("/decisions/999999")]
    [InlineData("/api/v1/decisions/999999")]
    [InlineData("/workspace")]
    public async Task Head_answers_with_the_status_and_headers_of_get_and_no_body(string template)
    {
        var url = template.Replace("{decision}", fixture.Records.CambridgeDecisionId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        using var get = await fixture.Client.GetAsync(new Uri(url, UriKind.Relative));
        using var head = await fixture.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri(url, UriKind.Relative)));

        Assert.NotEqual(HttpStatusCode.MethodNotAllowed, head.StatusCode);
        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Equal(get.Headers.Location, head.Headers.Location);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(get.Headers.GetValues("Content-Security-Policy"), head.Headers.GetValues("Content-Security-Policy"));
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Head_with_a_matching_etag_gets_304()
    {
        using var get = await fixture.Client.GetAsync(new Uri("/feeds/decisions.atom", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Head, new Uri("/feeds/decisions.atom", UriKind.Relative));
        request.Headers.IfNoneMatch.Add(get.Headers.ETag!);

        using var head = await fixture.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, head.StatusCode);
    }

    // Without a token, as a stray client sends them: the error page they re-execute into must not demand one.
    [Theory]
    [InlineData("PUT", "/feeds/decisions.atom", HttpStatusCode.MethodNotAllowed)]
    [InlineData("POST", "/decisions/{decision}", HttpStatusCode.MethodNotAllowed)]
    [InlineData("DELETE", "/", HttpStatusCode.MethodNotAllowed)]
    [InlineData("POST", "/no-such-page", HttpStatusCode.NotFound)]
    public async Task Other_methods_on_a_read_only_route_get_their_own_status_page(string method, string template, HttpStatusCode expected)
    {
        var url = template.Replace("{decision}", fixture.Records.CambridgeDecisionId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative)) { Content = new StringContent(string.Empty) };

        using var response = await fixture.Client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        Assert.Contains("govuk-heading-l", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
