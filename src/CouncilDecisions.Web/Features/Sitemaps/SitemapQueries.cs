using CouncilDecisions.Data;
using CouncilDecisions.Domain;
using CouncilDecisions.Web.Features.Common;
using CouncilDecisions.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CouncilDecisions.Web.Features.Sitemaps;

/// <summary>One public page for search engines: its path and when its record last changed.</summary>
public sealed record SitemapEntry(string Path, DateTime? LastModifiedUtc);

/// <summary>
/// The public pages by kind, in key order, for the sitemaps. The visibility rules are the pages' own: drafts
/// never; withdrawn and superseded records are listed, because their pages say why and link onwards.
/// </summary>
public sealed class SitemapQueries(DecisionsDbContext db)
{
    /// <summary>The kinds, in the order the sitemap index lists them.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["pages", "councils", "bodies", "meetings", "items", "issues", "decisions", "people"];

    private static readonly string[] StaticPages = ["/", "/search", "/api"];

    public static bool IsKind(string kind) => Kinds.Contains(kind, StringComparer.Ordinal);

    public Task<int> CountAsync(string kind, CancellationToken cancellationToken) =>
        kind == "pages" ? Task.FromResult(StaticPages.Length) : Rows(kind).CountAsync(cancellationToken);

    /// <summary>One page of a kind's entries. Key order keeps a record in the same sitemap from one day to the next.</summary>
    public async Task<List<SitemapEntry>> PageAsync(string kind, int skip, int take, CancellationToken cancellationToken)
    {
        if (kind == "pages")
        {
            return [.. StaticPages.Skip(skip).Take(take).Select(p => new SitemapEntry(p, null))];
        }

        var rows = await Rows(kind).OrderBy(r => r.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return rows.ConvertAll(r => new SitemapEntry(PathOf(kind, r), r.UpdatedUtc));
    }

    private IQueryable<SitemapRow> Rows(string kind) => kind switch
    {
        "councils" => db.Councils.Select(c => new SitemapRow { Id = c.Id, Slug = c.Slug, UpdatedUtc = c.UpdatedUtc }),
        "bodies" => db.Bodies.Select(b => new SitemapRow { Id = b.Id, UpdatedUtc = b.UpdatedUtc }),
        "meetings" => db.Meetings.Visible().Select(m => new SitemapRow { Id = m.Id, UpdatedUtc = m.UpdatedUtc }),

        // An agenda item's page is public only when its meeting, if it has one, is too.
        "items" => db.AgendaItems.Visible().Where(a => a.Meeting == null || a.Meeting.State != PublicationState.Draft)
            .Select(a => new SitemapRow { Id = a.Id, UpdatedUtc = a.UpdatedUtc }),
        "issues" => db.Issues.Select(i => new SitemapRow { Id = i.Id, UpdatedUtc = i.UpdatedUtc }),
        "decisions" => db.Decisions.Visible().Select(d => new SitemapRow { Id = d.Id, Slug = d.Slug, UpdatedUtc = d.UpdatedUtc }),
        "people" => db.People.Select(p => new SitemapRow { Id = p.Id, Slug = p.Slug, UpdatedUtc = p.UpdatedUtc }),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a sitemap kind."),
    };

    private static string PathOf(string kind, SitemapRow row) => kind switch
    {
        "councils" => Paths.Council(row.Slug!),
        "bodies" => Paths.Body(row.Id),
        "meetings" => Paths.Meeting(row.Id),
        "items" => Paths.Item(row.Id),
        "issues" => Paths.Issue(row.Id),
        "decisions" => Paths.Decision(row.Id, row.Slug!),
        _ => Paths.Person(row.Id, row.Slug!),
    };

    // A class with settable members, not a positional record, so that EF can order by Id after the projection.
    private sealed class SitemapRow
    {
        public int Id { get; init; }

        public string? Slug { get; init; }

        public DateTime UpdatedUtc { get; init; }
    }
}
