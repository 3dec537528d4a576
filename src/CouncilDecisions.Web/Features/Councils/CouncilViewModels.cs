using CouncilDecisions.Domain;
using CouncilDecisions.Web.Features.Common;

namespace CouncilDecisions.Web.Features.Councils;

public sealed record CouncilPage(
    string Name,
    string Slug,
    string? Website,
    IReadOnlyList<BodyGroup> BodyGroups,
    IReadOnlyList<DatedLink> RecentDecisions,
    IReadOnlyList<MonthOfMeetings> MeetingsByMonth)
{
    public IReadOnlyList<Crumb> Breadcrumbs => [new("Home", "/"), new(Name)];
}

public sealed record BodyLink(int Id, string Name, BodyKind Kind)
{
    public string Href => Infrastructure.Paths.Body(Id);
}

public sealed record BodyGroup(string Heading, IReadOnlyList<BodyLink> Bodies)
{
    /// <summary>Groups bodies the way residents look for them: full council, cabinet, committees, then individuals.</summary>
    public static IReadOnlyList<BodyGroup> From(IEnumerable<BodyLink> bodies)
    {
        static (int Order, string Heading) Group(BodyKind kind) => kind switch
        {
            BodyKind.FullCouncil => (0, "Full council"),
            BodyKind.Cabinet => (1, "Cabinet and executive"),
            BodyKind.Committee => (2, "Committees"),
            _ => (3, "Individual decision makers"),
        };

        return bodies.GroupBy(b => Group(b.Kind))
            .OrderBy(g => g.Key.Order)
            .Select(g => new BodyGroup(g.Key.Heading, g.OrderBy(b => b.Name, StringComparer.OrdinalIgnoreCase).ToList()))
            .ToList();
    }
}

public sealed record MonthOfMeetings(string Month, IReadOnlyList<DatedLink> Meetings);
