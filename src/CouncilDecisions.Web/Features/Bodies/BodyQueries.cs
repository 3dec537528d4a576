using CouncilDecisions.Data;
using CouncilDecisions.Domain;
using CouncilDecisions.Web.Features.Common;
using CouncilDecisions.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CouncilDecisions.Web.Features.Bodies;

public sealed class BodyQueries(DecisionsDbContext db)
{
    public const int MeetingsPerPage = 25;
    private const int DecisionCount = 30;

    public async Task<BodyPage?> FindAsync(int id, int page, CancellationToken cancellationToken)
    {
        var body = await db.Bodies.Where(b => b.Id == id)
            .Select(b => new { b.Id, b.Name, b.Kind, CouncilName = b.Council.Name, CouncilSlug = b.Council.Slug })
            .SingleOrDefaultAsync(cancellationToken);
        if (body is null)
        {
            return null;
        }

        var meetings = db.Meetings.Visible().Where(m => m.BodyId == id);
        var total = await meetings.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + MeetingsPerPage - 1) / MeetingsPerPage);
        page = Math.Clamp(page, 1, pageCount);
        var pageOfMeetings = await meetings.OrderByDescending(m => m.Date).ThenByDescending(m => m.Id)
            .Skip((page - 1) * MeetingsPerPage).Take(MeetingsPerPage)
            .Select(m => new { m.Id, m.Date, m.Status, Items = m.AgendaItems.Count(a => a.State != PublicationState.Draft) })
            .ToListAsync(cancellationToken);
        var byYear = pageOfMeetings.GroupBy(m => m.Date.Year)
            .Select(g => new YearOfMeetings(g.Key, g.Select(m => new DatedLink(UkFormat.Date(m.Date), Paths.Meeting(m.Id), null,
                m.Status == MeetingStatus.Cancelled ? "Cancelled" : $"{m.Items} agenda {(m.Items == 1 ? "item" : "items")}")).ToList()))
            .ToList();

        var decisions = await db.Decisions.Visible()
            .Where(d => d.MakerBodyId == id || (d.AgendaItem != null && d.AgendaItem.Meeting != null && d.AgendaItem.Meeting.BodyId == id))
            .OrderByDescending(d => d.DecisionDate).ThenByDescending(d => d.Id)
            .Take(DecisionCount)
            .Select(d => new { d.Id, d.Title, d.Slug, d.DecisionDate, d.Status })
            .ToListAsync(cancellationToken);

        return new BodyPage(body.Id, body.Name, body.Kind, body.CouncilName, body.CouncilSlug, byYear,
            new Paging(page, pageCount, p => Paths.Body(id) + (p == 1 ? "" : "?page=" + p.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            decisions.Select(d => new DatedLink(d.Title, Paths.Decision(d.Id, d.Slug), d.DecisionDate, d.Status)).ToList());
    }
}
