using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace CouncilDecisions.Importer.Parsing;

/// <summary>What one paragraph says about a vote.</summary>
internal sealed record VoteEvidence(
    string? MovedBy, string? SecondedBy, VoteOutcome? Outcome, bool? Unanimous, int? For, int? Against, int? Abstained)
{
    public bool HasMotion => MovedBy is not null || SecondedBy is not null;

    public bool HasResult => Outcome is not null || Unanimous is not null || For is not null || Against is not null || Abstained is not null;
}

/// <summary>Finds movers, seconders, unanimous votes, outcomes and counts.</summary>
internal static partial class VoteFinder
{
    private static readonly SearchValues<string> Keywords = SearchValues.Create(
        ["moved", "proposed", "seconded", "nanimous", "carried", "passed", "lost", "defeated", "fell", "rejected", "against", "abstain", "abstention", "not agreed", " vote", "majority"],
        StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> OutcomeWords = SearchValues.Create(
        ["carried", "passed", "lost", "defeated", "fell", "rejected", "not agreed"], StringComparison.OrdinalIgnoreCase);

    // The honorifics of the patterns that name the member first ("Councillor Smith moved ...").
    private static readonly SearchValues<string> Honorifics = SearchValues.Create(["Councillor", "Cllr", "Cyng", "Alderman", "Mr ", "Mrs ", "Ms ", "Miss ", "Dr ", "Mr.", "Mrs.", "Dr."], StringComparison.Ordinal);

    // Small counts are often written out: "carried by 22 votes to one, with two abstentions".
    private static readonly string[] NumberWords =
        ["none", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    // "Cllr Mrs M E Sykes": a courtesy title after the honorific is not part of the name.
    private const string Honorific = @"(?:Councillor|Cllr\.?|Cyng\.?|Alderman) (?:(?:Mrs|Mr|Ms|Miss|Dr)\.? (?=[A-Z]))?";

    // Some county councils style their members "Mr R M Banks" with no honorific; only a member moves or seconds.
    private const string MemberStyle = "(?:" + Honorific + @"|(?:Mrs|Mr|Ms|Miss|Dr)\.? (?=[A-Z]))";

    // One to three capitalised words, stopping before "and" or the next honorific.
    // Initials may be dotted ("Councillor S. P. Douglas"); a sentence's full stop after the surname is trimmed.
    private const string MemberName = @"(?:[A-Z]\.(?= [A-Z])|[A-Z][\p{L}’'\-]*)(?: (?!(?:and|Councillor|Cllr|Seconded|Proposed|Moved)\b)(?:[A-Z]\.(?= [A-Z])|[A-Z][\p{L}’'\-]*)){0,3}";

    // A civic office moving or seconding from the chair: "moved by the Mayor, seconded by the Deputy Mayor".
    private const string Office = @"[Tt]he (?<o>(?:Lord |Deputy |Vice[- ])?(?:Mayor|Chair(?:man|woman)?|Leader(?: of the Council)?))\b";

    /// <summary>
    /// "The possibility of undertaking this work in-house was rejected as the team …": an option turned down for a reason
    /// given, with no motion or vote word in the sentence.
    /// </summary>
    public static bool RejectsAnOption(string text) =>
        text.AsSpan().IndexOf("rejected", StringComparison.Ordinal) is var at and >= 0
        && (text.AsSpan(at + 8).StartsWith(" as ", StringComparison.Ordinal) || text.AsSpan(at + 8).StartsWith(" because ", StringComparison.Ordinal)
            || text.AsSpan(at + 8).StartsWith(" since ", StringComparison.Ordinal) || text.AsSpan(at + 8).StartsWith(" on the grounds", StringComparison.Ordinal))
        && !text.Contains("motion", StringComparison.OrdinalIgnoreCase) && !text.Contains("amendment", StringComparison.OrdinalIgnoreCase)
        && !text.Contains(" vote", StringComparison.OrdinalIgnoreCase) && !text.Contains("recommendation", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads the vote evidence of a paragraph; null when there is none.</summary>
    public static VoteEvidence? Find(string text)
    {
        // "This was agreed by the Council.": a short result line without a vote word.
        if (text.Length > 10_000 || (!text.AsSpan().ContainsAny(Keywords) && !IsShortAgreedLine(text)))
        {
            return null;
        }

        string? mover = null, seconder = null;
        var motionWords = text.Contains("moved", StringComparison.OrdinalIgnoreCase) || text.Contains("proposed", StringComparison.OrdinalIgnoreCase)
            || text.Contains("seconded", StringComparison.OrdinalIgnoreCase);
        if (motionWords && text.Contains("supported by", StringComparison.Ordinal) && SupportedBy().Match(text) is { Success: true } supported)
        {
            // "Councillor X, supported by Councillor Y proposed …": Y seconds; the name before "proposed" is not the mover.
            mover = supported.Groups["m"].Value;
            seconder = supported.Groups["s"].Value;
        }
        else if (motionWords)
        {
            // Each pattern runs only when its own phrase is there: "moved by", an honorific before "moved" ...
            var honorific = text.AsSpan().ContainsAny(Honorifics);
            mover = (text.Contains("moved by", StringComparison.OrdinalIgnoreCase) || text.Contains("proposed by", StringComparison.OrdinalIgnoreCase)
                    ? Member(MovedBy().Match(text), "m") : null)
                ?? (honorific && (text.Contains(" moved", StringComparison.OrdinalIgnoreCase) || text.Contains(" proposed", StringComparison.OrdinalIgnoreCase))
                    ? Group(MoverFirst().Match(text), "m") : null)
                ?? OtherMover(text);
            seconder = (text.Contains("seconded by", StringComparison.OrdinalIgnoreCase) ? Member(SecondedBy().Match(text), "s") : null)
                ?? (honorific && text.Contains(" seconded", StringComparison.Ordinal) ? Group(SeconderFirst().Match(text), "s") : null);
        }

        if (mover is null && seconder is null && TryReadBareMotion(text, out var bareMover, out var bareSeconder))
        {
            mover = bareMover;
            seconder = bareSeconder;
        }

        var outcomeWords = text.AsSpan().ContainsAny(OutcomeWords);
        bool? unanimous = null;
        VoteOutcome? outcome = null;
        if (text.Contains("nanimous", StringComparison.Ordinal) && !text.Contains("not unanimous", StringComparison.OrdinalIgnoreCase)
            && !OnlyAnotherBodysUnanimity(text))
        {
            unanimous = true;
            outcome = VoteOutcome.Carried;
        }

        var stated = outcomeWords ? Outcome().Match(text) : Match.Empty;
        if (!stated.Success && outcomeWords && text.Contains("declared", StringComparison.OrdinalIgnoreCase))
        {
            // "the Mayor declared the proposition clearly carried".
            stated = DeclaredOutcome().Match(text);
        }

        if (stated.Success)
        {
            outcome = stated.Groups["o"].Value.ToLowerInvariant() is "carried" or "passed" ? VoteOutcome.Carried : VoteOutcome.Lost;
        }

        // "The amendment was not carried", "The change was not agreed": the vote was lost.
        if (outcomeWords && text.Contains(" not ", StringComparison.Ordinal) && NotCarried().Match(text) is { Success: true } notCarried
            && (!stated.Success || notCarried.Index < stated.Index))
        {
            outcome = VoteOutcome.Lost;
        }

        if (outcome is null && text.Contains("resolved", StringComparison.OrdinalIgnoreCase) && SecondedAndResolved().IsMatch(text))
        {
            // "It was MOVED, SECONDED and RESOLVED that …", "… seconded by Y and RESOLVED, that …": the motion was carried.
            outcome = VoteOutcome.Carried;
        }

        if (text.Contains(" a vote", StringComparison.Ordinal) && AgreedByVote().Match(text) is { Success: true } byVote)
        {
            // "The change in the order was not agreed following a vote."; "… was agreed without a vote."
            outcome = byVote.Groups["not"].Success ? VoteOutcome.Lost : VoteOutcome.Carried;
        }

        if (outcome is null && text.Contains("majority", StringComparison.Ordinal) && ByMajority().IsMatch(text))
        {
            // "RESOLVED, by majority vote, that …": carried, and not unanimously.
            outcome = VoteOutcome.Carried;
            unanimous = false;
        }

        if (outcome is null && (text.Contains("put to ", StringComparison.Ordinal) || IsShortAgreedLine(text))
            && AgreedResult().Match(text) is { Success: true } agreed)
        {
            // "… put to the vote where it was approved", "… agreed on being seconded and put to the vote", "This was agreed by the Council."
            outcome = agreed.Groups["not"].Success ? VoteOutcome.Lost : VoteOutcome.Carried;
        }

        int? votesFor = null, against = null, abstained = null;
        if (text.Contains("against", StringComparison.OrdinalIgnoreCase) || text.Contains("abstain", StringComparison.OrdinalIgnoreCase)
            || text.Contains("abstention", StringComparison.OrdinalIgnoreCase))
        {
            votesFor = Count(ForCount().Match(text));
            against = Count(AgainstCount().Match(text));
            abstained = Count(AbstainedCount().Match(text));
            if (new[] { votesFor, against, abstained }.Count(v => v is not null) < 2)
            {
                votesFor = against = abstained = null;
            }
        }

        if (votesFor is null && text.Contains(" votes to ", StringComparison.OrdinalIgnoreCase) && VotesTo().Match(text) is { Success: true } votesTo)
        {
            // "carried by 22 votes to one, with two abstentions".
            votesFor = Number(votesTo.Groups["a"].Value);
            against = Number(votesTo.Groups["b"].Value);
            abstained = Count(AbstainedCount().Match(text));
        }

        var evidence = new VoteEvidence(mover, seconder, outcome, unanimous, votesFor, against, abstained);
        return evidence.HasMotion || evidence.HasResult ? evidence : null;
    }

    /// <summary>
    /// "… the original decision was based on the unanimous recommendation from a cross party Task and Finish Group": the
    /// one "unanimous" describes another body's position, reported in the minute, not a vote at this meeting.
    /// </summary>
    private static bool OnlyAnotherBodysUnanimity(string text)
    {
        var at = text.IndexOf("nanimous", StringComparison.Ordinal);
        if (at < 5 || text.IndexOf("nanimous", at + 8, StringComparison.Ordinal) >= 0
            || !text.AsSpan(at - 5, 4).Equals("the ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var after = text.AsSpan(at + 8);
        foreach (var noun in (ReadOnlySpan<string>)[" recommendation of ", " recommendation from ", " recommendations of ", " recommendations from ", " view of ", " support of "])
        {
            if (after.StartsWith(noun, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsShortAgreedLine(string text) =>
        text.Length is > 20 and < 120 && text[0] == 'T' && text.Contains("ed by the ", StringComparison.Ordinal)
        && (text.Contains("agreed by the", StringComparison.Ordinal) || text.Contains("approved by the", StringComparison.Ordinal));

    /// <summary>
    /// "moved by Sir Michael Snyder, seconded by Jamie Ingham Clark and …": members named without an honorific, as some
    /// bodies print them. Only in this frame, both names two to four capitalised words with no office or role in them.
    /// </summary>
    public static bool TryReadBareMotion(string text, out string mover, out string seconder)
    {
        mover = seconder = string.Empty;
        if (!text.Contains("seconded by ", StringComparison.Ordinal) || text.Length > 10_000
            || BareMotion().Match(text) is not { Success: true } m
            || !PeopleFinder.IsBareMemberName(m.Groups["m"].Value) || !PeopleFinder.IsBareMemberName(m.Groups["s"].Value))
        {
            return false;
        }

        mover = m.Groups["m"].Value;
        seconder = m.Groups["s"].Value;
        return true;
    }

    /// <summary>A count printed on its own line ("For: 26", "Against – 32", "Abstentions: 0"), as a label would be.</summary>
    public static bool TryReadTallyLine(string paragraph, out char which, out int count)
    {
        which = ' ';
        count = 0;
        if (paragraph.Length is < 5 or > 24 || paragraph[0] is not ('F' or 'A') || !char.IsAsciiDigit(paragraph[^1]))
        {
            return false;
        }

        var m = TallyLine().Match(paragraph);
        if (!m.Success)
        {
            return false;
        }

        which = m.Groups["w"].Value[0] == 'F' ? 'F' : m.Groups["w"].Value.StartsWith("Ag", StringComparison.Ordinal) ? 'A' : 'B';
        count = int.Parse(m.Groups["n"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        return true;
    }

    private static int? Number(string value)
    {
        var at = value.Equals("nil", StringComparison.OrdinalIgnoreCase) ? 0 : Array.IndexOf(NumberWords, value.ToLowerInvariant());
        if (at >= 0)
        {
            return at;
        }

        return value.Length > 0 && char.IsAsciiDigit(value[0]) ? int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>
    /// True when a result paragraph says it decides the motion ("the motion was carried", "put to the vote"). Not a
    /// result on an amendment, which is voted on before the motion it would change.
    /// </summary>
    public static bool NamesTheMotion(string text) =>
        !text.Contains("amendment", StringComparison.OrdinalIgnoreCase)
        && (text.Contains("motion", StringComparison.OrdinalIgnoreCase) || text.Contains("proposition", StringComparison.OrdinalIgnoreCase)
            || text.Contains("put to the vote", StringComparison.OrdinalIgnoreCase) || text.Contains("recommendation", StringComparison.OrdinalIgnoreCase));

    private static string? Group(Match m, string name) => m.Success ? m.Groups[name].Value : null;

    /// <summary>
    /// Movers named other ways: "On a motion by Councillor X, seconded by …", "Councillor X, seconded by Councillor
    /// Y, moved …", and the chair's office moving first ("The Leader MOVED, seconded by …").
    /// </summary>
    private static string? OtherMover(string text) =>
        Group(MotionBy().Match(text), "m") ?? Group(MoverBeforeSeconder().Match(text), "m") ?? Group(OfficeMoved().Match(text), "o")
        ?? (text.Contains(" and moved", StringComparison.Ordinal) || text.Contains(" and proposed", StringComparison.Ordinal)
            ? Group(PresentedAndMoved().Match(text), "m") : null);


    // A named member, or the office ("Mayor", "Deputy Mayor") when the chair moved it.
    private static string? Member(Match m, string name) =>
        !m.Success ? null : m.Groups[name].Success ? m.Groups[name].Value : m.Groups["o"].Value;

    private static int? Count(Match m)
    {
        if (!m.Success)
        {
            return null;
        }

        var group = m.Groups["a"].Success ? m.Groups["a"] : m.Groups["b"];
        return Number(group.Value);
    }

    [GeneratedRegex(@"\b(?i:moved|proposed) by:? (?:" + MemberStyle + "(?<m>" + MemberName + ")|" + Office + ")",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MovedBy();

    [GeneratedRegex(@"\b" + MemberStyle + "(?<m>" + MemberName + ") (?i:moved|proposed)\\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MoverFirst();

    [GeneratedRegex(@"\b(?i:on a motion by|on the motion of) " + Honorific + "(?<m>" + MemberName + ")",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MotionBy();

    [GeneratedRegex(@"\b" + Honorific + "(?<m>" + MemberName + "), seconded by [^,;.]{3,60}, (?i:moved|proposed)\\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MoverBeforeSeconder();

    [GeneratedRegex(@"^" + Office + " (?i:moved|proposed)\\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OfficeMoved();

    [GeneratedRegex(@"\bdeclared (?:the |that the )?(?:substantive )?(?:motion|proposition|amendment|recommendations?|proposals?) (?:to (?:be|have been) |was |were )?(?:clearly |duly )?(?<o>carried|passed|lost|defeated)\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DeclaredOutcome();

    [GeneratedRegex(@"\b(?i:seconded) by:? (?:" + MemberStyle + "(?<s>" + MemberName + ")|" + Office + ")",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SecondedBy();

    [GeneratedRegex(@"\b" + MemberStyle + "(?<s>" + MemberName + ") seconded\\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SeconderFirst();

    [GeneratedRegex(@"\b(?:was|were|being|been|is|declared|motion|amendment|recommendation|vote|and) (?:duly |therefore |thus |then )?(?:to (?:be|have been) )?(?<o>carried|passed|lost|defeated|fell|rejected)\b(?! (?:out|forward|over|through)\b)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Outcome();

    [GeneratedRegex(@"\b(?:for|in favour)\s?[:\-–]\s?(?<a>\d{1,4})\b|\b(?<b>\d{1,4}) (?:votes? )?(?:for|in favour)\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ForCount();

    [GeneratedRegex(@"\bagainst\s?[:\-–]\s?(?<a>\d{1,4})\b|\b(?<b>\d{1,4}) (?:votes? )?against\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AgainstCount();

    [GeneratedRegex(@"\b(?:abstentions?|abstained|abstaining)\s?[:\-–]\s?(?<a>\d{1,4})\b|\b(?<b>\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:abstentions?|abstained|abstaining|abstention)\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AbstainedCount();

    [GeneratedRegex(@"\b(?:motion|amendment|change|proposal|recommendation|which|it) (?:was|were) not (?:carried|agreed|passed)\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NotCarried();

    [GeneratedRegex(@"\b(?<a>\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) votes? to (?<b>\d{1,4}|none|nil|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex VotesTo();

    [GeneratedRegex(@"\b(?:moved|proposed) by (?:Sir )?(?<m>[A-Z][a-z’'\-]+(?: [A-Z][\p{L}’'\-]+){1,3}),? (?:and )?seconded by (?:Sir )?(?<s>[A-Z][a-z’'\-]+(?: [A-Z][\p{L}’'\-]+){1,3})(?=[,.;]| and\b|$)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BareMotion();

    [GeneratedRegex(@"\b(?i:seconded)\b(?: by [^.;:]{3,80}?)? and (?:it was )?(?i:resolved)\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SecondedAndResolved();

    [GeneratedRegex(@"\b(?:was|were) (?<not>not )?agreed (?:following|after|without) a vote\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AgreedByVote();

    [GeneratedRegex(@"\b" + Honorific + "(?<m>" + MemberName + ")(?:, [^,;.]{3,80},)? (?:presented|introduced) [^,;.]{3,60} and (?:moved|proposed)\\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PresentedAndMoved();

    [GeneratedRegex(@"\b" + Honorific + "(?<m>" + MemberName + "), supported by " + MemberStyle + "(?<s>" + MemberName + "),? (?i:moved|proposed)\\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SupportedBy();

    [GeneratedRegex(@"\b(?:resolved|agreed|carried|approved|decided|determined),? by (?:a )?majority\b|\bby (?:a )?majority vote\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ByMajority();

    [GeneratedRegex(@"\bput to (?:the|a) vote,? (?:where|when|and) (?:it|they) (?:was|were) (?<not>not )?(?:approved|agreed)\b|\b(?:was|were) (?<not>not )?(?:approved|agreed) on being (?:seconded and )?put to the vote\b|^(?:This|That|The (?:motion|proposal|recommendations?|amendment)) (?:was|were) (?<not>not )?(?:agreed|approved) by the (?:Council|Committee|Sub-Committee|Board|Cabinet|Panel|Executive|Authority|meeting)\.?$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AgreedResult();

    [GeneratedRegex(@"^(?<w>For|Against|Abstentions?|Abstained|Abstain)\s?[:\-–]\s?(?<n>\d{1,4})$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TallyLine();
}
