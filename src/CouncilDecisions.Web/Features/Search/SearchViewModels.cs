using System.Globalization;
using CouncilDecisions.Web.Features.Common;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.WebUtilities;

namespace CouncilDecisions.Web.Features.Search;

/// <summary>The search page's query string: every state is in the URL so results can be shared.</summary>
public sealed record SearchForm
{
    public string? Q { get; init; }

    public string? Council { get; init; }

    public string? Body { get; init; }

    public string? From { get; init; }

    public string? To { get; init; }

    public string? Key { get; init; }

    public string? Status { get; init; }

    public string? CallIn { get; init; }

    public string? Page { get; init; }

    public int PageNumber => int.TryParse(Page, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p > 0 ? Math.Min(p, 500) : 1;

    public int? BodyId => int.TryParse(Body, NumberStyles.None, CultureInfo.InvariantCulture, out var b) ? b : null;

    public DateOnly? FromDate => ParseDate(From);

    public DateOnly? ToDate => ParseDate(To);

    public bool? KeyDecision => YesNo(Key);

    public bool? SubjectToCallIn => YesNo(CallIn);

    public bool HasFilters => !string.IsNullOrEmpty(Council) || BodyId is not null || FromDate is not null || ToDate is not null
        || KeyDecision is not null || !string.IsNullOrEmpty(Status) || SubjectToCallIn is not null;

    /// <summary>This search at another page, keeping every filter.</summary>
    public string Href(int page)
    {
        var query = new List<KeyValuePair<string, string?>>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                query.Add(new(name, value.Trim()));
            }
        }

        Add("q", Q);
        Add("council", Council);
        Add("body", Body);
        Add("from", From);
        Add("to", To);
        Add("key", Key);
        Add("status", Status);
        Add("callin", CallIn);
        if (page > 1)
        {
            Add("page", page.ToString(CultureInfo.InvariantCulture));
        }

        return QueryHelpers.AddQueryString("/search", query);
    }

    /// <summary>Accepts 17/12/2019, 17-12-2019 and 2019-12-17.</summary>
    public static DateOnly? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        string[] formats = ["d/M/yyyy", "d-M-yyyy", "d M yyyy", "yyyy-MM-dd"];
        return DateOnly.TryParseExact(text.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    private static bool? YesNo(string? value) => value switch
    {
        "yes" => true,
        "no" => false,
        _ => null,
    };
}

public sealed record SearchHit(string Kind, string Title, string Href, string Context, DateOnly? Date, IHtmlContent Snippet);

public sealed record SearchOption(string Value, string Text);

public sealed record SearchPage
{
    public required SearchForm Form { get; init; }

    /// <summary>Why there are no results to show (empty or unusable query, bad date), or null.</summary>
    public string? Message { get; init; }

    public IReadOnlyList<string> Errors { get; init; } = [];

    public IReadOnlyList<SearchHit> Hits { get; init; } = [];

    public int Total { get; init; }

    /// <summary>How the results are ordered; anything but best-first is explained on the page.</summary>
    public ResultOrder Order { get; init; }

    public Paging? Paging { get; init; }

    public IReadOnlyList<SearchOption> Councils { get; init; } = [];

    public IReadOnlyList<SearchOption> Bodies { get; init; } = [];

    public IReadOnlyList<SearchOption> Statuses { get; init; } = [];

    public bool Searched => Message is null;

    public IReadOnlyList<Crumb> Breadcrumbs { get; } = [new("Home", "/"), new("Search")];
}

/// <summary>The order of search results (docs/decisions/0003-search.md).</summary>
public enum ResultOrder
{
    /// <summary>Every match ranked, best first.</summary>
    BestFirst,

    /// <summary>
    /// More than <see cref="Data.Search.SqliteSearchIndex.CountCap"/> records matched: the
    /// <see cref="Data.Search.SqliteSearchIndex.RankingWindow"/> most recently added matches, best first.
    /// </summary>
    BestOfNewest,

    /// <summary>More than <see cref="Data.Search.SqliteSearchIndex.CountCap"/> records hold a quoted phrase: newest first.</summary>
    NewestFirst,
}
