using System.Net;
using System.Text.Json;
using CouncilDecisions.IntegrationTests.Infrastructure;

namespace CouncilDecisions.IntegrationTests.Features.Api;

/// <summary>The JSON API's shapes over the five seeds; expected values are written from the seed texts.</summary>
public sealed class ApiContractTests(SeededAppFactory app) : IClassFixture<SeededAppFactory>
{
    private const string Paper = "https://schema.oparl.org/1.1/Paper";

    private static readonly string[] SeedDecisionTitles =
    [
        "Digital Transformation Strategy",
        "Croydon Digital Strategy",
        "Digital Strategy",
        "Digital Strategy - Phase One",
        "ICT Strategy, Digital Strategy & Endorsement of Local Digital Declaration",
    ];

    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task Root_is_an_oparl_system_linking_to_every_collection()
    {
        var root = await _client.GetJsonAsync("/api/v1");

        Assert.Equal("https://schema.oparl.org/1.1/System", root.Text("type"));
        Assert.Equal("http://localhost/api/v1", root.Text("id"));
        Assert.Equal("http://localhost/openapi/v1.json", root.Text("openApi"));
        foreach (var (property, path) in new[]
                 {
                     ("councils", "/api/v1/councils"), ("bodies", "/api/v1/bodies"), ("meetings", "/api/v1/meetings"),
                     ("agendaItems", "/api/v1/agenda-items"), ("decisions", "/api/v1/decisions"), ("people", "/api/v1/people"),
                 })
        {
            Assert.Equal("http://localhost" + path, root.Text(property));
            var page = await _client.GetJsonAsync(root.Text(property));
            Assert.NotEmpty(page.Data());
        }
    }

