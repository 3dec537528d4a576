using System.Buffers;
using System.Text.RegularExpressions;

namespace CouncilDecisions.Importer.Parsing;

/// <summary>Numbered items ("1.", "2)", "(a)", "i.") and the lead-ins that introduce resolutions and recommendations.</summary>
internal static partial class ListItems
{
    private static readonly SearchValues<string> LeadInWords = SearchValues.Create(
        ["RESOLVED", "AGREED", "DECIDED", "Resolved", "Agreed", "Decided", "PENDERFYNWYD", "Penderfynwyd"], StringComparison.Ordinal);

    private static readonly SearchValues<string> CapitalLeadInWords = SearchValues.Create(["RESOLVED", "AGREED", "DECIDED"], StringComparison.Ordinal);

    /// <summary>Reads a numbered item; the label is the bare number for digits, else as printed.</summary>
    public static bool TryRead(string paragraph, out string label, out string text)
    {
        label = text = string.Empty;
        if (paragraph.Length < 3 || paragraph.Length > 0 && !(char.IsLetterOrDigit(paragraph[0]) || paragraph[0] == '('))
        {
            return false;
        }

        // Item() only starts with '(', a lower-case letter or a digit: most prose (capitalised) never reaches it.
        if (!(paragraph[0] == '(' || char.IsAsciiLetterLower(paragraph[0]) || char.IsDigit(paragraph[0])))
        {
            return false;
        }

        // Match(input, 0, length) reads the first 200 characters as the whole input, without copying them.
        var m = Item().Match(paragraph, 0, Math.Min(paragraph.Length, 200));
        if (!m.Success)
        {
            return false;
        }

        var raw = m.Groups["l"].Value;
        label = raw.All(char.IsAsciiDigit) ? raw : m.Groups["p"].Value;
        text = paragraph[m.Length..];
        return text.Length > 0;
    }

    /// <summary>Reads a dotted minute number: "56.1 The report ..." gives "56.1".</summary>
    public static bool TryReadMinuteNumber(string paragraph, out string number, out string text)
    {
        number = text = string.Empty;
        if (paragraph.Length < 4 || !char.IsAsciiDigit(paragraph[0]))
        {
            return false;
        }

        var m = MinuteNumber().Match(paragraph, 0, Math.Min(paragraph.Length, 40));
        if (!m.Success)
        {
            return false;
        }

        number = m.Groups["n"].Value;
        text = paragraph[m.Length..];
        return text.Length > 0;
    }

    /// <summary>
    /// Splits "(a) agree ...; and (b) adopt ..." written on one line into its items; a single item when the next
    /// label in sequence does not occur.
    /// </summary>
    public static List<(string Label, string Text)> SplitInline(string label, string text)
    {
        var items = new List<(string, string)>();
        var current = label;
        while (true)
        {
            var (at, printed, next) = FindNext(current, text);
            if (at < 0)
            {
                items.Add((current, text));
                return items;
            }

            items.Add((current, text[..at].TrimEnd()));
            text = text[(at + printed.Length + 2)..];
            current = next;
        }
    }

    /// <summary>A resolution lead-in ("RESOLVED:", "Resolved –", "AGREED that", "It was RESOLVED that"); rest is what follows it.</summary>
    public static bool TryReadResolutionLeadIn(string paragraph, out string rest)
    {
        rest = string.Empty;
        if (paragraph.Length > 0 && char.IsAsciiLetterLower(paragraph[0]) && TryReadLowerCaseLeadIn(paragraph, out rest))
        {
            return true;
        }

        if (paragraph.Length < 120 && paragraph.EndsWith(':') && (TryReadSentenceLeadIn(paragraph) || IsFirstPersonDecisionLeadIn(paragraph) || EndsWithCapitalLeadIn(paragraph)))
        {
            return true;
        }

        if (TryReadSubjectLeadIn(paragraph, out rest))
        {
            return true;
        }

        if (paragraph.Length > 60 && paragraph[^1] is ':' or '\u2013' or '-'
            && TrailingLeadIn().IsMatch(paragraph.AsSpan(paragraph.Length - 40)))
        {
            // "Following consideration of the report of the Director ..., it was RESOLVED:": the items follow.
            return true;
        }

        if (paragraph.Length < 300 && paragraph[0] is 'I' && TryReadSentenceCaseItWas(paragraph, out rest))
        {
            return true;
        }

        if (!paragraph.AsSpan(0, Math.Min(paragraph.Length, 60)).ContainsAny(LeadInWords))
        {
            return false;
        }

        var m = ResolutionLeadIn().Match(paragraph, 0, Math.Min(paragraph.Length, 300));
        if (!m.Success)
        {
            return false;
        }

        var word = m.Groups["w"].Value;
        var after = paragraph[(m.Groups["w"].Index + word.Length)..];
        var hasSeparator = after.TrimStart().Length > 0 && after.TrimStart()[0] is ':' or '\u2013' or '\u2014' or '-';
        var upper = word.All(c => !char.IsLower(c));
        var trimmed = StripLeadIn(after);
        // "Resolved to reject the applications ..." in sentence case is a resolution too.
        if (!upper && !hasSeparator && trimmed.Length > 0 && !after.TrimStart().StartsWith("that", StringComparison.OrdinalIgnoreCase)
            && !after.StartsWith(" to ", StringComparison.Ordinal))
        {
            return false;
        }

        rest = trimmed;
        return true;
    }

