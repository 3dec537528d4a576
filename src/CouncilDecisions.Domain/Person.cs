namespace CouncilDecisions.Domain;

/// <summary>A councillor or officer named in the record.</summary>
public sealed class Person : EditableEntity
{
    public int CouncilId { get; set; }

    public Council Council { get; set; } = null!;

    /// <summary>The name without honorifics ("Mark Lygo", or just "Orson" where the minutes give no more).</summary>
    public required string Name { get; set; }

    public required string Slug { get; set; }

    public PersonKind Kind { get; set; }

    public List<PersonTitle> Titles { get; } = [];

    public List<PersonLink> Links { get; } = [];
}

public enum PersonKind
{
    Councillor = 0,
    Officer = 1,
}

/// <summary>A role title a person held ("Cabinet Member for Transformation", "Head of ICT (Interim)").</summary>
public sealed class PersonTitle
{
    public int Id { get; set; }

    public int PersonId { get; set; }

    public required string Title { get; set; }
}

/// <summary>How a person took part in a meeting, an agenda item, a vote or a decision.</summary>
public sealed class PersonLink
{
    public int Id { get; set; }

    public int PersonId { get; set; }

    public Person Person { get; set; } = null!;

    public PersonRole Role { get; set; }

    public int? MeetingId { get; set; }

    public Meeting? Meeting { get; set; }

    public int? AgendaItemId { get; set; }

    public AgendaItem? AgendaItem { get; set; }

    public int? DecisionId { get; set; }

    public Decision? Decision { get; set; }

    public int? VoteId { get; set; }

    public Vote? Vote { get; set; }

    /// <summary>For arrivals and departures, the time printed in the minutes.</summary>
    public TimeOnly? Time { get; set; }

    /// <summary>The title the person spoke or acted under, where printed.</summary>
    public string? Title { get; set; }
}

public enum PersonRole
{
    Mentioned = 0,
    Moved = 1,
    Seconded = 2,
    DeclaredInterest = 3,
    ContactOfficer = 4,
    LeadMember = 5,
    Arrived = 6,
    Left = 7,
    Attended = 8,
}

/// <summary>A vote on an agenda item.</summary>
public sealed class Vote
{
    public int Id { get; set; }

    public int AgendaItemId { get; set; }

    public AgendaItem AgendaItem { get; set; } = null!;

    public int Position { get; set; }

    public VoteOutcome? Outcome { get; set; }

    public bool? Unanimous { get; set; }

    public int? For { get; set; }

    public int? Against { get; set; }

    public int? Abstained { get; set; }

    /// <summary>Mover and seconder, as <see cref="PersonRole.Moved"/> and <see cref="PersonRole.Seconded"/> links.</summary>
    public List<PersonLink> PersonLinks { get; } = [];
}

public enum VoteOutcome
{
    Carried = 0,
    Lost = 1,
}
