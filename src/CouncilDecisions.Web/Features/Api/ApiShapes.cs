namespace CouncilDecisions.Web.Features.Api;

/// <summary>The OParl 1.1 type URIs for the concepts that match ours.</summary>
public static class OParlTypes
{
    public const string Version = "https://schema.oparl.org/1.1/";
    public const string System = Version + "System";
    public const string Body = Version + "Body";
    public const string Organization = Version + "Organization";
    public const string Meeting = Version + "Meeting";
    public const string AgendaItem = Version + "AgendaItem";
    public const string Paper = Version + "Paper";
    public const string Person = Version + "Person";
}

/// <summary>The entry point (an OParl System): links to every collection.</summary>
public sealed record ApiRoot(
    string Id,
    string Type,
    string OparlVersion,
    string Name,
    string Web,
    string Documentation,
    string OpenApi,
    string Councils,
    string Bodies,
    string Meetings,
    string AgendaItems,
    string Decisions,
    string People,
    string DecisionsFeed);

/// <summary>A page of a collection, in OParl's list format.</summary>
public sealed record ApiPage<T>(IReadOnlyList<T> Data, ApiPagination Pagination, ApiPageLinks Links);

public sealed record ApiPagination(int TotalElements, int ElementsPerPage, int CurrentPage, int TotalPages);

public sealed record ApiPageLinks(string Self, string First, string Last, string? Prev, string? Next);

/// <summary>
/// What a withdrawn or superseded record becomes: it was public once, so it never turns into a 404, and
/// incremental sync learns to drop it.
/// </summary>
public sealed record DeletedResource(
    string Id,
    int Key,
    string Type,
    bool Deleted,
    string State,
    string? Reason,
    string Web,
    DateTime Modified);

/// <summary>A council (OParl Body: the corporate body that makes decisions).</summary>
public sealed record CouncilResource(
    string Id,
    int Key,
    string Type,
    string Name,
    string Slug,
    string? Website,
    string Organization,
    string Meeting,
    string AgendaItem,
    string Paper,
    string Person,
    string DecisionsFeed,
    string MeetingsCalendar,
    string DecisionsCsv,
    string Web,
    DateTime Created,
    DateTime Modified,
    bool Deleted);

/// <summary>A committee, the cabinet, full council, an executive member or an officer (OParl Organization).</summary>
public sealed record BodyResource(
    string Id,
    int Key,
    string Type,
    string Name,
    string Slug,
    string Classification,
    string Body,
    string Meeting,
    string Paper,
    string DecisionsFeed,
    string MeetingsCalendar,
    string Web,
    DateTime Created,
    DateTime Modified,
    bool Deleted);

/// <summary>A meeting of a body (OParl Meeting). <c>start</c> is a date-time when the start time is known, else a date.</summary>
public sealed record MeetingResource(
    string Id,
    int Key,
    string Type,
    string Name,
    DateOnly Date,
    string Start,
    string MeetingState,
    bool Cancelled,
    string? Location,
    IReadOnlyList<string> Organization,
    string Body,
    IReadOnlyList<string> AgendaItem,
    string Web,
    DateTime Created,
    DateTime Modified,
    bool Deleted);

/// <summary>An item considered at a meeting (OParl AgendaItem), with its recommendations and the decisions made on it.</summary>
public sealed record AgendaItemResource(
    string Id,
    int Key,
    string Type,
    string? Number,
    int Order,
    string Name,
    string? Meeting,
    string Body,
    bool Public,
    bool? KeyDecision,
    string? Summary,
    string? ReportReference,
    string? ForwardPlanReference,
    IReadOnlyList<LabelledTextResource> Recommendations,
    IReadOnlyList<string> Decisions,
    string Web,
    DateTime Created,
    DateTime Modified,
    bool Deleted);

/// <summary>A decision, as an OParl Paper with <c>paperType</c> "Decision" and the fields UK decisions need.</summary>
public sealed record DecisionResource(
    string Id,
    int Key,
    string Type,
    string PaperType,
    string Name,
    DateOnly? Date,
    DateOnly? PublicationDate,
    string Body,
    string Council,
    string? AgendaItem,
    string? Meeting,
    string? DecisionMaker,
    string? DecisionMakerOrganization,
    string? Status,
    bool? KeyDecision,
    bool? SubjectToCallIn,
    string CallInStatus,
    DateOnly? CallInDeadline,
    string? Purpose,
    string? DecisionText,
    string? Reasons,
    string? AlternativesConsidered,
    string? ConflictsOfInterest,
    IReadOnlyList<LabelledTextResource> Resolutions,
    IReadOnlyList<LabelledTextResource> Recommendations,
    IReadOnlyList<ScrutinyCommentResource> ScrutinyComments,
    string Web,
    DateTime? Published,
    DateTime Created,
    DateTime Modified,
    bool Deleted);

/// <summary>A resolution or recommendation with its label as printed ("1", "(a)", "i.").</summary>
public sealed record LabelledTextResource(string? Label, string Text);

/// <summary>A scrutiny committee's comment ("comment") or the officer's response ("response").</summary>
public sealed record ScrutinyCommentResource(string Kind, string? Label, string Text);

/// <summary>A councillor or officer named in the record (OParl Person).</summary>
public sealed record PersonResource(
    string Id,
    int Key,
    string Type,
    string Name,
    string Role,
    IReadOnlyList<string> Titles,
    string Body,
    string Web,
    DateTime Created,
    DateTime Modified,
    bool Deleted);