    [Fact]
    public async Task Walking_links_from_the_root_reaches_every_seed_decision()
    {
        var root = await _client.GetJsonAsync("/api/v1");
        var titles = new List<string>();
        foreach (var council in await _client.AllPagesAsync(root.Text("councils")))
        {
            foreach (var listed in await _client.AllPagesAsync(council.Text("paper")))
            {
                var decision = await _client.GetJsonAsync(listed.Text("id"));
                Assert.Equal(listed.Text("id"), decision.Text("id"));
                Assert.Equal(council.Text("id"), decision.Text("council"));
                titles.Add(decision.Text("name"));
            }
        }

        Assert.Equal(SeedDecisionTitles.Order(StringComparer.Ordinal), titles.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Cambridge_decision_has_uk_fields_resolutions_and_scrutiny_comments()
    {
        var decision = await FindDecisionAsync("Digital Transformation Strategy");

        Assert.Equal(Paper, decision.Text("type"));
        Assert.Equal("Decision", decision.Text("paperType"));
        Assert.Equal("Executive Councillor for Transformation", decision.Text("decisionMaker"));
        Assert.Equal("Recommendations Approved", decision.Text("status"));
        Assert.True(decision.GetProperty("keyDecision").GetBoolean());
        Assert.False(decision.GetProperty("subjectToCallIn").GetBoolean());
        Assert.Equal("none", decision.Text("callInStatus"));
        Assert.Equal(JsonValueKind.Null, decision.GetProperty("callInDeadline").ValueKind);
        Assert.Equal("2018-07-02", decision.Text("date"));
        Assert.Equal("2018-10-09", decision.Text("publicationDate"));
        Assert.Equal("Whether to adopt the draft Digital Transformation Strategy for Cambridge City Council.", decision.Text("purpose"));
        Assert.Equal("http://localhost/api/v1/councils/cambridge-city-council", decision.Text("council"));
        Assert.False(decision.GetProperty("deleted").GetBoolean());

        var key = decision.GetProperty("key").GetInt32();
        Assert.Equal($"http://localhost/api/v1/decisions/{key}", decision.Text("id"));
        Assert.Equal($"http://localhost/decisions/{key}", decision.Text("web"));
        Assert.EndsWith("Z", decision.Text("modified"), StringComparison.Ordinal);
        Assert.True(DateTime.TryParse(decision.Text("created"), System.Globalization.CultureInfo.InvariantCulture, out _));

        var resolution = Assert.Single(decision.GetProperty("resolutions").EnumerateArray());
        Assert.Equal("i.", resolution.Text("label"));
        Assert.Equal("Approved the draft Digital Transformation Strategy attached at Appendix A of the officer’s report.", resolution.Text("text"));

        var comments = decision.GetProperty("scrutinyComments").EnumerateArray().ToList();
        Assert.Equal(["comment", "comment", "comment", "comment", "comment", "response", "response", "response"], comments.Select(c => c.Text("kind")));
        Assert.Equal("v.", comments[4].Text("label"));
        Assert.Equal("Commented on the terminology used within the equality impact assessments.", comments[4].Text("text"));

        var maker = await _client.GetJsonAsync(decision.Text("decisionMakerOrganization"));
        Assert.Equal("https://schema.oparl.org/1.1/Organization", maker.Text("type"));
        Assert.Equal("Executive Councillor for Transformation", maker.Text("name"));
        Assert.Equal("individualExecutiveMember", maker.Text("classification"));
    }

    [Fact]
    public async Task Melton_decision_keeps_resolution_labels_1_2_3()
    {
        var decision = await FindDecisionAsync("Digital Strategy - Phase One");

        var resolutions = decision.GetProperty("resolutions").EnumerateArray().ToList();
        Assert.Equal(["1", "2", "3"], resolutions.Select(r => r.Text("label")));
        Assert.StartsWith("Councillor Sheldon be approved as a Lead Member", resolutions[2].Text("text"), StringComparison.Ordinal);
        Assert.Equal("http://localhost/api/v1/councils/melton-borough-council", decision.Text("council"));
    }

    [Fact]
    public async Task Oxfordshire_decision_links_to_its_agenda_item_meeting_and_cabinet()
    {
        var decision = await FindDecisionAsync("ICT Strategy, Digital Strategy & Endorsement of Local Digital Declaration");

        Assert.Equal(["(a)", "(b)"], decision.GetProperty("resolutions").EnumerateArray().Select(r => r.Text("label")));
        Assert.Equal(["(a)", "(b)"], decision.GetProperty("recommendations").EnumerateArray().Select(r => r.Text("label")));
        Assert.Equal("Adopt the Local Digital Declaration and become a signatory.", decision.GetProperty("recommendations")[1].Text("text"));

        var item = await _client.GetJsonAsync(decision.Text("agendaItem"));
        Assert.Equal("https://schema.oparl.org/1.1/AgendaItem", item.Text("type"));
        Assert.Equal("122", item.Text("number"));
        Assert.Equal("CA6", item.Text("reportReference"));
        Assert.Equal("2019/158", item.Text("forwardPlanReference"));
        Assert.True(item.GetProperty("public").GetBoolean());
        Assert.Contains(decision.Text("id"), item.GetProperty("decisions").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(decision.Text("meeting"), item.Text("meeting"));

        var meeting = await _client.GetJsonAsync(item.Text("meeting"));
        Assert.Equal("https://schema.oparl.org/1.1/Meeting", meeting.Text("type"));
        Assert.Equal("Cabinet, 17 December 2019", meeting.Text("name"));
        Assert.Equal("2019-12-17", meeting.Text("date"));
        Assert.Equal("held", meeting.Text("meetingState"));
        Assert.Contains(item.Text("id"), meeting.GetProperty("agendaItem").EnumerateArray().Select(a => a.GetString()));
        var cabinet = await _client.GetJsonAsync(meeting.GetProperty("organization")[0].GetString()!);
        Assert.Equal("Cabinet", cabinet.Text("name"));
        Assert.Equal("http://localhost/api/v1/councils/oxfordshire-county-council", cabinet.Text("body"));
    }

    [Fact]
    public async Task Council_shape_links_to_its_lists_feeds_calendar_and_csv()
    {
        var council = await _client.GetJsonAsync("/api/v1/councils/melton-borough-council");

        Assert.Equal("https://schema.oparl.org/1.1/Body", council.Text("type"));
        Assert.Equal("Melton Borough Council", council.Text("name"));
        Assert.Equal("http://localhost/councils/melton-borough-council", council.Text("web"));
        Assert.Equal("http://localhost/api/v1/decisions?council=melton-borough-council", council.Text("paper"));
        Assert.Equal("http://localhost/councils/melton-borough-council/decisions.atom", council.Text("decisionsFeed"));
        Assert.Equal("http://localhost/councils/melton-borough-council/meetings.ics", council.Text("meetingsCalendar"));
        Assert.Equal("http://localhost/councils/melton-borough-council/decisions.csv", council.Text("decisionsCsv"));
        var people = await _client.AllPagesAsync(council.Text("person"));
        Assert.Equal(["Greenow", "Orson", "Sheldon"], people.Select(p => p.Text("name")).Order(StringComparer.Ordinal));
        Assert.All(people, p => Assert.Equal("https://schema.oparl.org/1.1/Person", p.Text("type")));
    }

    [Fact]
    public async Task Person_shape_has_role_council_and_page()
    {
        var people = await _client.AllPagesAsync("/api/v1/people?council=oxfordshire-county-council");
        var lygo = Assert.Single(people, p => p.Text("name") == "Mark Lygo");

        var person = await _client.GetJsonAsync(lygo.Text("id"));

        Assert.Equal("councillor", person.Text("role"));
        Assert.Equal("http://localhost/api/v1/councils/oxfordshire-county-council", person.Text("body"));
        Assert.Equal($"http://localhost/people/{person.GetProperty("key").GetInt32()}", person.Text("web"));
    }

    [Fact]
    public async Task Lists_paginate_with_next_prev_first_and_total()
    {
        var first = await _client.GetJsonAsync("/api/v1/decisions?pageSize=2");
        var pagination = first.GetProperty("pagination");
        Assert.Equal(5, pagination.GetProperty("totalElements").GetInt32());
        Assert.Equal(3, pagination.GetProperty("totalPages").GetInt32());
        Assert.Equal(2, first.Data().Count);
        var links = first.GetProperty("links");
        Assert.Equal(JsonValueKind.Null, links.GetProperty("prev").ValueKind);
        Assert.Equal("http://localhost/api/v1/decisions?pageSize=2", links.Text("first"));
        Assert.Equal("http://localhost/api/v1/decisions?pageSize=2&page=2", links.Text("next"));

        var last = await _client.GetJsonAsync(links.Text("last"));
        Assert.Single(last.Data());
        Assert.Equal(JsonValueKind.Null, last.GetProperty("links").GetProperty("next").ValueKind);
        Assert.Equal("http://localhost/api/v1/decisions?pageSize=2&page=2", last.GetProperty("links").Text("prev"));
        Assert.Equal(5, (await _client.AllPagesAsync("/api/v1/decisions?pageSize=1")).Count);
    }

    [Theory]
    [InlineData("q=cambridge", "Digital Transformation Strategy")]
    [InlineData("q=local+digital+declaration", "ICT Strategy, Digital Strategy & Endorsement of Local Digital Declaration")]
    [InlineData("council=croydon-council", "Croydon Digital Strategy")]
    [InlineData("from=2019-12-01", "ICT Strategy, Digital Strategy & Endorsement of Local Digital Declaration")]
    [InlineData("to=2018-12-31", "Digital Transformation Strategy")]
    [InlineData("from=2019-11-27&to=2019-11-27", "Digital Strategy")]
    [InlineData("from=27/11/2019&to=27/11/2019", "Digital Strategy")]
    [InlineData("callin=no", "Digital Transformation Strategy")]
    [InlineData("q=%22attached+at+appendix+a%22", "Digital Transformation Strategy")]
    [InlineData("q=endors*", "ICT Strategy, Digital Strategy & Endorsement of Local Digital Declaration")]
    [InlineData("key=true", "Digital Transformation Strategy")]
    [InlineData("key=false", "Croydon Digital Strategy")]
    [InlineData("status=recommendations+approved", "Digital Transformation Strategy")]
    [InlineData("q=strategy&council=melton-borough-council", "Digital Strategy - Phase One")]
    public async Task Decision_filters_narrow_the_list(string query, string expectedTitle)
    {
        var page = await _client.GetJsonAsync("/api/v1/decisions?" + query);

        var decision = Assert.Single(page.Data());
        Assert.Equal(expectedTitle, decision.Text("name"));
        Assert.Equal(1, page.GetProperty("pagination").GetProperty("totalElements").GetInt32());
    }

    [Fact]
    public async Task Body_and_call_in_filters_narrow_the_list()
    {
        var cabinet = Assert.Single(await _client.AllPagesAsync("/api/v1/bodies?council=oxfordshire-county-council"));

        var byBody = await _client.GetJsonAsync(cabinet.Text("paper"));
        Assert.Equal("ICT Strategy, Digital Strategy & Endorsement of Local Digital Declaration", Assert.Single(byBody.Data()).Text("name"));
        Assert.Equal(5, (await _client.GetJsonAsync("/api/v1/decisions?callin=none")).Data().Count);
        Assert.Empty((await _client.GetJsonAsync("/api/v1/decisions?callin=open")).Data());
    }

    [Fact]
    public async Task Meeting_and_agenda_item_filters_narrow_the_lists()
    {
        var meetings = await _client.GetJsonAsync("/api/v1/meetings?from=2019-12-01&to=2019-12-31");
        var meeting = Assert.Single(meetings.Data());
        Assert.Equal("Cabinet, 17 December 2019", meeting.Text("name"));
        Assert.Single((await _client.GetJsonAsync("/api/v1/meetings?council=council-not-named-in-source")).Data());

        var cabinet = await _client.GetJsonAsync(meeting.GetProperty("organization")[0].GetString()!);
        Assert.Single((await _client.GetJsonAsync(cabinet.Text("meeting"))).Data());

        var items = await _client.GetJsonAsync("/api/v1/agenda-items?meeting=" + meeting.GetProperty("key").GetInt32());
        Assert.Equal("ICT Strategy, Digital Strategy & Endorsement of Local Digital Declaration", Assert.Single(items.Data()).Text("name"));
        var croydon = await _client.GetJsonAsync("/api/v1/agenda-items?council=croydon-council");
        Assert.Equal("Croydon Digital Strategy", Assert.Single(croydon.Data()).Text("name"));
        Assert.Equal(5, (await _client.GetJsonAsync("/api/v1/councils")).Data().Count);
        Assert.Equal(3, (await _client.GetJsonAsync("/api/v1/bodies")).Data().Count);
    }

    [Theory]
    [InlineData("/api/v1/decisions?from=2019-13-01", "from")]
    [InlineData("/api/v1/decisions?to=yesterday", "to")]
    [InlineData("/api/v1/decisions?from=2020-01-01&to=2019-01-01", "to")]
    [InlineData("/api/v1/decisions?pageSize=500", "pageSize")]
    [InlineData("/api/v1/decisions?page=0", "page")]
    [InlineData("/api/v1/decisions?status=Rubber+stamped", "status")]
    [InlineData("/api/v1/decisions?callin=maybe", "callin")]
    [InlineData("/api/v1/decisions?key=perhaps", "key")]
    [InlineData("/api/v1/decisions?body=cabinet", "body")]
    [InlineData("/api/v1/decisions?council=atlantis", "council")]
    [InlineData("/api/v1/decisions?modified_since=last+tuesday", "modified_since")]
    [InlineData("/api/v1/meetings?from=2019-27-11", "from")]
    [InlineData("/api/v1/decisions?q=%22*%22", "q")]
    [InlineData("/api/v1/agenda-items?meeting=x", "meeting")]
    [InlineData("/api/v1/people?council=atlantis", "council")]
    [InlineData("/api/v1/councils?pageSize=abc", "pageSize")]
    public async Task Bad_filter_is_a_400_problem_naming_the_field(string url, string field)
    {
        var problem = await _client.GetProblemAsync(url, HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors");
        Assert.Equal([field], errors.EnumerateObject().Select(e => e.Name));
        Assert.NotEmpty(errors.GetProperty(field)[0].GetString()!);
    }

    [Theory]
    [InlineData("/api/v1/councils/atlantis")]
    [InlineData("/api/v1/bodies/999")]
    [InlineData("/api/v1/meetings/999")]
    [InlineData("/api/v1/agenda-items/999")]
    [InlineData("/api/v1/decisions/999")]
    [InlineData("/api/v1/people/999")]
    [InlineData("/api/v1/decisions/not-a-number")]
    [InlineData("/api/v1/no-such-collection")]
    public async Task Unknown_id_is_a_404_problem_not_the_html_page(string url)
    {
        var problem = await _client.GetProblemAsync(url, HttpStatusCode.NotFound);

        Assert.Equal("Not found", problem.Text("title"));
    }

    [Fact]
    public async Task Api_is_read_only()
    {
        using var content = new StringContent("{}");
        using var response = await _client.PostAsync(new Uri("/api/v1/decisions", UriKind.Relative), content);

        await JsonHttp.ProblemAsync(response, HttpStatusCode.MethodNotAllowed);
    }

    [Theory]
    [InlineData("/api/v1/decisions")]
    [InlineData("/api/v1/councils/cambridge-city-council")]
    [InlineData("/feeds/decisions.atom")]
    [InlineData("/councils/oxfordshire-county-council/meetings.ics")]
    public async Task Etag_answers_a_conditional_get_with_304(string url)
    {
        using var first = await _client.GetAsync(new Uri(url, UriKind.Relative));
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(etag);
        using var second = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, second.Headers.ETag);

        using var stale = new HttpRequestMessage(HttpMethod.Get, url);
        stale.Headers.IfNoneMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"stale\""));
        using var third = await _client.SendAsync(stale);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/decisions", true)]
    [InlineData("/api/v1/decisions/999", true)]
    [InlineData("/feeds/decisions.atom", true)]
    [InlineData("/councils/melton-borough-council/meetings.ics", true)]
    [InlineData("/councils/melton-borough-council/decisions.csv", true)]
    [InlineData("/search.csv", true)]
    [InlineData("/openapi/v1.json", true)]
    [InlineData("/", false)]
    public async Task Cors_is_open_for_get_on_open_data_only(string url, bool open)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Origin", "https://civic.example.org");
        using var response = await _client.SendAsync(request);

        var allowed = response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) ? values.Single() : null;
        Assert.Equal(open ? "*" : null, allowed);
    }

    private async Task<JsonElement> FindDecisionAsync(string title)
    {
        var all = await _client.AllPagesAsync("/api/v1/decisions");
        var listed = Assert.Single(all, d => d.Text("name") == title);
        return await _client.GetJsonAsync(listed.Text("id"));
    }
}
