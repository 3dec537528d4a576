using CouncilDecisions.Data;
using CouncilDecisions.Domain;
using CouncilDecisions.Web.Features.Common;
using Microsoft.EntityFrameworkCore;

namespace CouncilDecisions.Web.Features.Decisions;

public sealed class DecisionQueries(DecisionsDbContext db)
{
    public async Task<DecisionDetails?> FindAsync(int id, CancellationToken cancellationToken)
    {
        var details = await Query(id).SingleOrDefaultAsync(cancellationToken);

        // Pages often print each resolution inside the decision text as well; show it once, in the list.
        return details is null ? null : details with
        {
            DecisionText = DecisionTexts.WithoutResolutions(details.DecisionText, details.Resolutions.Select(r => (r.Label, r.Text))),
        };
    }

    private IQueryable<DecisionDetails> Query(int id) =>
        db.Decisions.Visible().Where(d => d.Id == id)
            .AsSplitQuery()
            .Select(d => new DecisionDetails
            {
                Id = d.Id,
                Title = d.Title,
                Slug = d.Slug,
                CouncilName = d.Council.Name,
                CouncilSlug = d.Council.Slug,
                DecisionMaker = d.DecisionMaker,
                MakerBodyId = d.MakerBodyId,
                MakerBodyName = d.MakerBody != null ? d.MakerBody.Name : null,
                Status = d.Status,
                IsKeyDecision = d.IsKeyDecision,
                IsSubjectToCallIn = d.IsSubjectToCallIn,
                CallInStatus = d.CallInStatus,
                CallInDeadline = d.CallInDeadline,
                Purpose = d.Purpose,
                DecisionText = d.DecisionText,
                Reasons = d.Reasons,
                AlternativesConsidered = d.AlternativesConsidered,
                ConflictsOfInterest = d.ConflictsOfInterest,
                DecisionDate = d.DecisionDate,
                PublicationDate = d.PublicationDate,
                State = d.State,
                WithdrawnReason = d.WithdrawnReason,
                SupersededBy = d.SupersededBy != null && d.SupersededBy.State != PublicationState.Draft
                    ? new DecisionLink(d.SupersededBy.Id, d.SupersededBy.Title, d.SupersededBy.Slug)
                    : null,
                AgendaItem = d.AgendaItem != null && d.AgendaItem.State != PublicationState.Draft
                        && (d.AgendaItem.Meeting == null || d.AgendaItem.Meeting.State != PublicationState.Draft)
                    ? new DecisionItemLink(d.AgendaItem.Id, d.AgendaItem.Title, d.AgendaItem.MeetingId,
                        d.AgendaItem.Meeting != null ? d.AgendaItem.Meeting.Date : null, d.AgendaItem.Meeting != null ? d.AgendaItem.Meeting.Body.Name : null)
                    : null,
                Resolutions = d.Resolutions.OrderBy(r => r.Position).Select(r => new LabelledText(r.Label, r.Text)).ToList(),
                Scrutiny = d.ScrutinyComments.OrderBy(s => s.Position)
                    .Select(s => new ScrutinyView(s.Kind, new LabelledText(s.Label, s.Text))).ToList(),
                Extras = d.Extras.OrderBy(e => e.Position).Select(e => new FieldRow(e.Label, e.Value)).ToList(),
                People = d.PersonLinks.OrderBy(l => l.Id)
                    .Select(l => new PersonRoleView(l.PersonId, l.Person.Name, l.Person.Slug, l.Role, l.Title, l.Time)).ToList(),
                Source = d.SourceDocument != null ? new SourceView(d.SourceDocument.FileName, d.SourceDocument.ImportedUtc, d.SourceDocument.Text) : null,
            });
}
