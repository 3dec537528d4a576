using CouncilDecisions.Domain;

namespace CouncilDecisions.UnitTests.Domain;

/// <summary>Expected dates counted by hand on a calendar; the bank holidays are gov.uk's for England and Wales.</summary>
public sealed class WorkingDaysTests
{
    private static readonly WorkingDays Calendar = GovUkBankHolidays.Calendar;

    [Theory]
    // Christmas and Boxing Day 2025 (Thu, Fri), then a weekend: Mon 22, Tue 23, Wed 24, Mon 29, Tue 30.
    [InlineData("2025-12-19", "2025-12-30")]
    // Easter 2025: Good Friday 18 April, Easter Monday 21 April.
    [InlineData("2025-04-17", "2025-04-28")]
    // Christmas 2021 fell on a Saturday: substitute days Mon 27 and Tue 28 December, and New Year's Day
    // 2022 (a Saturday) was observed on Mon 3 January: Wed 29, Thu 30, Fri 31, Tue 4, Wed 5.
    [InlineData("2021-12-24", "2022-01-05")]
    // Boxing Day 2026 is a Saturday: substitute Mon 28 December; New Year's Day 2027 is a Friday.
    [InlineData("2026-12-23", "2027-01-04")]
    // An ordinary week: Thu 3, Fri 4, Mon 7, Tue 8, Wed 9.
    [InlineData("2025-07-02", "2025-07-09")]
    // Published on a Saturday: the count starts on Monday.
    [InlineData("2025-07-05", "2025-07-11")]
    // The 2023 coronation bank holiday (Mon 8 May) after the early May bank holiday (Mon 1 May): Tue 2, Wed 3, Thu 4, Fri 5, Tue 9.
    [InlineData("2023-04-28", "2023-05-09")]
    public void Five_working_days_after_publication_skip_weekends_and_bank_holidays(string published, string deadline) =>
        Assert.Equal(DateOnly.Parse(deadline, System.Globalization.CultureInfo.InvariantCulture),
            CallIn.DeadlineFor(DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), 5, Calendar));

    [Theory]
    [InlineData("2016-12-27", true)]  // Christmas Day substitute (Christmas on a Sunday)
    [InlineData("2020-05-08", true)]  // VE day: the early May bank holiday moved to a Friday
    [InlineData("2020-05-04", false)] // ... so the first Monday of May 2020 was a working day
    [InlineData("2022-09-19", true)]  // State funeral of Queen Elizabeth II
    [InlineData("2022-06-03", true)]  // Platinum Jubilee
    [InlineData("2030-08-26", true)]  // Summer bank holiday, last Monday of August
    [InlineData("2024-03-29", true)]  // Good Friday
    public void Bank_holidays_include_substitute_and_one_off_days(string date, bool holiday) =>
        Assert.Equal(holiday, Calendar.IsBankHoliday(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Weekends_are_not_working_days() =>
        Assert.Equal([false, false, true], new[] { new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 2), new DateOnly(2025, 3, 3) }.Select(Calendar.IsWorkingDay));

    [Fact]
    public void A_calendar_covers_whole_years_and_refuses_to_count_beyond_them()
    {
        Assert.Equal(new DateOnly(2015, 1, 1), Calendar.First);
        Assert.Equal(new DateOnly(2030, 12, 31), Calendar.Last);
        Assert.Throws<InvalidOperationException>(() => Calendar.AddWorkingDays(new DateOnly(2030, 12, 27), 5));
    }
}

public sealed class CallInTests
{
    private static readonly DateOnly Deadline = new(2025, 12, 30);

    [Fact]
    public void An_open_call_in_expires_the_day_after_its_deadline()
    {
        Assert.Equal(CallInStatus.Open, CallIn.Effective(CallInStatus.Open, Deadline, Deadline));
        Assert.Equal(CallInStatus.Expired, CallIn.Effective(CallInStatus.Open, Deadline, Deadline.AddDays(1)));
        Assert.Equal(CallInStatus.Requested, CallIn.Effective(CallInStatus.Requested, Deadline, Deadline.AddDays(10)));
    }

    [Fact]
    public void Call_in_moves_follow_the_rules()
    {
        Assert.Equal([CallInStatus.Requested], CallIn.AllowedMoves(CallInStatus.Open, Deadline, Deadline));
        Assert.Equal([CallInStatus.Expired], CallIn.AllowedMoves(CallInStatus.Open, Deadline, Deadline.AddDays(1)));
        Assert.Equal([CallInStatus.Upheld, CallInStatus.Rejected], CallIn.AllowedMoves(CallInStatus.Requested, Deadline, Deadline));
        Assert.Empty(CallIn.AllowedMoves(CallInStatus.None, null, Deadline));
        Assert.Empty(CallIn.AllowedMoves(CallInStatus.Upheld, Deadline, Deadline));
        Assert.False(CallIn.CanMove(CallInStatus.Open, CallInStatus.Upheld, Deadline, Deadline));
    }

    [Fact]
    public void Publishing_opens_call_in_only_for_decisions_subject_to_it()
    {
        var subject = new Decision { Title = "A", Slug = "a", IsSubjectToCallIn = true };
        var notSubject = new Decision { Title = "B", Slug = "b", IsSubjectToCallIn = false };
        var now = new DateTime(2025, 12, 19, 10, 0, 0, DateTimeKind.Utc);
        Publishing.PublishDecision(subject, now, new DateOnly(2025, 12, 19), 5, GovUkBankHolidays.Calendar);
        Publishing.PublishDecision(notSubject, now, new DateOnly(2025, 12, 19), 5, GovUkBankHolidays.Calendar);
        Assert.Equal((PublicationState.Published, CallInStatus.Open, (DateOnly?)new DateOnly(2025, 12, 30)), (subject.State, subject.CallInStatus, subject.CallInDeadline));
        Assert.Equal((CallInStatus.None, (DateOnly?)null), (notSubject.CallInStatus, notSubject.CallInDeadline));
        Assert.Throws<InvalidOperationException>(() => Publishing.Publish(subject, now));
        Assert.Throws<ArgumentException>(() => Publishing.Withdraw(subject, " ", now));
    }
}
