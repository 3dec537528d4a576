using CouncilDecisions.Domain;
using CouncilDecisions.Web.Features.Common;

namespace CouncilDecisions.Web.Features.Bodies;

public sealed record BodyPage(
    int Id,
    string Name,
    BodyKind Kind,
    string CouncilName,
    string CouncilSlug,
    IReadOnlyList<YearOfMeetings> MeetingsByYear,
    Paging Paging,
    IReadOnlyList<DatedLink> Decisions)
{
    public IReadOnlyList<Crumb> Breadcrumbs => [new("Home", "/"), new(CouncilName, Infrastructure.Paths.Council(CouncilSlug)), new(Name)];
}

public sealed record YearOfMeetings(int Year, IReadOnlyList<DatedLink> Meetings);
