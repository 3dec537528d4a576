using System.Buffers;
using System.Text.RegularExpressions;

namespace CouncilDecisions.Importer.Parsing;

/// <summary>Finds named councillors and officers, their titles, and arrivals and departures.</summary>
internal static partial class PeopleFinder
{
    private const string Name =
        @"(?!(?:Councillors?|Cllrs?|Cyng|Cynghorydd)\b)(?:[A-Z]\.|[A-Z][\p{L}’'\-]*)(?: (?!(?:Councillors?|Cllrs?|Cyng|Cynghorydd|And|The|Seconded|Proposed|Moved)\b)(?:[A-Z]\.|[A-Z][\p{L}’'\-]*|(?:de|van|von|da|le|del) [A-Z][\p{L}’'\-]*)){0,3}";

    private static readonly HashSet<string> RoleWords = new(StringComparer.Ordinal)
    {
        "Cabinet", "Member", "Members", "Leader", "Chair", "Chairman", "Chairwoman", "Deputy", "Mayor", "Lead", "Shadow",
        "Executive", "Portfolio", "The", "Vice", "Group", "Opposition", "Committee", "Council", "Vice-Chair", "Vice-Chairman",
        "Vice-Chairwoman", "Aelod",
    };

    private static readonly HashSet<string> OfficerWords = new(StringComparer.Ordinal)
    {
        "Director", "Officer", "Head", "Manager", "Executive", "Solicitor", "Clerk", "Lawyer", "Accountant", "Engineer",
        "Planner", "Adviser", "Advisor", "Chief", "Treasurer", "Auditor", "Controller", "Secretary", "Coordinator",
        "Co-ordinator", "Surveyor", "Analyst", "Consultant", "Assistant",
        // "Licensing Team Leader": a team's leader is staff; "Leader" alone is the council's leader, a member.
        "Team",
    };

    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "The", "This", "That", "These", "In", "During", "However", "On", "At", "After", "Before", "Following", "It",
        "He", "She", "They", "We", "Members", "Cabinet", "Council", "Committee", "Officers", "Mr", "Mrs", "Ms", "Miss",
        "Dr", "Head", "Chief", "Corporate", "Strategic", "Director", "Officer", "Report", "Minutes", "Decision",
    };

    // Welsh titles join with "ar gyfer" ("Aelod Cabinet ar gyfer Partneriaethau").
    private static readonly HashSet<string> TitleConnectors = new(StringComparer.Ordinal) { "for", "of", "and", "the", "&", "to", "y", "a", "ar", "gyfer" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleConnectorSpans = TitleConnectors.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] ContactWords = ["Tel", "Telephone", "Phone", "Mobile", "Email", "E-mail", "Ffôn", "Ebost", "e-mail", "email", "tel"];

    // Any of the honorifics CouncillorPattern() needs ("Councillors", "Cllrs", "Cynghorydd" contain one of these).
    private static readonly SearchValues<string> HonorificWords = SearchValues.Create(["Councillor", "Cllr", "Cyng", "Alderman"], StringComparison.Ordinal);

    private static readonly SearchValues<string> CourtesyWords = SearchValues.Create(["Mr ", "Mrs ", "Ms ", "Miss ", "Dr ", "Mr.", "Mrs.", "Dr."], StringComparison.Ordinal);

    // A person's office after "the" (not a body such as "the Mayor and Cabinet").
    private static readonly SearchValues<string> PersonOffices = SearchValues.Create(["Member", "Holder", "Leader", "Chair"], StringComparison.Ordinal);

    // The offices a councillor's bracket may hold as a title ("(Portfolio Holder for …)", "(Deputy Leader)").
    private static readonly SearchValues<string> BracketedOffices = SearchValues.Create(["Member", "Holder", "Leader"], StringComparison.Ordinal);

    // The member's offices a courtesy-titled name may be given ("Mrs J Bell, Cabinet Member for …").
    private static readonly SearchValues<string> MemberOffices = SearchValues.Create(
        [", Cabinet Member", ", Deputy Cabinet Member", ", Portfolio Holder", ", Executive Member", ", Lead Member", ", Leader of the Council", ", Deputy Leader of the Council"],
        StringComparison.Ordinal);

    // A role label's last word ("Committee Officer:", "Legal Advisor:"): the cheap test before RoleLabelName().
    private static readonly SearchValues<string> RoleLabelEnds = SearchValues.Create(
        ["Officer:", "Advisor:", "Adviser:", "Solicitor:", "Clerk:", "Lawyer:", "irector:"], StringComparison.Ordinal);

    // The same, with a spaced dash for the colon ("Committee Officer – Gina Wells", a hearing's officer-support list).
    private static readonly SearchValues<string> DashedRoleLabelEnds = SearchValues.Create(
        ["Officer \u2013 ", "Advisor \u2013 ", "Adviser \u2013 ", "Solicitor \u2013 ", "Clerk \u2013 ", "Lawyer \u2013 ", "irector \u2013 ",
         "Officer - ", "Advisor - ", "Adviser - ", "Solicitor - ", "Clerk - ", "Lawyer - ", "irector - "],
        StringComparison.Ordinal);

    // The cheap test before InitialledChair().
    private static readonly SearchValues<string> ChairOffices = SearchValues.Create(
        [", Chair", ", Vice-chair", ", Vice-Chair", ", Vice Chair"], StringComparison.Ordinal);

    // A body a councillor's name cannot run into: "the Councillor Working Group" is a group, not Councillor Working.
    private static readonly string[] BodyAfterName = [" Group", " Panel", " Forum", " Board", " Network", " Programme", " Scheme"];

    // Words of a team or body, not of a person's name ("Committee Officer: Democratic Services").
    private static readonly HashSet<string> NotPersonWords = new(StringComparer.Ordinal)
    {
        "Services", "Service", "Department", "Directorate", "Unit", "Division", "Office", "Section", "Authority", "Board",
        "Partnership", "Limited", "Ltd", "Support", "Democratic", "Legal", "Planning", "Licensing", "None", "Not", "Applicable",
        "Various", "All", "To", "Be", "Confirmed", "See", "Report", "Agenda",
        // A director's label often holds the directorate ("Lead director: Adult Social Care").
        "Adult", "Adults", "Social", "Care", "Children", "Children's", "Children’s", "Health", "Housing", "Finance", "Resources",
        "Place", "Economy", "Environment", "Communities", "Community", "Growth", "Regeneration", "Transport", "Education",
        "Operations", "Governance", "Corporate", "Customer", "Digital", "Public", "Neighbourhoods", "Neighbourhood",
    };

    private static readonly HashSet<string> Courtesies = new(StringComparer.Ordinal) { "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr" };

    // Degrees and professional letters printed after an officer's name ("LL.B (Hons)", "BSc MRTPI").
    private static readonly HashSet<string> Degrees = new(StringComparer.Ordinal)
    {
        "LL.B", "LLB", "LL.M", "LLM", "BA", "MA", "BSc", "MSc", "B.Sc", "M.Sc", "BEng", "MEng", "PhD", "MPhil", "MBA", "(Hons)", "Hons",
        "MRTPI", "MRICS", "FRICS", "CPFA", "FCCA", "ACCA", "FCA", "ACA", "MCIH", "MCIPD", "MCIEH", "DipTP",
    };

    private static readonly HashSet<string> PostNominals = new(StringComparer.Ordinal) { "MBE", "OBE", "CBE", "BEM", "JP", "DL", "KC", "QC" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RoleWordSpans = RoleWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CourtesySpans = Courtesies.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PostNominalSpans = PostNominals.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] Abbreviations = ["Cllr", "Mr", "Mrs", "Ms", "Dr", "Cyng"];

    private static readonly SearchValues<string> EventWords = SearchValues.Create(
        ["arrived", "joined the", "entered the", "left the", "left at", "withdrew", "withdraw from the"], StringComparison.Ordinal);

    private static readonly (string Phrase, AttendanceEvent Event)[] EventPhrases =
    [
        ("arrived", AttendanceEvent.Arrived),
        ("joined the meeting", AttendanceEvent.Arrived),
        ("entered the meeting", AttendanceEvent.Arrived),
        ("left the meeting", AttendanceEvent.Left),
        ("left the room", AttendanceEvent.Left),
        ("left the chamber", AttendanceEvent.Left),
        ("left at ", AttendanceEvent.Left),
        ("withdrew from the meeting", AttendanceEvent.Left),
    ];

    // Searched only in a paragraph that mentions a table, so the common paragraph pays for no more phrases.
    private static readonly (string Phrase, AttendanceEvent Event)[] EventPhrasesWithTable =
    [
        .. EventPhrases,

        // Planning committees seat their members at a table: "Councillors A and B withdraw from the Committee table during
        // the consideration of application …" (told in the present tense) is a departure too.
        ("withdrew from the table", AttendanceEvent.Left),
        ("withdraw from the table", AttendanceEvent.Left),
        ("withdrew from the Committee table", AttendanceEvent.Left),
        ("withdraw from the Committee table", AttendanceEvent.Left),
    ];

    /// <summary>
    /// Councillors named with an honorific ("Councillor", "Cllr", "Cyng."), with a title when one follows a comma, and
    /// members named with a courtesy title and a member's office after the comma ("Miss Jo Bell, Cabinet Member for …").
    /// </summary>
    public static IEnumerable<(string Name, string? Title)> Councillors(string text)
    {
        // Most paragraphs name nobody: the literal checks decide before any enumerator is made.
        var honorific = text.AsSpan().ContainsAny(HonorificWords);
        var courtesy = text.AsSpan().ContainsAny(CourtesyWords) && text.AsSpan().ContainsAny(MemberOffices);
        IEnumerable<(string Name, string? Title)> found = (honorific, courtesy) switch
        {
            (false, false) => [],
            (true, false) => HonorificCouncillors(text),
            (false, true) => CourtesyMembersWithOffice(text),
            _ => HonorificCouncillors(text).Concat(CourtesyMembersWithOffice(text)),
        };
        // One plain search ("Chair" after a comma) rules out almost every paragraph before the offices are tested.
        var chaired = (text.Contains(", Chair", StringComparison.Ordinal) || text.Contains(", Vice", StringComparison.Ordinal))
            && text.AsSpan().ContainsAny(ChairOffices);
        return chaired ? found.Concat(InitialledChairs(text)) : found;
    }

    /// <summary>
    /// "T Marsh, Chairman of the Audit and Governance Committee, proposed …": councils that print members without an
    /// honorific give them as initial and surname with the office they hold; chairing a committee, board or panel is a
    /// member's office.
    /// </summary>
    private static IEnumerable<(string Name, string? Title)> InitialledChairs(string text)
    {
        foreach (Match m in InitialledChair().Matches(text))
        {
            yield return (m.Groups["name"].Value, m.Groups["title"].Value);
        }
    }

    private static IEnumerable<(string Name, string? Title)> HonorificCouncillors(string text)
    {
        foreach (Match m in CouncillorPattern().Matches(text))
        {
            var name = CleanName(m.Groups["name"].Value);
            var end = m.Index + m.Length;
            if (name is not null && !name.Contains(' ') && m.Groups["name"].ValueSpan.StartsWith(name, StringComparison.Ordinal)
                && IsBodyAfterName(m.Groups["name"].ValueSpan[name.Length..]))
            {
                continue;
            }

            var comma = end < text.Length && text[end] == ',';

            // "Councillor Mrs Shields, Cussons, Hawkins and Wainwright be appointed": a singular honorific before a list
            // of bare surnames, as minutes print the plural.
            var surnames = !m.Groups["plural"].Success && comma && name is not null && !name.Contains(' ') ? SurnameList(text, end) : null;
            if (name is not null)
            {
                var title = comma && surnames is null ? TitleAfter(text.AsSpan(end + 1), requireRole: RoleWords) ?? TitleAfterThe(text, end + 1)
                    : end + 2 < text.Length && text[end] == ' ' && text[end + 1] == '(' ? OfficeInBrackets(text.AsSpan(end + 2)) : null;
                if (title is not null && title.Contains(" for ", StringComparison.Ordinal))
                {
                    title = PortfolioListed(text.AsSpan(end + 1), title);
                }
                yield return (name, title);
            }

            if (surnames is not null)
            {
                foreach (var surname in surnames)
                {
                    yield return (surname, null);
                }

                continue;
            }

            if (!m.Groups["plural"].Success)
            {
                continue;
            }

            // "Councillors Smith, Jones and Brown"
            var position = m.Index + m.Length;
            while (position < text.Length)
            {
                // A listed name must start right here with its separator; without one, searching the rest is wasted.
                if (text[position] != ',' && !text.AsSpan(position).StartsWith(" and ", StringComparison.Ordinal)
                    && !text.AsSpan(position).StartsWith(" & ", StringComparison.Ordinal))
                {
                    break;
                }

                var next = ListedName().Match(text, position);
                if (!next.Success || next.Index != position)
                {
                    break;
                }

                var listed = CleanName(next.Groups["name"].Value);
                if (listed is not null)
                {
                    yield return (listed, null);
                }

                position = next.Index + next.Length;
            }
        }
    }

    /// <summary>
    /// "Councillor Working Group", "Councillor Reference Panel": one word, then a body's word (not "Group Leader"), is the
    /// body's name; a councillor's name does not run into a group.
    /// </summary>
    private static bool IsBodyAfterName(ReadOnlySpan<char> rest)
    {
        foreach (var body in BodyAfterName)
        {
            if (rest.StartsWith(body, StringComparison.Ordinal))
            {
                return !rest[body.Length..].StartsWith(" Leader", StringComparison.Ordinal);
            }
        }

        return false;
    }

    /// <summary>
    /// "Councillor Jo Bell (Portfolio Holder for Children, Families &amp; Education) introduced …": the bracket holds the
    /// member's office when it starts with a capital and names an executive office (Member, Holder, Leader); a party or
    /// ward in brackets ("(Labour)") is no title, and neither is the meeting's "(Chair)" in a membership list.
    /// </summary>
    private static string? OfficeInBrackets(ReadOnlySpan<char> inside)
    {
        var close = inside[..Math.Min(inside.Length, 120)].IndexOf(')');
        if (close < 4 || !char.IsUpper(inside[0]))
        {
            return null;
        }

        var office = inside[..close].Trim();
        return office.IndexOf('(') < 0 && office.ContainsAny(BracketedOffices) && !office.ContainsAny(HonorificWords) && IsOfficeWords(office)
            ? office.ToString()
            : null;
    }

    /// <summary>An office's words: capitalised, connectors, or the list's commas ("Children, Families &amp; Education").</summary>
    private static bool IsOfficeWords(ReadOnlySpan<char> office)
    {
        foreach (var range in office.Split(' '))
        {
            var word = office[range].TrimEnd(',');
            if (word.Length == 0 || !(char.IsUpper(word[0]) || TitleConnectorSpans.Contains(word)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Councillor Jo Bell, the Cabinet Member for Waste, advised …": a title after "the" counts only as a closed aside
    /// (a comma after it), so "Councillor Paul Bell, the Mayor and Cabinet agreed …" still names no title.
    /// </summary>
    private static string? TitleAfterThe(string text, int from)
    {
        if (!text.AsSpan(from).StartsWith(" the ", StringComparison.Ordinal))
        {
            return null;
        }

        var rest = text.AsSpan(from + 5);
        var title = TitleAfter(rest[..Math.Min(rest.Length, 200)], requireRole: RoleWords);
        if (title is null || rest.Length <= title.Length || !rest.StartsWith(title, StringComparison.Ordinal) || rest[title.Length] != ','
            || !title.AsSpan().ContainsAny(PersonOffices))
        {
            // "the Mayor and Cabinet" is a body, not a person's office.
            return null;
        }

        // "the Cabinet Member for Environment, Climate Change and Operations, presented …": the portfolio's list runs on
        // to the comma before the verb; its last item has "and".
        var end = title.Length;
        for (var segments = 0; segments < 6; segments++)
        {
            var next = rest[(end + 1)..].IndexOf(',');
            if (next < 0 || rest[end + 1] != ' ')
            {
                break;
            }

            var segment = rest.Slice(end + 2, next - 1);
            if (!IsTitleSegment(segment))
            {
                break;
            }

            var after = end + 2 + segment.Length;
            if ((segment.Contains(" and ", StringComparison.Ordinal) || segment.Contains(" & ", StringComparison.Ordinal))
                && after + 2 < rest.Length && rest[after + 1] == ' ' && char.IsLower(rest[after + 2]))
            {
                return rest[..after].ToString();
            }

            end = after;
        }

        return title;
    }

    /// <summary>
    /// "Cllr Toby Hale, Cabinet Member for Spatial Planning, Development Management and Property toby.hale@…": the
    /// portfolio's list runs on past the title's first comma when its items are capitalised and the last, with "and",
    /// ends the line or meets an email address or a lower-case word.
    /// </summary>
    private static string PortfolioListed(ReadOnlySpan<char> after, string title)
    {
        var rest = after.TrimStart();
        if (rest.Length <= title.Length + 2 || !rest.StartsWith(title, StringComparison.Ordinal) || rest[title.Length] != ',' || rest[title.Length + 1] != ' ')
        {
            return title;
        }

        var end = title.Length;
        for (var segments = 0; segments < 6 && end + 2 < rest.Length && rest[end] == ',' && rest[end + 1] == ' '; segments++)
        {
            var tail = rest[(end + 2)..];
            var comma = tail.IndexOf(',');
            var segment = comma >= 0 ? tail[..comma] : tail;

            // The last item stops at the first word that is neither capitalised nor a connector.
            var words = 0;
            var length = 0;
            foreach (var range in segment.Split(' '))
            {
                var word = segment[range];
                if (word.Length == 0 || !(char.IsUpper(word[0]) || TitleConnectorSpans.Contains(word)))
                {
                    break;
                }

                words++;
                length = range.End.Value;
            }

            var item = segment[..length];
            if (words == 0 || !IsTitleSegment(item))
            {
                return title;
            }

            var stop = segment[length..].TrimStart();
            var closesList = item.Contains(" and ", StringComparison.Ordinal) || item.Contains(" & ", StringComparison.Ordinal);
            if (closesList && (stop.Length == 0 ? comma < 0 || (tail.Length > comma + 2 && char.IsLower(tail[comma + 2])) : stop.Contains('@') || char.IsLower(stop[0])))
            {
                return rest[..(end + 2 + length)].ToString().TrimEnd();
            }

            if (length != segment.Length || comma < 0 || closesList)
            {
                return title;
            }

            end += 2 + segment.Length;
        }

        return title;
    }

    /// <summary>One item of a portfolio's list: capitalised words and connectors, no honorific or courtesy title.</summary>
    private static bool IsTitleSegment(ReadOnlySpan<char> segment)
    {
        if (segment.Length is 0 or > 80)
        {
            return false;
        }

        foreach (var range in segment.Split(' '))
        {
            var word = segment[range];
            if (word.Length == 0 || !(char.IsUpper(word[0]) || TitleConnectorSpans.Contains(word)) || CourtesySpans.Contains(word)
                || word.StartsWith("Councillor", StringComparison.Ordinal) || word.StartsWith("Cllr", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The bare surnames after "Councillor Shields": ", Cussons, Hawkins and Wainwright", then a lower-case word or
    /// punctuation. Every item must be one capitalised word and the list must end with "and"/"&amp;", or it is no list
    /// ("Councillor Bell, Orton Ward, raised …").
    /// </summary>
    private static List<string>? SurnameList(string text, int position)
    {
        List<string>? names = null;
        var endedWithAnd = false;
        while (position < text.Length && !endedWithAnd)
        {
            var and = text.AsSpan(position).StartsWith(" and ", StringComparison.Ordinal) || text.AsSpan(position).StartsWith(" & ", StringComparison.Ordinal);
            if (text[position] != ',' && !and)
            {
                break;
            }

            var next = ListedName().Match(text, position);
            if (!next.Success || next.Index != position)
            {
                return null;
            }

            var listed = next.Groups["name"].Value;
            if (listed.Contains(' ') || listed.Length < 2 || !char.IsLower(listed[1]) || NotNames.Contains(listed) || RoleWords.Contains(listed)
                || OfficerWords.Contains(listed) || Courtesies.Contains(listed))
            {
                return null;
            }

            (names ??= []).Add(listed);
            endedWithAnd = and;
            position = next.Index + next.Length;
        }

        // After the last surname: the sentence goes on in lower case or ends.
        var closed = position >= text.Length || text[position] is '.' or ';' or ')' or ':'
            || (text[position] == ' ' && position + 1 < text.Length && char.IsLower(text[position + 1]));
        return endedWithAnd && names is { Count: >= 2 } && closed ? names : null;
    }

    /// <summary>
    /// "1. Miss Diane Fell, Cabinet Member for Adult Social Care, provided an update": a courtesy-titled name is a
    /// member's when a member's office follows its comma; officers and the public hold no such office.
    /// </summary>
    private static IEnumerable<(string Name, string? Title)> CourtesyMembersWithOffice(string text)
    {
        foreach (Match m in CourtesyMemberPattern().Matches(text))
        {
            var name = m.Groups["name"].Value;
            if (!IsOfficerName(name))
            {
                continue;
            }

            var title = TitleAfter(text.AsSpan(m.Index + m.Length + 1, Math.Min(200, text.Length - m.Index - m.Length - 1)), requireRole: RoleWords);
            if (title is not null)
            {
                yield return (name, title);
            }
        }
    }

    /// <summary>
    /// Members styled "Mr R M Banks" (some county councils use no honorific): a courtesy title counts as a councillor's
    /// only when its bearer moves, proposes or seconds a motion or declares an interest, which officers and the public
    /// do not; "Mr S Walton (objector) addressed the Committee" names nobody.
    /// </summary>
    public static IEnumerable<string> StyledMembers(string text)
    {
        if (!text.AsSpan().ContainsAny(CourtesyWords))
        {
            yield break;
        }

        foreach (Match m in StyledMember().Matches(text))
        {
            if (CleanName(m.Groups["name"].Value) is { } name && !NotNames.Contains(name.Split(' ')[0]))
            {
                yield return name;
            }
        }
    }

    /// <summary>An officer named at the start of a sentence followed by an officer's title: "Claire Taylor, Corporate Director for ...".</summary>
    public static IEnumerable<(string Name, string Title)> TitledOfficers(string text)
    {
        if (text.Contains(") ", StringComparison.Ordinal))
        {
            foreach (var officer in BracketTitledOfficers(text))
            {
                yield return officer;
            }
        }

        if (!text.Contains(", ", StringComparison.Ordinal))
        {
            yield break;
        }

        for (var start = 0; start >= 0 && start < text.Length; start = NextSentence(text, start))
        {
            if (!char.IsUpper(text[start]))
            {
                continue;
            }

            // The name is two or three words then a comma: one or two spaces, then a comma. Checking that first (reading
            // no further than the pattern would) saves running it at every sentence.
            if (!CommaAfterTwoOrThreeWords(text.AsSpan(start)))
            {
                continue;
            }

            var m = SentenceStartName().Match(text, start);
            if (!m.Success)
            {
                continue;
            }

            var words = m.Groups["name"].Value.Split(' ');
            if (words.Any(w => NotNames.Contains(w) || OfficerWords.Contains(w)))
            {
                continue;
            }

            var title = TitleAfter(text.AsSpan()[(m.Index + m.Length)..Math.Min(text.Length, m.Index + m.Length + 300)], requireRole: OfficerWords);
            if (title is not null && !title.Contains("Member", StringComparison.Ordinal) && !title.Contains("Councillor", StringComparison.Ordinal))
            {
                yield return (m.Groups["name"].Value, title);
            }
        }
    }

    /// <summary>
    /// "5.1 Peter Vane (Interim Director of Treasury and Pensions) presented the report": an officer named at the start of
    /// a sentence (after a paragraph number) with an officer's title in brackets, then a lower-case verb.
    /// </summary>
    private static IEnumerable<(string Name, string Title)> BracketTitledOfficers(string text)
    {
        // Each " (" with a capital after it is checked: two or three words before it must start the sentence. Most
        // brackets are mid-sentence and fail within a few characters, before the pattern runs.
        for (var open = text.IndexOf(" (", StringComparison.Ordinal); open > 0; open = text.IndexOf(" (", open + 2, StringComparison.Ordinal))
        {
            if (open + 2 >= text.Length || !char.IsUpper(text[open + 2]) || NameStartBefore(text, open) is not (>= 0 and var start))
            {
                continue;
            }

            var m = SentenceStartBracketTitle().Match(text, start);
            if (!m.Success)
            {
                continue;
            }

            var name = m.Groups["name"].Value;
            var title = m.Groups["title"].Value;
            if (IsOfficerName(name) && !name.Split(' ').Any(NotPersonWords.Contains) && title.Split(' ').Any(OfficerWords.Contains)
                && !title.Contains("Member", StringComparison.Ordinal) && !title.Contains("Councillor", StringComparison.Ordinal))
            {
                yield return (name, title);
            }
        }
    }

    /// <summary>
    /// Where the two or three capitalised words before <paramref name="open"/> start, when they start the text, follow a
    /// paragraph number ("5.1 ") or follow a sentence's full stop; otherwise -1.
    /// </summary>
    private static int NameStartBefore(string text, int open)
    {
        var start = open;
        var spaces = 0;
        while (start > 0 && open - start < 60)
        {
            var c = text[start - 1];
            if (char.IsLetter(c) || c is '-' or '\'' or '’')
            {
                start--;
            }
            else if (c == ' ' && spaces < 2 && start >= 2 && char.IsLetter(text[start - 2]))
            {
                spaces++;
                start--;
            }
            else
            {
                break;
            }
        }

        if (text[start] == ' ')
        {
            start++;
            spaces--;
        }

        if (spaces < 1 || !char.IsUpper(text[start]))
        {
            return -1;
        }

        return start == 0 || (start >= 2 && text[start - 1] == ' ' && text[start - 2] == '.') || start == AfterParagraphNumber(text) ? start : -1;
    }

    /// <summary>Where the text starts after a paragraph number such as "5.1 " (0 when it has none).</summary>
    private static int AfterParagraphNumber(string text)
    {
        var i = 0;
        while (i < text.Length && (char.IsAsciiDigit(text[i]) || (i > 0 && text[i] == '.')))
        {
            i++;
        }

        if (i == 0 || i >= text.Length || text[i] != ' ')
        {
            return 0;
        }

        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// An officer named mid-sentence with a title after the comma: "introduced by Priya Nair, Head of Housing …",
    /// "thanks to Tom Reed, Interim Democratic Services Manager, who …".
    /// </summary>
    public static IEnumerable<(string Name, string Title)> OfficersMidSentence(string text)
    {
        if (!text.Contains(", ", StringComparison.Ordinal))
        {
            yield break;
        }

        foreach (Match m in MidSentenceName().Matches(text))
        {
            if (!IsOfficerName(m.Groups["name"].Value))
            {
                continue;
            }

            var end = m.Index + m.Length;
            var title = TitleAfter(text.AsSpan()[end..Math.Min(text.Length, end + 300)], requireRole: OfficerWords);
            if (title is not null && !title.Contains("Member", StringComparison.Ordinal) && !title.Contains("Councillor", StringComparison.Ordinal))
            {
                yield return (m.Groups["name"].Value, title);
            }
        }
    }

    /// <summary>A member named bare in a motion ("Jamie Ingham Clark"): no role, office, courtesy title or honorific in it.</summary>
    public static bool IsBareMemberName(string name) =>
        IsOfficerName(name) && !name.Split(' ').Any(w => w is "Deputy" or "Alderman" or "Sir" or "Lord" or "Lady" or "Mayor" or "Leader" or "Chair"
            or "Chairman" or "Member" or "Members" or "Holder" or "Group" or "Board" or "Panel" or "Forum" or "Authority" or "Executive");

    // A captured name is no officer's when one of its words is a role, a courtesy title or a councillor's honorific.
    private static bool IsOfficerName(string name) =>
        !name.Split(' ').Any(w => NotNames.Contains(w) || OfficerWords.Contains(w) || RoleWords.Contains(w) || Courtesies.Contains(w)
            || w.StartsWith("Councillor", StringComparison.Ordinal) || w.StartsWith("Cllr", StringComparison.Ordinal));

    /// <summary>
    /// An officer named after the title: "prepared by the Elections Manager, Tom Vale." or "the Monitoring
    /// Officer, Rhian Bell, would report …". The title must end in an officer's word and the name be two words.
    /// </summary>
    public static IEnumerable<(string Name, string? Title)> OfficersAfterTitle(string text)
    {
        if (text.Contains(": ", StringComparison.Ordinal) && text.AsSpan().ContainsAny(RoleLabelEnds)
            // The dashed form is a short line of its own ("Committee Officer – Gina Wells").
            || text.Length < 120 && (text.Contains(" \u2013 ", StringComparison.Ordinal) || text.Contains(" - ", StringComparison.Ordinal))
                && text.AsSpan().ContainsAny(DashedRoleLabelEnds))
        {
            foreach (var officer in RoleLabelOfficers(text))
            {
                yield return officer;
            }
        }

        if (!text.Contains(", ", StringComparison.Ordinal))
        {
            yield break;
        }

        if (text.Contains(":, ", StringComparison.Ordinal))
        {
            // "Contact: Chris Hale, Technical Lead Email:, Jo Penn Email:": a contact block whose email fields were
            // left empty in copying; the name between two contact labels is the block's next officer.
            foreach (Match m in ContactBlockName().Matches(text))
            {
                if (IsOfficerName(m.Groups["name"].Value))
                {
                    yield return (m.Groups["name"].Value, null);
                }
            }
        }

        foreach (Match m in TitleThenName().Matches(text))
        {
            if (!IsOfficerName(m.Groups["name"].Value))
            {
                continue;
            }

            var title = m.Groups["title"].Value;
            yield return (m.Groups["name"].Value, title.StartsWith("The ", StringComparison.Ordinal) ? title[4..] : title);
        }
    }

    /// <summary>
    /// "Committee Officer: Gina Wells", "Other Parties: Legal Advisor: Hal Chance", "Lead director: Sheila Lock" (the
    /// issue-details template), "Legal Advisor – Hal Chance" (a spaced dash for the colon): an officer's role label (ending in an officer's word) with a two- or three-word name as
    /// its whole value. Labels the parser reads as contact fields
    /// ("Lead Officer", "Contact Officer") are left to those fields.
    /// </summary>
    private static IEnumerable<(string Name, string? Title)> RoleLabelOfficers(string text)
    {
        foreach (Match m in RoleLabelName().Matches(text))
        {
            var name = m.Groups["name"].Value;
            var title = m.Groups["title"].Value;
            if (!IsOfficerName(name) || name.Split(' ').Any(w => NotPersonWords.Contains(w) || w.Length < 2 || !w.Skip(1).Any(char.IsLower))
                || LabelTable.TryGet(title.ToLowerInvariant(), out _))
            {
                continue;
            }

            yield return (name, title);
        }
    }

    private static bool CommaAfterTwoOrThreeWords(ReadOnlySpan<char> text)
    {
        var spaces = 0;
        while (text.IndexOfAny(' ', ',') is var at and >= 0)
        {
            if (text[at] == ',')
            {
                return spaces is 1 or 2;
            }

            if (++spaces > 2)
            {
                return false;
            }

            text = text[(at + 1)..];
        }

        return false;
    }

    private static int NextSentence(string text, int from)
    {
        var at = text.IndexOf(". ", from, StringComparison.Ordinal);
        return at < 0 ? -1 : at + 2;
    }

    /// <summary>Reads a person from a field value such as "Will Harper, Head of ICT (Interim) Tel: 07920 708233".</summary>
    public static (string Name, string? Title, PersonRole Role)? FromField(string value)
    {
        var cut = value;
        foreach (var word in ContactWords)
        {
            var at = cut.IndexOf(word, StringComparison.Ordinal);
            if (at > 0 && (cut[at - 1] == ' ' || cut[at - 1] == ',' || cut[at - 1] == '('))
            {
                cut = cut[..at];
            }
        }

        // "S Jones (01480) 388214", "S Jones 01480 388214": a telephone number ends the name and title.
        var phoneAt = PhoneAt(cut);
        if (phoneAt > 0)
        {
            cut = cut[..phoneAt];
        }

        var emailAt = cut.IndexOf('@', StringComparison.Ordinal);
        if (emailAt > 0)
        {
            cut = cut[..Math.Max(0, cut.LastIndexOf(' ', emailAt))];
        }

        cut = cut.Trim().TrimEnd(',', ';', '-', '\u2013', ' ');
        var role = PersonRole.Officer;
        var councillor = Councillors(cut).FirstOrDefault();
        if (councillor.Name is not null)
        {
            return (councillor.Name, councillor.Title, PersonRole.Councillor);
        }

        var separator = cut.IndexOf(", ", StringComparison.Ordinal);
        var dash = cut.IndexOf(" - ", StringComparison.Ordinal);
        var namePart = separator > 0 ? cut[..separator] : dash > 0 ? cut[..dash] : cut;
        var title = separator > 0 ? cut[(separator + 2)..] : dash > 0 ? cut[(dash + 3)..] : null;
        namePart = HonorificPrefix().Replace(namePart, string.Empty).Trim();
        var words = namePart.Split(' ');

        // "Adrian Hale LL.B (Hons) Solicitor": degrees end the name; an officer's title may follow them.
        var degreeAt = Array.FindIndex(words, w => Degrees.Contains(w.TrimEnd(',')));
        if (degreeAt >= 2)
        {
            var after = degreeAt;
            while (after < words.Length && Degrees.Contains(words[after].TrimEnd(',')))
            {
                after++;
            }

            var rest = string.Join(' ', words[after..]).TrimStart(',', ' ');
            if (title is null && rest.Length > 0 && rest.Split(' ').Any(OfficerWords.Contains))
            {
                title = rest;
            }
            else if (rest.Length > 0)
            {
                return null;
            }

            words = words[..degreeAt];
            namePart = string.Join(' ', words);
        }

        if (words.Length is < 2 or > 4 || words.Any(w => w.Length == 0 || !char.IsUpper(w[0]) || OfficerWords.Contains(w) || NotNames.Contains(w)))
        {
            return NameInBrackets(cut, value);
        }

        title = title?.Trim().TrimEnd(',', '.', ';', ' ');

        // "Rhys Schell, 01225 716752": a telephone number is not a title.
        if (title is { Length: > 0 } && (char.IsDigit(title[0]) || title[0] == '+'))
        {
            title = null;
        }

        return (namePart, string.IsNullOrEmpty(title) ? null : title, role);
    }

    /// <summary>
    /// "Corporate Director of Housing, Services (Ravi Shah) Email: ravi.shah@…": a contact value that starts with the
    /// officer's title names the officer in brackets at its end. The bracket must hold a two- or three-word name whose
    /// surname is in the value's email address ("Head of Planning (Development Management)" holds a team), and the title
    /// an officer's word.
    /// </summary>
    private static (string Name, string? Title, PersonRole Role)? NameInBrackets(string cut, string value)
    {
        var at = value.IndexOf('@', StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var open = cut.EndsWith(')') ? cut.LastIndexOf(" (", StringComparison.Ordinal) : -1;
        if (open < 5)
        {
            return null;
        }

        var name = cut[(open + 2)..^1].Trim();
        var title = cut[..open].Trim().TrimEnd(',', ' ');
        var nameWords = name.Split(' ');
        if (nameWords.Length is < 2 or > 3 || !IsOfficerName(name)
            || nameWords.Any(w => w.Length < 2 || !char.IsUpper(w[0]) || !w.Skip(1).Any(char.IsLower) || !w.All(c => char.IsLetter(c) || c is '-' or '\'' or '’') || NotPersonWords.Contains(w))
            || title.Contains('(', StringComparison.Ordinal) || !title.Split(' ').Any(w => OfficerWords.Contains(w.TrimEnd(','))))
        {
            return null;
        }

        var localStart = value.LastIndexOfAny([' ', ':', '('], at) + 1;
        if (!value.AsSpan(localStart, at - localStart).Contains(nameWords[^1], StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return (name, title, PersonRole.Officer);
    }

    /// <summary>Where a UK telephone number starts ("(01480) 388214", "01480 388214", "+44 …"), after a space; or -1.</summary>
    private static int PhoneAt(string value)
    {
        for (var at = value.IndexOf(' '); at >= 0 && at + 4 < value.Length; at = value.IndexOf(' ', at + 1))
        {
            var i = at + 1;
            if (value[i] == '(')
            {
                i++;
            }

            if (value[i] == '+' && value[i + 1] == '4')
            {
                return at;
            }

            // Four digits from a leading 0: an area code, not "0-19 Services".
            if (i + 3 < value.Length && value[i] == '0' && char.IsAsciiDigit(value[i + 1]) && char.IsAsciiDigit(value[i + 2]) && char.IsAsciiDigit(value[i + 3]))
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>Arrivals and departures of named councillors in one paragraph.</summary>
    public static IEnumerable<(string Name, AttendanceEvent Event, string? Time)> Attendance(string text)
    {
        if (!text.AsSpan().ContainsAny(EventWords))
        {
            yield break;
        }

        var phrases = text.Contains(" table", StringComparison.Ordinal) ? EventPhrasesWithTable : EventPhrases;

        // Each phrase's next occurrence, searched again only once the scan has passed it (-1: none left), so a paragraph
        // with many events is not searched once per phrase per event.
        var next = new int[phrases.Length];
        Array.Fill(next, -2);
        var searchFrom = 0;
        while (searchFrom < text.Length)
        {
            var best = -1;
            var bestPhrase = phrases[0];
            for (var i = 0; i < phrases.Length; i++)
            {
                if (next[i] != -1 && next[i] < searchFrom)
                {
                    next[i] = text.IndexOf(phrases[i].Phrase, searchFrom, StringComparison.Ordinal);
                }

                if (next[i] >= 0 && (best < 0 || next[i] < best))
                {
                    best = next[i];
                    bestPhrase = phrases[i];
                }
            }

            if (best < 0)
            {
                yield break;
            }

            var clauseStart = ClauseStart(text, best, searchFrom);
            var phraseEnd = best + bestPhrase.Phrase.Length;
            // Only a clause with an honorific can name a councillor: skip the copy and the scan otherwise.
            if (text.AsSpan(clauseStart, best - clauseStart).ContainsAny(HonorificWords))
            {
                var time = TimeAfter(text, bestPhrase.Phrase.EndsWith(' ') ? phraseEnd - 4 : phraseEnd);
                foreach (var (name, _) in Councillors(text[clauseStart..best]))
                {
                    yield return (name, bestPhrase.Event, time);
                }
            }
            else if (SubjectWhoLeft(text, clauseStart, best) is { } subject)
            {
                // "Councillor X declared an interest in item 6.2 (ref), … and therefore left the meeting": the bracket ended the
                // clause, but the one who left is the sentence's subject.
                yield return (subject, bestPhrase.Event, TimeAfter(text, bestPhrase.Phrase.EndsWith(' ') ? phraseEnd - 4 : phraseEnd));
            }
            else if (PronounWhoLeft(text, clauseStart, best) is { } named)
            {
                // "Councillor M Spence declared a pecuniary interest … He left the meeting": the pronoun is the previous
                // sentence's one councillor.
                yield return (named, bestPhrase.Event, TimeAfter(text, bestPhrase.Phrase.EndsWith(' ') ? phraseEnd - 4 : phraseEnd));
            }
            else if (BareName(text.AsSpan(clauseStart, best - clauseStart)) is { } bare)
            {
                // "(Caroline Bartos joined the meeting)": a clause that is only a name records who came or went,
                // whatever their role.
                yield return (bare, bestPhrase.Event, TimeAfter(text, bestPhrase.Phrase.EndsWith(' ') ? phraseEnd - 4 : phraseEnd));
            }

            searchFrom = phraseEnd;
        }
    }

    /// <summary>The councillor a sentence starts with, when the event follows "and (therefore|then|subsequently) " in it.</summary>
    private static string? SubjectWhoLeft(string text, int clauseStart, int eventAt)
    {
        var before = text.AsSpan(clauseStart, eventAt - clauseStart);
        if (!(before.EndsWith(" and therefore ", StringComparison.Ordinal) || before.EndsWith(" and then ", StringComparison.Ordinal)
            || before.EndsWith(" and subsequently ", StringComparison.Ordinal) || before.EndsWith(" and so ", StringComparison.Ordinal)))
        {
            return null;
        }

        var sentenceStart = text.LastIndexOf(". ", clauseStart, StringComparison.Ordinal) is var dot and >= 0 ? dot + 2 : 0;
        var head = text.AsSpan(sentenceStart);
        if (!(head.StartsWith("Councillor ", StringComparison.Ordinal) || head.StartsWith("Cllr ", StringComparison.Ordinal)))
        {
            return null;
        }

        foreach (var (name, _) in Councillors(text[sentenceStart..Math.Min(text.Length, sentenceStart + 80)]))
        {
            return name;
        }

        return null;
    }

    /// <summary>
    /// The councillor a "He"/"She" clause refers to: the previous sentence of the paragraph starts with an honorific and
    /// names exactly one councillor.
    /// </summary>
    private static string? PronounWhoLeft(string text, int clauseStart, int eventAt)
    {
        var clause = text.AsSpan(clauseStart, eventAt - clauseStart);
        if (!(clause is "He " or "She ") || clauseStart < 2 || text[clauseStart - 2] != '.')
        {
            return null;
        }

        var previousEnd = clauseStart - 2;
        var previousStart = text.LastIndexOf(". ", Math.Max(0, previousEnd - 1), StringComparison.Ordinal) is var dot and >= 0 ? dot + 2 : 0;
        var head = text.AsSpan(previousStart);
        if (!(head.StartsWith("Councillor ", StringComparison.Ordinal) || head.StartsWith("Cllr ", StringComparison.Ordinal)))
        {
            return null;
        }

        string? found = null;
        foreach (var (name, _) in Councillors(text[previousStart..previousEnd]))
        {
            if (found is not null && !string.Equals(found, name, StringComparison.Ordinal))
            {
                return null;
            }

            found = name;
        }

        return found;
    }

    /// <summary>A clause that is just "Caroline Bartos " or "Mr R M Banks ": two to four capitalised words, none a role.</summary>
    private static string? BareName(ReadOnlySpan<char> clause)
    {
        clause = clause.Trim().TrimStart('(').Trim();
        if (clause.Length is < 5 or > 40 || clause.IndexOfAny(',', ':', ';') >= 0)
        {
            return null;
        }

        var words = clause.ToString().Split(' ');
        var first = words.Length > 2 && Courtesies.Contains(words[0].TrimEnd('.')) ? 1 : 0;
        if (words.Length - first is < 2 or > 4)
        {
            return null;
        }

        for (var i = first; i < words.Length; i++)
        {
            var w = words[i];
            if (w.Length == 0 || !char.IsUpper(w[0]) || NotNames.Contains(w) || RoleWords.Contains(w) || OfficerWords.Contains(w) || Courtesies.Contains(w)
                || w.StartsWith("Councillor", StringComparison.Ordinal) || (w.Length > 1 && w.All(char.IsUpper) && !w.EndsWith('.')))
            {
                return null;
            }
        }

        return string.Join(' ', words[first..]).TrimEnd('.');
    }

    private static int ClauseStart(string text, int eventAt, int floor)
    {
        for (var i = eventAt - 1; i > floor; i--)
        {
            var c = text[i];
            if (c is '(' or ';' || (c == ' ' && text[i - 1] == '.' && (i < 2 || !char.IsDigit(text[i - 2])) && !EndsWithAbbreviation(text, i - 1)
                && !IsInitial(text, i - 1)))
            {
                return i + 1;
            }
        }

        return floor;
    }

    /// <summary>"Councillor S. P. Douglas left …": the dot after an initial does not end the clause.</summary>
    private static bool IsInitial(string text, int dot) =>
        dot >= 2 && char.IsUpper(text[dot - 1]) && text[dot - 2] == ' ';

    private static bool EndsWithAbbreviation(string text, int dot)
    {
        foreach (var abbreviation in Abbreviations)
        {
            if (dot >= abbreviation.Length && text.AsSpan(dot - abbreviation.Length, abbreviation.Length).SequenceEqual(abbreviation))
            {
                return true;
            }
        }

        return false;
    }

    private static string? TimeAfter(string text, int position)
    {
        // The time must follow at this position (" at 19.08", " the meeting at ..."); otherwise the pattern would only
        // search the rest of the text for a match that is then ignored.
        if (!text.AsSpan(position).StartsWith(" at ", StringComparison.Ordinal) && !text.AsSpan(position).StartsWith(" the ", StringComparison.Ordinal))
        {
            return null;
        }

        var m = TimePattern().Match(text, position);
        if (!m.Success || m.Index != position)
        {
            return null;
        }

        var hour = int.Parse(m.Groups["h"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
        var minute = m.Groups["m"].Success ? int.Parse(m.Groups["m"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture) : 0;
        if (m.Groups["ap"].Success && char.ToLowerInvariant(m.Groups["ap"].Value[0]) == 'p' && hour < 12)
        {
            hour += 12;
        }

        return hour < 24 && minute < 60 ? $"{hour:00}:{minute:00}" : null;
    }

    private static string? CleanName(string raw)
    {
        // The words are read as ranges of raw (as raw.Split(' ') would give them); the kept words are contiguous, so
        // joining them again with ' ' is a slice of raw, and only the result is copied.
        Span<Range> words = stackalloc Range[16];
        var count = raw.AsSpan().Split(words, ' ');
        if (count == words.Length)
        {
            // More words than the name pattern allows: the last range would hold the rest unsplit.
            return CleanNameSlow(raw);
        }

        var first = 0;
        for (var i = 0; i < count; i++)
        {
            if (RoleWordSpans.Contains(raw.AsSpan()[words[i]]))
            {
                count = i;
                break;
            }
        }

        // "Councillor Mrs R Bailey", "Councillor Lorraine Lauder MBE": the courtesy title and honours are not the name.
        if (count > 1 && CourtesySpans.Contains(raw.AsSpan()[words[0]].TrimEnd('.')))
        {
            first = 1;
            count--;
        }

        while (count > 1 && PostNominalSpans.Contains(raw.AsSpan()[words[first + count - 1]].TrimEnd(".,")))
        {
            count--;
        }

        if (count == 0)
        {
            return null;
        }

        var lastWord = words[first + count - 1];
        var last = raw.AsSpan()[lastWord];
        if (last.EndsWith("’s", StringComparison.Ordinal) || last.EndsWith("'s", StringComparison.Ordinal))
        {
            last = last[..^2];
        }

        last = last.TrimEnd(".’'");
        var before = raw.AsSpan()[words[first].Start..lastWord.Start];
        Span<char> joined = before.Length + last.Length <= 128 ? stackalloc char[128] : new char[before.Length + last.Length];
        before.CopyTo(joined);
        last.CopyTo(joined[before.Length..]);
        var name = ((ReadOnlySpan<char>)joined[..(before.Length + last.Length)]).Trim();
        return name.Length >= 2 ? name.ToString() : null;
    }

    private static string? CleanNameSlow(string raw)
    {
        var words = raw.Split(' ').ToList();
        var cutAt = words.FindIndex(w => RoleWords.Contains(w));
        if (cutAt >= 0)
        {
            words.RemoveRange(cutAt, words.Count - cutAt);
        }

        if (words.Count > 1 && Courtesies.Contains(words[0].TrimEnd('.')))
        {
            words.RemoveAt(0);
        }

        while (words.Count > 1 && PostNominals.Contains(words[^1].TrimEnd('.', ',')))
        {
            words.RemoveAt(words.Count - 1);
        }

        if (words.Count == 0)
        {
            return null;
        }

        var last = words[^1];
        if (last.EndsWith("’s", StringComparison.Ordinal) || last.EndsWith("'s", StringComparison.Ordinal))
        {
            words[^1] = last[..^2];
        }

        words[^1] = words[^1].TrimEnd('.', '’', '\'');
        var name = string.Join(' ', words).Trim();
        return name.Length >= 2 ? name : null;
    }

    /// <summary>Reads a title ("Cabinet Member for Transformation") from the text after a name's comma.</summary>
    private static string? TitleAfter(ReadOnlySpan<char> rest, HashSet<string> requireRole)
    {
        // Reads tokens one by one (as rest.TrimStart().Split(' ') would give them) and stops at the first that ends
        // the title, so a long paragraph is neither copied nor split.
        var words = new List<string>();
        var remaining = rest.TrimStart();
        while (true)
        {
            var space = remaining.IndexOf(' ');
            var token = space < 0 ? remaining : remaining[..space];
            if (token.Length == 0)
            {
                break;
            }

            var bare = token.TrimEnd([',', '.', ';', ':']);
            // A title starts with a capital: "Councillor Paul Bell, the Mayor and Cabinet ..." names no title.
            var accepted = (bare.Length > 0 && char.IsUpper(bare[0])) || bare.StartsWith('(') || (words.Count > 0 && TitleConnectorSpans.Contains(bare));
            if (!accepted || bare.Length == 0)
            {
                break;
            }

            words.Add(bare.ToString());
            if (bare.Length != token.Length || words.Count > 12 || space < 0)
            {
                break;
            }

            remaining = remaining[(space + 1)..];
        }

        while (words.Count > 0 && TitleConnectors.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        return words.Count > 0 && words.Any(w => requireRole.Contains(w)) ? WithoutUnopenedBracket(string.Join(' ', words)) : null;
    }

    /// <summary>"(seconded by Councillor Amy Frost, Cabinet Member for Housing)": the bracket closes the aside, not the title.</summary>
    private static string WithoutUnopenedBracket(string title) =>
        title.EndsWith(')') && !title.Contains('(', StringComparison.Ordinal) ? title.TrimEnd(')') : title;

    [GeneratedRegex(@"\b(?:County )?(?:(?<plural>Councillors|Cllrs(?!\.))|Councillor|Cllr\.?|Cyng\.|Cynghorydd|Alderman) (?:(?:Mrs|Mr|Ms|Miss|Mx|Dr)\. (?=[A-Z]))?(?<name>" + Name + ")",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CouncillorPattern();

    // "moved by Mr R M Banks", "seconded by Mrs J Hale", "Mr M Balfour declared …": not after an honorific, which
    // CouncillorPattern() reads.
    [GeneratedRegex(@"(?:\b(?:[Mm]oved|[Pp]roposed|[Ss]econded) by:? |(?<!(?:Councillor|Cllr\.?|Cyng\.?) )(?=(?:Mrs|Mr|Ms|Miss|Dr)\.? [A-Z][\p{L}’'\-.]*(?: [A-Z][\p{L}’'\-.]*){0,3} (?:moved|proposed|seconded|declared)\b))\b(?:Mrs|Mr|Ms|Miss|Dr)\.? (?<name>(?:[A-Z]\.|[A-Z][\p{L}’'\-]*)(?: (?!(?:And|The|Seconded|Proposed|Moved)\b)(?:[A-Z]\.|[A-Z][\p{L}’'\-]*)){0,3})",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex StyledMember();

    // The name ends at the comma before the office (bounded words, no backtracking across the sentence).
    [GeneratedRegex(@"(?<!(?:Councillor|Cllr\.?|Cyng\.?) )\b(?:Mrs|Mr|Ms|Miss|Mx|Dr)\.? (?<name>(?:[A-Z]\.|[A-Z][\p{L}’'\-]*)(?: (?:[A-Z]\.|[A-Z][\p{L}’'\-]*)){0,3})(?=, (?:Deputy )?(?:Cabinet Member|Portfolio Holder|Executive Member|Lead Member|Leader of the Council))",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CourtesyMemberPattern();

    [GeneratedRegex(@"(?<=^|[.;:(] |\b(?:by|and) )(?<name>(?:[A-Z]\.? ){1,2}[A-Z][\p{L}’'\-]+), (?<title>(?:Vice[- ])?[Cc]hair(?:man|woman|person)? of the (?:[A-Z][\p{L}’'\-]*)(?: (?:[A-Z][\p{L}’'\-]*|and|&|of|the)){0,7}? (?:Committee|Sub-Committee|Board|Panel))\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex InitialledChair();

    [GeneratedRegex(@"(?:, ?| and | & )(?:(?:Councillor|Cllr\.?) )?(?<name>" + Name + ")",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ListedName();

    [GeneratedRegex(@"\G(?<name>[A-Z][\p{L}’'\-]+(?: [A-Z][\p{L}’'\-]+){1,2}),",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SentenceStartName();

    [GeneratedRegex(@"\G(?<name>[A-Z][\p{L}’'\-]+(?: [A-Z][\p{L}’'\-]+){1,2}) \((?<title>[A-Z][\p{L}’'\-]*(?: (?:[A-Z][\p{L}’'\-]*|of|for|and|the|&))*)\) (?=[a-z])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SentenceStartBracketTitle();

    // The lead word sits in a lookbehind so the scan starts at capital letters, not at every "to" and "and".
    [GeneratedRegex(@"(?<=\b(?:by|to|from|with|thanked|welcomed|invited|and) )(?<name>[A-Z][\p{L}’'\-]+(?: [A-Z][\p{L}’'\-]+){1,2}),",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MidSentenceName();

    [GeneratedRegex(@"\b(?<title>(?:[A-Z][\p{L}&’'-]+ ){0,4}(?:Officer|Manager|Director|Solicitor|Clerk|Treasurer|Auditor))(?<!Chief Executive), (?<name>[A-Z][a-z’'\-]+ [A-Z][\p{L}’'\-]+)(?=[,.;]|$)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TitleThenName();

    [GeneratedRegex(@"(?:^|: +)(?<title>(?:[A-Z][\p{L}\-]+ ){0,3}(?:Officer|Advisor|Adviser|Solicitor|Clerk|Lawyer|[Dd]irector))(?:: +| [\u2013-] )(?<name>[A-Z][\p{L}’'\-]+(?: [A-Z][\p{L}’'\-]+){1,2})$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RoleLabelName();

    [GeneratedRegex(@"\b(?:Email|E-mail|Tel|Telephone):, (?<name>[A-Z][\p{L}’'\-]+(?: [A-Z][\p{L}’'\-]+){1,2}) (?=(?:Email|E-mail|Tel|Telephone)\b)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ContactBlockName();

    [GeneratedRegex(@"(?: the (?:meeting|room|chamber))? at (?<h>\d{1,2})(?:[.:](?<m>\d{2}))? ?(?<ap>[apAP]\.?[mM]\b\.?)?",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"^(?:Mr|Mrs|Ms|Miss|Dr|Mx|Prof)\.? ", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HonorificPrefix();
}
