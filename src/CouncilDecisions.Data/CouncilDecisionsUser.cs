using Microsoft.AspNetCore.Identity;

namespace CouncilDecisions.Data;

/// <summary>An officer, councillor or administrator account. Residents never need one.</summary>
public sealed class CouncilDecisionsUser : IdentityUser
{
    public string? DisplayName { get; set; }

    /// <summary>For a councillor: the person record their "My record" page lists.</summary>
    public int? PersonId { get; set; }
}

/// <summary>The role names used in authorization policies.</summary>
public static class Roles
{
    public const string Officer = "Officer";
    public const string Councillor = "Councillor";
    public const string Administrator = "Administrator";

    public static IReadOnlyList<string> All { get; } = [Officer, Councillor, Administrator];
}
