using System.Net;
using AngleSharp.Html.Parser;
using CouncilDecisions.Domain;
using CouncilDecisions.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CouncilDecisions.IntegrationTests.Features.Journeys;

/// <summary>The site as a resident finds it after a first run: the seeds imported, reached by links alone.</summary>
public sealed class SeededSiteTests(SeededAppFactory app) : IClassFixture<SeededAppFactory>
{
    [Fact]
    public async Task From_the_home_page_every_seed_resolution_is_reached_by_links_alone()
    {
        var resolutions = await app.WithDbAsync(db => db.Resolutions
            .Where(r => r.Decision.State == PublicationState.Published)
            .Select(r => r.Text)
            .ToListAsync());
        Assert.Equal(8, resolutions.Count);
        using var client = app.CreateClient();
        var parser = new HtmlParser();
        var seen = new HashSet<string>(StringComparer.Ordinal) { "/" };
        var queue = new Queue<string>(["/"]);
        var found = new HashSet<string>(StringComparer.Ordinal);

        while (queue.Count > 0 && seen.Count < 400 && found.Count < resolutions.Count)
        {
            var path = queue.Dequeue();
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var document = await parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
            var text = document.Body?.TextContent ?? string.Empty;
            found.UnionWith(resolutions.Where(r => Normalise(text).Contains(Normalise(r), StringComparison.Ordinal)));
            foreach (var href in document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                if (href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal) && !href.Contains('#', StringComparison.Ordinal)
                    && !href.StartsWith("/search", StringComparison.Ordinal) && !href.StartsWith("/account", StringComparison.Ordinal)
                    && !href.StartsWith("/api", StringComparison.Ordinal) && !href.Contains('.', StringComparison.Ordinal) && seen.Add(href))
                {
                    queue.Enqueue(href);
                }
            }
        }

        Assert.Equal(resolutions.Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_search_box_finds_the_croydon_strategy()
    {
        using var client = app.CreateClient();
        var home = await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync(new Uri("/", UriKind.Relative)));
        var form = home.QuerySelector("form[action='/search']") ?? home.QuerySelector("form[role='search']");
        Assert.NotNull(form);
        var field = form!.QuerySelector("input[type='search'], input[name='q']")!.GetAttribute("name");

        var results = await new HtmlParser().ParseDocumentAsync(
            await client.GetStringAsync(new Uri($"/search?{field}=Croydon+digital+strategy", UriKind.Relative)));

        var first = results.QuerySelectorAll("main a[href^='/decisions/'], main a[href^='/items/']").Select(a => a.TextContent.Trim()).FirstOrDefault();
        Assert.Equal("Croydon Digital Strategy", first);
    }

    [Fact]
    public async Task An_item_whose_source_names_no_meeting_still_has_its_page()
    {
        var id = await app.WithDbAsync(db => db.AgendaItems.Where(a => a.Title == "Croydon Digital Strategy").Select(a => a.Id).SingleAsync());
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri($"/items/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        Assert.Contains("does not say which meeting", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Adopt the Digital Strategy 2019-2024", page.Body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scrutiny_considerations_as_published_sit_in_the_scrutiny_row_not_a_second_row()
    {
        var id = await app.WithDbAsync(db => db.Decisions.Where(d => d.Title == "Digital Transformation Strategy").Select(d => d.Id).SingleAsync());
        using var client = app.CreateClient();

        var page = await new HtmlParser().ParseDocumentAsync(
            await client.GetStringAsync(new Uri($"/decisions/{id}", UriKind.Relative)));

        var scrutinyRows = page.QuerySelectorAll("#decision-fields .govuk-summary-list__row")
            .Where(row => row.QuerySelector("dt")!.TextContent.Trim().StartsWith("Scrutiny", StringComparison.OrdinalIgnoreCase))
            .ToList();
        var row = Assert.Single(scrutinyRows);
        var fullText = row.QuerySelector("details#scrutiny-full-text .govuk-details__text");
        Assert.NotNull(fullText);
        // Prose that is neither a comment nor a response is only in the full text, so it must be there.
        Assert.Contains("The Committee unanimously resolved to endorse the recommendations.", fullText!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["i.", "ii.", "iii.", "iv.", "v.", "i.", "ii.", "iii."],
            row.QuerySelectorAll(".app-labelled-list__label").Select(l => l.TextContent.Trim()));
    }

    [Fact]
    public async Task A_meeting_page_shows_what_was_decided_when_a_decision_has_no_separate_resolutions()
    {
        var meetingId = await app.WithDbAsync(db => db.Meetings
            .Where(m => m.Date == new DateOnly(2019, 11, 27) && m.Body.Name == "Executive").Select(m => m.Id).SingleAsync());
        using var client = app.CreateClient();

        var page = await new HtmlParser().ParseDocumentAsync(
            await client.GetStringAsync(new Uri($"/meetings/{meetingId}", UriKind.Relative)));

        Assert.Equal("That the Digital Strategy be APPROVED.", page.QuerySelector("main .app-decision-text")?.TextContent.Trim());
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
