using CouncilDecisions.Web.Features.Common;

namespace CouncilDecisions.Web.Features.Items;

/// <summary>How the shared agenda-item partial renders an item on a given page.</summary>
public sealed record AgendaItemSection(AgendaItemContent Item, int HeadingLevel, bool ShowHeading = true, bool ShowMinutes = true, bool ShowFacts = true);

/// <summary>The place of an item in the record: council, body, meeting, and its issue if it has one.</summary>
public sealed record ItemContext(string CouncilName, string CouncilSlug, int? BodyId, string? BodyName, int? MeetingId, DateOnly? MeetingDate, int? IssueId, string? IssueTitle);

public sealed record ItemPage(AgendaItemContent Item, ItemContext Context)
{
    public IReadOnlyList<Crumb> Breadcrumbs =>
        Context is { BodyId: int bodyId, BodyName: string bodyName, MeetingId: int meetingId, MeetingDate: DateOnly meetingDate }
            ?
            [
                new("Home", "/"),
                new(Context.CouncilName, Infrastructure.Paths.Council(Context.CouncilSlug)),
                new(bodyName, Infrastructure.Paths.Body(bodyId)),
                new(Infrastructure.UkFormat.Date(meetingDate), Infrastructure.Paths.Meeting(meetingId)),
                new(Item.Title),
            ]
            :
            [
                new("Home", "/"),
                new(Context.CouncilName, Infrastructure.Paths.Council(Context.CouncilSlug)),
                new(Item.Title),
            ];
}
