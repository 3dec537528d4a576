using System.Globalization;
using System.Text;
using System.Xml;
using CouncilDecisions.Web.Features.Api;

namespace CouncilDecisions.Web.Features.Sitemaps;

/// <summary>
/// robots.txt and the XML sitemaps (sitemaps.org protocol 0.9), so that search engines find every public decision,
/// meeting and agenda item, as residents find ModernGov pages today. The protocol is a few elements, so they are
/// written with <see cref="XmlWriter"/> rather than a library.
/// </summary>
public static class SitemapEndpoints
{
    /// <summary>URLs per sitemap file: the protocol allows 50,000; fewer keeps each response small.</summary>
    public const int PageSize = 10_000;

    public const string XmlContentType = "application/xml; charset=utf-8";

    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    // Signed-in areas: nothing there for a search engine, and a crawler's visit only earns a sign-in redirect.
    private static readonly string[] Disallowed = ["/workspace", "/account", "/admin", "/my-record"];

    public static IEndpointRouteBuilder MapSitemaps(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(string.Empty).ExcludeFromDescription();

        group.MapGet("/robots.txt", (ApiLinks links) =>
        {
            var text = new StringBuilder("User-agent: *\n");
            foreach (var path in Disallowed)
            {
                text.Append("Disallow: ").Append(path).Append('\n');
            }

            text.Append("\nSitemap: ").Append(links.Absolute("/sitemap.xml")).Append('\n');
            return TypedResults.Text(text.ToString(), "text/plain; charset=utf-8");
        });

        group.MapGet("/sitemap.xml", async (SitemapQueries queries, ApiLinks links, HttpContext context, CancellationToken ct) =>
        {
            var sitemaps = new List<string>();
            foreach (var kind in SitemapQueries.Kinds)
            {
                var pages = (await queries.CountAsync(kind, ct) + PageSize - 1) / PageSize;
                for (var page = 1; page <= pages; page++)
                {
                    sitemaps.Add(links.Absolute(PagePath(kind, page)));
                }
            }

            return ApiResponses.ConditionalContent(context, Write("sitemapindex", w =>
            {
                foreach (var url in sitemaps)
                {
                    w.WriteStartElement("sitemap", Namespace);
                    w.WriteElementString("loc", Namespace, url);
                    w.WriteEndElement();
                }
            }), XmlContentType);
        });

        group.MapGet("/sitemaps/{kind}/{page:int}.xml", async (string kind, int page, SitemapQueries queries, ApiLinks links, HttpContext context,
            CancellationToken ct) =>
        {
            if (!SitemapQueries.IsKind(kind) || page < 1)
            {
                return Results.NotFound();
            }

            var entries = await queries.PageAsync(kind, (page - 1) * PageSize, PageSize, ct);
            if (entries.Count == 0)
            {
                return Results.NotFound();
            }

            return ApiResponses.ConditionalContent(context, Write("urlset", w =>
            {
                foreach (var entry in entries)
                {
                    w.WriteStartElement("url", Namespace);
                    w.WriteElementString("loc", Namespace, links.Absolute(entry.Path));
                    if (entry.LastModifiedUtc is { } modified)
                    {
                        w.WriteElementString("lastmod", Namespace, modified.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                    }

                    w.WriteEndElement();
                }
            }), XmlContentType);
        });

        return endpoints;
    }

    public static string PagePath(string kind, int page) => "/sitemaps/" + kind + "/" + page.ToString(CultureInfo.InvariantCulture) + ".xml";

    private static byte[] Write(string root, Action<XmlWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            writer.WriteStartElement(root, Namespace);
            body(writer);
            writer.WriteEndElement();
        }

        return buffer.ToArray();
    }
}
