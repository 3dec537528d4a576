using CouncilDecisions.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CouncilDecisions.Web.Features.Api;

/// <summary>The read-only JSON API under /api/v1: minimal endpoints in one group, each described for OpenAPI.</summary>
public static class ApiEndpoints
{
    public static RouteGroupBuilder MapDecisionsApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(ApiLinks.Prefix).WithTags("Open data API").RequireCors(OpenDataExtensions.CorsPolicy);

        api.MapGet("/", Root).WithName("GetApiRoot").WithSummary("The entry point, linking to every collection.");

        api.MapGet("/councils", async ([AsParameters] ListParameters p, ApiQueries queries, ApiLinks links, HttpContext context, CancellationToken ct) =>
        {
            var errors = new ParameterErrors();
            var request = errors.List(p.Page, p.PageSize, p.ModifiedSince);
            return await PageAsync<CouncilResource>(context, links, errors, request, () => queries.CouncilsAsync(request, ct));
        }).Describe<ApiPage<CouncilResource>>("ListCouncils", "Councils (OParl Body).", list: true);

        api.MapGet("/councils/{slug}", async (string slug, ApiQueries queries, HttpContext context, CancellationToken ct) =>
                ApiResponses.One(context, await queries.CouncilAsync(slug, ct), "council"))
            .Describe<CouncilResource>("GetCouncil", "One council, by slug.", list: false);

        api.MapGet("/bodies", async ([AsParameters] CouncilListParameters p, ApiQueries queries, ApiLinks links, HttpContext context, CancellationToken ct) =>
        {
            var (errors, request, council) = await ParseAsync(queries, p, ct);
            return await PageAsync<BodyResource>(context, links, errors, request, () => queries.BodiesAsync(request, council, ct));
        }).Describe<ApiPage<BodyResource>>("ListBodies", "Committees, cabinets and other decision makers (OParl Organization).", list: true);

        api.MapGet("/bodies/{id:int}", async (int id, ApiQueries queries, HttpContext context, CancellationToken ct) =>
                ApiResponses.One(context, await queries.BodyAsync(id, ct), "body"))
            .Describe<BodyResource>("GetBody", "One body, by key.", list: false);

        api.MapGet("/meetings", async ([AsParameters] MeetingListParameters p, ApiQueries queries, ApiLinks links, HttpContext context, CancellationToken ct) =>
        {
            var (errors, request, council) = await ParseAsync(queries, p, ct);
            var body = errors.Number("body", p.Body, 1, int.MaxValue);
            var from = errors.Date("from", p.From);
            var to = errors.Date("to", p.To);
            errors.Range(from, to);
            return await PageAsync<MeetingResource>(context, links, errors, request, () => queries.MeetingsAsync(request, council, body, from, to, ct));
        }).Describe<ApiPage<MeetingResource>>("ListMeetings", "Meetings, oldest first by key.", list: true);

        api.MapGet("/meetings/{id:int}", async (int id, ApiQueries queries, HttpContext context, CancellationToken ct) =>
                ApiResponses.One(context, await queries.MeetingAsync(id, ct), "meeting"))
            .Describe<MeetingResource>("GetMeeting", "One meeting, or its deleted marker once withdrawn.", list: false);

        api.MapGet("/agenda-items", async ([AsParameters] AgendaItemListParameters p, ApiQueries queries, ApiLinks links, HttpContext context, CancellationToken ct) =>
        {
            var (errors, request, council) = await ParseAsync(queries, p, ct);
            var meeting = errors.Number("meeting", p.Meeting, 1, int.MaxValue);
            return await PageAsync<AgendaItemResource>(context, links, errors, request, () => queries.AgendaItemsAsync(request, council, meeting, ct));
        }).Describe<ApiPage<AgendaItemResource>>("ListAgendaItems", "Agenda items with their recommendations.", list: true);

        api.MapGet("/agenda-items/{id:int}", async (int id, ApiQueries queries, HttpContext context, CancellationToken ct) =>
                ApiResponses.One(context, await queries.AgendaItemAsync(id, ct), "agenda item"))
            .Describe<AgendaItemResource>("GetAgendaItem", "One agenda item, or its deleted marker once withdrawn.", list: false);

