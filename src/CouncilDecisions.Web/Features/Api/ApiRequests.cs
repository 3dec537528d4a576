using System.ComponentModel;
using System.Globalization;
using CouncilDecisions.Domain;
using CouncilDecisions.Web.Features.Search;
using Microsoft.AspNetCore.Mvc;

namespace CouncilDecisions.Web.Features.Api;

/// <summary>Paging and incremental sync, common to every collection.</summary>
public sealed record ListRequest(int Page, int PageSize, DateTime? ModifiedSince)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public int Skip => (Page - 1) * PageSize;
}

/// <summary>The query string of every collection, as text so that a bad value gets a 400 naming the field.</summary>
public class ListParameters
{
    [FromQuery(Name = "page")]
    [Description("Page number, from 1.")]
    public string? Page { get; set; }

    [FromQuery(Name = "pageSize")]
    [Description("Objects per page, 1 to 100 (default 20).")]
    public string? PageSize { get; set; }

    [FromQuery(Name = "modified_since")]
    [Description("ISO 8601 instant: only objects modified at or after it, including withdrawn ones as deleted markers.")]
    public string? ModifiedSince { get; set; }
}

/// <summary>A collection that can be narrowed to one council.</summary>
public class CouncilListParameters : ListParameters
{
    [FromQuery(Name = "council")]
    [Description("Council slug, as in /councils/{slug}.")]
    public string? Council { get; set; }
}

public sealed class MeetingListParameters : CouncilListParameters
{
    [FromQuery(Name = "body")]
    [Description("Body (organization) key.")]
    public string? Body { get; set; }

    [FromQuery(Name = "from")]
    [Description("Earliest meeting date, yyyy-MM-dd.")]
    public string? From { get; set; }

    [FromQuery(Name = "to")]
    [Description("Latest meeting date, yyyy-MM-dd.")]
    public string? To { get; set; }
}

public sealed class AgendaItemListParameters : CouncilListParameters
{
    [FromQuery(Name = "meeting")]
    [Description("Meeting key.")]
    public string? Meeting { get; set; }
}

/// <summary>The search page's filters, shared by the API's decision list and the CSV export.</summary>
public class DecisionFilterParameters
{
    [FromQuery(Name = "q")]
    [Description("Words to look for, as on the search page: all must match (stemmed); \"quoted phrases\" and prefix* work.")]
    public string? Q { get; set; }

    [FromQuery(Name = "council")]
    [Description("Council slug.")]
    public string? Council { get; set; }

    [FromQuery(Name = "body")]
    [Description("Body (organization) key: decisions it made or made at its meetings.")]
    public string? Body { get; set; }

    [FromQuery(Name = "from")]
    [Description("Earliest decision date (or meeting date), yyyy-MM-dd or d/M/yyyy.")]
    public string? From { get; set; }

    [FromQuery(Name = "to")]
    [Description("Latest decision date (or meeting date), yyyy-MM-dd or d/M/yyyy.")]
    public string? To { get; set; }

    [FromQuery(Name = "key")]
    [Description("Key decisions only (true or yes) or non-key only (false or no).")]
    public string? Key { get; set; }

    [FromQuery(Name = "status")]
    [Description("Decision status as printed, e.g. \"Recommendations Approved\" (case-insensitive; must be a status in use).")]
    public string? Status { get; set; }

    [FromQuery(Name = "callin")]
    [Description("yes or no: subject to call-in or not (as on the search page); or a call-in status: none, open, requested, upheld, rejected, expired.")]
    public string? CallIn { get; set; }
}

public sealed class DecisionListParameters : DecisionFilterParameters
{
    [FromQuery(Name = "page")]
    [Description("Page number, from 1.")]
    public string? Page { get; set; }

    [FromQuery(Name = "pageSize")]
    [Description("Objects per page, 1 to 100 (default 20).")]
    public string? PageSize { get; set; }

    [FromQuery(Name = "modified_since")]
    [Description("ISO 8601 instant: only decisions modified at or after it, including withdrawn ones as deleted markers.")]
    public string? ModifiedSince { get; set; }
}

/// <summary>The decision filters once checked; a council or body filter holds the key it resolved to.</summary>
public sealed record DecisionFilter(
    IReadOnlyList<SearchTerm>? Terms = null,
    int? CouncilId = null,
    int? BodyId = null,
    DateOnly? From = null,
    DateOnly? To = null,
    bool? Key = null,
    string? Status = null,
    bool? SubjectToCallIn = null,
    CallInStatus? CallIn = null);

/// <summary>Collects the field-named errors of a query string, RFC 9457 style.</summary>
public sealed class ParameterErrors
{
    // ISO first; then the search page's day/month/year forms.
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d/M/yyyy", "d-M-yyyy", "d M yyyy"];

    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public IDictionary<string, string[]> ToDictionary() => _errors;

    public void Add(string field, string message) => _errors[field] = [message];

    public ListRequest List(string? page, string? pageSize, string? modifiedSince)
    {
        var pageNumber = Number("page", page, 1, int.MaxValue / ListRequest.MaxPageSize) ?? 1;
        var size = Number("pageSize", pageSize, 1, ListRequest.MaxPageSize) ?? ListRequest.DefaultPageSize;
        DateTime? since = null;
        if (!string.IsNullOrWhiteSpace(modifiedSince))
        {
            if (DateTimeOffset.TryParse(modifiedSince, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
            {
                since = instant.UtcDateTime;
            }
            else
            {
                Add("modified_since", "Give an ISO 8601 date and time, such as 2024-05-01T09:00:00Z.");
            }
        }

        return new ListRequest(pageNumber, size, since);
    }

    public int? Number(string field, string? text, int min, int max)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        Add(field, string.Create(CultureInfo.InvariantCulture, $"Give a whole number from {min} to {max}."));
        return null;
    }

    /// <summary>An ISO date, or the search page's day/month/year, so that its query strings work here too.</summary>
    public DateOnly? Date(string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Add(field, "Give a date as yyyy-MM-dd, such as 2019-11-27.");
        return null;
    }

    public bool? Flag(string field, string? text)
    {
        var flag = Flag(text);
        if (flag is null && !string.IsNullOrWhiteSpace(text))
        {
            Add(field, "Give true or false.");
        }

        return flag;
    }

    /// <summary>
    /// The search page's yes/no (subject to call-in or not), or a call-in status for finer questions
    /// ("open": decisions that can still be called in).
    /// </summary>
    public (bool? SubjectToCallIn, CallInStatus? Status) CallIn(string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, null);
        }

        if (Flag(text) is { } subject)
        {
            return (subject, null);
        }

        if (Enum.TryParse<CallInStatus>(text.Trim(), ignoreCase: true, out var status) && Enum.IsDefined(status)
            && !int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
        {
            return (null, status);
        }

        Add(field, "Give yes or no (subject to call-in), or one of none, open, requested, upheld, rejected, expired.");
        return (null, null);
    }

    private static bool? Flag(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        "TRUE" or "YES" => true,
        "FALSE" or "NO" => false,
        _ => null,
    };

    /// <summary>The dates must not be the wrong way round.</summary>
    public void Range(DateOnly? from, DateOnly? to)
    {
        if (from is { } f && to is { } t && t < f)
        {
            Add("to", "The end date must be the same as or after the start date.");
        }
    }
}
