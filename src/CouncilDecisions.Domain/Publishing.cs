namespace CouncilDecisions.Domain;

/// <summary>
/// Draft → published → withdrawn or superseded. A published record is never deleted: it is withdrawn or
/// superseded with a reason the public page keeps showing.
/// </summary>
public static class Publishing
{
    public const int ReasonMaxLength = 2000;

    public static void Publish(PublishableEntity record, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.State != PublicationState.Draft)
        {
            throw new InvalidOperationException("Only a draft can be published.");
        }

        record.State = PublicationState.Published;
        record.PublishedUtc = nowUtc;
    }

    /// <summary>
    /// Publishes a decision on <paramref name="today"/> (a UK date): records the publication date and, when
    /// it is subject to call-in, opens the call-in period with its deadline.
    /// </summary>
    public static void PublishDecision(Decision decision, DateTime nowUtc, DateOnly today, int callInWorkingDays, WorkingDays calendar)
    {
        ArgumentNullException.ThrowIfNull(decision);
        Publish(decision, nowUtc);
        decision.PublicationDate = today;
        if (decision.IsSubjectToCallIn == true)
        {
            decision.CallInStatus = CallInStatus.Open;
            decision.CallInDeadline = CallIn.DeadlineFor(today, callInWorkingDays, calendar);
        }
        else
        {
            decision.CallInStatus = CallInStatus.None;
            decision.CallInDeadline = null;
        }
    }

    public static void Withdraw(PublishableEntity record, string reason, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(record);
        RequirePublished(record, reason);
        record.State = PublicationState.Withdrawn;
        record.WithdrawnUtc = nowUtc;
        record.WithdrawnReason = reason.Trim();
    }

    public static void Supersede(Decision decision, Decision replacement, string reason, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(replacement);
        RequirePublished(decision, reason);
        if (replacement.Id == decision.Id || replacement.State is PublicationState.Withdrawn or PublicationState.Superseded)
        {
            throw new InvalidOperationException("A decision can only be superseded by another current decision.");
        }

        decision.State = PublicationState.Superseded;
        decision.WithdrawnUtc = nowUtc;
        decision.WithdrawnReason = reason.Trim();
        decision.SupersededById = replacement.Id;
    }

    private static void RequirePublished(PublishableEntity record, string reason)
    {
        if (record.State != PublicationState.Published)
        {
            throw new InvalidOperationException("Only a published record can be withdrawn or superseded.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException("A reason is required.", nameof(reason));
        }
    }
}
