using CouncilDecisions.Data;
using CouncilDecisions.Domain;
using CouncilDecisions.Web.Features.Common;
using CouncilDecisions.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CouncilDecisions.Web.Features.Home;

public sealed class HomeQueries(DecisionsDbContext db, TimeProvider clock)
{
    private const int ListLength = 8;

    public async Task<HomePage> LoadAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var decisions = await db.Decisions.Visible()
            .OrderByDescending(d => d.DecisionDate).ThenByDescending(d => d.Id)
            .Take(ListLength)
            .Select(d => new { d.Id, d.Title, d.Slug, d.DecisionDate, Council = d.Council.Name })
            .ToListAsync(cancellationToken);
        var recent = await db.Meetings.Visible().Where(m => m.Date <= today)
            .OrderByDescending(m => m.Date).ThenByDescending(m => m.Id)
            .Take(ListLength)
            .Select(m => new { m.Id, m.Date, Body = m.Body.Name, Council = m.Body.Council.Name })
            .ToListAsync(cancellationToken);
        var upcoming = await db.Meetings.Visible().Where(m => m.Date > today && m.Status != MeetingStatus.Cancelled)
            .OrderBy(m => m.Date).ThenBy(m => m.Id)
            .Take(ListLength)
            .Select(m => new { m.Id, m.Date, Body = m.Body.Name, Council = m.Body.Council.Name })
            .ToListAsync(cancellationToken);
        var councils = await db.Councils.OrderBy(c => c.Name)
            .Select(c => new CouncilLink(c.Name, c.Slug, db.Decisions.Count(d => d.CouncilId == c.Id && d.State != PublicationState.Draft)))
            .ToListAsync(cancellationToken);

        return new HomePage(
            decisions.Select(d => new DatedLink(d.Title, Paths.Decision(d.Id, d.Slug), d.DecisionDate, d.Council)).ToList(),
            recent.Select(m => new DatedLink(m.Body, Paths.Meeting(m.Id), m.Date, m.Council)).ToList(),
            upcoming.Select(m => new DatedLink(m.Body, Paths.Meeting(m.Id), m.Date, m.Council)).ToList(),
            councils);
    }
}
