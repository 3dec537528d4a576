using CouncilDecisions.Domain;

namespace CouncilDecisions.Web.Features.Common;

/// <summary>What the public may see: published records, and withdrawn or superseded ones as markers. Drafts never.</summary>
public static class PublicRecords
{
    public static IQueryable<T> Visible<T>(this IQueryable<T> records)
        where T : PublishableEntity => records.Where(r => r.State != PublicationState.Draft);
}

/// <summary>A person named on a page, with the part they played.</summary>
public sealed record PersonRoleView(int PersonId, string Name, string Slug, PersonRole Role, string? Title, TimeOnly? Time)
{
    public string Href => Infrastructure.Paths.Person(PersonId, Slug);

    public string RoleText => Role switch
    {
        PersonRole.Moved => "Moved",
        PersonRole.Seconded => "Seconded",
        PersonRole.DeclaredInterest => "Declared an interest",
        PersonRole.ContactOfficer => "Contact officer",
        PersonRole.LeadMember => "Lead member",
        PersonRole.Arrived => Time is { } t ? "Arrived at " + Infrastructure.UkFormat.Time(t) : "Arrived",
        PersonRole.Left => Time is { } t ? "Left at " + Infrastructure.UkFormat.Time(t) : "Left",
        PersonRole.Attended => "Attended",
        _ => "Named in the minutes",
    };
}

/// <summary>A decision's publication state as the public sees it, with the reason a record was withdrawn.</summary>
public sealed record StateNotice(PublicationState State, string? Reason, string? ReplacementTitle = null, string? ReplacementHref = null)
{
    public bool IsShown => State is PublicationState.Withdrawn or PublicationState.Superseded;
}
