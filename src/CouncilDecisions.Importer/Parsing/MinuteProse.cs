using System.Text.RegularExpressions;

namespace CouncilDecisions.Importer.Parsing;

/// <summary>
/// Sentences that report what a meeting did ("The Committee considered a report …", "Consideration was given to …"),
/// as opposed to an agenda's description of what it will do ("To consider …", "The Board is asked to …").
/// </summary>
internal static partial class MinuteProse
{
    /// <summary>
    /// True when the paragraph is minute narrative. <paramref name="first"/> is false for a paragraph after the item's
    /// description, where "… were duly proposed, seconded and resolved" also counts.
    /// </summary>
    public static bool ReadsAsMinutes(string paragraph, bool first)
    {
        if (paragraph.Length < 20 || paragraph.Length > 10_000)
        {
            return false;
        }

        // "2. The Board received a letter …": a numbered minute reads as its text does.
        if (paragraph[0] is '(' or >= '0' and <= '9' && ListItems.TryRead(paragraph, out _, out var numbered))
        {
            return !numbered.StartsWith("That ", StringComparison.Ordinal) && ReadsAsMinutes(numbered, first);
        }

        // Every pattern of Narrative() starts "The", "Consider…", "Members" or "Motions": a capital T, C or M.
        if (paragraph[0] is not ('T' or 'C' or 'M'))
        {
            return ReportsWhatHappened(paragraph) || Declares(paragraph);
        }

        return Narrative().IsMatch(paragraph.AsSpan(0, Math.Min(paragraph.Length, 300)))
            || (!first && paragraph.Contains(" duly ", StringComparison.Ordinal) && DulyDone().IsMatch(paragraph))
            || ReportsWhatHappened(paragraph) || Declares(paragraph);
    }

    /// <summary>"Councillors A, B and C declared …", "The following Councillors declared …:", "A declaration … was made by …".</summary>
    private static bool Declares(string paragraph)
    {
        if (paragraph[0] is not ('C' or 'T' or 'A'))
        {
            return false;
        }

        var head = paragraph.AsSpan(0, Math.Min(paragraph.Length, 400));
        return head.Contains("declar", StringComparison.Ordinal) && Declarations().IsMatch(head);
    }

    /// <summary>
    /// More openings that only minutes use: "There were no …", "A Member asked …", "The Chairman reported …", "At this
    /// point in the meeting …", "It was noted …", "The item was introduced by …", a named speaker ("Dana Cole, Parks
    /// Manager, gave …", "Sam Reid gave …", "Councillor X asked …"); also after a short heading and a dash
    /// ("Pavilion Works – The Chairman reported …").
    /// </summary>
    private static bool ReportsWhatHappened(string paragraph)
    {
        var head = paragraph.AsSpan(0, Math.Min(paragraph.Length, 300));
        if (MoreNarrative().IsMatch(head) || SpeakerNarrative().IsMatch(head))
        {
            return true;
        }

        // "With the following amendment …, the minutes of the meeting held on … were confirmed as a correct record": the
        // record of the minutes' approval, whatever clause comes first ("be confirmed as a correct record" is the agenda's).
        if (head.Contains(" record", StringComparison.Ordinal) && paragraph[0] != 'T' && CorrectRecord().IsMatch(head))
        {
            return true;
        }

        // "The cabinet member for finance, Councillor Ann Lee, introduced …": a role, then the member named between commas.
        if (head.Contains(", Councillor ", StringComparison.Ordinal) || head.Contains(", Cllr ", StringComparison.Ordinal))
        {
            if (RoleThenMember().IsMatch(head))
            {
                return true;
            }
        }

        var dash = head[..Math.Min(head.Length, 60)].IndexOf(" \u2013 ");
        return dash > 3 && !head[..dash].Contains('.') && (Narrative().IsMatch(head[(dash + 3)..]) || MoreNarrative().IsMatch(head[(dash + 3)..]));
    }

    /// <summary>
    /// "The Board to receive the Health and Wellbeing Strategy.", "To note the report.": an agenda's description of what
    /// the item will do, which is not its title.
    /// </summary>
    public static bool IsAgendaDescription(string paragraph) =>
        paragraph.Length < 300 && paragraph.EndsWith('.') && AgendaDescription().IsMatch(paragraph);

    /// <summary>"That the verbal update be noted.": a resolution printed without its "RESOLVED" lead-in.</summary>
    public static bool IsBareResolution(string paragraph) =>
        paragraph.Length is > 12 and < 600 && paragraph.StartsWith("That ", StringComparison.Ordinal) && paragraph.EndsWith('.')
        && BeDone().IsMatch(paragraph);

