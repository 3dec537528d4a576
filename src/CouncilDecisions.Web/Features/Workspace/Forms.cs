using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CouncilDecisions.Domain;

namespace CouncilDecisions.Web.Features.Workspace;

/// <summary>
/// An edit form for one kind of record: built from the record, applied to it, and carrying the revision the
/// officer started from (the concurrency token) in a hidden field.
/// </summary>
public interface IEntityForm<TEntity, TSelf>
    where TEntity : EditableEntity
    where TSelf : class, IEntityForm<TEntity, TSelf>
{
    int Revision { get; }

    static abstract TSelf From(TEntity entity);

    TSelf WithRevision(int revision);

    /// <summary>A new record with this form's values.</summary>
    TEntity Create();

    /// <summary>Copies the (validated) values onto <paramref name="entity"/>.</summary>
    void ApplyTo(TEntity entity);
}

internal static class FormText
{
    public const int LongText = 20000;

    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public static string Required(string? text) => text?.Trim() ?? "";

    public static IEnumerable<ValidationResult> Date(DateParts? parts, string field, string label, bool required)
    {
        var (_, error) = (parts ?? new DateParts()).Parse(label, required);
        if (error is not null)
        {
            yield return new ValidationResult(error, [field]);
        }
    }

    public static DateOnly? DateValue(DateParts? parts) => (parts ?? new DateParts()).Parse("Date", false).Value;
}

public sealed record DecisionForm : IEntityForm<Decision, DecisionForm>, IValidatableObject
{
    [Display(Name = "Council")]
    [Required(ErrorMessage = "Select the council")]
    public int? CouncilId { get; init; }

    [Display(Name = "Title")]
    [Required(ErrorMessage = "Enter the title of the decision")]
    [StringLength(1000, ErrorMessage = "Title must be 1,000 characters or fewer")]
    public string? Title { get; init; }

    [Display(Name = "Decision maker")]
    [StringLength(300, ErrorMessage = "Decision maker must be 300 characters or fewer")]
    public string? DecisionMaker { get; init; }

    [Display(Name = "Decision-making body")]
    public int? MakerBodyId { get; init; }

    [Display(Name = "Status")]
    [StringLength(200, ErrorMessage = "Status must be 200 characters or fewer")]
    public string? Status { get; init; }

    [Display(Name = "Key decision")]
    public bool? IsKeyDecision { get; init; }

    [Display(Name = "Subject to call-in")]
    public bool? IsSubjectToCallIn { get; init; }

    [Display(Name = "Date of decision")]
    public DateParts DecisionDate { get; init; } = new();

    [Display(Name = "Purpose")]
    [Markdown]
    [StringLength(FormText.LongText, ErrorMessage = "Purpose must be 20,000 characters or fewer")]
    public string? Purpose { get; init; }

    [Display(Name = "Decision")]
    [Markdown]
    [StringLength(FormText.LongText, ErrorMessage = "Decision must be 20,000 characters or fewer")]
    public string? DecisionText { get; init; }

    [Display(Name = "Reasons for the decision")]
    [Markdown]
    [StringLength(FormText.LongText, ErrorMessage = "Reasons must be 20,000 characters or fewer")]
    public string? Reasons { get; init; }

    [Display(Name = "Alternative options considered")]
    [Markdown]
    [StringLength(FormText.LongText, ErrorMessage = "Alternative options must be 20,000 characters or fewer")]
    public string? AlternativesConsidered { get; init; }

    [Display(Name = "Conflicts of interest")]
    [Markdown]
    [StringLength(FormText.LongText, ErrorMessage = "Conflicts of interest must be 20,000 characters or fewer")]
    public string? ConflictsOfInterest { get; init; }

    public int Revision { get; init; }

    public static DecisionForm From(Decision entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new DecisionForm
        {
            CouncilId = entity.CouncilId, Title = entity.Title, DecisionMaker = entity.DecisionMaker, MakerBodyId = entity.MakerBodyId,
            Status = entity.Status, IsKeyDecision = entity.IsKeyDecision, IsSubjectToCallIn = entity.IsSubjectToCallIn,
            DecisionDate = DateParts.From(entity.DecisionDate), Purpose = entity.Purpose, DecisionText = entity.DecisionText,
            Reasons = entity.Reasons, AlternativesConsidered = entity.AlternativesConsidered, ConflictsOfInterest = entity.ConflictsOfInterest,
            Revision = entity.Revision,
        };
    }

    public DecisionForm WithRevision(int revision) => this with { Revision = revision };

    public Decision Create()
    {
        var decision = new Decision { Title = "", Slug = "" };
        ApplyTo(decision);
        return decision;
    }

