using CouncilDecisions.Data;
using CouncilDecisions.Web.Features.Common;
using CouncilDecisions.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CouncilDecisions.Web.Features.Councils;

public sealed class CouncilQueries(DecisionsDbContext db)
{
    private const int RecentDecisionCount = 20;
    private const int MeetingCount = 60;

    public async Task<CouncilPage?> FindAsync(string slug, CancellationToken cancellationToken)
    {
        var council = await db.Councils.Where(c => c.Slug == slug)
            .Select(c => new { c.Id, c.Name, c.Slug, c.Website })
            .SingleOrDefaultAsync(cancellationToken);
        if (council is null)
        {
            return null;
        }

        var bodies = await db.Bodies.Where(b => b.CouncilId == council.Id)
            .Select(b => new BodyLink(b.Id, b.Name, b.Kind))
            .ToListAsync(cancellationToken);

        var decisions = await db.Decisions.Visible().Where(d => d.CouncilId == council.Id)
            .OrderByDescending(d => d.DecisionDate).ThenByDescending(d => d.Id)
            .Take(RecentDecisionCount)
            .Select(d => new { d.Id, d.Title, d.Slug, d.DecisionDate, d.DecisionMaker })
            .ToListAsync(cancellationToken);

        var meetings = await db.Meetings.Visible().Where(m => m.Body.CouncilId == council.Id)
            .OrderByDescending(m => m.Date).ThenBy(m => m.Body.Name)
            .Take(MeetingCount)
            .Select(m => new { m.Id, m.Date, BodyName = m.Body.Name })
            .ToListAsync(cancellationToken);

        var byMonth = meetings
            .GroupBy(m => new DateOnly(m.Date.Year, m.Date.Month, 1))
            .Select(g => new MonthOfMeetings(UkFormat.Month(g.Key),
                g.Select(m => new DatedLink(m.BodyName, Paths.Meeting(m.Id), m.Date)).ToList()))
            .ToList();

        return new CouncilPage(council.Name, council.Slug, council.Website, BodyGroup.From(bodies),
            decisions.Select(d => new DatedLink(d.Title, Paths.Decision(d.Id, d.Slug), d.DecisionDate, d.DecisionMaker)).ToList(),
            byMonth);
    }
}
