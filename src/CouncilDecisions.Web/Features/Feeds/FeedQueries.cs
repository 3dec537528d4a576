using CouncilDecisions.Data;
using CouncilDecisions.Domain;
using CouncilDecisions.Web.Features.Api;
using Microsoft.EntityFrameworkCore;

namespace CouncilDecisions.Web.Features.Feeds;

/// <summary>A newly published decision, as a feed entry.</summary>
public sealed record FeedDecision(
    int Id, string Title, string CouncilName, string? DecisionMaker, string? Status, string? Purpose, DateOnly? DecisionDate,
    DateTime? PublishedUtc, DateTime UpdatedUtc);

/// <summary>A meeting, as a calendar event.</summary>
public sealed record CalendarMeeting(
    int Id, string BodyName, string CouncilName, DateOnly Date, TimeOnly? StartTime, MeetingStatus Status, string? Location,
    DateTime UpdatedUtc);

/// <summary>What a feed is about: its title and the decisions or meetings it narrows to.</summary>
public sealed record FeedScope(string Title, int? CouncilId, int? BodyId);

/// <summary>The reads behind the Atom feeds, the calendars and the CSV exports: published records only.</summary>
public sealed class FeedQueries(DecisionsDbContext db)
{
    public const int FeedLength = 50;

    public async Task<FeedScope?> CouncilScopeAsync(string slug, CancellationToken cancellationToken) =>
        await db.Councils.Where(c => c.Slug == slug).Select(c => new FeedScope(c.Name, c.Id, null)).FirstOrDefaultAsync(cancellationToken);

    public async Task<FeedScope?> BodyScopeAsync(int id, CancellationToken cancellationToken) =>
        await db.Bodies.Where(b => b.Id == id).Select(b => new FeedScope(b.Name + ", " + b.Council.Name, null, b.Id)).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The latest published decisions, newest first.</summary>
    public Task<List<FeedDecision>> LatestDecisionsAsync(FeedScope? scope, CancellationToken cancellationToken) =>
        Decisions(new DecisionFilter(CouncilId: scope?.CouncilId, BodyId: scope?.BodyId))
            .OrderByDescending(d => d.PublishedUtc).ThenByDescending(d => d.Id)
            .Take(FeedLength)
            .Select(d => new FeedDecision(d.Id, d.Title, d.Council.Name, d.DecisionMaker, d.Status, d.Purpose, d.DecisionDate,
                d.PublishedUtc, d.UpdatedUtc))
            .ToListAsync(cancellationToken);

    public Task<List<CalendarMeeting>> MeetingsAsync(FeedScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var query = db.Meetings.AsNoTracking().Where(m => m.State == PublicationState.Published);
        query = scope.BodyId is { } body ? query.Where(m => m.BodyId == body) : query.Where(m => m.Body.CouncilId == scope.CouncilId);
        return query.OrderBy(m => m.Date).ThenBy(m => m.Id)
            .Select(m => new CalendarMeeting(m.Id, m.Body.Name, m.Body.Council.Name, m.Date, m.StartTime, m.Status, m.Location, m.UpdatedUtc))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The rows of a CSV export, streamed from the database one at a time.</summary>
    public IAsyncEnumerable<DecisionCsvRow> CsvRows(DecisionFilter filter) =>
        Decisions(filter)
            .OrderByDescending(d => d.DecisionDate).ThenBy(d => d.Id)
            .Select(d => new DecisionCsvRow(d.Id, d.Title, d.Council.Name, d.DecisionMaker, d.Status, d.DecisionDate, d.PublicationDate,
                d.IsKeyDecision, d.IsSubjectToCallIn, d.CallInStatus, d.CallInDeadline, d.Purpose))
            .AsAsyncEnumerable();

    private IQueryable<Decision> Decisions(DecisionFilter filter) =>
        DecisionFilters.Apply(db.Decisions.AsNoTracking().Where(d => d.State == PublicationState.Published), filter, db);
}
