using System.Buffers;
using System.Text.RegularExpressions;

namespace CouncilDecisions.Importer.Parsing;

/// <summary>
/// Finds the council a page names: "X City/Borough/County/District/Metropolitan Borough Council", "London Borough
/// of X", "Royal Borough of X", Welsh "Cyngor ...". A place name alone ("Croydon", "Oxfordshire's") is never enough.
/// </summary>
internal static partial class CouncilNames
{
    private static readonly SearchValues<string> TypedCouncilEndings = SearchValues.Create(
        ["City Council", "Borough Council", "County Council", "District Council", "Town Council", "Parish Council",
         "Unitary Council", "Combined Council"],
        StringComparison.Ordinal);

    private static readonly SearchValues<string> UpperCouncilEndings = SearchValues.Create(
        [" CITY COUNCIL", " BOROUGH COUNCIL", " COUNTY COUNCIL", " DISTRICT COUNCIL"], StringComparison.Ordinal);

    private static readonly HashSet<string> LeadingNoise = new(StringComparer.Ordinal)
    {
        "A", "An", "The", "This", "That", "Our", "Your", "Welcome", "To", "Of", "In", "If", "At", "By", "For", "From",
        "And", "With", "On", "Whether", "Both", "Each", "All", "Dear", "Leader", "Members", "Member",
    };

        private static readonly HashSet<string> TrailingNoise = new(StringComparer.Ordinal)
    {
        "Council", "Cabinet", "Website", "Committee", "Home", "Decision", "Meeting", "Executive", "Scrutiny",
    };

    // Bodies and offices of a council, printed before "of" and its name ("a Committee of Kent County Council").
    private static readonly HashSet<string> BodyWords = new(StringComparer.Ordinal)
    {
        "Committee", "Sub-Committee", "Subcommittee", "Board", "Panel", "Cabinet", "Forum", "Executive", "Group", "Meeting",
        "Members", "Member", "Officers", "Officer", "Leader", "Chair", "Chairman",
    };

    // Organisations listed before a council with "and" ("Testshire Fire and Rescue Service and Testshire County
    // Council"): a council's own name never has such a word before its "and" ("Brighton & Hove City Council").
    private static readonly HashSet<string> OrganisationWords = new(StringComparer.Ordinal)
    {
        "Service", "Services", "Authority", "Trust", "Police", "Constabulary", "Board", "Partnership", "Agency", "Council",
        "Commissioner", "Group", "Committee", "Panel", "Forum", "NHS",
    };

    private static readonly HashSet<string> NotAPlace = new(StringComparer.Ordinal)
    {
        "Full", "The", "County", "Digital", "Youth", "Parish", "Town", "City", "Borough", "District", "Executive",
        "Cabinet", "Local", "Borough's", "Your", "Our", "Schools", "Pupil", "Student",
    };

    /// <summary>The first council named, preferring a line that is only a council name (site header).</summary>
    public static string? Find(IReadOnlyList<string> paragraphs)
    {
        string? first = null;
        foreach (var paragraph in paragraphs)
        {
            if (paragraph.Length > 10_000 || !paragraph.Contains("Council", StringComparison.Ordinal)
                && !paragraph.Contains("Borough of", StringComparison.Ordinal)
                && !paragraph.Contains("Cyngor", StringComparison.Ordinal))
            {
                if (paragraph.Length < 120 && paragraph.Contains(" COUNCIL", StringComparison.Ordinal))
                {
                    first ??= UpperCaseHeading(paragraph);
                }

                continue;
            }

            var whole = WholeLine(paragraph);
            if (whole is not null)
            {
                return whole;
            }

            first ??= InText(paragraph, runningText: true);
        }

        return first;
    }

    /// <summary>
    /// "WESTMINSTER CITY COUNCIL LICENSING SUB-COMMITTEE No.4": a heading line that starts with a typed council name in
    /// capitals names that council, read in title case ("Westminster City Council") and checked as a printed name is.
    /// </summary>
    private static string? UpperCaseHeading(string paragraph)
    {
        var end = paragraph.AsSpan().IndexOfAny(UpperCouncilEndings);
        if (end <= 0)
        {
            return null;
        }

        end = paragraph.IndexOf(" COUNCIL", end, StringComparison.Ordinal) + " COUNCIL".Length;
        if (end < paragraph.Length && paragraph[end] != ' ')
        {
            return null;
        }

        var head = paragraph.AsSpan(0, end);
        if (head.Count(' ') > 4)
        {
            return null;
        }

        Span<char> name = stackalloc char[head.Length];
        for (var i = 0; i < head.Length; i++)
        {
            var c = head[i];
            if (!(char.IsAsciiLetterUpper(c) || c is ' ' or '-' or '\''))
            {
                return null;
            }

            name[i] = i == 0 || head[i - 1] is ' ' or '-' ? c : char.ToLowerInvariant(c);
        }

        var candidate = name.ToString();
        return InText(candidate) is { } found && string.Equals(found, candidate, StringComparison.Ordinal) ? found : null;
    }

    /// <summary>True when the paragraph is a council name and nothing else (a site header line).</summary>
    public static bool IsCouncilLine(string paragraph) => paragraph.Length < 120 && WholeLine(paragraph) is not null;

    private static string? WholeLine(string paragraph)
    {
        var found = InText(paragraph);
        if (found is not null && string.Equals(found, paragraph, StringComparison.Ordinal))
        {
            return found;
        }

        // "Wiltshire Council" as a header line: only when the whole line is "<Place> Council".
        var plain = paragraph.Length < 120 && paragraph.EndsWith(" Council", StringComparison.Ordinal) ? PlainCouncilLine().Match(paragraph) : Match.Empty;
        if (plain.Success && !NotAPlace.Contains(plain.Groups["first"].Value))
        {
            return paragraph;
        }

        return null;
    }

