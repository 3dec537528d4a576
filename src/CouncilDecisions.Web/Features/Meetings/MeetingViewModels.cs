using CouncilDecisions.Domain;
using CouncilDecisions.Web.Features.Common;
using CouncilDecisions.Web.Features.Items;

namespace CouncilDecisions.Web.Features.Meetings;

public sealed record MeetingPage
{
    public required int Id { get; init; }

    public required DateOnly Date { get; init; }

    public TimeOnly? StartTime { get; init; }

    public required MeetingStatus Status { get; init; }

    public string? Location { get; init; }

    public required int BodyId { get; init; }

    public required string BodyName { get; init; }

    public required string CouncilName { get; init; }

    public required string CouncilSlug { get; init; }

    public required StateNotice Notice { get; init; }

    public required IReadOnlyList<PersonRoleView> Attendance { get; init; }

    public IReadOnlyList<AgendaItemContent> Items { get; init; } = [];

    /// <summary>The record of decisions (PDF) holds published decisions only; without one there is nothing to link to.</summary>
    public bool HasPublishedDecisions => Items.Any(i => i.Decisions.Any(d => d.State == PublicationState.Published));

    public string Title => $"{BodyName}, {Infrastructure.UkFormat.Date(Date)}";

    public (string Text, string TagClass) StatusTag => Status switch
    {
        MeetingStatus.Held => ("Held", "govuk-tag--green"),
        MeetingStatus.Cancelled => ("Cancelled", "govuk-tag--red"),
        _ => ("Scheduled", "govuk-tag--blue"),
    };

    public IReadOnlyList<Crumb> Breadcrumbs =>
    [
        new("Home", "/"),
        new(CouncilName, Infrastructure.Paths.Council(CouncilSlug)),
        new(BodyName, Infrastructure.Paths.Body(BodyId)),
        new(Infrastructure.UkFormat.Date(Date)),
    ];
}
