namespace CouncilDecisions.Web.Infrastructure;

internal static class CanonicalUrl
{
    /// <summary>The absolute URL of this page: the configured public origin (else the request's) plus path and query.</summary>
    public static string For(HttpContext context, PortalOptions options)
    {
        var request = context.Request;
        var origin = string.IsNullOrWhiteSpace(options.CanonicalBaseUrl)
            ? $"{request.Scheme}://{request.Host.ToUriComponent()}"
            : options.CanonicalBaseUrl.TrimEnd('/');
        return origin + request.PathBase.ToUriComponent() + request.Path.ToUriComponent() + request.QueryString.ToUriComponent();
    }
}
