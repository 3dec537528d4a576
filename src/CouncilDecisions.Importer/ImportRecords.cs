using CouncilDecisions.Data;
using CouncilDecisions.Domain;
using Microsoft.EntityFrameworkCore;

namespace CouncilDecisions.Importer;

/// <summary>
/// Where an import finds the records a text refers to (its council, bodies, meetings, issue and people) and puts the
/// records it creates. The same record-building code runs over either implementation: <see cref="TrackedRecords"/> for
/// one text through the change tracker, <see cref="BatchRecords"/> for many new texts in one transaction.
/// </summary>
internal interface IImportRecords
{
    /// <summary>False when the caller logs each text itself, after its transaction commits.</summary>
    bool LogsEachText { get; }

    Task<Council> CouncilAsync(string name, CancellationToken ct);

    Task<Body> BodyAsync(Council council, string name, CancellationToken ct);

    /// <summary>The body's meeting on that date, saved before or created by this import.</summary>
    Task<Meeting?> FindMeetingAsync(Body body, DateOnly date, CancellationToken ct);

    /// <summary>The council's issue with that slug, saved before this text.</summary>
    Task<Issue?> FindIssueAsync(Council council, string slug, CancellationToken ct);

    /// <summary>Whether a text saved before this one already filed an item of that title under the meeting.</summary>
    Task<bool> ConsideredAsync(Meeting meeting, string title, CancellationToken ct);

    /// <summary>The council's person with that slug, saved before or created by this import.</summary>
    Task<Person?> FindPersonAsync(Council council, string slug, CancellationToken ct);

    /// <summary>A new record (and the new records reachable from it).</summary>
    void Add(object entity);

    /// <summary>A new record placed in a collection of <paramref name="principal"/>, which may be a record saved before.</summary>
    void Add(object dependent, object principal);

    /// <summary>Gives the new records their ids (and, through the change tracker, writes them).</summary>
    Task SaveAsync(CancellationToken ct);
}

/// <summary>One text through the change tracker: each lookup is a query, and <see cref="SaveAsync"/> saves.</summary>
internal sealed class TrackedRecords(DecisionsDbContext db) : IImportRecords
{
    public bool LogsEachText => true;

    public async Task<Council> CouncilAsync(string name, CancellationToken ct)
    {
        var slug = Slugs.From(name);
        return await db.Councils.FirstOrDefaultAsync(c => c.Slug == slug, ct)
            ?? db.Councils.Add(new Council { Name = name, Slug = slug }).Entity;
    }

    public async Task<Body> BodyAsync(Council council, string name, CancellationToken ct)
    {
        var slug = Slugs.From(name);
        return (council.Id == 0 ? null : await db.Bodies.FirstOrDefaultAsync(b => b.CouncilId == council.Id && b.Slug == slug, ct))
            ?? db.Bodies.Local.FirstOrDefault(b => b.Council == council && b.Slug == slug)
            ?? db.Bodies.Add(new Body { Council = council, Name = name, Slug = slug, Kind = Body.KindFromName(name) }).Entity;
    }

    public async Task<Meeting?> FindMeetingAsync(Body body, DateOnly date, CancellationToken ct) =>
        (body.Id == 0 ? null : await db.Meetings.FirstOrDefaultAsync(x => x.BodyId == body.Id && x.Date == date, ct))
            ?? db.Meetings.Local.FirstOrDefault(x => x.Body == body && x.Date == date);

    public async Task<Issue?> FindIssueAsync(Council council, string slug, CancellationToken ct) =>
        council.Id == 0 ? null : await db.Issues.FirstOrDefaultAsync(i => i.CouncilId == council.Id && i.Slug == slug, ct);

    public async Task<bool> ConsideredAsync(Meeting meeting, string title, CancellationToken ct) =>
        meeting.Id != 0 && await db.AgendaItems.AnyAsync(a => a.MeetingId == meeting.Id && a.Title == title, ct);

    public async Task<Person?> FindPersonAsync(Council council, string slug, CancellationToken ct) =>
        await db.People.Include(p => p.Titles).FirstOrDefaultAsync(p => p.CouncilId == council.Id && council.Id != 0 && p.Slug == slug, ct)
            ?? db.People.Local.FirstOrDefault(p => p.Council == council && p.Slug == slug);

    public void Add(object entity) => db.Add(entity);

    // The change tracker finds a new record in a tracked record's collection by itself.
    public void Add(object dependent, object principal)
    {
    }

    public Task SaveAsync(CancellationToken ct) => db.SaveChangesAsync(ct);
}
