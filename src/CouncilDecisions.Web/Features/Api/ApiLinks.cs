using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace CouncilDecisions.Web.Features.Api;

/// <summary>
/// Absolute URLs of the API's objects, the HTML pages and the feeds. Ids are URLs (OParl style) so a client
/// follows links and never builds them; the origin is the configured public one, else the request's.
/// </summary>
public sealed class ApiLinks
{
    public const string Prefix = "/api/v1";

    private readonly string _origin;

    /// <param name="request">The current request, whose origin is used when none is configured.</param>
    /// <param name="configuredOrigin">The public origin ("https://decisions.example.gov.uk"), from Portal:CanonicalBaseUrl.</param>
    public ApiLinks(HttpRequest? request, string? configuredOrigin)
    {
        _origin = !string.IsNullOrWhiteSpace(configuredOrigin)
            ? configuredOrigin.TrimEnd('/')
            : request is null ? "http://localhost" : $"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}";
    }

    public string Absolute(string path) => _origin + path;

    public string Api(string path = "") => _origin + Prefix + path;

    public string Council(string slug) => Api("/councils/" + Uri.EscapeDataString(slug));

    public string Body(int id) => Api("/bodies/" + Id(id));

    public string Meeting(int id) => Api("/meetings/" + Id(id));

    public string AgendaItem(int id) => Api("/agenda-items/" + Id(id));

    public string Decision(int id) => Api("/decisions/" + Id(id));

    public string Person(int id) => Api("/people/" + Id(id));

    /// <summary>A collection filtered by one parameter ("/decisions?council=melton-borough-council").</summary>
    public string Collection(string collection, string? parameter = null, string? value = null) =>
        parameter is null || value is null
            ? Api("/" + collection)
            : QueryHelpers.AddQueryString(Api("/" + collection), parameter, value);

    public string CouncilPage(string slug) => _origin + "/councils/" + Uri.EscapeDataString(slug);

    public string BodyPage(int id) => _origin + "/bodies/" + Id(id);

    public string MeetingPage(int id) => _origin + "/meetings/" + Id(id);

    public string ItemPage(int id) => _origin + "/items/" + Id(id);

    public string DecisionPage(int id) => _origin + "/decisions/" + Id(id);

    public string PersonPage(int id) => _origin + "/people/" + Id(id);

    public string DecisionsFeed() => _origin + "/feeds/decisions.atom";

    public string CouncilDecisionsFeed(string slug) => CouncilPage(slug) + "/decisions.atom";

    public string BodyDecisionsFeed(int id) => BodyPage(id) + "/decisions.atom";

    public string CouncilMeetingsCalendar(string slug) => CouncilPage(slug) + "/meetings.ics";

    public string BodyMeetingsCalendar(int id) => BodyPage(id) + "/meetings.ics";

    public string CouncilDecisionsCsv(string slug) => CouncilPage(slug) + "/decisions.csv";

    public static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
