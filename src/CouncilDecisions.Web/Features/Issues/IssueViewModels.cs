using CouncilDecisions.Web.Features.Common;
using CouncilDecisions.Web.Features.Items;

namespace CouncilDecisions.Web.Features.Issues;

/// <summary>The "Issue - meetings" view: every meeting at which the issue was considered, newest first.</summary>
public sealed record IssuePage(int Id, string Title, string? ForwardPlanReference, string CouncilName, string CouncilSlug, IReadOnlyList<AgendaItemContent> Considerations)
{
    public IReadOnlyList<Crumb> Breadcrumbs =>
    [
        new("Home", "/"),
        new(CouncilName, Infrastructure.Paths.Council(CouncilSlug)),
        new(Title),
    ];
}
