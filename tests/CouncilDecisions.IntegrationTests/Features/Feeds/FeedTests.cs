using System.Globalization;
using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using CouncilDecisions.IntegrationTests.Features.Api;
using CouncilDecisions.IntegrationTests.Infrastructure;
using CsvHelper;
using Calendar = Ical.Net.Calendar;

namespace CouncilDecisions.IntegrationTests.Features.Feeds;

/// <summary>The feeds and exports, read back by the libraries that wrote them and by independent parses.</summary>
public sealed class FeedTests(SeededAppFactory app) : IClassFixture<SeededAppFactory>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task Decisions_feed_is_atom_that_syndication_reads_back()
    {
        var (text, type) = await GetAsync("/feeds/decisions.atom");

        Assert.Equal("application/atom+xml", type);
        using var reader = XmlReader.Create(new StringReader(text));
        var feed = SyndicationFeed.Load(reader);
        Assert.Equal(5, feed.Items.Count());
        var cambridge = Assert.Single(feed.Items, i => i.Title.Text == "Digital Transformation Strategy");
        var web = cambridge.Links.Single(l => l.RelationshipType == "alternate" && l.MediaType is null).Uri.ToString();
        Assert.Matches("^http://localhost/decisions/[0-9]+$", web);
        Assert.Contains("Decision maker: Executive Councillor for Transformation", ((TextSyndicationContent)cambridge.Summary).Text, StringComparison.Ordinal);
        Assert.Equal("Cambridge City Council", Assert.Single(cambridge.Authors).Name);
        Assert.NotEqual(default, cambridge.PublishDate);
    }

    [Fact]
    public async Task Decisions_feed_is_valid_atom_to_an_independent_xml_parse()
    {
        var (text, _) = await GetAsync("/feeds/decisions.atom");

        var feed = XDocument.Parse(text).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("http://localhost/feeds/decisions.atom", feed.Element(Atom + "id")?.Value);
        Assert.Equal("http://localhost/feeds/decisions.atom", feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")?.Value);
        Assert.NotNull(feed.Element(Atom + "updated"));
        Assert.NotNull(feed.Element(Atom + "author")?.Element(Atom + "name"));
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(5, entries.Count);
        foreach (var entry in entries)
        {
            Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + "id")?.Value));
            Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + "title")?.Value));
            Assert.True(DateTimeOffset.TryParse(entry.Element(Atom + "updated")?.Value, CultureInfo.InvariantCulture, out _));
            Assert.Contains(entry.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "alternate");
        }

        Assert.Contains(entries, e => e.Element(Atom + "title")?.Value == "Digital Strategy - Phase One");
    }

    [Fact]
    public async Task Council_and_body_feeds_hold_only_their_decisions()
    {
        var (council, _) = await GetAsync("/councils/cambridge-city-council/decisions.atom");
        var councilEntries = XDocument.Parse(council).Root!.Elements(Atom + "entry").ToList();
        Assert.Equal("Digital Transformation Strategy", Assert.Single(councilEntries).Element(Atom + "title")?.Value);
        Assert.Contains("Cambridge City Council", XDocument.Parse(council).Root!.Element(Atom + "title")?.Value, StringComparison.Ordinal);

        var cabinet = Assert.Single(await _client.AllPagesAsync("/api/v1/bodies?council=oxfordshire-county-council"));
        var (body, _) = await GetAsync(cabinet.Text("decisionsFeed"));
        using var reader = XmlReader.Create(new StringReader(body));
        var item = Assert.Single(SyndicationFeed.Load(reader).Items);
        Assert.Equal("ICT Strategy, Digital Strategy & Endorsement of Local Digital Declaration", item.Title.Text);
    }

    [Fact]
    public async Task Meetings_calendar_is_icalendar_that_ical_net_reads_back()
    {
        var (text, type) = await GetAsync("/councils/oxfordshire-county-council/meetings.ics");

        Assert.Equal("text/calendar", type);
        var calendar = Calendar.Load(text)!;
        var meeting = Assert.Single(calendar.Events);
        Assert.Equal("Cabinet", meeting.Summary);
        Assert.Equal(new DateOnly(2019, 12, 17), meeting.DtStart!.Date);
        Assert.False(meeting.DtStart.HasTime);
        Assert.Matches("^http://localhost/meetings/[0-9]+$", meeting.Url!.ToString());

        // Independent check of the text itself (RFC 5545).
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\r\nDTSTART;VALUE=DATE:20191217\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\r\nSUMMARY:Cabinet\r\n", text, StringComparison.Ordinal);
        Assert.EndsWith("END:VCALENDAR\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Body_calendar_holds_the_body_meetings()
    {
        var executive = Assert.Single(await _client.AllPagesAsync("/api/v1/bodies?council=council-not-named-in-source"));

        var (text, _) = await GetAsync(executive.Text("meetingsCalendar"));

        var meeting = Assert.Single(Calendar.Load(text)!.Events);
        Assert.Equal("Executive", meeting.Summary);
        Assert.Equal(new DateOnly(2019, 11, 27), meeting.DtStart!.Date);
    }

    [Theory]
    [InlineData("/councils/atlantis/decisions.atom")]
    [InlineData("/bodies/999/decisions.atom")]
    [InlineData("/councils/atlantis/meetings.ics")]
    [InlineData("/bodies/999/meetings.ics")]
    [InlineData("/councils/atlantis/decisions.csv")]
    public async Task Unknown_council_or_body_feed_is_404(string url)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Council_csv_is_a_named_utf8_download_of_its_decisions()
    {
        using var response = await _client.GetAsync(new Uri("/councils/melton-borough-council/decisions.csv", UriKind.Relative));

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("melton-borough-council-decisions.csv", response.Content.Headers.ContentDisposition?.FileName);
        var rows = ReadCsv(await response.Content.ReadAsStringAsync());
        var row = Assert.Single(rows);
        Assert.Equal("Digital Strategy - Phase One", row["title"]);
        Assert.Equal("Melton Borough Council", row["council"]);
        Assert.Matches("^http://localhost/decisions/[0-9]+$", row["web"]);
    }

    [Fact]
    public async Task Search_csv_takes_the_search_filters()
    {
        var all = ReadCsv(await _client.GetStringAsync(new Uri("/search.csv", UriKind.Relative)));
        Assert.Equal(5, all.Count);

        var key = ReadCsv(await _client.GetStringAsync(new Uri("/search.csv?key=true&q=strategy", UriKind.Relative)));
        var cambridge = Assert.Single(key);
        Assert.Equal("Digital Transformation Strategy", cambridge["title"]);
        Assert.Equal("Executive Councillor for Transformation", cambridge["decision_maker"]);
        Assert.Equal("2018-07-02", cambridge["decision_date"]);
        Assert.Equal("yes", cambridge["key_decision"]);
        Assert.Equal("no", cambridge["subject_to_call_in"]);

        using var bad = await _client.GetAsync(new Uri("/search.csv?from=2019-02-30", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("\"from\"", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<(string Text, string? MediaType)> GetAsync(string url)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.RelativeOrAbsolute));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadAsStringAsync(), response.Content.Headers.ContentType?.MediaType);
    }

    internal static List<Dictionary<string, string>> ReadCsv(string text)
    {
        using var csv = new CsvReader(new StringReader(text.TrimStart('\uFEFF')), CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var header = csv.HeaderRecord!;
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(header.ToDictionary(h => h, h => csv.GetField(h) ?? string.Empty, StringComparer.Ordinal));
        }

        return rows;
    }
}
