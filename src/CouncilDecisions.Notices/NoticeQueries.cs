using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CouncilDecisions.Data;
using CouncilDecisions.Domain;
using Microsoft.EntityFrameworkCore;

namespace CouncilDecisions.Notices;

/// <summary>A notice ready to render, with what HTTP caching and file names need.</summary>
/// <param name="Data">The document's content.</param>
/// <param name="FileName">A meaningful file name ("cambridge-city-council-digital-transformation-strategy.pdf").</param>
/// <param name="ETag">A quoted entity tag that changes whenever the record's revision does.</param>
public sealed record NoticeSource<T>(T Data, string FileName, string ETag);

/// <summary>
/// The one place that reads the database for notices: published decisions only, mapped to the plain
/// records the documents take. The web app and the CLI share it.
/// </summary>
public sealed class NoticeQueries(DecisionsDbContext db)
{
    // Bumped when the layout of the documents changes, so cached copies are refetched.
    private const int FormatVersion = 1;

    /// <summary>The notice of a published decision, or null when there is none (unknown, draft or withdrawn).</summary>
    public async Task<NoticeSource<DecisionNoticeData>?> DecisionAsync(int id, Uri siteBase, CancellationToken cancellationToken = default)
    {
        var decision = await Published().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        return decision is null
            ? null
            : new NoticeSource<DecisionNoticeData>(
                Map(decision, siteBase),
                $"{decision.Council.Slug}-{decision.Slug}-decision-notice.pdf",
                $"\"notice-{decision.Id}-r{decision.Revision}-f{FormatVersion}\"");
    }

    /// <summary>The record of decisions of a meeting with at least one published decision, or null.</summary>
    public async Task<NoticeSource<MeetingDecisionsData>?> MeetingAsync(int meetingId, Uri siteBase, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(siteBase);
        var meeting = await db.Meetings.AsNoTracking()
            .Where(m => m.Id == meetingId && m.State == PublicationState.Published)
            .Select(m => new { m.Id, m.Date, Body = m.Body.Name, Council = m.Body.Council.Name, CouncilSlug = m.Body.Council.Slug, BodySlug = m.Body.Slug })
            .SingleOrDefaultAsync(cancellationToken);
        if (meeting is null)
        {
            return null;
        }

        var decisions = await Published()
            .Where(d => d.AgendaItem != null && d.AgendaItem.MeetingId == meetingId)
            .OrderBy(d => d.AgendaItem!.Position).ThenBy(d => d.Id)
            .ToListAsync(cancellationToken);
        if (decisions.Count == 0)
        {
            return null;
        }

        var versions = string.Join(",", decisions.Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.Id}:{d.Revision}")));
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(versions)))[..16];
        var data = new MeetingDecisionsData
        {
            Council = meeting.Council,
            Body = meeting.Body,
            MeetingDate = meeting.Date,
            PublicUrl = new Uri(siteBase, string.Create(CultureInfo.InvariantCulture, $"/meetings/{meeting.Id}")),
            Decisions = [.. decisions.Select(d => Map(d, siteBase))],
        };
        var fileName = string.Create(CultureInfo.InvariantCulture, $"{meeting.CouncilSlug}-{meeting.BodySlug}-{meeting.Date:yyyy-MM-dd}-record-of-decisions.pdf");
        return new NoticeSource<MeetingDecisionsData>(data, fileName, $"\"meeting-{meeting.Id}-{hash}-f{FormatVersion}\"");
    }

    /// <summary>The ids of every published decision, optionally of one council (matched by name or slug).</summary>
    public async Task<IReadOnlyList<int>> PublishedDecisionIdsAsync(string? council, CancellationToken cancellationToken = default)
    {
        var query = db.Decisions.AsNoTracking().Where(d => d.State == PublicationState.Published);
        if (!string.IsNullOrWhiteSpace(council))
        {
            var slug = Slugs.From(council);
            query = query.Where(d => d.Council.Slug == slug);
        }

        return await query.OrderBy(d => d.Id).Select(d => d.Id).ToListAsync(cancellationToken);
    }

    /// <summary>How the notice words the call-in position.</summary>
    public static string CallInWording(bool? subjectToCallIn, CallInStatus status) => (subjectToCallIn, status) switch
    {
        (_, CallInStatus.Requested) => "Call-in requested",
        (_, CallInStatus.Upheld) => "Called in and referred back to the decision maker",
        (_, CallInStatus.Rejected) => "Call-in rejected; the decision stands",
        (_, CallInStatus.Expired) => "Call-in period ended; the decision can be implemented",
        (_, CallInStatus.Open) => "Subject to call-in; the call-in period is open",
        (true, _) => "Subject to call-in",
        (false, _) => "Not subject to call-in",
        _ => "Not recorded",
    };

    private IQueryable<Decision> Published() =>
        db.Decisions.AsNoTracking().AsSplitQuery()
            .Where(d => d.State == PublicationState.Published)
            .Include(d => d.Council)
            .Include(d => d.Resolutions)
            .Include(d => d.ScrutinyComments);

    private static DecisionNoticeData Map(Decision decision, Uri siteBase) => new()
    {
        Council = decision.Council.Name,
        Title = decision.Title,
        DecisionMaker = decision.DecisionMaker,
        Status = decision.Status,
        DecisionDate = decision.DecisionDate,
        PublicationDate = decision.PublicationDate,
        KeyDecision = decision.IsKeyDecision,
        CallInStatus = CallInWording(decision.IsSubjectToCallIn, decision.CallInStatus),
        CallInDeadline = decision.CallInDeadline,
        Purpose = decision.Purpose,
        DecisionText = DecisionTexts.WithoutResolutions(decision.DecisionText, decision.Resolutions.Select(r => (r.Label, r.Text))),
        Resolutions = [.. decision.Resolutions.OrderBy(r => r.Position).Select(r => new NoticeResolution(r.Label ?? string.Empty, r.Text))],
        Reasons = decision.Reasons,
        Alternatives = decision.AlternativesConsidered,
        ConflictsOfInterest = decision.ConflictsOfInterest,
        ScrutinyComments = [.. decision.ScrutinyComments.OrderBy(s => s.Position).Select(s => new NoticeScrutinyItem(
            s.Kind == ScrutinyCommentKind.Response ? NoticeScrutinyKind.Response : NoticeScrutinyKind.Comment, s.Label, s.Text))],
        PublicUrl = new Uri(siteBase, string.Create(CultureInfo.InvariantCulture, $"/decisions/{decision.Id}/{decision.Slug}")),
        Revision = decision.Revision,
    };
}
