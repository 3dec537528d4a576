using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace CouncilDecisions.Web.Features.Api;

/// <summary>The API's responses: conditional GET with ETags, OParl pagination links, and RFC 9457 problems.</summary>
public static class ApiResponses
{
    public static IResult One(HttpContext context, ApiObject? found, string what)
    {
        ArgumentNullException.ThrowIfNull(context);
        return found is null
            ? NotFound($"There is no public {what} with that key.")
            : Conditional(context, found.Resource, ETag([found], string.Empty));
    }

    public static IResult Page<T>(HttpContext context, ApiLinks links, ApiList list, ListRequest request)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(request);
        var totalPages = Math.Max(1, (list.Total + request.PageSize - 1) / request.PageSize);
        var url = links.Absolute(context.Request.Path.ToUriComponent());
        var query = context.Request.Query;
        string PageUrl(int page)
        {
            var parameters = query.Where(p => p.Key != "page").SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v))).ToList();
            if (page > 1)
            {
                parameters.Add(new("page", page.ToString(CultureInfo.InvariantCulture)));
            }

            return QueryHelpers.AddQueryString(url, parameters);
        }

        var body = new ApiPage<object>(
            list.Items.Select(i => i.Resource).ToList(),
            new ApiPagination(list.Total, request.PageSize, request.Page, totalPages),
            new ApiPageLinks(
                PageUrl(request.Page),
                PageUrl(1),
                PageUrl(totalPages),
                request.Page > 1 ? PageUrl(Math.Min(request.Page - 1, totalPages)) : null,
                request.Page < totalPages ? PageUrl(request.Page + 1) : null));
        return Conditional(context, body, ETag(list.Items, string.Create(CultureInfo.InvariantCulture,
            $"{list.Total}/{request.Page}/{request.PageSize}/{typeof(T).Name}")));
    }

    /// <summary>200 with an ETag, or 304 when the client already holds this representation.</summary>
    public static IResult Conditional(HttpContext context, object body, string etag) =>
        Revalidated(context, etag) ? TypedResults.StatusCode(StatusCodes.Status304NotModified) : TypedResults.Ok(body);

    /// <summary>
    /// A feed's bytes with an ETag made from them, or 304 when the client already holds them: feed readers and
    /// calendar apps poll, and most polls find nothing new.
    /// </summary>
    public static IResult ConditionalContent(HttpContext context, byte[] body, string contentType)
    {
        ArgumentNullException.ThrowIfNull(body);
        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 16)) + "\"";
        return Revalidated(context, etag) ? TypedResults.StatusCode(StatusCodes.Status304NotModified) : TypedResults.Bytes(body, contentType);
    }

    public static IResult Invalid(ParameterErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return TypedResults.ValidationProblem(errors.ToDictionary(), title: "One or more query parameters are not valid.");
    }

    public static IResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    /// <summary>A strong ETag made from each object's key, revision and modification time.</summary>
    public static string ETag(IEnumerable<ApiObject> objects, string context)
    {
        var text = new StringBuilder(context);
        foreach (var o in objects)
        {
            text.Append(CultureInfo.InvariantCulture, $";{o.Key}:{o.Revision}:{o.Modified.Ticks}");
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        return "\"" + Convert.ToHexStringLower(hash.AsSpan(0, 16)) + "\"";
    }

    private static bool Revalidated(HttpContext context, string etag)
    {
        ArgumentNullException.ThrowIfNull(context);
        var headers = context.Response.Headers;
        headers.ETag = etag;
        // Caches may keep a copy but must revalidate: a withdrawal should reach clients at once.
        headers.CacheControl = "public, no-cache";
        return Matches(context.Request.Headers.IfNoneMatch, etag);
    }

    private static bool Matches(StringValues ifNoneMatch, string etag)
    {
        if (StringValues.IsNullOrEmpty(ifNoneMatch))
        {
            return false;
        }

        // If-None-Match uses the weak comparison (RFC 9110 13.1.2).
        var current = EntityTagHeaderValue.Parse(etag);
        return EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)
            && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(current, useStrongComparison: false));
    }
}
