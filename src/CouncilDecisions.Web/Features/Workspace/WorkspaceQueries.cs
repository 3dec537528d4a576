using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using CouncilDecisions.Data;
using CouncilDecisions.Domain;
using DiffPlex.Chunkers;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Microsoft.AspNetCore.Html;
using Microsoft.EntityFrameworkCore;

namespace CouncilDecisions.Web.Features.Workspace;

public sealed record RecordRow(int Id, string Title, string Context, PublicationState? State, DateTime UpdatedUtc);

public sealed record DashboardViewModel(
    IReadOnlyList<RecordRow> Decisions, IReadOnlyList<RecordRow> Items, IReadOnlyList<RecordRow> Meetings,
    IReadOnlyList<RecordRow> Councils, IReadOnlyList<RecordRow> Bodies, IReadOnlyList<RecordRow> People);

public sealed record DecisionOverview(
    int Id, string Title, string Council, PublicationState State, int Revision, string? WithdrawnReason, int? SupersededById,
    CallInStatus CallInStatus, CallInStatus EffectiveCallIn, DateOnly? CallInDeadline, bool? SubjectToCallIn, DateOnly? PublicationDate,
    IReadOnlyList<CallInStatus> CallInMoves, int? AgendaItemId, IReadOnlyList<PartRow> Resolutions, IReadOnlyList<PartRow> ScrutinyComments,
    string? Message, ConflictView? Conflict = null);

public sealed record ItemOverview(
    int Id, string Title, string Council, PublicationState State, int Revision, string? WithdrawnReason, int? MeetingId,
    IReadOnlyList<RecordRow> Decisions, IReadOnlyList<PartRow> Recommendations, IReadOnlyList<PartRow> Minutes, string? Message,
    ConflictView? Conflict = null);

/// <summary>One field of a change: a word-level diff of the old and new values.</summary>
public sealed record FieldDiff(string Field, string? OldValue, string? NewValue, IHtmlContent Diff);

public sealed record HistoryEntry(DateTime ChangedUtc, string ChangedBy, ChangeKind Kind, string? Summary, int Revision, bool IsPublic, IReadOnlyList<FieldDiff> Fields);

public sealed record HistoryViewModel(string EntityType, int EntityId, string Title, string BackHref, IReadOnlyList<HistoryEntry> Entries);

/// <summary>What the workspace pages show; read-only.</summary>
public sealed class WorkspaceQueries(DecisionsDbContext db, PartsEditor parts, DecisionWorkflow workflow)
{
    public async Task<DashboardViewModel> DashboardAsync(CancellationToken ct) => new(
        await db.Decisions.AsNoTracking().OrderByDescending(d => d.UpdatedUtc).Take(200)
            .Select(d => new RecordRow(d.Id, d.Title, d.Council.Name, d.State, d.UpdatedUtc)).ToListAsync(ct),
        await db.AgendaItems.AsNoTracking().OrderByDescending(d => d.UpdatedUtc).Take(200)
            .Select(a => new RecordRow(a.Id, a.Title, a.Council.Name, a.State, a.UpdatedUtc)).ToListAsync(ct),
        (await db.Meetings.AsNoTracking().OrderByDescending(m => m.Date).Take(200)
            .Select(m => new { m.Id, Body = m.Body.Name, Council = m.Body.Council.Name, m.Date, m.State, m.UpdatedUtc }).ToListAsync(ct))
            .ConvertAll(m => new RecordRow(m.Id, m.Body + ", " + m.Date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")), m.Council, m.State, m.UpdatedUtc)),
        await db.Councils.AsNoTracking().OrderBy(c => c.Name).Select(c => new RecordRow(c.Id, c.Name, "", null, c.UpdatedUtc)).ToListAsync(ct),
        await db.Bodies.AsNoTracking().OrderBy(b => b.Name).Select(b => new RecordRow(b.Id, b.Name, b.Council.Name, null, b.UpdatedUtc)).ToListAsync(ct),
        await db.People.AsNoTracking().OrderBy(p => p.Name).Select(p => new RecordRow(p.Id, p.Name, p.Council.Name, null, p.UpdatedUtc)).ToListAsync(ct));

    public async Task<DecisionOverview?> DecisionAsync(int id, string? message, CancellationToken ct)
    {
        var d = await db.Decisions.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new { x.Id, x.Title, Council = x.Council.Name, x.State, x.Revision, x.WithdrawnReason, x.SupersededById, x.CallInStatus, x.CallInDeadline, x.IsSubjectToCallIn, x.PublicationDate, x.AgendaItemId })
            .FirstOrDefaultAsync(ct);
        if (d is null)
        {
            return null;
        }

        var today = workflow.UkToday();
        return new DecisionOverview(d.Id, d.Title, d.Council, d.State, d.Revision, d.WithdrawnReason, d.SupersededById, d.CallInStatus,
            CallIn.Effective(d.CallInStatus, d.CallInDeadline, today), d.CallInDeadline, d.IsSubjectToCallIn, d.PublicationDate,
            d.State == PublicationState.Published ? CallIn.AllowedMoves(d.CallInStatus, d.CallInDeadline, today) : [],
            d.AgendaItemId, await parts.ListAsync(PartKind.Resolution, id, ct), await parts.ListAsync(PartKind.ScrutinyComment, id, ct), message);
    }

    public async Task<ItemOverview?> ItemAsync(int id, string? message, CancellationToken ct)
    {
        var a = await db.AgendaItems.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new { x.Id, x.Title, Council = x.Council.Name, x.State, x.Revision, x.WithdrawnReason, x.MeetingId })
            .FirstOrDefaultAsync(ct);
        if (a is null)
        {
            return null;
        }

        var decisions = await db.Decisions.AsNoTracking().Where(d => d.AgendaItemId == id).OrderBy(d => d.Id)
            .Select(d => new RecordRow(d.Id, d.Title, "", d.State, d.UpdatedUtc)).ToListAsync(ct);
        return new ItemOverview(a.Id, a.Title, a.Council, a.State, a.Revision, a.WithdrawnReason, a.MeetingId, decisions,
            await parts.ListAsync(PartKind.Recommendation, id, ct), await parts.ListAsync(PartKind.Minute, id, ct), message);
    }

