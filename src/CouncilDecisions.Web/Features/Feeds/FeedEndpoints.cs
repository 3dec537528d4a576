using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using CouncilDecisions.Domain;
using CouncilDecisions.Web.Features.Api;
using CouncilDecisions.Web.Infrastructure;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.Net.Http.Headers;

namespace CouncilDecisions.Web.Features.Feeds;

/// <summary>Atom feeds of newly published decisions, iCalendar feeds of meetings, and CSV exports of decisions.</summary>
public static class FeedEndpoints
{
    public const string AtomContentType = "application/atom+xml; charset=utf-8";
    public const string CalendarContentType = "text/calendar; charset=utf-8";

    private const string UkTimeZone = "Europe/London";

    /// <summary>The open data routes outside /api/v1, for the OpenAPI document (relative paths, no leading slash).</summary>
    public static bool IsFeedPath(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        return relativePath.EndsWith(".atom", StringComparison.Ordinal) || relativePath.EndsWith(".ics", StringComparison.Ordinal)
            || relativePath.EndsWith(".csv", StringComparison.Ordinal);
    }

    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder endpoints)
    {
        var feeds = endpoints.MapGroup(string.Empty).WithTags("Feeds and exports").RequireCors(OpenDataExtensions.CorsPolicy);

        feeds.MapGet("/feeds/decisions.atom", async (FeedQueries queries, ApiLinks links, HttpContext context, CancellationToken ct) =>
                Atom(context, links, null, links.DecisionsFeed(), links.Absolute("/"), await queries.LatestDecisionsAsync(null, ct)))
            .WithName("DecisionsFeed").WithSummary("Atom feed of the latest published decisions.").Produces(200, null, AtomContentType);

        feeds.MapGet("/councils/{slug}/decisions.atom", async (string slug, FeedQueries queries, ApiLinks links, HttpContext context, CancellationToken ct) =>
                await queries.CouncilScopeAsync(slug, ct) is { } scope
                    ? Atom(context, links, scope, links.CouncilDecisionsFeed(slug), links.CouncilPage(slug), await queries.LatestDecisionsAsync(scope, ct))
                    : Results.NotFound())
            .WithName("CouncilDecisionsFeed").WithSummary("Atom feed of a council's latest published decisions.")
            .Produces(200, null, AtomContentType).Produces(404);

        feeds.MapGet("/bodies/{id:int}/decisions.atom", async (int id, FeedQueries queries, ApiLinks links, HttpContext context, CancellationToken ct) =>
                await queries.BodyScopeAsync(id, ct) is { } scope
                    ? Atom(context, links, scope, links.BodyDecisionsFeed(id), links.BodyPage(id), await queries.LatestDecisionsAsync(scope, ct))
                    : Results.NotFound())
            .WithName("BodyDecisionsFeed").WithSummary("Atom feed of a body's latest published decisions.")
            .Produces(200, null, AtomContentType).Produces(404);

        feeds.MapGet("/councils/{slug}/meetings.ics", async (string slug, FeedQueries queries, ApiLinks links, HttpContext context, CancellationToken ct) =>
                await CalendarAsync(queries, links, context, await queries.CouncilScopeAsync(slug, ct), ct))
            .WithName("CouncilMeetingsCalendar").WithSummary("iCalendar feed of a council's meetings.")
            .Produces(200, null, CalendarContentType).Produces(404);

        feeds.MapGet("/bodies/{id:int}/meetings.ics", async (int id, FeedQueries queries, ApiLinks links, HttpContext context, CancellationToken ct) =>
                await CalendarAsync(queries, links, context, await queries.BodyScopeAsync(id, ct), ct))
            .WithName("BodyMeetingsCalendar").WithSummary("iCalendar feed of a body's meetings.")
            .Produces(200, null, CalendarContentType).Produces(404);

        feeds.MapGet("/search.csv", async ([AsParameters] DecisionFilterParameters p, DecisionFilters filters, FeedQueries queries, ApiLinks links,
                CancellationToken ct) =>
            {
                var errors = new ParameterErrors();
                var filter = await filters.ParseAsync(p, errors, ct);
                return errors.Any ? ApiResponses.Invalid(errors) : Csv(queries, links, filter, "decisions-search.csv", ct);
            })
            .WithName("SearchCsv").WithSummary("The search results (same filters as /api/v1/decisions) as CSV, all pages.")
            .Produces(200, null, DecisionCsvWriter.ContentType).ProducesValidationProblem();

        feeds.MapGet("/councils/{slug}/decisions.csv", async (string slug, FeedQueries queries, ApiLinks links, CancellationToken ct) =>
                await queries.CouncilScopeAsync(slug, ct) is { } scope
                    ? Csv(queries, links, new DecisionFilter(CouncilId: scope.CouncilId), slug + "-decisions.csv", ct)
                    : Results.NotFound())
            .WithName("CouncilDecisionsCsv").WithSummary("A council's published decisions as CSV.")
            .Produces(200, null, DecisionCsvWriter.ContentType).Produces(404);

        return endpoints;
    }

    private static IResult Atom(HttpContext context, ApiLinks links, FeedScope? scope, string self, string alternate, List<FeedDecision> decisions)
    {
        var title = scope is null ? "Decisions – CouncilDecisions" : "Decisions: " + scope.Title + " – CouncilDecisions";
        var updated = decisions.Count == 0 ? DateTimeOffset.UnixEpoch : decisions.Max(d => new DateTimeOffset(ApiMapper.Utc(d.UpdatedUtc)));
        var feed = new SyndicationFeed(title, "Newly published council decisions.", new Uri(alternate), self, updated)
        {
            Generator = "CouncilDecisions",
            Items = decisions.ConvertAll(d => Entry(links, d)),
        };
        feed.Authors.Add(new SyndicationPerson { Name = "CouncilDecisions" });
        feed.Links.Add(SyndicationLink.CreateSelfLink(new Uri(self), "application/atom+xml"));

        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(xml);
        }

        return ApiResponses.ConditionalContent(context, buffer.ToArray(), AtomContentType);
    }

    private static SyndicationItem Entry(ApiLinks links, FeedDecision d)
    {
        var web = links.DecisionPage(d.Id);
        var summary = new StringBuilder();
        summary.Append(d.CouncilName);
        if (d.DecisionMaker is { } maker)
        {
            summary.Append(". Decision maker: ").Append(maker);
        }

        if (d.DecisionDate is { } date)
        {
            summary.Append(". Decided on ").Append(UkFormat.Date(date));
        }

        if (d.Status is { } status)
        {
            summary.Append(". Status: ").Append(status);
        }

        summary.Append('.');
        if (d.Purpose is { } purpose)
        {
            summary.Append(' ').Append(purpose);
        }

        var item = new SyndicationItem(d.Title, (SyndicationContent?)null, new Uri(web), web, new DateTimeOffset(ApiMapper.Utc(d.UpdatedUtc)))
        {
            Summary = new TextSyndicationContent(summary.ToString()),
            PublishDate = d.PublishedUtc is { } published ? new DateTimeOffset(ApiMapper.Utc(published)) : default,
        };
        item.Authors.Add(new SyndicationPerson { Name = d.CouncilName });
        item.Categories.Add(new SyndicationCategory(d.CouncilName));
        item.Links.Add(new SyndicationLink(new Uri(links.Decision(d.Id)), "alternate", d.Title + " (JSON)", "application/json", 0));
        return item;
    }

    private static async Task<IResult> CalendarAsync(FeedQueries queries, ApiLinks links, HttpContext context, FeedScope? scope, CancellationToken ct) =>
        scope is null ? Results.NotFound() : Calendar(links, context, scope, await queries.MeetingsAsync(scope, ct));

    private static IResult Calendar(ApiLinks links, HttpContext context, FeedScope scope, List<CalendarMeeting> meetings)
    {
        var calendar = new Calendar { ProductId = "-//CouncilDecisions//Meetings//EN" };
        calendar.AddProperty("X-WR-CALNAME", "Meetings: " + scope.Title);
        calendar.AddTimeZone(UkTimeZone);
        var host = context.Request.Host.Host;
        foreach (var m in meetings)
        {
            var meeting = new CalendarEvent
            {
                Uid = "meeting-" + ApiLinks.Id(m.Id) + "@" + host,
                Summary = (m.Status == MeetingStatus.Cancelled ? "Cancelled: " : string.Empty) + m.BodyName,
                Description = m.BodyName + ", " + m.CouncilName + ". Agenda, minutes and decisions: " + links.MeetingPage(m.Id),
                DtStart = m.StartTime is { } start ? new CalDateTime(m.Date, start, UkTimeZone) : new CalDateTime(m.Date),
                DtStamp = new CalDateTime(ApiMapper.Utc(m.UpdatedUtc)),
                Location = m.Location,
                Url = new Uri(links.MeetingPage(m.Id)),
                Status = m.Status == MeetingStatus.Cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
            };
            calendar.Events.Add(meeting);
        }

        var text = new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
        return ApiResponses.ConditionalContent(context, Encoding.UTF8.GetBytes(text), CalendarContentType);
    }

    // The request's token: a client that goes away stops the export and frees its database reader.
    private static IResult Csv(FeedQueries queries, ApiLinks links, DecisionFilter filter, string fileName, CancellationToken ct) =>
        Results.Stream(
            async stream => await DecisionCsvWriter.WriteAsync(queries.CsvRows(filter), stream, links.DecisionPage, links.Decision, ct),
            DecisionCsvWriter.ContentType,
            fileName);
}
