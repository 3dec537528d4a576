using CouncilDecisions.Data;
using CouncilDecisions.Domain;
using CouncilDecisions.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CouncilDecisions.Web.Features.Workspace;

/// <summary>Publishing, withdrawing, superseding and the call-in moves, each saved with history.</summary>
public sealed class DecisionWorkflow(DecisionsDbContext db, RecordEditor editor, IOptions<CallInOptions> options, WorkingDays calendar)
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>Today's date in the UK.</summary>
    public DateOnly UkToday() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(db.Clock.GetUtcNow(), London).DateTime);

    /// <summary>
    /// Publishes a draft decision (and its draft agenda item and meeting, which its public page links to):
    /// publication date today, and the call-in period opened when it is subject to call-in.
    /// </summary>
    public async Task<EditResult> PublishAsync(int id, int revision, Actor actor, CancellationToken cancellationToken)
    {
        var decision = await db.Decisions.Include(d => d.AgendaItem).ThenInclude(a => a!.Meeting).FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (decision is null)
        {
            return EditResult.NotFound;
        }

        if (decision.State != PublicationState.Draft)
        {
            return new EditResult(EditStatus.NotAllowed, id, Message: "Only a draft can be published.");
        }

        var now = db.Clock.GetUtcNow().UtcDateTime;
        var today = UkToday();
        return await editor.SaveAsync<Decision>(decision, revision, d =>
        {
            Publishing.PublishDecision(d, now, today, options.Value.WorkingDays, calendar);
            if (d.AgendaItem is { State: PublicationState.Draft } item)
            {
                Publishing.Publish(item, now);
                if (item.Meeting is { State: PublicationState.Draft } meeting)
                {
                    Publishing.Publish(meeting, now);
                }
            }
        }, actor, ChangeKind.Published, "Published", StateRows<Decision>(PublicationState.Published), cancellationToken);
    }

    /// <summary>Publishes a draft agenda item or meeting.</summary>
    public async Task<EditResult> PublishAsync<TEntity>(int id, int revision, Actor actor, CancellationToken cancellationToken)
        where TEntity : PublishableEntity
    {
        var record = await db.Set<TEntity>().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (record is null)
        {
            return EditResult.NotFound;
        }

        if (record.State != PublicationState.Draft)
        {
            return new EditResult(EditStatus.NotAllowed, id, Message: "Only a draft can be published.");
        }

        var now = db.Clock.GetUtcNow().UtcDateTime;
        return await editor.SaveAsync<TEntity>(record, revision, r => Publishing.Publish(r, now), actor, ChangeKind.Published, "Published",
            StateRows<TEntity>(PublicationState.Published), cancellationToken);
    }

    public async Task<EditResult> WithdrawAsync<TEntity>(int id, int revision, string reason, Actor actor, CancellationToken cancellationToken)
        where TEntity : PublishableEntity
    {
        var record = await db.Set<TEntity>().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (record is null)
        {
            return EditResult.NotFound;
        }

        if (record.State != PublicationState.Published)
        {
            return new EditResult(EditStatus.NotAllowed, id, Message: "Only a published record can be withdrawn.");
        }

        var now = db.Clock.GetUtcNow().UtcDateTime;
        return await editor.SaveAsync<TEntity>(record, revision, r => Publishing.Withdraw(r, reason, now), actor, ChangeKind.Withdrawn,
            "Withdrawn: " + reason.Trim(), StateRows<TEntity>(PublicationState.Withdrawn), cancellationToken);
    }

    public async Task<EditResult> SupersedeAsync(int id, int revision, int replacementId, string reason, Actor actor, CancellationToken cancellationToken)
    {
        var decision = await db.Decisions.FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        var replacement = await db.Decisions.FirstOrDefaultAsync(d => d.Id == replacementId, cancellationToken);
        if (decision is null)
        {
            return EditResult.NotFound;
        }

        if (decision.State != PublicationState.Published || replacement is null || replacement.Id == id
            || replacement.State != PublicationState.Published || replacement.CouncilId != decision.CouncilId)
        {
            return new EditResult(EditStatus.NotAllowed, id, Message: "Only a published decision can be superseded, by another published decision of the same council.");
        }

        var now = db.Clock.GetUtcNow().UtcDateTime;
        return await editor.SaveAsync<Decision>(decision, revision, d => Publishing.Supersede(d, replacement, reason, now), actor, ChangeKind.Superseded,
            "Superseded by “" + replacement.Title + "”: " + reason.Trim(), StateRows<Decision>(PublicationState.Superseded), cancellationToken);
    }

    public async Task<EditResult> MoveCallInAsync(int id, int revision, CallInStatus to, Actor actor, CancellationToken cancellationToken)
    {
        var decision = await db.Decisions.FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (decision is null)
        {
            return EditResult.NotFound;
        }

        if (!CallIn.CanMove(decision.CallInStatus, to, decision.CallInDeadline, UkToday()))
        {
            return new EditResult(EditStatus.NotAllowed, id, Message: "The call-in status cannot move from “" + CallIn.Describe(decision.CallInStatus) + "” to “" + CallIn.Describe(to) + "”.");
        }

        return await editor.SaveAsync(decision, revision, d => d.CallInStatus = to, actor, ChangeKind.Updated, CallIn.Describe(to),
            current => [new ConflictRow("Call-in", CallIn.Describe(to), CallIn.Describe(current.CallInStatus))], cancellationToken);
    }

    private static Func<T, IReadOnlyList<ConflictRow>> StateRows<T>(PublicationState wanted)
        where T : PublishableEntity =>
        current => [new ConflictRow("State", wanted.ToString(), current.State.ToString())];
}