    public async Task<IReadOnlyList<SelectOption>> CouncilOptionsAsync(CancellationToken ct) =>
        (await db.Councils.AsNoTracking().OrderBy(c => c.Name).Select(c => new { c.Id, c.Name }).ToListAsync(ct))
        .ConvertAll(c => new SelectOption(Id(c.Id), c.Name));

    public async Task<IReadOnlyList<SelectOption>> BodyOptionsAsync(CancellationToken ct) =>
        (await db.Bodies.AsNoTracking().OrderBy(b => b.Council.Name).ThenBy(b => b.Name).Select(b => new { b.Id, b.Name, Council = b.Council.Name }).ToListAsync(ct))
        .ConvertAll(b => new SelectOption(Id(b.Id), b.Name + " (" + b.Council + ")"));

    public async Task<IReadOnlyList<SelectOption>> MeetingOptionsAsync(CancellationToken ct) =>
        (await db.Meetings.AsNoTracking().OrderByDescending(m => m.Date).Select(m => new { m.Id, m.Date, Body = m.Body.Name }).ToListAsync(ct))
        .ConvertAll(m => new SelectOption(Id(m.Id), m.Body + ", " + m.Date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))));

    public async Task<IReadOnlyList<SelectOption>> PeopleOptionsAsync(CancellationToken ct) =>
        (await db.People.AsNoTracking().OrderBy(p => p.Name).Select(p => new { p.Id, p.Name, Council = p.Council.Name }).ToListAsync(ct))
        .ConvertAll(p => new SelectOption(Id(p.Id), p.Name + " (" + p.Council + ")"));

    /// <summary>The published decisions of the same council that could supersede decision <paramref name="id"/>.</summary>
    public async Task<IReadOnlyList<SelectOption>> ReplacementOptionsAsync(int id, CancellationToken ct)
    {
        var councilId = await db.Decisions.Where(d => d.Id == id).Select(d => d.CouncilId).FirstOrDefaultAsync(ct);
        return (await db.Decisions.AsNoTracking()
                .Where(d => d.CouncilId == councilId && d.Id != id && d.State == PublicationState.Published)
                .OrderByDescending(d => d.DecisionDate).Select(d => new { d.Id, d.Title, d.DecisionDate }).ToListAsync(ct))
            .ConvertAll(d => new SelectOption(Id(d.Id), d.Title + (d.DecisionDate is { } date ? " (" + date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")) + ")" : "")));
    }

    public async Task<HistoryViewModel?> HistoryAsync(string entityType, int id, CancellationToken ct)
    {
        string? title = entityType switch
        {
            nameof(Decision) => await db.Decisions.Where(d => d.Id == id).Select(d => d.Title).FirstOrDefaultAsync(ct),
            nameof(AgendaItem) => await db.AgendaItems.Where(d => d.Id == id).Select(d => d.Title).FirstOrDefaultAsync(ct),
            _ => null,
        };
        if (title is null)
        {
            return null;
        }

        var records = await db.ChangeRecords.AsNoTracking()
            .Where(c => c.EntityType == entityType && c.EntityId == id)
            .OrderByDescending(c => c.Id)
            .ToListAsync(ct);
        var back = entityType == nameof(Decision) ? "/workspace/decisions/" : "/workspace/items/";
        return new HistoryViewModel(entityType, id, title, back + Id(id), [.. records.Select(r => new HistoryEntry(
            r.ChangedUtc, r.ChangedBy, r.Kind, r.Summary, r.Revision, r.IsPublic,
            [.. r.Fields.Select(f => new FieldDiff(f.Field, f.OldValue, f.NewValue, WordDiff(f.OldValue, f.NewValue)))]))]);
    }

    /// <summary>A word-level diff as HTML: removed words in &lt;del&gt;, added in &lt;ins&gt;, every piece encoded.</summary>
    public static IHtmlContent WordDiff(string? oldText, string? newText)
    {
        var model = InlineDiffBuilder.Diff(oldText ?? "", newText ?? "", ignoreWhiteSpace: false, ignoreCase: false, chunker: new WordChunker());
        var html = new StringBuilder();
        foreach (var piece in model.Lines)
        {
            var text = HtmlEncoder.Default.Encode(piece.Text ?? "");
            html.Append(piece.Type switch
            {
                ChangeType.Inserted => "<ins class=\"app-diff__ins\">" + text + "</ins>",
                ChangeType.Deleted => "<del class=\"app-diff__del\">" + text + "</del>",
                _ => text,
            });
        }

        return new HtmlString(html.ToString());
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
