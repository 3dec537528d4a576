using CouncilDecisions.Domain;
using CouncilDecisions.Web.Features.Common;
using CouncilDecisions.Web.Infrastructure;

namespace CouncilDecisions.Web.Features.Decisions;

/// <summary>Every field of ModernGov's "Decision details" page.</summary>
public sealed record DecisionDetails
{
    public required int Id { get; init; }

    public required string Title { get; init; }

    public required string Slug { get; init; }

    public required string CouncilName { get; init; }

    public required string CouncilSlug { get; init; }

    public string? DecisionMaker { get; init; }

    public int? MakerBodyId { get; init; }

    public string? MakerBodyName { get; init; }

    public string? Status { get; init; }

    public bool? IsKeyDecision { get; init; }

    public bool? IsSubjectToCallIn { get; init; }

    public CallInStatus CallInStatus { get; init; }

    public DateOnly? CallInDeadline { get; init; }

    public string? Purpose { get; init; }

    public string? DecisionText { get; init; }

    public string? Reasons { get; init; }

    public string? AlternativesConsidered { get; init; }

    public string? ConflictsOfInterest { get; init; }

    public DateOnly? DecisionDate { get; init; }

    public DateOnly? PublicationDate { get; init; }

    public required PublicationState State { get; init; }

    public string? WithdrawnReason { get; init; }

    public DecisionLink? SupersededBy { get; init; }

    public DecisionItemLink? AgendaItem { get; init; }

    public required IReadOnlyList<LabelledText> Resolutions { get; init; }

    public required IReadOnlyList<ScrutinyView> Scrutiny { get; init; }

    public required IReadOnlyList<FieldRow> Extras { get; init; }

    public required IReadOnlyList<PersonRoleView> People { get; init; }

    public SourceView? Source { get; init; }

    public string Href => Paths.Decision(Id, Slug);

    public string NoticeHref => Paths.DecisionNoticePdf(Id);

    public IReadOnlyList<LabelledText> Comments => Scrutiny.Where(s => s.Kind == ScrutinyCommentKind.Comment).Select(s => s.Text).ToList();

    public IReadOnlyList<LabelledText> Responses => Scrutiny.Where(s => s.Kind == ScrutinyCommentKind.Response).Select(s => s.Text).ToList();

    /// <summary>
    /// The importer keeps the whole "Scrutiny Considerations" section as an extra, because it holds prose that is
    /// neither a comment nor a response. It belongs in the scrutiny row, not in a second row of the same name.
    /// </summary>
    public string? ScrutinyFullText => Extras.FirstOrDefault(IsScrutinyText)?.Value;

    public IReadOnlyList<FieldRow> OtherExtras => Extras.Where(e => !IsScrutinyText(e)).ToList();

    private static bool IsScrutinyText(FieldRow extra) =>
        extra.Label.Equals(ScrutinyExtraLabel, StringComparison.OrdinalIgnoreCase);

    private const string ScrutinyExtraLabel = "Scrutiny Considerations";

    public StateNotice Notice => new(State, WithdrawnReason, SupersededBy?.Title, SupersededBy?.Href);

    /// <summary>GOV.UK tag colour for the printed status: green once made, red when it did not go ahead, blue while pending.</summary>
    public string StatusTagClass
    {
        get
        {
            if (State is PublicationState.Withdrawn or PublicationState.Superseded)
            {
                return "govuk-tag--grey";
            }

            var status = Status ?? "";
            string[] negative = ["reject", "refused", "withdrawn", "deferred", "not approved", "called in"];
            string[] positive = ["approved", "made", "agreed", "adopted", "implemented", "resolved"];
            if (negative.Any(n => status.Contains(n, StringComparison.OrdinalIgnoreCase)))
            {
                return "govuk-tag--red";
            }

            return positive.Any(p => status.Contains(p, StringComparison.OrdinalIgnoreCase)) ? "govuk-tag--green" : "govuk-tag--blue";
        }
    }

    public string CallInStatusText => CallInStatus switch
    {
        CallInStatus.Open => "Open for call-in",
        CallInStatus.Requested => "Call-in requested",
        CallInStatus.Upheld => "Called in: referred back to the decision maker",
        CallInStatus.Rejected => "Call-in rejected",
        CallInStatus.Expired => "Call-in period ended",
        _ => IsSubjectToCallIn == true ? "Not yet open" : "Not applicable",
    };

    public IReadOnlyList<Crumb> Breadcrumbs =>
    [
        new("Home", "/"),
        new(CouncilName, Paths.Council(CouncilSlug)),
        new(Title),
    ];
}

public sealed record DecisionLink(int Id, string Title, string Slug)
{
    public string Href => Paths.Decision(Id, Slug);
}

public sealed record DecisionItemLink(int ItemId, string ItemTitle, int? MeetingId, DateOnly? MeetingDate, string? BodyName);

public sealed record ScrutinyView(ScrutinyCommentKind Kind, LabelledText Text);

public sealed record SourceView(string FileName, DateTime ImportedUtc, string Text);
