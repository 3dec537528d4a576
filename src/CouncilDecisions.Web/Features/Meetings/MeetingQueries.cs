using CouncilDecisions.Data;
using CouncilDecisions.Web.Features.Common;
using CouncilDecisions.Web.Features.Items;
using Microsoft.EntityFrameworkCore;

namespace CouncilDecisions.Web.Features.Meetings;

public sealed class MeetingQueries(DecisionsDbContext db)
{
    public async Task<MeetingPage?> FindAsync(int id, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.Visible().Where(m => m.Id == id)
            .Select(m => new MeetingPage
            {
                Id = m.Id,
                Date = m.Date,
                StartTime = m.StartTime,
                Status = m.Status,
                Location = m.Location,
                BodyId = m.BodyId,
                BodyName = m.Body.Name,
                CouncilName = m.Body.Council.Name,
                CouncilSlug = m.Body.Council.Slug,
                Notice = new StateNotice(m.State, m.WithdrawnReason, null, null),
                Attendance = m.PersonLinks.OrderBy(l => l.Time).ThenBy(l => l.Id)
                    .Select(l => new PersonRoleView(l.PersonId, l.Person.Name, l.Person.Slug, l.Role, l.Title, l.Time)).ToList(),
            })
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken);
        if (meeting is null)
        {
            return null;
        }

        var items = await AgendaItemContentQuery.LoadAsync(db.AgendaItems.Where(a => a.MeetingId == id), cancellationToken);
        return meeting with { Items = items.OrderBy(i => i.Position).ThenBy(i => i.Id).ToList() };
    }
}
