using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using CouncilDecisions.IntegrationTests.Features.Api;
using CouncilDecisions.IntegrationTests.Infrastructure;
using Calendar = Ical.Net.Calendar;

namespace CouncilDecisions.IntegrationTests.Features.Feeds;

/// <summary>The pages' alternate links and data links, followed as a feed reader and a resident would.</summary>
public sealed class AlternateLinkTests(SeededAppFactory app) : IClassFixture<SeededAppFactory>
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task Every_council_and_body_page_and_the_home_page_advertise_feeds_that_resolve()
    {
        var pages = new List<string> { "/", "/search?q=digital" };
        pages.AddRange((await _client.AllPagesAsync("/api/v1/councils")).Select(c => new Uri(c.Text("web")).AbsolutePath));
        pages.AddRange((await _client.AllPagesAsync("/api/v1/bodies")).Select(b => new Uri(b.Text("web")).AbsolutePath));
        Assert.Equal(10, pages.Count);

        var atomFeeds = 0;
        var calendars = 0;
        var calendarEvents = 0;
        foreach (var page in pages)
        {
            var document = await new HtmlParser().ParseDocumentAsync(await _client.GetStringAsync(new Uri(page, UriKind.Relative)));
            var alternates = document.Head!.QuerySelectorAll("link[rel=alternate]").ToList();
            Assert.True(alternates.Count > 0, page + " advertises no feed");
            foreach (var link in alternates)
            {
                Assert.False(string.IsNullOrWhiteSpace(link.GetAttribute("title")), page + ": an alternate link needs a title");
                var type = link.GetAttribute("type");
                var text = await FetchAsync(new Uri(new Uri("http://localhost" + page), link.GetAttribute("href")!), type!);
                if (type == "application/atom+xml")
                {
                    using var reader = XmlReader.Create(new StringReader(text));
                    Assert.NotNull(SyndicationFeed.Load(reader));
                    Assert.Equal(XName.Get("feed", "http://www.w3.org/2005/Atom"), XDocument.Parse(text).Root!.Name);
                    atomFeeds++;
                }
                else
                {
                    Assert.Equal("text/calendar", type);
                    // A council with no meetings yet still offers its (empty) calendar to subscribe to.
                    calendarEvents += Calendar.Load(text)!.Events.Count;
                    calendars++;
                }
            }
        }

        Assert.Equal(2 + 5 + 3, atomFeeds);
        Assert.Equal(5 + 3, calendars);
        Assert.Equal(2 + 2, calendarEvents);
    }

    [Fact]
    public async Task Council_page_links_visibly_to_its_feed_calendar_csv_and_json()
    {
        var document = await new HtmlParser().ParseDocumentAsync(await _client.GetStringAsync(new Uri("/councils/melton-borough-council", UriKind.Relative)));

        var links = document.QuerySelectorAll("a[data-open-data]").ToList();
        Assert.Equal(
            ["/councils/melton-borough-council/decisions.atom", "/councils/melton-borough-council/meetings.ics",
             "/councils/melton-borough-council/decisions.csv", "/api/v1/councils/melton-borough-council"],
            links.Select(l => l.GetAttribute("href")));
        foreach (var link in links)
        {
            await FetchAsync(new Uri("http://localhost" + link.GetAttribute("href")), link.GetAttribute("type")!);
        }

        Assert.NotNull(document.QuerySelector("a[href='/api']"));
    }

    [Fact]
    public async Task Search_page_offers_its_results_as_csv_with_the_same_filters()
    {
        var document = await new HtmlParser().ParseDocumentAsync(
            await _client.GetStringAsync(new Uri("/search?q=digital&council=melton-borough-council&page=1", UriKind.Relative)));

        var csv = document.QuerySelectorAll("a[data-open-data]").Single(a => a.GetAttribute("type") == "text/csv");
        Assert.Equal("/search.csv?q=digital&council=melton-borough-council", csv.GetAttribute("href"));
        var rows = FeedTests.ReadCsv(await FetchAsync(new Uri("http://localhost" + csv.GetAttribute("href")), "text/csv"));
        Assert.Equal("Digital Strategy - Phase One", Assert.Single(rows)["title"]);
    }

    private async Task<string> FetchAsync(Uri url, string mediaType)
    {
        using var response = await _client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode}");
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }
}
