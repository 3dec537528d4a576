using CouncilDecisions.Data;
using CouncilDecisions.Domain;
using Microsoft.EntityFrameworkCore;

namespace CouncilDecisions.Web.Features.Api;

/// <summary>One object as the API shows it, with the revision the ETag is made from.</summary>
public sealed record ApiObject(object Resource, int Key, int Revision, DateTime Modified);

/// <summary>One page of a collection before links are added.</summary>
public sealed record ApiList(IReadOnlyList<ApiObject> Items, int Total);

/// <summary>
/// The API's reads. Lists are ordered by key so that pages stay stable while records are added; drafts never
/// appear; withdrawn and superseded records appear as deleted markers, in lists only under modified_since.
/// </summary>
public sealed class ApiQueries(DecisionsDbContext db, ApiMapper map)
{
    public Task<int?> CouncilIdAsync(string slug, CancellationToken cancellationToken) =>
        db.Councils.Where(c => c.Slug == slug).Select(c => (int?)c.Id).FirstOrDefaultAsync(cancellationToken);

    public async Task<ApiObject?> CouncilAsync(string slug, CancellationToken cancellationToken)
    {
        var row = await db.Councils.AsNoTracking().Where(c => c.Slug == slug).FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : map.Council(row);
    }

    public async Task<ApiList> CouncilsAsync(ListRequest request, CancellationToken cancellationToken)
    {
        var query = Since(db.Councils.AsNoTracking(), request);
        return new ApiList((await PageOf(query, request).ToListAsync(cancellationToken)).ConvertAll(map.Council),
            await query.CountAsync(cancellationToken));
    }

    public async Task<ApiObject?> BodyAsync(int id, CancellationToken cancellationToken)
    {
        var row = await Bodies().Where(b => b.Id == id).FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : map.Body(row);
    }

    public async Task<ApiList> BodiesAsync(ListRequest request, int? councilId, CancellationToken cancellationToken)
    {
        var query = Since(db.Bodies.AsNoTracking(), request);
        if (councilId is { } council)
        {
            query = query.Where(b => b.CouncilId == council);
        }

        var rows = await PageOf(query, request).Include(b => b.Council).ToListAsync(cancellationToken);
        return new ApiList(rows.ConvertAll(map.Body), await query.CountAsync(cancellationToken));
    }

    public async Task<ApiObject?> MeetingAsync(int id, CancellationToken cancellationToken)
    {
        var row = await MeetingRows(Visible(db.Meetings, request: null).Where(m => m.Id == id)).FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : map.Meeting(row);
    }

    public async Task<ApiList> MeetingsAsync(ListRequest request, int? councilId, int? bodyId, DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        var query = Visible(db.Meetings, request);
        if (councilId is { } council)
        {
            query = query.Where(m => m.Body.CouncilId == council);
        }

        if (bodyId is { } body)
        {
            query = query.Where(m => m.BodyId == body);
        }

        if (from is { } f)
        {
            query = query.Where(m => m.Date >= f);
        }

        if (to is { } t)
        {
            query = query.Where(m => m.Date <= t);
        }

        var rows = await MeetingRows(PageOf(query, request)).ToListAsync(cancellationToken);
        return new ApiList(rows.ConvertAll(map.Meeting), await query.CountAsync(cancellationToken));
    }

    public async Task<ApiObject?> AgendaItemAsync(int id, CancellationToken cancellationToken)
    {
        var row = await AgendaItemRows(Visible(db.AgendaItems, request: null).Where(a => a.Id == id)).FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : map.AgendaItem(row);
    }

    public async Task<ApiList> AgendaItemsAsync(ListRequest request, int? councilId, int? meetingId, CancellationToken cancellationToken)
    {
        var query = Visible(db.AgendaItems, request);
        if (councilId is { } council)
        {
            query = query.Where(a => a.CouncilId == council);
        }

        if (meetingId is { } meeting)
        {
            query = query.Where(a => a.MeetingId == meeting);
        }

        var rows = await AgendaItemRows(PageOf(query, request)).ToListAsync(cancellationToken);
        return new ApiList(rows.ConvertAll(map.AgendaItem), await query.CountAsync(cancellationToken));
    }

    public async Task<ApiObject?> DecisionAsync(int id, CancellationToken cancellationToken)
    {
        var row = await DecisionRows(Visible(db.Decisions, request: null).Where(d => d.Id == id)).FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : map.Decision(row);
    }

    public async Task<ApiList> DecisionsAsync(ListRequest request, DecisionFilter filter, CancellationToken cancellationToken)
    {
        var query = DecisionFilters.Apply(Visible(db.Decisions, request), filter, db);
        var rows = await DecisionRows(PageOf(query, request)).ToListAsync(cancellationToken);
        return new ApiList(rows.ConvertAll(map.Decision), await query.CountAsync(cancellationToken));
    }

    public async Task<ApiObject?> PersonAsync(int id, CancellationToken cancellationToken)
    {
        var row = await PeopleRows(db.People.Where(p => p.Id == id)).FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : map.Person(row);
    }

    public async Task<ApiList> PeopleAsync(ListRequest request, int? councilId, CancellationToken cancellationToken)
    {
        var query = Since(db.People.AsNoTracking(), request);
        if (councilId is { } council)
        {
            query = query.Where(p => p.CouncilId == council);
        }

        var rows = await PeopleRows(PageOf(query, request)).ToListAsync(cancellationToken);
        return new ApiList(rows.ConvertAll(map.Person), await query.CountAsync(cancellationToken));
    }

    private static IQueryable<T> Since<T>(IQueryable<T> query, ListRequest? request)
        where T : EditableEntity =>
        request?.ModifiedSince is { } since ? query.Where(e => e.UpdatedUtc >= since) : query;