    public void ApplyTo(Decision entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        entity.CouncilId = CouncilId ?? entity.CouncilId;
        entity.Title = FormText.Required(Title);
        if (entity.State == PublicationState.Draft)
        {
            // The slug is part of public URLs: fixed once published.
            entity.Slug = Slugs.From(entity.Title);
        }

        entity.DecisionMaker = FormText.Clean(DecisionMaker);
        entity.MakerBodyId = MakerBodyId;
        entity.Status = FormText.Clean(Status);
        entity.IsKeyDecision = IsKeyDecision;
        entity.IsSubjectToCallIn = IsSubjectToCallIn;
        entity.DecisionDate = FormText.DateValue(DecisionDate);
        entity.Purpose = FormText.Clean(Purpose);
        entity.DecisionText = FormText.Clean(DecisionText);
        entity.Reasons = FormText.Clean(Reasons);
        entity.AlternativesConsidered = FormText.Clean(AlternativesConsidered);
        entity.ConflictsOfInterest = FormText.Clean(ConflictsOfInterest);
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        FormText.Date(DecisionDate, nameof(DecisionDate), "Date of decision", required: false);
}

public sealed record AgendaItemForm : IEntityForm<AgendaItem, AgendaItemForm>
{
    [Display(Name = "Council")]
    [Required(ErrorMessage = "Select the council")]
    public int? CouncilId { get; init; }

    [Display(Name = "Meeting")]
    public int? MeetingId { get; init; }

    [Display(Name = "Item number")]
    [StringLength(20, ErrorMessage = "Item number must be 20 characters or fewer")]
    public string? Number { get; init; }

    [Display(Name = "Title")]
    [Required(ErrorMessage = "Enter the title of the item")]
    [StringLength(1000, ErrorMessage = "Title must be 1,000 characters or fewer")]
    public string? Title { get; init; }

    [Display(Name = "Summary")]
    [Markdown]
    [StringLength(FormText.LongText, ErrorMessage = "Summary must be 20,000 characters or fewer")]
    public string? Summary { get; init; }

    [Display(Name = "Report reference")]
    [StringLength(200, ErrorMessage = "Report reference must be 200 characters or fewer")]
    public string? ReportReference { get; init; }

    [Display(Name = "Forward plan reference")]
    [StringLength(100, ErrorMessage = "Forward plan reference must be 100 characters or fewer")]
    public string? ForwardPlanReference { get; init; }

    [Display(Name = "Key decision")]
    public bool? IsKeyDecision { get; init; }

    [Display(Name = "Exempt (not for publication)")]
    public bool IsExempt { get; init; }

    [Display(Name = "Lead member")]
    public int? LeadMemberId { get; init; }

    [Display(Name = "Contact officer")]
    public int? ContactOfficerId { get; init; }

    public int Revision { get; init; }

    public static AgendaItemForm From(AgendaItem entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new AgendaItemForm
        {
            CouncilId = entity.CouncilId, MeetingId = entity.MeetingId, Number = entity.Number, Title = entity.Title, Summary = entity.Summary,
            ReportReference = entity.ReportReference, ForwardPlanReference = entity.ForwardPlanReference, IsKeyDecision = entity.IsKeyDecision,
            IsExempt = entity.IsExempt, LeadMemberId = entity.LeadMemberId, ContactOfficerId = entity.ContactOfficerId, Revision = entity.Revision,
        };
    }

    public AgendaItemForm WithRevision(int revision) => this with { Revision = revision };

    public AgendaItem Create()
    {
        var item = new AgendaItem { Title = "" };
        ApplyTo(item);
        return item;
    }

    public void ApplyTo(AgendaItem entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        entity.CouncilId = CouncilId ?? entity.CouncilId;
        entity.MeetingId = MeetingId;
        entity.Number = FormText.Clean(Number);
        entity.Position = int.TryParse(new string([.. (Number ?? "").TakeWhile(char.IsAsciiDigit)]), NumberStyles.None, CultureInfo.InvariantCulture, out var position) ? position : entity.Position;
        entity.Title = FormText.Required(Title);
        entity.Summary = FormText.Clean(Summary);
        entity.ReportReference = FormText.Clean(ReportReference);
        entity.ForwardPlanReference = FormText.Clean(ForwardPlanReference);
        entity.IsKeyDecision = IsKeyDecision;
        entity.IsExempt = IsExempt;
        entity.LeadMemberId = LeadMemberId;
        entity.ContactOfficerId = ContactOfficerId;
    }
}

public sealed record MeetingForm : IEntityForm<Meeting, MeetingForm>, IValidatableObject
{
    [Display(Name = "Body")]
    [Required(ErrorMessage = "Select the committee or body")]
    public int? BodyId { get; init; }

    [Display(Name = "Date")]
    public DateParts Date { get; init; } = new();

    [Display(Name = "Start time")]
    [RegularExpression(@"^([01]?\d|2[0-3]):[0-5]\d$", ErrorMessage = "Enter the start time as hours and minutes, like 18:30")]
    public string? StartTime { get; init; }

    [Display(Name = "Status")]
    public MeetingStatus Status { get; init; } = MeetingStatus.Held;

    [Display(Name = "Location")]
    [StringLength(300, ErrorMessage = "Location must be 300 characters or fewer")]
    public string? Location { get; init; }

    public int Revision { get; init; }

