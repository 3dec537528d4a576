using CouncilDecisions.Domain;
using CouncilDecisions.Web.Features.Common;

namespace CouncilDecisions.Web.Features.People;

public sealed record PersonPage(
    int Id,
    string Name,
    string Slug,
    PersonKind Kind,
    string CouncilName,
    string CouncilSlug,
    IReadOnlyList<string> Titles,
    IReadOnlyList<RoleGroup> Roles)
{
    public IReadOnlyList<Crumb> Breadcrumbs => [new("Home", "/"), new(CouncilName, Infrastructure.Paths.Council(CouncilSlug)), new(Name)];

    public string KindText => Kind == PersonKind.Officer ? "Officer" : "Councillor";
}

/// <summary>The records in which a person played one kind of part ("Moved", "Contact for").</summary>
public sealed record RoleGroup(string Heading, IReadOnlyList<DatedLink> Links);