    // A full list shows what is published; an incremental one also carries the markers of withdrawn records,
    // so a client that copied them learns to drop them. Drafts are never seen.
    private static IQueryable<T> Visible<T>(IQueryable<T> query, ListRequest? request)
        where T : PublishableEntity =>
        request is { ModifiedSince: not null } or null
            ? Since(query.AsNoTracking().Where(e => e.State != PublicationState.Draft), request)
            : query.AsNoTracking().Where(e => e.State == PublicationState.Published);

    private static IQueryable<T> PageOf<T>(IQueryable<T> query, ListRequest request)
        where T : EditableEntity =>
        query.OrderBy(e => e.Id).Skip(request.Skip).Take(request.PageSize);

    private IQueryable<Body> Bodies() => db.Bodies.AsNoTracking().Include(b => b.Council);

    private static IQueryable<MeetingRow> MeetingRows(IQueryable<Meeting> query) => query.Select(m => new MeetingRow(
        m.Id, m.Revision, m.CreatedUtc, m.UpdatedUtc, m.State, m.WithdrawnReason, m.BodyId, m.Body.Name, m.Body.Council.Slug,
        m.Date, m.StartTime, m.Status, m.Location,
        m.AgendaItems.Where(a => a.State != PublicationState.Draft).OrderBy(a => a.Position).Select(a => a.Id).ToList()));

    private static IQueryable<AgendaItemRow> AgendaItemRows(IQueryable<AgendaItem> query) => query.Select(a => new AgendaItemRow(
        a.Id, a.Revision, a.CreatedUtc, a.UpdatedUtc, a.State, a.WithdrawnReason, a.Council.Slug, a.MeetingId, a.Number, a.Position,
        a.Title, a.IsExempt, a.IsKeyDecision, a.Summary, a.ReportReference, a.ForwardPlanReference,
        a.Recommendations.OrderBy(r => r.Position).Select(r => new LabelledTextResource(r.Label, r.Text)).ToList(),
        a.Decisions.Where(d => d.State != PublicationState.Draft).OrderBy(d => d.Id).Select(d => d.Id).ToList()));

    private static IQueryable<DecisionRow> DecisionRows(IQueryable<Decision> query) => query.Select(d => new DecisionRow(
        d.Id, d.Revision, d.CreatedUtc, d.UpdatedUtc, d.State, d.WithdrawnReason, d.Council.Slug, d.AgendaItemId,
        d.AgendaItem == null ? null : d.AgendaItem.MeetingId, d.MakerBodyId, d.Title, d.DecisionMaker, d.Status, d.IsKeyDecision,
        d.IsSubjectToCallIn, d.CallInStatus, d.CallInDeadline, d.Purpose, d.DecisionText, d.Reasons, d.AlternativesConsidered,
        d.ConflictsOfInterest, d.DecisionDate, d.PublicationDate, d.PublishedUtc,
        d.Resolutions.OrderBy(r => r.Position).Select(r => new LabelledTextResource(r.Label, r.Text)).ToList(),
        d.AgendaItem == null
            ? new List<LabelledTextResource>()
            : d.AgendaItem.Recommendations.OrderBy(r => r.Position).Select(r => new LabelledTextResource(r.Label, r.Text)).ToList(),
        d.ScrutinyComments.OrderBy(s => s.Position).Select(s => new ScrutinyRow(s.Kind, s.Label, s.Text)).ToList()));

    private static IQueryable<PersonRow> PeopleRows(IQueryable<Person> query) => query.AsNoTracking().Select(p => new PersonRow(
        p.Id, p.Revision, p.CreatedUtc, p.UpdatedUtc, p.Council.Slug, p.Name, p.Kind,
        p.Titles.OrderBy(t => t.Id).Select(t => t.Title).ToList()));
}

/// <summary>The columns a meeting's shape is built from.</summary>
public sealed record MeetingRow(
    int Id, int Revision, DateTime CreatedUtc, DateTime UpdatedUtc, PublicationState State, string? WithdrawnReason,
    int BodyId, string BodyName, string CouncilSlug, DateOnly Date, TimeOnly? StartTime, MeetingStatus Status, string? Location,
    List<int> AgendaItemIds);

public sealed record AgendaItemRow(
    int Id, int Revision, DateTime CreatedUtc, DateTime UpdatedUtc, PublicationState State, string? WithdrawnReason,
    string CouncilSlug, int? MeetingId, string? Number, int Position, string Title, bool IsExempt, bool? IsKeyDecision,
    string? Summary, string? ReportReference, string? ForwardPlanReference, List<LabelledTextResource> Recommendations,
    List<int> DecisionIds);

public sealed record DecisionRow(
    int Id, int Revision, DateTime CreatedUtc, DateTime UpdatedUtc, PublicationState State, string? WithdrawnReason,
    string CouncilSlug, int? AgendaItemId, int? MeetingId, int? MakerBodyId, string Title, string? DecisionMaker, string? Status,
    bool? IsKeyDecision, bool? IsSubjectToCallIn, CallInStatus CallInStatus, DateOnly? CallInDeadline, string? Purpose,
    string? DecisionText, string? Reasons, string? AlternativesConsidered, string? ConflictsOfInterest, DateOnly? DecisionDate,
    DateOnly? PublicationDate, DateTime? PublishedUtc, List<LabelledTextResource> Resolutions,
    List<LabelledTextResource> Recommendations, List<ScrutinyRow> ScrutinyComments);

public sealed record ScrutinyRow(ScrutinyCommentKind Kind, string? Label, string Text);

public sealed record PersonRow(
    int Id, int Revision, DateTime CreatedUtc, DateTime UpdatedUtc, string CouncilSlug, string Name, PersonKind Kind, List<string> Titles);
