using CouncilDecisions.Data;
using CouncilDecisions.Domain;
using CouncilDecisions.Web.Features.Common;
using CouncilDecisions.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CouncilDecisions.Web.Features.People;

public sealed class PersonQueries(DecisionsDbContext db)
{
    public async Task<PersonPage?> FindAsync(int id, CancellationToken cancellationToken)
    {
        var person = await db.People.Where(p => p.Id == id)
            .Select(p => new
            {
                p.Id, p.Name, p.Slug, p.Kind, CouncilName = p.Council.Name, CouncilSlug = p.Council.Slug,
                Titles = p.Titles.OrderBy(t => t.Title).Select(t => t.Title).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (person is null)
        {
            return null;
        }

        var links = await db.PersonLinks.Where(l => l.PersonId == id)
            .Select(l => new PartPlayed(l.Role, l.Time, l.Title, l.AgendaItemId ?? (int?)l.Vote!.AgendaItemId, l.MeetingId, l.DecisionId))
            .ToListAsync(cancellationToken);
        var asOfficer = await db.AgendaItems.Where(a => a.ContactOfficerId == id || a.LeadMemberId == id)
            .Select(a => new PartPlayed(a.ContactOfficerId == id ? PersonRole.ContactOfficer : PersonRole.LeadMember, null, null, a.Id, null, null))
            .ToListAsync(cancellationToken);
        links.AddRange(asOfficer.Where(o => !links.Any(l => l.Role == o.Role && l.ItemId == o.ItemId)));

        var itemIds = links.Where(l => l.ItemId is not null).Select(l => l.ItemId!.Value).Distinct().ToList();
        var items = await db.AgendaItems.Visible()
            .Where(a => itemIds.Contains(a.Id) && (a.Meeting == null || a.Meeting.State != PublicationState.Draft))
            .Select(a => new
            {
                a.Id, a.Title, a.MeetingId,
                Date = a.Meeting != null ? a.Meeting.Date : (DateOnly?)null,
                BodyName = a.Meeting != null ? a.Meeting.Body.Name : null,
            })
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        var meetingIds = links.Where(l => l.MeetingId is not null).Select(l => l.MeetingId!.Value)
            .Concat(items.Values.Where(i => i.MeetingId is not null).Select(i => i.MeetingId!.Value)).Distinct().ToList();
        var meetings = await db.Meetings.Visible().Where(m => meetingIds.Contains(m.Id))
            .Select(m => new { m.Id, m.Date, BodyName = m.Body.Name })
            .ToDictionaryAsync(m => m.Id, cancellationToken);
        var decisionIds = links.Where(l => l.DecisionId is not null).Select(l => l.DecisionId!.Value).Distinct().ToList();
        var decisions = await db.Decisions.Visible().Where(d => decisionIds.Contains(d.Id))
            .Select(d => new { d.Id, d.Title, d.Slug, d.DecisionDate })
            .ToDictionaryAsync(d => d.Id, cancellationToken);

        DatedLink? Target(PartPlayed part)
        {
            var isAttendance = part.Role is PersonRole.Attended or PersonRole.Arrived or PersonRole.Left;
            var note = isAttendance ? new PersonRoleView(id, "", "", part.Role, null, part.Time).RoleText : part.Title;
            if (!isAttendance && part.DecisionId is int d && decisions.TryGetValue(d, out var decision))
            {
                return new DatedLink(decision.Title, Paths.Decision(decision.Id, decision.Slug), decision.DecisionDate, note);
            }

            if (!isAttendance && part.ItemId is int i && items.TryGetValue(i, out var item))
            {
                return new DatedLink(item.Title, Paths.Item(item.Id), item.Date, note is null ? item.BodyName : item.BodyName is null ? note : $"{item.BodyName}; {note}");
            }

            var meetingId = part.MeetingId ?? (part.ItemId is int j && items.TryGetValue(j, out var parent) ? parent.MeetingId : null);
            if (meetingId is int m && meetings.TryGetValue(m, out var meeting))
            {
                return new DatedLink($"{meeting.BodyName}, {UkFormat.Date(meeting.Date)}", Paths.Meeting(meeting.Id), null, note);
            }

            // The source did not say which meeting: the item is the best place to point to.
            return part.ItemId is int k && items.TryGetValue(k, out var itemOnly)
                ? new DatedLink(itemOnly.Title, Paths.Item(itemOnly.Id), itemOnly.Date, note)
                : null;
        }

        var groups = links
            .Select(l => (Heading: Heading(l.Role), Order: Order(l.Role), Link: Target(l)))
            .Where(x => x.Link is not null)
            .GroupBy(x => (x.Order, x.Heading))
            .OrderBy(g => g.Key.Order)
            .Select(g => new RoleGroup(g.Key.Heading, g.Select(x => x.Link!).DistinctBy(x => (x.Href, x.Context)).ToList()))
            .ToList();
        var titles = person.Titles.Concat(links.Where(l => l.Title is not null).Select(l => l.Title!)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return new PersonPage(person.Id, person.Name, person.Slug, person.Kind, person.CouncilName, person.CouncilSlug, titles, groups);
    }

    private static string Heading(PersonRole role) => role switch
    {
        PersonRole.Moved => "Moved",
        PersonRole.Seconded => "Seconded",
        PersonRole.ContactOfficer => "Contact for",
        PersonRole.LeadMember => "Lead member for",
        PersonRole.DeclaredInterest => "Declared an interest in",
        PersonRole.Attended or PersonRole.Arrived or PersonRole.Left => "Attended",
        _ => "Named in",
    };

    private static int Order(PersonRole role) => role switch
    {
        PersonRole.Moved => 0,
        PersonRole.Seconded => 1,
        PersonRole.ContactOfficer => 2,
        PersonRole.LeadMember => 3,
        PersonRole.DeclaredInterest => 4,
        PersonRole.Attended or PersonRole.Arrived or PersonRole.Left => 5,
        _ => 6,
    };

    private sealed record PartPlayed(PersonRole Role, TimeOnly? Time, string? Title, int? ItemId, int? MeetingId, int? DecisionId);
}