    private static string? InText(string paragraph, bool runningText = false)
    {
        var m = paragraph.AsSpan().ContainsAny(TypedCouncilEndings) ? TypedCouncil().Match(paragraph) : Match.Empty;

        // A principal council's site names town and parish councils as other bodies ("more convenient for Spennymoor
        // Town Council Members"); such a council is the page's own only as its header line.
        while (runningText && m.Success && (m.Value.EndsWith(" Town Council", StringComparison.Ordinal) || m.Value.EndsWith(" Parish Council", StringComparison.Ordinal)))
        {
            m = m.NextMatch();
        }

        if (m.Success)
        {
            var words = m.Value.Split(' ').ToList();

            // "Special Expenses and Parish Council precepts": a council's name never puts "and" right before its type
            // word, so this is a list of kinds of council, not a name.
            if (ConnectorBeforeType(words))
            {
                words.Clear();
            }

            // "Councillor Peter Crowe, Mayor of Colchester Borough Council": a visiting mayor's office names another
            // council (a council calls its own "the Mayor").
            if (words.Count > 2 && words[0] == "Mayor" && words[1] == "of")
            {
                return null;
            }

            while (words.Count > 0 && LeadingNoise.Contains(words[0]))
            {
                words.RemoveAt(0);
            }

            // "be established as a Committee of Kent County Council": a body of the council is not part of its name.
            var body = words.Count > 4 ? words.IndexOf("of") : -1;
            if (body > 0 && body + 3 < words.Count && BodyWords.Contains(words[body - 1]))
            {
                words.RemoveRange(0, body + 1);
            }

            // "including Testshire Fire and Rescue Service and Testshire County Council": the name starts after the
            // last "and" that follows another organisation.
            for (var i = words.Count - 4; i > 0; i--)
            {
                if (words[i] is "and" or "&" && OrganisationWords.Contains(words[i - 1]))
                {
                    words.RemoveRange(0, i + 1);
                    break;
                }
            }

            // "The Borough Council" names no place once the article is gone.
            if (words.Count >= 3 && !NotAPlace.Contains(words[0]))
            {
                return string.Join(' ', words);
            }
        }

        var b = paragraph.Contains("Borough of ", StringComparison.Ordinal) ? NamedBorough().Match(paragraph) : Match.Empty;
        if (b.Success)
        {
            var words = b.Value.Split(' ').ToList();
            while (words.Count > 4 && TrailingNoise.Contains(words[^1]))
            {
                words.RemoveAt(words.Count - 1);
            }

            return string.Join(' ', words);
        }

        var w = paragraph.Contains("Cyngor ", StringComparison.Ordinal) ? WelshCouncil().Match(paragraph) : Match.Empty;
        if (w.Success)
        {
            return w.Value;
        }

        return runningText ? Possessive(paragraph) : null;
    }

    /// <summary>
    /// "the current position regarding Central Bedfordshire Council’s Corporate Parenting Panel": a council without a
    /// type word is named in running text only in the possessive, where the place cannot be anything else.
    /// </summary>
    private static string? Possessive(string paragraph)
    {
        if (!paragraph.Contains("Council’s", StringComparison.Ordinal) && !paragraph.Contains("Council's", StringComparison.Ordinal))
        {
            return null;
        }

        foreach (Match m in PossessiveCouncil().Matches(paragraph))
        {
            var words = m.Groups["place"].Value.Split(' ').ToList();
            while (words.Count > 0 && LeadingNoise.Contains(words[0]))
            {
                words.RemoveAt(0);
            }

            if (words.Count > 0 && !NotAPlace.Contains(words[0]) && !TrailingNoise.Contains(words[^1]))
            {
                return string.Join(' ', words) + " Council";
            }
        }

        return null;
    }

    private static bool ConnectorBeforeType(List<string> words)
    {
        var type = words.Count - 2;
        if (type >= 1 && words[type] is "Borough" or "District" && words[type - 1] is "Metropolitan" or "County")
        {
            type--;
        }

        return type >= 1 && words[type - 1] is "and" or "&" or "of" or "the" or "or";
    }

    [GeneratedRegex(
        @"\b(?:[A-Z][\p{L}’'\-]+ (?:(?:of|and|upon|on|under|in|the|&) )?){1,5}(?:City|Borough|County|District|Metropolitan Borough|Metropolitan District|County Borough|Town|Parish|Unitary|Combined) Council\b",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TypedCouncil();

    [GeneratedRegex(
        @"\b(?:London|Royal) Borough of [A-Z][\p{L}’'\-]+(?: (?:and|upon|on) [A-Z][\p{L}’'\-]+| [A-Z][\p{L}’'\-]+){0,3}",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NamedBorough();

    [GeneratedRegex(
        @"\bCyngor (?:(?:Sir|Bwrdeistref Sirol|Dinas a Sir|Dinas|Tref|Cymuned|Sir y) )?[A-Z][\p{L}’'\-]+(?: [A-Z][\p{L}’'\-]+)?",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WelshCouncil();

    [GeneratedRegex(@"\b(?<place>[A-Z][\p{L}\-]+(?: (?:and|upon|on|&) [A-Z][\p{L}\-]+| [A-Z][\p{L}\-]+){0,3}) Council[’']s\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PossessiveCouncil();

    [GeneratedRegex(@"^(?<first>[A-Z][\p{L}’'\-]+)(?: (?:and|upon|on|&) [A-Z][\p{L}’'\-]+| [A-Z][\p{L}’'\-]+){0,3} Council$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PlainCouncilLine();
}