        api.MapGet("/decisions", async ([AsParameters] DecisionListParameters p, ApiQueries queries, DecisionFilters filters, ApiLinks links,
            HttpContext context, CancellationToken ct) =>
        {
            var errors = new ParameterErrors();
            var request = errors.List(p.Page, p.PageSize, p.ModifiedSince);
            var filter = await filters.ParseAsync(p, errors, ct);
            return await PageAsync<DecisionResource>(context, links, errors, request, () => queries.DecisionsAsync(request, filter, ct));
        }).Describe<ApiPage<DecisionResource>>("ListDecisions", "Decisions with the search page's filters (OParl Paper with paperType Decision).", list: true);

        api.MapGet("/decisions/{id:int}", async (int id, ApiQueries queries, HttpContext context, CancellationToken ct) =>
                ApiResponses.One(context, await queries.DecisionAsync(id, ct), "decision"))
            .Describe<DecisionResource>("GetDecision", "One decision with resolutions, recommendations and scrutiny comments, or its deleted marker.", list: false);

        api.MapGet("/people", async ([AsParameters] CouncilListParameters p, ApiQueries queries, ApiLinks links, HttpContext context, CancellationToken ct) =>
        {
            var (errors, request, council) = await ParseAsync(queries, p, ct);
            return await PageAsync<PersonResource>(context, links, errors, request, () => queries.PeopleAsync(request, council, ct));
        }).Describe<ApiPage<PersonResource>>("ListPeople", "Councillors and officers named in the record (OParl Person).", list: true);

        api.MapGet("/people/{id:int}", async (int id, ApiQueries queries, HttpContext context, CancellationToken ct) =>
                ApiResponses.One(context, await queries.PersonAsync(id, ct), "person"))
            .Describe<PersonResource>("GetPerson", "One person, by key.", list: false);

        // Anything else under /api/v1 is a problem, not the HTML error page; the API is read-only, so any other method is a 405.
        api.MapFallback("{**path}", (HttpContext context) =>
        {
            if (HttpMethods.IsGet(context.Request.Method))
            {
                return ApiResponses.NotFound("There is no API resource at " + context.Request.Path + ".");
            }

            context.Response.Headers.Allow = "GET, HEAD";
            return TypedResults.Problem("The API is read-only: use GET.", statusCode: StatusCodes.Status405MethodNotAllowed, title: "Method not allowed");
        }).ExcludeFromDescription();
        return api;
    }

    private static Ok<ApiRoot> Root(ApiLinks links) => TypedResults.Ok(new ApiRoot(
        links.Api(), OParlTypes.System, OParlTypes.Version, "CouncilDecisions", links.Absolute("/"), links.Absolute("/api"),
        links.Absolute("/openapi/v1.json"), links.Collection("councils"), links.Collection("bodies"), links.Collection("meetings"),
        links.Collection("agenda-items"), links.Collection("decisions"), links.Collection("people"), links.DecisionsFeed()));

    /// <summary>Paging, incremental sync and the council filter, common to most lists.</summary>
    private static async Task<(ParameterErrors Errors, ListRequest Request, int? Council)> ParseAsync(ApiQueries queries, CouncilListParameters p, CancellationToken ct)
    {
        var errors = new ParameterErrors();
        var request = errors.List(p.Page, p.PageSize, p.ModifiedSince);
        int? council = null;
        if (!string.IsNullOrWhiteSpace(p.Council))
        {
            council = await queries.CouncilIdAsync(p.Council.Trim(), ct);
            if (council is null)
            {
                errors.Add("council", "No council has that slug.");
            }
        }

        return (errors, request, council);
    }

    /// <summary>A 400 problem naming the bad parameters, else the page (loaded only when the parameters are good).</summary>
    private static async Task<IResult> PageAsync<T>(HttpContext context, ApiLinks links, ParameterErrors errors, ListRequest request, Func<Task<ApiList>> load) =>
        errors.Any ? ApiResponses.Invalid(errors) : ApiResponses.Page<T>(context, links, await load(), request);

    private static RouteHandlerBuilder Describe<T>(this RouteHandlerBuilder builder, string name, string summary, bool list)
    {
        builder.WithName(name).WithSummary(summary)
            .Produces<T>(StatusCodes.Status200OK, "application/json")
            .Produces(StatusCodes.Status304NotModified);
        return list
            ? builder.ProducesValidationProblem()
            : builder.ProducesProblem(StatusCodes.Status404NotFound);
    }
}
