namespace CouncilDecisions.Domain;

public sealed class Council : EditableEntity
{
    public required string Name { get; set; }

    /// <summary>URL segment; never changes once the council has published anything.</summary>
    public required string Slug { get; set; }

    public string? Website { get; set; }

    public List<Body> Bodies { get; } = [];

    public List<Person> People { get; } = [];
}

/// <summary>A decision-making body: a committee, the cabinet, full council, an individual executive member or an officer.</summary>
public sealed class Body : EditableEntity
{
    public int CouncilId { get; set; }

    public Council Council { get; set; } = null!;

    public required string Name { get; set; }

    /// <summary>URL segment, unique within the council.</summary>
    public required string Slug { get; set; }

    public BodyKind Kind { get; set; }

    public List<Meeting> Meetings { get; } = [];

    /// <summary>Guess the kind from a printed name ("Cabinet", "Full Council", "Executive Councillor for ...").</summary>
    public static BodyKind KindFromName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Contains("Councillor", StringComparison.OrdinalIgnoreCase)
            || name.Contains("Cabinet Member", StringComparison.OrdinalIgnoreCase)
            || name.Contains("Portfolio Holder", StringComparison.OrdinalIgnoreCase)
            || name.Contains("Leader", StringComparison.OrdinalIgnoreCase))
        {
            return BodyKind.IndividualExecutiveMember;
        }

        if (name.Contains("Cabinet", StringComparison.OrdinalIgnoreCase)
            || name.Equals("Executive", StringComparison.OrdinalIgnoreCase))
        {
            return BodyKind.Cabinet;
        }

        if (name.Equals("Council", StringComparison.OrdinalIgnoreCase)
            || name.Contains("Full Council", StringComparison.OrdinalIgnoreCase))
        {
            return BodyKind.FullCouncil;
        }

        if (name.Contains("Director", StringComparison.OrdinalIgnoreCase)
            || name.Contains("Officer", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("Head of", StringComparison.OrdinalIgnoreCase))
        {
            return BodyKind.Officer;
        }

        return BodyKind.Committee;
    }
}

public enum BodyKind
{
    Committee = 0,
    Cabinet = 1,
    FullCouncil = 2,
    IndividualExecutiveMember = 3,
    Officer = 4,
}
