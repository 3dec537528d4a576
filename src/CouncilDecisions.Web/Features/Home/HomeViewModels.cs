using CouncilDecisions.Web.Features.Common;

namespace CouncilDecisions.Web.Features.Home;

public sealed record HomePage(
    IReadOnlyList<DatedLink> RecentDecisions,
    IReadOnlyList<DatedLink> RecentMeetings,
    IReadOnlyList<DatedLink> UpcomingMeetings,
    IReadOnlyList<CouncilLink> Councils);

public sealed record CouncilLink(string Name, string Slug, int DecisionCount)
{
    public string Href => Infrastructure.Paths.Council(Slug);
}
