using CouncilDecisions.Data;
using CouncilDecisions.Domain;
using CouncilDecisions.Web.Features.Common;
using CouncilDecisions.Web.Infrastructure;
using Microsoft.AspNetCore.Html;
using Microsoft.EntityFrameworkCore;

namespace CouncilDecisions.Web.Features.Items;

/// <summary>Everything recorded against one agenda item; the meeting, item and issue pages all show it.</summary>
public sealed record AgendaItemContent
{
    public required int Id { get; init; }

    public string? Number { get; init; }

    public int Position { get; init; }

    public required string Title { get; init; }

    public string? Summary { get; init; }

    public bool IsExempt { get; init; }

    public bool? IsKeyDecision { get; init; }

    public string? ReportReference { get; init; }

    public string? ForwardPlanReference { get; init; }

    public required PublicationState State { get; init; }

    public string? WithdrawnReason { get; init; }

    /// <summary>Null when the source did not say which meeting considered the item.</summary>
    public required int? MeetingId { get; init; }

    public required DateOnly? MeetingDate { get; init; }

    public required string? BodyName { get; init; }

    public required IReadOnlyList<LabelledText> Recommendations { get; init; }

    public required IReadOnlyList<LabelledText> Minutes { get; init; }

    public required IReadOnlyList<DecisionBrief> Decisions { get; init; }

    public required IReadOnlyList<VoteView> Votes { get; init; }

    public required IReadOnlyList<PersonRoleView> People { get; init; }

    public required IReadOnlyList<FieldRow> Extras { get; init; }

    public PersonRoleView? ContactOfficer { get; init; }

    public PersonRoleView? LeadMember { get; init; }

    /// <summary>Everyone named on the item, the contact officer and lead member included once.</summary>
    public IReadOnlyList<PersonRoleView> AllPeople
    {
        get
        {
            var all = new List<PersonRoleView>();
            foreach (var extra in new[] { LeadMember, ContactOfficer })
            {
                if (extra is not null && !People.Any(p => p.PersonId == extra.PersonId && p.Role == extra.Role))
                {
                    all.Add(extra);
                }
            }

            all.AddRange(People);
            return all;
        }
    }

    public string Href => Paths.Item(Id);

    public string Heading => string.IsNullOrEmpty(Number) ? Title : $"{Number} {Title}";

    public StateNotice Notice => new(State, WithdrawnReason);
}

// Text is the decision as printed, shown when it has no separate resolutions ("Recommendations agreed.").
public sealed record DecisionBrief(int Id, string Title, string Slug, PublicationState State, string? Status, string? Text, IReadOnlyList<LabelledText> Resolutions)
{
    public string Href => Paths.Decision(Id, Slug);
}

public sealed record VoteView(VoteOutcome? Outcome, bool? Unanimous, int? For, int? Against, int? Abstained, IReadOnlyList<PersonRoleView> People)
{
    public string Summary
    {
        get
        {
            var parts = new List<string>();
            if (Outcome is { } outcome)
            {
                parts.Add(outcome == VoteOutcome.Carried ? "Carried" : "Lost");
            }

            if (Unanimous == true)
            {
                parts.Add("unanimously");
            }

            if (For is not null || Against is not null || Abstained is not null)
            {
                parts.Add($"({For ?? 0} for, {Against ?? 0} against, {Abstained ?? 0} abstained)");
            }

            return parts.Count == 0 ? "Vote recorded" : string.Join(' ', parts);
        }
    }

    /// <summary>": Moved by <a>Orson</a>; Seconded by <a>Greenow</a>", built here so no stray whitespace lands before the separators.</summary>
    public IHtmlContent PeopleHtml()
    {
        var html = new HtmlContentBuilder();
        for (var i = 0; i < People.Count; i++)
        {
            var person = People[i];
            html.Append(i == 0 ? ": " : "; ").Append(person.RoleText + " by ")
                .AppendHtml("<a class=\"govuk-link\" href=\"").Append(person.Href).AppendHtml("\">").Append(person.Name).AppendHtml("</a>");
        }

        return html;
    }
}

/// <summary>Loads <see cref="AgendaItemContent"/> for the public agenda items a page shows.</summary>
public static class AgendaItemContentQuery
{
    public static Task<List<AgendaItemContent>> LoadAsync(IQueryable<AgendaItem> items, CancellationToken cancellationToken) =>
        items.Visible()
            .Where(a => a.Meeting == null || a.Meeting.State != PublicationState.Draft)
            .AsSplitQuery()
            .Select(a => new AgendaItemContent
            {
                Id = a.Id,
                Number = a.Number,
                Position = a.Position,
                Title = a.Title,
                Summary = a.Summary,
                IsExempt = a.IsExempt,
                IsKeyDecision = a.IsKeyDecision,
                ReportReference = a.ReportReference,
                ForwardPlanReference = a.ForwardPlanReference,
                State = a.State,
                WithdrawnReason = a.WithdrawnReason,
                MeetingId = a.MeetingId,
                MeetingDate = a.Meeting != null ? a.Meeting.Date : null,
                BodyName = a.Meeting != null ? a.Meeting.Body.Name : null,
                Recommendations = a.Recommendations.OrderBy(r => r.Position).Select(r => new LabelledText(r.Label, r.Text)).ToList(),
                Minutes = a.Minutes.OrderBy(m => m.Position).Select(m => new LabelledText(m.Number, m.Text)).ToList(),
                Decisions = a.Decisions.Where(d => d.State != PublicationState.Draft).OrderBy(d => d.Id)
                    .Select(d => new DecisionBrief(d.Id, d.Title, d.Slug, d.State, d.Status, d.DecisionText,
                        d.Resolutions.OrderBy(r => r.Position).Select(r => new LabelledText(r.Label, r.Text)).ToList()))
                    .ToList(),
                Votes = a.Votes.OrderBy(v => v.Position)
                    .Select(v => new VoteView(v.Outcome, v.Unanimous, v.For, v.Against, v.Abstained,
                        v.PersonLinks.AsQueryable().OrderBy(l => l.Role).ThenBy(l => l.Id)
                            .Select(PersonRoleView.FromLink).ToList()))
                    .ToList(),
                People = a.PersonLinks.AsQueryable().Where(l => l.VoteId == null).OrderBy(l => l.Id)
                    .Select(PersonRoleView.FromLink).ToList(),
                Extras = a.Extras.OrderBy(e => e.Position).Select(e => new FieldRow(e.Label, e.Value)).ToList(),
                ContactOfficer = a.ContactOfficer == null ? null
                    : new PersonRoleView(a.ContactOfficer.Id, a.ContactOfficer.Name, a.ContactOfficer.Slug, PersonRole.ContactOfficer, null, null),
                LeadMember = a.LeadMember == null ? null
                    : new PersonRoleView(a.LeadMember.Id, a.LeadMember.Name, a.LeadMember.Slug, PersonRole.LeadMember, null, null),
            })
            .ToListAsync(cancellationToken);
}
