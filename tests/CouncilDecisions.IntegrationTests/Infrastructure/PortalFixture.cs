using AngleSharp;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CouncilDecisions.IntegrationTests.Infrastructure;

/// <summary>One app per test class over a fresh SQLite file holding <see cref="TestData"/>.</summary>
public sealed class PortalFixture : IAsyncLifetime
{
    public CouncilDecisionsAppFactory App { get; } = new();

    public TestRecords Records { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Records = await App.WithDbAsync(TestData.AddAsync);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
    }

    /// <summary>GETs a page and parses it; the response is returned too for status and headers.</summary>
    public async Task<(HttpResponseMessage Response, IDocument Document)> GetAsync(string url)
    {
        var response = await Client.GetAsync(new Uri(url, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        var document = await context.OpenAsync(r => r.Content(html).Address(new Uri(Client.BaseAddress!, url)));
        return (response, document);
    }

    public async Task<IDocument> GetOkAsync(string url)
    {
        var (response, document) = await GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} returned {(int)response.StatusCode}");
        return document;
    }
}

public static class DocumentExtensions
{
    public static string Text(this IElement? element) => Normalise(element?.TextContent);

    public static string Normalise(string? text) => string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The summary-list value for a key ("Decision maker" → "Executive Councillor for Transformation").</summary>
    public static string? SummaryValue(this IDocument document, string key) =>
        document.QuerySelectorAll(".govuk-summary-list__row")
            .Where(r => Normalise(r.QuerySelector(".govuk-summary-list__key")?.TextContent) == key)
            .Select(r => Normalise(r.QuerySelector(".govuk-summary-list__value")?.TextContent))
            .FirstOrDefault();

    public static IReadOnlyList<string> Breadcrumbs(this IDocument document) =>
        document.QuerySelectorAll(".govuk-breadcrumbs__list-item").Select(li => Normalise(li.TextContent)).ToList();

    public static string? Canonical(this IDocument document) => document.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
}
