using CouncilDecisions.Data;
using CouncilDecisions.Domain;
using Microsoft.EntityFrameworkCore;

namespace CouncilDecisions.Web.Features.Items;

public sealed class ItemQueries(DecisionsDbContext db)
{
    public async Task<ItemPage?> FindAsync(int id, CancellationToken cancellationToken)
    {
        var items = await AgendaItemContentQuery.LoadAsync(db.AgendaItems.Where(a => a.Id == id), cancellationToken);
        if (items.Count == 0)
        {
            return null;
        }

        var context = await db.AgendaItems.Where(a => a.Id == id)
            .Select(a => new ItemContext(a.Council.Name, a.Council.Slug,
                a.Meeting != null ? a.Meeting.BodyId : null, a.Meeting != null ? a.Meeting.Body.Name : null,
                a.MeetingId, a.Meeting != null ? a.Meeting.Date : null, a.IssueId, a.Issue != null ? a.Issue.Title : null))
            .SingleAsync(cancellationToken);
        return new ItemPage(items[0], context);
    }
}