    public static MeetingForm From(Meeting entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new MeetingForm
        {
            BodyId = entity.BodyId, Date = DateParts.From(entity.Date), Status = entity.Status, Location = entity.Location,
            StartTime = entity.StartTime?.ToString("HH:mm", CultureInfo.InvariantCulture), Revision = entity.Revision,
        };
    }

    public MeetingForm WithRevision(int revision) => this with { Revision = revision };

    public Meeting Create()
    {
        var meeting = new Meeting();
        ApplyTo(meeting);
        return meeting;
    }

    public void ApplyTo(Meeting entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        entity.BodyId = BodyId ?? entity.BodyId;
        entity.Date = FormText.DateValue(Date) ?? entity.Date;
        entity.StartTime = TimeOnly.TryParseExact(StartTime, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;
        entity.Status = Status;
        entity.Location = FormText.Clean(Location);
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        FormText.Date(Date, nameof(Date), "Meeting date", required: true);
}

public sealed record CouncilForm : IEntityForm<Council, CouncilForm>
{
    [Display(Name = "Name")]
    [Required(ErrorMessage = "Enter the council's name")]
    [StringLength(300, ErrorMessage = "Name must be 300 characters or fewer")]
    public string? Name { get; init; }

    [Display(Name = "Website")]
    [Url(ErrorMessage = "Enter the website address in the correct format, like https://www.example.gov.uk")]
    [StringLength(500, ErrorMessage = "Website must be 500 characters or fewer")]
    public string? Website { get; init; }

    public int Revision { get; init; }

    public static CouncilForm From(Council entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new CouncilForm { Name = entity.Name, Website = entity.Website, Revision = entity.Revision };
    }

    public CouncilForm WithRevision(int revision) => this with { Revision = revision };

    public Council Create() => new() { Name = FormText.Required(Name), Slug = Slugs.From(FormText.Required(Name)), Website = FormText.Clean(Website) };

    public void ApplyTo(Council entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        entity.Name = FormText.Required(Name);
        entity.Website = FormText.Clean(Website);
    }
}

public sealed record BodyForm : IEntityForm<Body, BodyForm>
{
    [Display(Name = "Council")]
    [Required(ErrorMessage = "Select the council")]
    public int? CouncilId { get; init; }

    [Display(Name = "Name")]
    [Required(ErrorMessage = "Enter the name of the committee or body")]
    [StringLength(300, ErrorMessage = "Name must be 300 characters or fewer")]
    public string? Name { get; init; }

    [Display(Name = "Kind")]
    public BodyKind Kind { get; init; }

    public int Revision { get; init; }

    public static BodyForm From(Body entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new BodyForm { CouncilId = entity.CouncilId, Name = entity.Name, Kind = entity.Kind, Revision = entity.Revision };
    }

    public BodyForm WithRevision(int revision) => this with { Revision = revision };

    public Body Create()
    {
        var body = new Body { Name = "", Slug = Slugs.From(FormText.Required(Name)) };
        ApplyTo(body);
        return body;
    }

    public void ApplyTo(Body entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        entity.CouncilId = CouncilId ?? entity.CouncilId;
        entity.Name = FormText.Required(Name);
        entity.Kind = Kind;
    }
}

public sealed record PersonForm : IEntityForm<Person, PersonForm>
{
    [Display(Name = "Council")]
    [Required(ErrorMessage = "Select the council")]
    public int? CouncilId { get; init; }

    [Display(Name = "Name")]
    [Required(ErrorMessage = "Enter the person's name")]
    [StringLength(300, ErrorMessage = "Name must be 300 characters or fewer")]
    public string? Name { get; init; }

    [Display(Name = "Councillor or officer")]
    public PersonKind Kind { get; init; }

    public int Revision { get; init; }

    public static PersonForm From(Person entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new PersonForm { CouncilId = entity.CouncilId, Name = entity.Name, Kind = entity.Kind, Revision = entity.Revision };
    }

    public PersonForm WithRevision(int revision) => this with { Revision = revision };

    public Person Create()
    {
        var person = new Person { Name = "", Slug = Slugs.From(FormText.Required(Name)) };
        ApplyTo(person);
        return person;
    }

    public void ApplyTo(Person entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        entity.CouncilId = CouncilId ?? entity.CouncilId;
        entity.Name = FormText.Required(Name);
        entity.Kind = Kind;
    }
}

/// <summary>A resolution, recommendation, scrutiny comment or minute paragraph.</summary>
public sealed record PartForm
{
    [Display(Name = "Label")]
    [StringLength(20, ErrorMessage = "Label must be 20 characters or fewer")]
    public string? Label { get; init; }

    [Display(Name = "Text")]
    [Markdown]
    [Required(ErrorMessage = "Enter the text")]
    [StringLength(FormText.LongText, ErrorMessage = "Text must be 20,000 characters or fewer")]
    public string? Text { get; init; }

    [Display(Name = "Comment or response")]
    public ScrutinyCommentKind ScrutinyKind { get; init; }

    public int Revision { get; init; }
}
