namespace CouncilDecisions.Domain;

/// <summary>
/// The call-in rules: a published decision subject to call-in is open until its deadline; a call-in may be
/// requested while open, then upheld (referred back to the decision maker) or rejected; an open call-in period
/// that passes without a request expires.
/// </summary>
public static class CallIn
{
    public const int DefaultWorkingDays = 5;

    /// <summary>The deadline for a decision published on <paramref name="publicationDate"/>.</summary>
    public static DateOnly DeadlineFor(DateOnly publicationDate, int workingDays, WorkingDays calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.AddWorkingDays(publicationDate, workingDays);
    }

    /// <summary>The status as it stands on <paramref name="today"/>: an open period past its deadline has expired.</summary>
    public static CallInStatus Effective(CallInStatus status, DateOnly? deadline, DateOnly today) =>
        status == CallInStatus.Open && deadline is { } d && today > d ? CallInStatus.Expired : status;

    /// <summary>The statuses an officer may move a decision to from <paramref name="status"/> on <paramref name="today"/>.</summary>
    public static IReadOnlyList<CallInStatus> AllowedMoves(CallInStatus status, DateOnly? deadline, DateOnly today) =>
        Effective(status, deadline, today) switch
        {
            CallInStatus.Open => [CallInStatus.Requested],
            CallInStatus.Expired when status == CallInStatus.Open => [CallInStatus.Expired],
            CallInStatus.Requested => [CallInStatus.Upheld, CallInStatus.Rejected],
            _ => [],
        };

    public static bool CanMove(CallInStatus from, CallInStatus to, DateOnly? deadline, DateOnly today) =>
        AllowedMoves(from, deadline, today).Contains(to);

    /// <summary>Words for the status, as the public and officers read it.</summary>
    public static string Describe(CallInStatus status) => status switch
    {
        CallInStatus.None => "Not subject to call-in",
        CallInStatus.Open => "Open for call-in",
        CallInStatus.Requested => "Call-in requested",
        CallInStatus.Upheld => "Call-in upheld: referred back to the decision maker",
        CallInStatus.Rejected => "Call-in rejected",
        CallInStatus.Expired => "Call-in period ended",
        _ => status.ToString(),
    };
}
