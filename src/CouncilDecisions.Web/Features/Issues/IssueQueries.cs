using CouncilDecisions.Data;
using CouncilDecisions.Web.Features.Items;
using Microsoft.EntityFrameworkCore;

namespace CouncilDecisions.Web.Features.Issues;

public sealed class IssueQueries(DecisionsDbContext db)
{
    /// <summary>The issue with its public considerations; null when it has none, so an issue of drafts stays hidden.</summary>
    public async Task<IssuePage?> FindAsync(int id, CancellationToken cancellationToken)
    {
        var issue = await db.Issues.Where(i => i.Id == id)
            .Select(i => new { i.Id, i.Title, i.ForwardPlanReference, CouncilName = i.Council.Name, CouncilSlug = i.Council.Slug })
            .SingleOrDefaultAsync(cancellationToken);
        if (issue is null)
        {
            return null;
        }

        var items = await AgendaItemContentQuery.LoadAsync(db.AgendaItems.Where(a => a.IssueId == id), cancellationToken);
        if (items.Count == 0)
        {
            return null;
        }

        var newestFirst = items.OrderByDescending(i => i.MeetingDate).ThenByDescending(i => i.Id).ToList();
        return new IssuePage(issue.Id, issue.Title, issue.ForwardPlanReference, issue.CouncilName, issue.CouncilSlug, newestFirst);
    }
}
