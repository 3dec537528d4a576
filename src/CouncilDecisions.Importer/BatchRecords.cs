using CouncilDecisions.Data;
using CouncilDecisions.Data.Bulk;
using CouncilDecisions.Data.Search;
using CouncilDecisions.Domain;
using Microsoft.EntityFrameworkCore;

namespace CouncilDecisions.Importer;

/// <summary>
/// Many new texts in one transaction (docs/decisions/0009-batch-import.md). Every record the batch's texts can refer to
/// is read up front, one query per table; a lookup then answers from memory, including the records that earlier texts
/// of the batch created, as the database would have after saving them one by one. New records go to a
/// <see cref="SqliteBulkInsert"/>. The councils, bodies, meetings and issues read are tracked, so the few changes a
/// text makes to them (a draft meeting published, an issue's forward plan reference) are saved by EF with their
/// revision stamps; people are read untracked, because a known person's new titles are inserted with the rest.
/// </summary>
internal sealed class BatchRecords : IImportRecords
{
    private readonly DecisionsDbContext _db;
    private readonly SqliteBulkInsert _insert;
    private readonly Dictionary<string, Council> _councils = new(StringComparer.Ordinal);
    private readonly Dictionary<(Council, string), Body> _bodies = [];
    private readonly Dictionary<(Body, DateOnly), Meeting> _meetings = [];
    private readonly Dictionary<(Council, string), Issue> _issues = [];
    private readonly Dictionary<(Council, string), Person> _people = [];
    private readonly HashSet<(Meeting, string)> _considered = [];
    private readonly List<AgendaItem> _textItems = [];
    private readonly List<Decision> _decisions = [];
    private readonly List<AgendaItem> _items = [];

    private BatchRecords(DecisionsDbContext db)
    {
        _db = db;
        _insert = new SqliteBulkInsert(db);
    }

    public bool LogsEachText => false;

    /// <summary>Reads what <paramref name="documents"/> can refer to. Call inside the batch's transaction.</summary>
    public static async Task<BatchRecords> LoadAsync(DecisionsDbContext db, IReadOnlyList<BatchText> documents, CancellationToken ct)
    {
        var records = new BatchRecords(db);
        var councilSlugs = documents.Select(d => Slugs.From(d.CouncilName)).Distinct(StringComparer.Ordinal).ToList();
        var bodySlugs = documents.SelectMany(d => d.BodyNames).Select(Slugs.From).Distinct(StringComparer.Ordinal).ToList();
        var dates = documents.SelectMany(d => d.Dates).Distinct().ToList();
        var titles = documents.Select(d => d.Title).Distinct(StringComparer.Ordinal).ToList();
        var issueSlugs = titles.Select(Slugs.From).Distinct(StringComparer.Ordinal).ToList();
        var personSlugs = documents.SelectMany(d => d.PersonNames).Select(Slugs.From).Distinct(StringComparer.Ordinal).ToList();

        foreach (var council in await db.Councils.Where(c => councilSlugs.Contains(c.Slug)).ToListAsync(ct))
        {
            records.Known(council);
            records._councils[council.Slug] = council;
        }

        var byId = records._councils.Values.ToDictionary(c => c.Id);
        var councilIds = byId.Keys.ToList();
        var bodies = await db.Bodies.Where(b => councilIds.Contains(b.CouncilId) && bodySlugs.Contains(b.Slug)).ToListAsync(ct);
        foreach (var body in bodies)
        {
            records.Known(body);
            records._bodies[(byId[body.CouncilId], body.Slug)] = body;
        }

        var bodyById = bodies.ToDictionary(b => b.Id);
        var bodyIds = bodyById.Keys.ToList();
        var meetings = await db.Meetings.Where(m => bodyIds.Contains(m.BodyId) && dates.Contains(m.Date)).ToListAsync(ct);
        foreach (var meeting in meetings)
        {
            records.Known(meeting);
            records._meetings[(bodyById[meeting.BodyId], meeting.Date)] = meeting;
        }

        var meetingById = meetings.ToDictionary(m => m.Id);
        var meetingIds = meetingById.Keys.ToList();
        var considered = await db.AgendaItems.AsNoTracking()
            .Where(a => a.MeetingId != null && meetingIds.Contains(a.MeetingId.Value) && titles.Contains(a.Title))
            .Select(a => new { MeetingId = a.MeetingId!.Value, a.Title })
            .ToListAsync(ct);
        foreach (var item in considered)
        {
            records._considered.Add((meetingById[item.MeetingId], item.Title));
        }

        foreach (var issue in await db.Issues.Where(i => councilIds.Contains(i.CouncilId) && issueSlugs.Contains(i.Slug)).ToListAsync(ct))
        {
            records.Known(issue);
            records._issues[(byId[issue.CouncilId], issue.Slug)] = issue;
        }

        var people = await db.People.AsNoTracking().Include(p => p.Titles)
            .Where(p => councilIds.Contains(p.CouncilId) && personSlugs.Contains(p.Slug))
            .ToListAsync(ct);
        foreach (var person in people)
        {
            records.Known(person);
            foreach (var title in person.Titles)
            {
                records.Known(title);
            }

            records._people[(byId[person.CouncilId], person.Slug)] = person;
        }

        return records;
    }

