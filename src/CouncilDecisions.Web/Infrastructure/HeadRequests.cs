using Microsoft.AspNetCore.Http.Features;

namespace CouncilDecisions.Web.Infrastructure;

/// <summary>
/// Answers HEAD as GET without the body (RFC 9110 §9.3.2). Endpoint routing maps <c>MapGet</c> and
/// <c>[HttpGet]</c> to GET only, so link checkers, uptime probes and feed readers that probe with HEAD got 405.
/// Doing it here, before routing, keeps HEAD out of the OpenAPI document and off every route declaration. The
/// method is restored on the way out, so the request log and any re-executed error page see HEAD.
/// </summary>
internal sealed class HeadRequestMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }

        var body = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        context.Request.Method = HttpMethods.Get;
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(Stream.Null, body));
        try
        {
            await next(context);
        }
        finally
        {
            context.Features.Set(body);
            context.Request.Method = HttpMethods.Head;
        }
    }
}