    /// <summary>
    /// "It was resolved –" or "It was agreed:" in sentence case, with its dash or colon: the lead-in as "RESOLVED –" is.
    /// (Without the mark, "It was agreed that the letter be sent" is told as narrative.)
    /// </summary>
    private static bool TryReadSentenceCaseItWas(string paragraph, out string rest)
    {
        rest = string.Empty;
        foreach (var opening in (ReadOnlySpan<string>)["It was resolved", "It was agreed", "It was decided"])
        {
            if (paragraph.StartsWith(opening, StringComparison.Ordinal))
            {
                var after = paragraph.AsSpan(opening.Length).TrimStart(' ');
                if (after.Length == 0 || after[0] is not (':' or '\u2013' or '\u2014' or '-'))
                {
                    return false;
                }

                rest = after[1..].Trim().ToString().TrimStart('-', ' ');
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A capital lead-in inside a sentence: "Following the discussion it was RESOLVED that …", "It was MOVED, SECONDED and
    /// RESOLVED that …", "… seconded by Y and RESOLVED, that - …", "…; the Committee AGREED to confirm …". Rest is the
    /// resolution; <paramref name="narrative"/> is true when a full sentence comes before it (that part is a minute).
    /// </summary>
    public static bool TryReadMidSentenceLeadIn(string paragraph, out string rest, out bool narrative)
    {
        rest = string.Empty;
        narrative = false;
        if (paragraph.Length is < 30 or > 3000 || !paragraph.AsSpan().ContainsAny(CapitalLeadInWords))
        {
            return false;
        }

        var m = MidSentenceLeadIn().Match(paragraph);
        if (!m.Success || m.Index == 0)
        {
            return false;
        }

        rest = StripLeadIn(paragraph[(m.Index + m.Length)..]);
        if (rest.Length < 8 || !char.IsLetter(rest[0]))
        {
            return false;
        }

        var before = paragraph.AsSpan(0, m.Index);
        narrative = before.Contains(". ", StringComparison.Ordinal) || before.Contains("; ", StringComparison.Ordinal);
        return true;
    }

    /// <summary>
    /// "The Panel Resolved to: Note the feedback …", "The Committee RESOLVED to:": the body, the lead-in word in any case
    /// and a colon or dash; the resolution follows on the same line or below.
    /// </summary>
    private static bool TryReadSubjectLeadIn(string paragraph, out string rest)
    {
        rest = string.Empty;
        var colon = paragraph.AsSpan(0, Math.Min(paragraph.Length, 60)).IndexOfAny(':', '\u2013');
        if (colon < 12 || !char.IsUpper(paragraph[0]))
        {
            return false;
        }

        var m = SubjectLeadIn().Match(paragraph, 0, colon + 1);
        if (!m.Success)
        {
            return false;
        }

        // "The Committee resolved:-" and "RESOLVED: |" (a table's border): the marks after the colon are not a resolution.
        rest = paragraph[(colon + 1)..].Trim().TrimStart('-', '\u2013', '\u2014', '|', ' ');
        return true;
    }

    /// <summary>"The Cabinet resolved to:" or "The Committee agreed that:": a short sentence introducing the items.</summary>
    private static bool TryReadSentenceLeadIn(string paragraph)
    {
        foreach (var ending in (ReadOnlySpan<string>)[" resolved to:", " resolved that:", " resolved:", " agreed to:", " agreed that:", " decided to:", " decided that:"])
        {
            if (paragraph.EndsWith(ending, StringComparison.Ordinal))
            {
                return TextTools.WordCount(paragraph) <= 8;
            }
        }

        return false;
    }

    /// <summary>
    /// "Cabinet considered the options and RESOLVED:": a short sentence ending on the lead-in word in capitals (a long one
    /// is read by <see cref="TrailingLeadIn"/>); the items follow.
    /// </summary>
    private static bool EndsWithCapitalLeadIn(string paragraph)
    {
        foreach (var ending in (ReadOnlySpan<string>)[" RESOLVED:", " AGREED:", " DECIDED:"])
        {
            if (paragraph.EndsWith(ending, StringComparison.Ordinal))
            {
                return TextTools.WordCount(paragraph) <= 12;
            }
        }

        return false;
    }

    /// <summary>
    /// A member's own record of decision: "As Cabinet Member for Environment, I agree to:", "I have decided to:"; the
    /// items follow.
    /// </summary>
    public static bool IsFirstPersonDecisionLeadIn(string paragraph)
    {
        if (paragraph.Length is < 10 or > 160 || !paragraph.EndsWith(':') || !paragraph.Contains("I ", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var ending in (ReadOnlySpan<string>)["I agree to:", "I agree that:", "I agree:", "I have agreed to:", "I have decided to:", "I have decided that:", "I decided to:", "I approve:"])
        {
            if (paragraph.EndsWith(ending, StringComparison.Ordinal)
                && (paragraph.Length == ending.Length || paragraph[paragraph.Length - ending.Length - 1] is ' ' or ','))
            {
                return TextTools.WordCount(paragraph) <= 14;
            }
        }

        return false;
    }

    /// <summary>"resolved:" or "agreed –" in lower case, as some councils print it: only with a colon or dash after it.</summary>
    private static bool TryReadLowerCaseLeadIn(string paragraph, out string rest)
    {
        rest = string.Empty;
        foreach (var word in (ReadOnlySpan<string>)["resolved", "agreed", "decided"])
        {
            if (paragraph.StartsWith(word, StringComparison.Ordinal))
            {
                var after = paragraph[word.Length..];
                var trimmed = after.TrimStart();
                if (trimmed.Length == 0 || trimmed[0] is not (':' or '\u2013' or '\u2014' or '-'))
                {
                    return false;
                }

                rest = StripLeadIn(after);
                return true;
            }
        }

        return false;
    }

    /// <summary>A recommendation lead-in ("The Cabinet is RECOMMENDED to:"); rest is what follows "RECOMMENDED".</summary>
    public static bool TryReadRecommendationLeadIn(string paragraph, out string rest)
    {
        rest = string.Empty;
        var at = paragraph.IndexOf("RECOMMENDED", StringComparison.Ordinal);
        if (at < 0 || at > 200)
        {
            var lower = paragraph.Length < 200 && paragraph.EndsWith(':')
                && (paragraph.Contains("recommended to", StringComparison.OrdinalIgnoreCase)
                    || paragraph.Contains("recommended that", StringComparison.OrdinalIgnoreCase));
            return lower;
        }

        rest = StripLeadIn(paragraph[(at + "RECOMMENDED".Length)..]);
        return true;
    }

    private static string StripLeadIn(string after)
    {
        var text = after.Trim();
        for (var guard = 0; guard < 6 && text.Length > 0; guard++)
        {
            var before = text;
            text = text.TrimStart(':', '\u2013', '\u2014', '-', ',', '|', ' ');
            text = StripFullStop(text);
            text = StripNote(text);
            text = StripAside(text);
            foreach (var word in new[] { "unanimously", "yn unfrydol", "that", "to" })
            {
                if (text.StartsWith(word, StringComparison.OrdinalIgnoreCase)
                    && (text.Length == word.Length || text[word.Length] is ':' or ' ' or ','))
                {
                    var remainder = text[word.Length..].TrimStart();
                    // "to" stays when it begins the resolution itself ("RESOLVED to approve ...").
                    var keep = word == "to" && remainder.Length > 0 && remainder[0] != ':' && !TryRead(remainder, out _, out _);
                    if (!keep)
                    {
                        text = remainder;
                    }
                }
            }

            if (before == text)
            {
                break;
            }
        }

        return text.Trim();
    }

    /// <summary>
    /// "RESOLVED, by majority vote, that –", "RESOLVED, on the casting vote of the Chair, that …": the aside between the
    /// lead-in and its "that" is not the resolution.
    /// </summary>
    private static string StripAside(string text)
    {
        if (text.Length < 8 || !(text.StartsWith("by ", StringComparison.Ordinal) || text.StartsWith("on ", StringComparison.Ordinal)
            || text.StartsWith("with ", StringComparison.Ordinal)))
        {
            return text;
        }

        var comma = text.AsSpan(0, Math.Min(text.Length, 60)).IndexOf(", that", StringComparison.OrdinalIgnoreCase);
        return comma > 0 && !text.AsSpan(0, comma).ContainsAny(',', '.', ';') ? text[(comma + 2)..] : text;
    }

    /// <summary>"RESOLVED." with the items on the lines below: the full stop closes the lead-in, it is no resolution.</summary>
    private static string StripFullStop(string text) => text == "." ? string.Empty : text;

    /// <summary>
    /// "AGREED (with 34 votes for and 1 against) that:": a note in brackets after the lead-in is not the resolution.
    /// A list label ("(a)", "(iv)") has no space inside its brackets, so it is never taken for a note.
    /// </summary>
    private static string StripNote(string text)
    {
        if (text.Length < 8 || text[0] != '(')
        {
            return text;
        }

        var close = text.IndexOf(')', StringComparison.Ordinal);
        if (close is > 4 and < 100 && text.AsSpan(1, close - 1).Contains(' ') && text.AsSpan(1, close - 1).IndexOfAny('(', ')') < 0)
        {
            return text[(close + 1)..];
        }

        // "Resolved: (Unanimously) That …": a one-word note is the vote's, not part of the resolution.
        return close is 12 or 10 && (text.AsSpan(1, close - 1).Equals("unanimously", StringComparison.OrdinalIgnoreCase)
            || text.AsSpan(1, close - 1).Equals("unanimous", StringComparison.OrdinalIgnoreCase))
            ? text[(close + 1)..]
            : text;
    }

    /// <summary>"(Unanimous)" or "(Unanimously)": a vote's note printed on its own line.</summary>
    public static bool IsUnanimousNote(string paragraph) =>
        paragraph.Length > 2 && paragraph[0] == '(' && paragraph[^1] == ')'
        && paragraph.AsSpan(1, paragraph.Length - 2) is var inner
        && (inner.Equals("unanimous", StringComparison.OrdinalIgnoreCase) || inner.Equals("unanimously", StringComparison.OrdinalIgnoreCase));

    private static (int At, string Printed, string Label) FindNext(string label, string text)
    {
        if (label.All(char.IsAsciiDigit) && label.Length < 4)
        {
            var next = (int.Parse(label, System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            foreach (var printed in new[] { next + ".", next + ")", "(" + next + ")" })
            {
                var at = text.IndexOf(" " + printed + " ", StringComparison.Ordinal);
                if (at >= 0)
                {
                    return (at, printed, next);
                }
            }
        }
        else if (label.Length == 3 && label[0] == '(' && label[2] == ')' && char.IsAsciiLetterLower(label[1]) && label[1] != 'z')
        {
            var printed = $"({(char)(label[1] + 1)})";
            var at = text.IndexOf(" " + printed + " ", StringComparison.Ordinal);
            if (at >= 0)
            {
                return (at, printed, printed);
            }
        }

        return (-1, string.Empty, string.Empty);
    }

    [GeneratedRegex(@"^(?<p>\((?<l>[a-zA-Z]|[ivxlc]{1,6}|[IVXLC]{1,6}|\d{1,3})\)|(?<l>[a-z]|[ivxlc]{1,6}|\d{1,3})[.)]) ",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Item();

    [GeneratedRegex(@"^(?<n>\d{1,4}(?:\.\d{1,3}){1,3})\.? ", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MinuteNumber();

    [GeneratedRegex(@"^(?:(?:(?:And|and|Accordingly,?|Therefore,?|Thereupon,?|It|it) )*(?:was|is|were|be|being) )?(?<w>RESOLVED|AGREED|DECIDED|Resolved|Agreed|Decided|PENDERFYNWYD|Penderfynwyd)\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ResolutionLeadIn();

    [GeneratedRegex(@"^(?:The )?(?:Committee|Sub-Committee|Panel|Board|Cabinet|Council|Executive|Forum|Authority|Members|Group|Partnership|Joint Committee)(?: (?:therefore|then|unanimously))? (?i:resolved|agreed|decided)(?: (?:to|that))? ?[:\u2013]$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SubjectLeadIn();

    // The lead-in word in capitals after "it was", "and" or the body, then "that"/"to"; the match ends on the word.
    [GeneratedRegex(@"(?:\b[Ii]t was|\band|\b(?:Committee|Sub-Committee|Panel|Board|Cabinet|Council|Executive|Forum|Authority|Members))(?: (?:therefore|then|unanimously|duly))? (?:RESOLVED|AGREED|DECIDED)(?=,? (?:that|to) |,? ?[:\u2013])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MidSentenceLeadIn();

    [GeneratedRegex(@"\b(?:RESOLVED|AGREED|DECIDED)(?: (?:that|to|unanimously))? ?[:\u2013-]$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TrailingLeadIn();
}