    public Task<Council> CouncilAsync(string name, CancellationToken ct)
    {
        var slug = Slugs.From(name);
        if (!_councils.TryGetValue(slug, out var council))
        {
            council = new Council { Name = name, Slug = slug };
            Add(council);
        }

        return Task.FromResult(council);
    }

    public Task<Body> BodyAsync(Council council, string name, CancellationToken ct)
    {
        var slug = Slugs.From(name);
        if (!_bodies.TryGetValue((council, slug), out var body))
        {
            body = new Body { Council = council, Name = name, Slug = slug, Kind = Body.KindFromName(name) };
            Add(body);
        }

        return Task.FromResult(body);
    }

    public Task<Meeting?> FindMeetingAsync(Body body, DateOnly date, CancellationToken ct) =>
        Task.FromResult(_meetings.GetValueOrDefault((body, date)));

    public Task<Issue?> FindIssueAsync(Council council, string slug, CancellationToken ct) =>
        Task.FromResult(_issues.GetValueOrDefault((council, slug)));

    public Task<bool> ConsideredAsync(Meeting meeting, string title, CancellationToken ct) =>
        Task.FromResult(_considered.Contains((meeting, title)));

    public Task<Person?> FindPersonAsync(Council council, string slug, CancellationToken ct) =>
        Task.FromResult(_people.GetValueOrDefault((council, slug)));

    public void Add(object entity)
    {
        switch (entity)
        {
            case Council council: _councils[council.Slug] = council; break;
            case Body body: _bodies[(body.Council, body.Slug)] = body; break;
            case Meeting meeting: _meetings[(meeting.Body, meeting.Date)] = meeting; break;
            case Issue issue: _issues[(issue.Council, issue.Slug)] = issue; break;
            case Person person: _people[(person.Council, person.Slug)] = person; break;
            case AgendaItem item: _textItems.Add(item); _items.Add(item); break;
            case Decision decision: _decisions.Add(decision); break;
            default: break;
        }

        _insert.Add(entity);
    }

    public void Add(object dependent, object principal) => _insert.Add(dependent);

    public Task SaveAsync(CancellationToken ct) => _insert.AssignKeysAsync(ct);

    /// <summary>
    /// Ends one text: the items it filed now count as "considered" for the texts after it, as they would once saved.
    /// </summary>
    public void EndText()
    {
        foreach (var item in _textItems)
        {
            if (item.Meeting is { } meeting)
            {
                _considered.Add((meeting, item.Title));
            }
        }

        _textItems.Clear();
    }

    /// <summary>Writes the batch: the new rows, the changes to records read, and the search index of the new records.</summary>
    public async Task FlushAsync(CancellationToken ct)
    {
        await _insert.SaveAsync(ct);
        await _db.SaveChangesAsync(ct);
        await SqliteSearchIndex.ReindexAsync(_db, [.. _decisions.Select(d => d.Id)], [.. _items.Select(i => i.Id)], [], ct);
    }

    private void Known(object entity) => _insert.Existing(entity);
}

/// <summary>One text of a batch, with the names its records are looked up by.</summary>
internal sealed record BatchText(int Index, ImportRequest Request, Parsing.ParsedDocument Document, string Sha256, string CouncilName)
{
    public required string Title { get; init; }

    public required IReadOnlyList<string> BodyNames { get; init; }

    public required IReadOnlyList<DateOnly> Dates { get; init; }

    public required IReadOnlyList<string> PersonNames { get; init; }
}
