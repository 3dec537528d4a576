using System.Globalization;
using CouncilDecisions.Domain;
using CouncilDecisions.Web.Infrastructure;

namespace CouncilDecisions.Web.Features.Api;

/// <summary>Turns rows into the API's shapes, adding absolute links; a withdrawn or superseded record becomes a marker.</summary>
public sealed class ApiMapper(ApiLinks links)
{
    private static readonly TimeZoneInfo UkTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public ApiObject Council(Council c) => Versioned(c.Id, c.Revision, c.UpdatedUtc, new CouncilResource(
        links.Council(c.Slug), c.Id, OParlTypes.Body, c.Name, c.Slug, c.Website,
        links.Collection("bodies", "council", c.Slug),
        links.Collection("meetings", "council", c.Slug),
        links.Collection("agenda-items", "council", c.Slug),
        links.Collection("decisions", "council", c.Slug),
        links.Collection("people", "council", c.Slug),
        links.CouncilDecisionsFeed(c.Slug), links.CouncilMeetingsCalendar(c.Slug), links.CouncilDecisionsCsv(c.Slug),
        links.CouncilPage(c.Slug), Utc(c.CreatedUtc), Utc(c.UpdatedUtc), Deleted: false));

    public ApiObject Body(Body b)
    {
        var key = ApiLinks.Id(b.Id);
        return Versioned(b.Id, b.Revision, b.UpdatedUtc, new BodyResource(
            links.Body(b.Id), b.Id, OParlTypes.Organization, b.Name, b.Slug, Classification(b.Kind), links.Council(b.Council.Slug),
            links.Collection("meetings", "body", key), links.Collection("decisions", "body", key),
            links.BodyDecisionsFeed(b.Id), links.BodyMeetingsCalendar(b.Id), links.BodyPage(b.Id),
            Utc(b.CreatedUtc), Utc(b.UpdatedUtc), Deleted: false));
    }

    public ApiObject Meeting(MeetingRow m) => Publishable(m.Id, m.Revision, m.UpdatedUtc, m.State, m.WithdrawnReason,
        links.Meeting(m.Id), OParlTypes.Meeting, links.MeetingPage(m.Id), () => new MeetingResource(
            links.Meeting(m.Id), m.Id, OParlTypes.Meeting, m.BodyName + ", " + UkFormat.Date(m.Date), m.Date, Start(m.Date, m.StartTime),
            MeetingState(m.Status), m.Status == MeetingStatus.Cancelled, m.Location, [links.Body(m.BodyId)], links.Council(m.CouncilSlug),
            m.AgendaItemIds.ConvertAll(links.AgendaItem), links.MeetingPage(m.Id), Utc(m.CreatedUtc), Utc(m.UpdatedUtc), Deleted: false));

    public ApiObject AgendaItem(AgendaItemRow a) => Publishable(a.Id, a.Revision, a.UpdatedUtc, a.State, a.WithdrawnReason,
        links.AgendaItem(a.Id), OParlTypes.AgendaItem, links.ItemPage(a.Id), () => new AgendaItemResource(
            links.AgendaItem(a.Id), a.Id, OParlTypes.AgendaItem, a.Number, a.Position, a.Title,
            a.MeetingId is { } meeting ? links.Meeting(meeting) : null, links.Council(a.CouncilSlug), !a.IsExempt, a.IsKeyDecision,
            a.Summary, a.ReportReference, a.ForwardPlanReference, a.Recommendations, a.DecisionIds.ConvertAll(links.Decision),
            links.ItemPage(a.Id), Utc(a.CreatedUtc), Utc(a.UpdatedUtc), Deleted: false));

    public ApiObject Decision(DecisionRow d) => Publishable(d.Id, d.Revision, d.UpdatedUtc, d.State, d.WithdrawnReason,
        links.Decision(d.Id), OParlTypes.Paper, links.DecisionPage(d.Id), () => new DecisionResource(
            links.Decision(d.Id), d.Id, OParlTypes.Paper, "Decision", d.Title, d.DecisionDate, d.PublicationDate,
            links.Council(d.CouncilSlug), links.Council(d.CouncilSlug),
            d.AgendaItemId is { } item ? links.AgendaItem(item) : null,
            d.MeetingId is { } meeting ? links.Meeting(meeting) : null,
            d.DecisionMaker, d.MakerBodyId is { } body ? links.Body(body) : null, d.Status, d.IsKeyDecision, d.IsSubjectToCallIn,
            CallIn(d.CallInStatus), d.CallInDeadline, d.Purpose, d.DecisionText, d.Reasons, d.AlternativesConsidered,
            d.ConflictsOfInterest, d.Resolutions, d.Recommendations,
            d.ScrutinyComments.ConvertAll(s => new ScrutinyCommentResource(s.Kind == ScrutinyCommentKind.Response ? "response" : "comment", s.Label, s.Text)),
            links.DecisionPage(d.Id), d.PublishedUtc is { } published ? Utc(published) : null,
            Utc(d.CreatedUtc), Utc(d.UpdatedUtc), Deleted: false));

    public ApiObject Person(PersonRow p) => Versioned(p.Id, p.Revision, p.UpdatedUtc, new PersonResource(
        links.Person(p.Id), p.Id, OParlTypes.Person, p.Name, p.Kind == PersonKind.Officer ? "officer" : "councillor", p.Titles,
        links.Council(p.CouncilSlug), links.PersonPage(p.Id), Utc(p.CreatedUtc), Utc(p.UpdatedUtc), Deleted: false));

    /// <summary>The wire name of a call-in status ("open", "expired").</summary>
    public static string CallIn(CallInStatus status) => status switch
    {
        CallInStatus.Open => "open",
        CallInStatus.Requested => "requested",
        CallInStatus.Upheld => "upheld",
        CallInStatus.Rejected => "rejected",
        CallInStatus.Expired => "expired",
        _ => "none",
    };

    /// <summary>SQLite hands back unspecified kinds; every instant we store is UTC.</summary>
    public static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);

    /// <summary>A meeting's start: an ISO date-time with the UK offset of the day when the time is known, else the ISO date.</summary>
    public static string Start(DateOnly date, TimeOnly? time)
    {
        if (time is not { } t)
        {
            return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        var local = date.ToDateTime(t);
        return new DateTimeOffset(local, UkTime.GetUtcOffset(local)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
    }

    private static string Classification(BodyKind kind) => kind switch
    {
        BodyKind.Cabinet => "cabinet",
        BodyKind.FullCouncil => "fullCouncil",
        BodyKind.IndividualExecutiveMember => "individualExecutiveMember",
        BodyKind.Officer => "officer",
        _ => "committee",
    };

    private static string MeetingState(MeetingStatus status) => status switch
    {
        MeetingStatus.Scheduled => "scheduled",
        MeetingStatus.Cancelled => "cancelled",
        _ => "held",
    };

    private static ApiObject Versioned(int key, int revision, DateTime modified, object resource) =>
        new(resource, key, revision, Utc(modified));

    private static ApiObject Publishable(int key, int revision, DateTime modified, PublicationState state, string? reason,
        string id, string type, string web, Func<object> resource) =>
        state == PublicationState.Published
            ? Versioned(key, revision, modified, resource())
            : Versioned(key, revision, modified, new DeletedResource(
                id, key, type, Deleted: true, state == PublicationState.Superseded ? "superseded" : "withdrawn", reason, web, Utc(modified)));
}
