using CouncilDecisions.Web.Features.Api;
using Microsoft.AspNetCore.WebUtilities;

namespace CouncilDecisions.Web.Features.Feeds;

/// <summary>One feed, calendar or download offered by a page.</summary>
public sealed record DataLink(string Text, string Href, string MediaType);

/// <summary>
/// The data a page offers: the feeds go in the head as <c>&lt;link rel="alternate"&gt;</c> (how feed readers find
/// them) and, with the downloads, in a visible list (partials <c>_FeedHeadLinks</c> and <c>_OpenDataLinks</c>).
/// </summary>
public sealed record OpenDataLinks(IReadOnlyList<DataLink> Links)
{
    public const string Atom = "application/atom+xml";
    public const string Calendar = "text/calendar";
    public const string Csv = "text/csv";
    public const string Json = "application/json";

    public IEnumerable<DataLink> Feeds => Links.Where(l => l.MediaType is Atom or Calendar);

    public static OpenDataLinks AllDecisions { get; } = new([
        new("New decisions from all councils (Atom feed)", "/feeds/decisions.atom", Atom),
    ]);

    public static OpenDataLinks ForCouncil(string slug, string name)
    {
        var council = "/councils/" + Uri.EscapeDataString(slug);
        return new([
            new($"New decisions from {name} (Atom feed)", council + "/decisions.atom", Atom),
            new($"Meetings of {name} (calendar)", council + "/meetings.ics", Calendar),
            new($"All decisions of {name} (CSV spreadsheet)", council + "/decisions.csv", Csv),
            new("This council as data (JSON)", ApiLinks.Prefix + "/councils/" + Uri.EscapeDataString(slug), Json),
        ]);
    }

    public static OpenDataLinks ForBody(int id, string name)
    {
        var body = "/bodies/" + ApiLinks.Id(id);
        return new([
            new($"New decisions by {name} (Atom feed)", body + "/decisions.atom", Atom),
            new($"Meetings of {name} (calendar)", body + "/meetings.ics", Calendar),
            new("This body as data (JSON)", ApiLinks.Prefix + body, Json),
        ]);
    }

    /// <summary>The decisions of this search as CSV: the same filters, every page.</summary>
    public static OpenDataLinks ForSearch(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parameters = query.Where(p => p.Key != "page" && !string.IsNullOrWhiteSpace(p.Value))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)));
        return new([
            new("Download the decisions found (CSV spreadsheet)", QueryHelpers.AddQueryString("/search.csv", parameters), Csv),
            new("New decisions from all councils (Atom feed)", "/feeds/decisions.atom", Atom),
        ]);
    }
}