    [GeneratedRegex(@"^(?:Consideration was given\b|Considered ?[–:-] |The minutes of\b.{0,200}?\b(?:were|was)\b|(?:The )?(?:Committee|Sub-Committee|Board|Panel|Cabinet|Council|Executive|Authority|Forum|Members)\b(?: of the [A-Z][\w-]{1,30})? (?:considered|received|noted|discussed|heard|welcomed|proceeded)\b|The (?:(?:[A-Z][\w&’'-]{0,30}|and|of|for|the) ){0,8}(?:Officer|Director|Manager|Head|Chief|Executive|Auditor|Solicitor|Clerk|Chair|Chairman|Leader)\b(?: (?:of|for) (?:the )?[A-Z][\w&’'-]{0,30}(?: (?:and |& )?[A-Z][\w&’'-]{0,30}){0,4})? (?:gave|presented|introduced|submitted) (?:a|an|the|his|her|their)\b)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Narrative();

    [GeneratedRegex(@"^(?:There (?:were|was) (?:no|apologies)\b|The (?:(?:[A-Z][\w&’'-]{0,30}|and|of|for|the) ){0,8}(?:Officer|Director|Manager|Head|Chief|Executive|Solicitor|Clerk|Auditor)\b(?: (?:of|for) (?:the )?[A-Z][\w&’'-]{0,30}(?: (?:and |& )?[A-Z][\w&’'-]{0,30}){0,4})? (?:informed|advised|reported|explained|stated|confirmed|outlined|updated|referred|reminded|drew|summarised|welcomed|spoke)\b|(?:A|One|Another|Several|Some) Members? (?:asked|questioned|queried|raised|commented|suggested|expressed|stated|requested|referred|noted|sought)\b|Members (?:asked|questioned|queried|raised|commented|suggested|expressed|stated|requested|visited the site|were (?:informed|advised|reminded|updated))\b|The (?:Chair|Chairman|Chairwoman|Vice-Chair|Mayor|Lord Mayor|Leader) (?:reported|welcomed|advised|informed|reminded|announced|thanked|explained|confirmed|noted|referred|opened|outlined|updated|drew|asked|stated|said|invited|took|made|suggested|commented|expressed|highlighted|summarised|summarized)\b|The (?:committee|sub-committee|board|panel|cabinet|council|members) (?:considered|received|noted|discussed|heard|welcomed|agreed)\b|At this (?:point|juncture|stage)\b|It was (?:noted|reported|explained|confirmed|agreed|moved|proposed)\b|The (?:item|report|update|presentation) was (?:introduced|presented|given) by\b|The Minutes of\b.{0,200}?\b(?:were|was)\b|(?:Councillor|Cllr) (?:[A-Z]\. ?){0,3}[A-Z][\p{L}’'-]*(?: [A-Z][\p{L}’'-]+){0,2}(?: \([^()]{3,120}\)|, [a-z][^,]{2,40},|, [A-Z][\w&’'-]*(?: (?:[A-Z][\w&’'-]*|of|for|and|the|&)){0,9})? (?:asked|raised|queried|reported|stated|explained|referred|welcomed|thanked|gave|presented|introduced|declared|moved|proposed|seconded|noted|suggested|commented|said|confirmed|advised|expressed|requested|summarised|summarized)\b|[A-Z][\p{L}’'-]+ [A-Z][\p{L}’'-]+(?:, [^,]{3,90},)? (?:gave|introduced|presented|reported|explained|outlined|updated|advised|informed|drew (?:attention|the attention|Members’ attention|members’ attention)|(?:has|had) (?:met|given|presented|introduced|reported|confirmed|advised))\b)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MoreNarrative();

    // "The licensing officer presented the report", "Nia Price, Strategy Lead Officer reported that …", "Councillor Ann Lee
    // formally moved …", "The report was formally moved by …": an officer in lower case, a named speaker whose title has no
    // closing comma, a mover with an adverb, a report or motion moved or put to the vote.
    [GeneratedRegex(@"^(?:The (?:[a-z]{3,20} ){0,4}(?:officer|director|manager|solicitor|clerk|lawyer|adviser|advisor) (?:presented|introduced|gave|reported|informed|advised|explained|outlined|summarised|updated)\b|[A-Z][\p{L}’'-]+ [A-Z][\p{L}’'-]+, (?:(?:[A-Z][\w&’'-]*|of|for|and|the|&) ){1,8}(?:reported|gave|introduced|presented|explained|outlined|updated|advised|informed|stated)\b|(?:Councillor|Cllr) [A-Z][\p{L}’'-]+(?: [A-Z][\p{L}’'-]+){0,2} (?:formally|duly|then) (?:moved|proposed|seconded|presented|introduced)\b|The (?:report|recommendations?|motion|item) (?:was|were) (?:formally |duly )?(?:moved|proposed|seconded|put to (?:a|the) vote)\b)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SpeakerNarrative();

    [GeneratedRegex(@"\b(?:were|was) (?:(?:duly|unanimously) )?(?:confirmed|approved|agreed|accepted|adopted|signed)(?: and signed)? as (?:a|an|being a) (?:correct|true|accurate|full)(?: and (?:correct|true|accurate))? record\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CorrectRecord();

    [GeneratedRegex(@"^The [^.;:]{3,120}?, (?:Councillor|Cllr) [A-Z][\p{L}’'-]+(?: [A-Z][\p{L}’'-]+){0,2},(?: [^,.;:]{3,80},)? (?:introduced|replied|responded|presented|gave|reported|explained|outlined|updated|advised|informed|stated|moved|seconded|thanked|welcomed|summarised|summarized|asked|spoke)\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RoleThenMember();

    [GeneratedRegex(@"^(?:To [a-z]|(?:The )?[A-Z][\w&’'-]*(?: [A-Z][\w&’'-]*){0,4} (?:is |are )?(?:to|asked to|invited to|requested to) (?:receive|consider|note|approve|agree|endorse|review|comment|discuss|understand|determine|decide)\b)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AgendaDescription();

    [GeneratedRegex(@"^(?:(?:Councillors|Cllrs\.?) [A-Z][^.;:]{2,300}? declared\b|The following (?:Councillors|Members|Cllrs)\b[^.;]{0,60}? declared\b|A declaration of [^.;]{3,200}? (?:was|were) (?:made|declared)\b)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Declarations();

    [GeneratedRegex(@"\b(?:was|were) duly (?:proposed|seconded|moved|resolved|carried|agreed|approved)\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DulyDone();

    [GeneratedRegex(@" be (?:noted|agreed|approved|received|endorsed|adopted|accepted)\b[^.]{0,200}\.$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BeDone();
}
