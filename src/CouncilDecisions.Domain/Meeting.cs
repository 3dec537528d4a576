namespace CouncilDecisions.Domain;

public sealed class Meeting : PublishableEntity
{
    public int BodyId { get; set; }

    public Body Body { get; set; } = null!;

    public DateOnly Date { get; set; }

    public TimeOnly? StartTime { get; set; }

    public MeetingStatus Status { get; set; } = MeetingStatus.Held;

    public string? Location { get; set; }

    public List<AgendaItem> AgendaItems { get; } = [];

    public List<PersonLink> PersonLinks { get; } = [];
}

public enum MeetingStatus
{
    Scheduled = 0,
    Held = 1,
    Cancelled = 2,
}
