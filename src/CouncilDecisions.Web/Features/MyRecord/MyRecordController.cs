using System.Security.Claims;
using CouncilDecisions.Data;
using CouncilDecisions.Domain;
using CouncilDecisions.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CouncilDecisions.Web.Features.MyRecord;

/// <summary>A councillor's own record: the items they moved, seconded, declared an interest in or led.</summary>
[Route("my-record")]
[Authorize(Policy = Policies.Councillors)]
public sealed class MyRecordController(MyRecordQueries queries, UserManager<CouncilDecisionsUser> users) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var user = await users.FindByIdAsync(User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "");
        return View(await queries.ForAsync(user?.PersonId, ct));
    }
}

public sealed record MyRecordRow(string Role, string Title, int AgendaItemId, DateOnly? MeetingDate, string? Body, PublicationState State);

public sealed record MyRecordViewModel(string? PersonName, IReadOnlyList<MyRecordRow> Rows);

public sealed class MyRecordQueries(DecisionsDbContext db)
{
    private static readonly PersonRole[] Shown = [PersonRole.Moved, PersonRole.Seconded, PersonRole.DeclaredInterest, PersonRole.LeadMember];

    public async Task<MyRecordViewModel> ForAsync(int? personId, CancellationToken ct)
    {
        if (personId is not { } id || await db.People.Where(p => p.Id == id).Select(p => p.Name).FirstOrDefaultAsync(ct) is not { } name)
        {
            return new MyRecordViewModel(null, []);
        }

        var links = await db.PersonLinks.AsNoTracking()
            .Where(l => l.PersonId == id && Shown.Contains(l.Role))
            .Select(l => new { l.Role, ItemId = l.AgendaItemId ?? (l.Vote != null ? l.Vote.AgendaItemId : (l.Decision != null ? l.Decision.AgendaItemId : null)) })
            .ToListAsync(ct);
        var led = await db.AgendaItems.AsNoTracking().Where(a => a.LeadMemberId == id).Select(a => a.Id).ToListAsync(ct);
        var pairs = links.Where(l => l.ItemId is not null).Select(l => (l.Role, Id: l.ItemId!.Value))
            .Concat(led.Select(i => (Role: PersonRole.LeadMember, Id: i)))
            .Distinct()
            .ToList();
        var ids = pairs.Select(p => p.Id).Distinct().ToList();
        var items = await db.AgendaItems.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, a.Title, a.State, Date = a.Meeting != null ? (DateOnly?)a.Meeting.Date : null, Body = a.Meeting != null ? a.Meeting.Body.Name : null })
            .ToDictionaryAsync(a => a.Id, ct);
        return new MyRecordViewModel(name, [.. pairs
            .Where(p => items.ContainsKey(p.Id))
            .Select(p => new MyRecordRow(Describe(p.Role), items[p.Id].Title, p.Id, items[p.Id].Date, items[p.Id].Body, items[p.Id].State))
            .OrderByDescending(r => r.MeetingDate).ThenBy(r => r.Title, StringComparer.Ordinal)]);
    }

    private static string Describe(PersonRole role) => role switch
    {
        PersonRole.Moved => "Moved",
        PersonRole.Seconded => "Seconded",
        PersonRole.DeclaredInterest => "Declared an interest",
        _ => "Lead member",
    };
}
