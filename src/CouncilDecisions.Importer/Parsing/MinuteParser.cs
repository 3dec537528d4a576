using System.Text;
using System.Text.RegularExpressions;

namespace CouncilDecisions.Importer.Parsing;

/// <summary>
/// Turns the text of a published decision, issue or agenda-item page into a <see cref="ParsedDocument"/>.
/// Pure (no I/O, no database), never throws, and runs in time linear in the input (which is capped at
/// <see cref="MaxInputLength"/>). See docs/importer.md for the rules.
/// </summary>
public static class MinuteParser
{
    /// <summary>Version of the parsing rules, recorded with each import.</summary>
    public const string Version = "1.12.0";

    /// <summary>Largest input accepted, in characters (or bytes for UTF-8 input): 5 MB.</summary>
    public const int MaxInputLength = 5 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly HashSet<string> Chrome = new(StringComparer.Ordinal)
    {
        "accessibility settings", "color preference", "colour preference", "text size", "skip to main content",
        "skip to content", "menu", "search", "print", "print this page", "council and democracy", "home", "back",
        "share", "contact us", "sign in", "log in", "close", "accept", "reject", "cookies", "cookie settings",
        "browse meetings", "meetings", "decisions", "committees", "attachments", "view the reasons why this item is exempt",
        "change text size", "back to top", "share this item", "councillors and committees", "your council", "democracy", "mod.gov", "open data", "navigation",
    };

    private static readonly HashSet<string> Footer = new(StringComparer.Ordinal)
    {
        "a - z directory", "a-z directory", "a to z directory", "a - z", "a-z", "a to z", "a to z of services", "a-z of services",
        "accessibility statement", "accessibility", "privacy notice", "privacy policy", "privacy", "cookies", "cookie policy",
        "contact us", "back to top", "site map", "sitemap", "terms and conditions", "disclaimer",
        "print this page", "print", "share this page", "share this item",
    };

    private static readonly Dictionary<string, DocumentKind> Headings = new(StringComparer.Ordinal)
    {
        ["decision details"] = DocumentKind.DecisionDetails,
        ["manylion y penderfyniad"] = DocumentKind.DecisionDetails,
        ["manylion penderfyniad"] = DocumentKind.DecisionDetails,
        ["issue - decisions"] = DocumentKind.DecisionDetails,
        ["issue details"] = DocumentKind.DecisionDetails,
        ["issue - decision"] = DocumentKind.DecisionDetails,
        ["issue - meetings"] = DocumentKind.IssueMeetings,
        ["issue - meeting"] = DocumentKind.IssueMeetings,
        ["issue meetings"] = DocumentKind.IssueMeetings,
        ["agenda item"] = DocumentKind.AgendaItem,
        ["eitem agenda"] = DocumentKind.AgendaItem,
    };

    /// <summary>Parses UTF-8 bytes. Invalid UTF-8, binary data or oversized input give an unknown document with an error.</summary>
    /// <param name="bytes">The page text as UTF-8 (a BOM is allowed).</param>
    /// <param name="options">Fallbacks such as the council.</param>
    /// <returns>The document; never null, never throws.</returns>
    public static ParsedDocument Parse(ReadOnlySpan<byte> bytes, ParseOptions? options = null)
    {
        if (bytes.Length > MaxInputLength)
        {
            return Failure($"Input is {bytes.Length:N0} bytes; the parser accepts at most {MaxInputLength:N0} bytes (5 MB).");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        if (bytes.IndexOf((byte)0) >= 0)
        {
            return Failure("Input is binary data (it contains NUL bytes), not page text.");
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var at = ex.Index >= 0 ? $" near byte {ex.Index:N0}" : string.Empty;
            return Failure($"Input is not valid UTF-8{at}; save the page text as UTF-8 and try again.");
        }

        return Parse(text, options);
    }

    /// <summary>Parses page text.</summary>
    /// <param name="text">The page text, as copied from the page or extracted from its HTML.</param>
    /// <param name="options">Fallbacks such as the council.</param>
    /// <returns>The document; never null, never throws.</returns>
    public static ParsedDocument Parse(string text, ParseOptions? options = null)
    {
        options ??= new ParseOptions();
        try
        {
            return ParseChecked(text ?? string.Empty, options);
        }
        catch (RegexMatchTimeoutException)
        {
            return Failure("The text took too long to read (a pattern timed out); it was not parsed.");
        }
#pragma warning disable CA1031 // The parser's contract is never to throw: any bug becomes an unknown document with a reason.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return Failure($"The parser failed on this text ({ex.GetType().Name}); please report it with the file.");
        }
    }

    private static ParsedDocument ParseChecked(string text, ParseOptions options)
    {
        if (text.Length > MaxInputLength)
        {
            return Failure($"Input is {text.Length:N0} characters; the parser accepts at most {MaxInputLength:N0} (5 MB).");
        }

        if (LooksBinary(text))
        {
            return Failure("Input looks like binary data (many control characters), not page text.");
        }

        if (LooksLikeHtml(text))
        {
            return Unknown("Input is HTML markup, not page text; extract the text of the page (for example with a browser's copy, or `lynx -dump`) and parse that.");
        }

        var paragraphs = TextTools.SplitParagraphs(text);
        if (paragraphs.Count == 0)
        {
            return Unknown("Input is empty: there is no text to read.");
        }

        var (kind, headingIndex) = DetectKind(paragraphs);
        if (kind == DocumentKind.Unknown)
        {
            return Unknown("Not recognised as a \"Decision details\", \"Issue - meetings\" or \"Agenda item\" page: no family heading and no known labels (such as \"Decision Maker:\", \"Meeting:\" or \"Minutes:\").");
        }

        var builder = new DocumentBuilder(kind, options);
        if (headingIndex < 0)
        {
            builder.Warn($"No page heading found; read as {KindName(kind)} from its labels.");
        }

        var start = headingIndex + 1;
        while (start < paragraphs.Count && IsChrome(paragraphs[start]))
        {
            start++;
        }

        // The site's footer copied after the text ("A - Z Directory") is not the item's.
        var end = paragraphs.Count;
        while (end > start && ((paragraphs[end - 1].Length < 40 && Footer.Contains(TextTools.LabelKey(paragraphs[end - 1])))
            || IsContactFooter(paragraphs[end - 1])))
        {
            end--;
        }

        List<string>? footer = null;
        if (end < paragraphs.Count)
        {
            footer = paragraphs.GetRange(end, paragraphs.Count - end);
            paragraphs.RemoveRange(end, paragraphs.Count - end);
        }

        // Without a heading, a first line that is a sentence ("The report is attached.") is text, not a title.
        // On an "Issue - decisions" page without a title, "18/09/2013 - JCB at Blue Planet" dates the decision
        // (the builder reads it and takes the title from it).
        if (start < paragraphs.Count && (LooksLikeTitle(paragraphs[start]) && !(headingIndex < 0 && paragraphs[start].EndsWith('.'))
                && !(kind == DocumentKind.DecisionDetails && DocumentBuilder.IsDecisionDateLine(paragraphs[start]))
            || IsItemNamedLikeALabel(paragraphs, start) || IsRepeatedOnItemLine(paragraphs, start)
            || IsTitleWithColon(paragraphs, start, headingIndex) || IsIssueTitleAboveMeeting(paragraphs, start, kind, headingIndex)
            || IsAgendaTitleWithColon(paragraphs, start, kind, headingIndex)))
        {
            builder.SetTitle(paragraphs[start]);
            start++;
        }

        builder.Read(paragraphs, start);
        // A contact footer names the site's own council ("Eastshire County Council | Town Hall | …").
        return builder.Build(CouncilNames.Find(paragraphs) ?? (footer is null ? null : CouncilNames.Find(footer)));
    }

    /// <summary>
    /// "Eastshire County Council | Town Hall | EA1 1AA | Tel: … | how to find us | comments &amp; complaints": the site's
    /// contact footer, fields between pipes with a phone, an email or a contact link among them.
    /// </summary>
    private static bool IsContactFooter(string paragraph)
    {
        if (paragraph.Length is < 30 or > 400 || paragraph.AsSpan().Count(" | ") < 3)
        {
            return false;
        }

        return paragraph.Contains("Tel", StringComparison.Ordinal) || paragraph.Contains('@', StringComparison.Ordinal)
            || paragraph.Contains("find us", StringComparison.OrdinalIgnoreCase) || paragraph.Contains("complaints", StringComparison.OrdinalIgnoreCase)
            || paragraph.Contains("contact us", StringComparison.OrdinalIgnoreCase);
    }

    private static (DocumentKind Kind, int HeadingIndex) DetectKind(List<string> paragraphs)
    {
        Span<char> headingKey = stackalloc char[40];
        for (var i = 0; i < Math.Min(paragraphs.Count, 60); i++)
        {
            var p = paragraphs[i];
            if (p.Length < 40 && HeadingSpans.TryGetValue(HeadingKey(p, headingKey), out var kind))
            {
                return (kind, i);
            }
        }

        int details = 0, issue = 0, agenda = 0;
        foreach (var p in paragraphs)
        {
            if (Labels.TryRead(p, inTextSection: false) is not { Field: { } field } label)
            {
                continue;
            }

            var key = TextTools.LabelKey(label.Printed);
            switch (field)
            {
                case Field.DecisionMaker or Field.Status or Field.PublicationDate or Field.DecisionDate or Field.Reasons
                    or Field.Alternatives or Field.Conflicts or Field.Scrutiny:
                    details++;
                    break;
                case Field.Meeting when key == "decided at meeting":
                    details++;
                    break;
                case Field.Meeting when UkDate.Find(label.Value) is not null:
                    issue++;
                    break;
                case Field.Minutes or Field.DecisionText:
                    agenda++;
                    break;
                case Field.Officer or Field.KeyDecision when key is "officer" or "key decision":
                    agenda++;
                    break;
                default:
                    break;
            }
        }

        if (details >= 2 && details >= issue)
        {
            return (DocumentKind.DecisionDetails, -1);
        }

        if (issue > 0)
        {
            return (DocumentKind.IssueMeetings, -1);
        }

        if (agenda > 0)
        {
            return (DocumentKind.AgendaItem, -1);
        }

        if (details > 0 || LooksLikeDecisionList(paragraphs) || paragraphs.Exists(ListItems.IsFirstPersonDecisionLeadIn))
        {
            return (DocumentKind.DecisionDetails, -1);
        }

        return (LooksLikeMinuteText(paragraphs) ? DocumentKind.AgendaItem : DocumentKind.Unknown, -1);
    }

    /// <summary>
    /// An agenda item copied without its heading or labels still reads as minutes: a "RESOLVED" lead-in, a
    /// "Supporting documents" line, or a councillor declaring, arriving or leaving, or the Chair speaking.
    /// </summary>
    private static bool LooksLikeMinuteText(List<string> paragraphs)
    {
        foreach (var p in paragraphs)
        {
            if (p.Length > 10_000)
            {
                continue;
            }

            if (ListItems.TryReadResolutionLeadIn(p, out _)
                || (p.Length < 40 && TextTools.LabelKey(p) is "supporting documents" or "additional documents")
                || p.StartsWith("The Chair", StringComparison.Ordinal) || p.Contains(") The Chair", StringComparison.Ordinal)
                || (p.AsSpan().ContainsAny(MinuteWords) && PeopleFinder.Councillors(p).Any())
                || MinuteProse.ReadsAsMinutes(p, first: false) || MinuteProse.IsBareResolution(p)
                || (char.IsAsciiDigit(p[0]) && ListItems.TryReadMinuteNumber(p, out _, out var numbered) && MinuteProse.ReadsAsMinutes(numbered, first: false)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An "Issue - decisions" page copied without its heading is a list of numbered "That ..." decisions
    /// ("1) That the report be noted."); two of them make it a decision page.
    /// </summary>
    private static bool LooksLikeDecisionList(List<string> paragraphs)
    {
        var found = 0;
        foreach (var p in paragraphs)
        {
            if (p.Length > 4 && (char.IsAsciiDigit(p[0]) || p[0] == '(') && ListItems.TryRead(p, out _, out var text)
                && text.StartsWith("That ", StringComparison.Ordinal) && ++found >= 2)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly System.Buffers.SearchValues<string> MinuteWords = System.Buffers.SearchValues.Create(
        ["declared", "left the meeting", "arrived", "the Chair", "the meeting"], StringComparison.Ordinal);

    private static bool IsChrome(string paragraph)
    {
        if (paragraph.Length > 300)
        {
            return false;
        }

        var key = TextTools.LabelKey(paragraph);
        return Chrome.Contains(key)
            || paragraph.Contains(" > ", StringComparison.Ordinal)
            || paragraph.StartsWith("Home >", StringComparison.Ordinal)
            || key.Contains("cookie", StringComparison.Ordinal)
            || key.EndsWith(" website", StringComparison.Ordinal)
            || CouncilNames.IsCouncilLine(paragraph)
            || Headings.ContainsKey(key)
            || (paragraph.Length < 40 && Headings.ContainsKey(HeadingKey(paragraph)));
    }

    // A heading copied from a menu keeps its bullet: "• Decision details".
    private static string HeadingKey(string paragraph) =>
        TextTools.LabelKey(paragraph.TrimStart(Bullets)).Replace('\u2013', '-').Replace('\u2014', '-');

    /// <summary><see cref="HeadingKey(string)"/> written into <paramref name="destination"/>, for the scan of every page's top.</summary>
    private static ReadOnlySpan<char> HeadingKey(string paragraph, Span<char> destination)
    {
        var key = TextTools.LabelKey(paragraph.AsSpan().TrimStart(Bullets), destination);
        var written = destination[..key.Length];
        key.CopyTo(written);
        written.Replace('\u2013', '-');
        written.Replace('\u2014', '-');
        return written;
    }

    private static readonly char[] Bullets = ['\u2022', '\u00B7', '*', ' '];

    private static readonly Dictionary<string, DocumentKind>.AlternateLookup<ReadOnlySpan<char>> HeadingSpans = Headings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>An item called "Minutes" (its own "Minutes:" label follows later) is titled, not labelled.</summary>
    private static bool IsItemNamedLikeALabel(List<string> paragraphs, int at)
    {
        var p = paragraphs[at];
        if (p.Length > 30 || p.Contains(':', StringComparison.Ordinal) || Labels.TryRead(p, inTextSection: false) is not { Field: Field.Minutes or Field.DecisionText })
        {
            return false;
        }

        var labelled = p + ":";
        for (var i = at + 1; i < Math.Min(paragraphs.Count, at + 200); i++)
        {
            if (string.Equals(paragraphs[i], labelled, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Overview and Scrutiny: Summary of Call-In Activity" reads like a label, but the item line below repeats it
    /// under its number ("49 Overview and Scrutiny: Summary of Call-In Activity pdf icon PDF 232 KB"): it is the title.
    /// </summary>
    private static bool IsRepeatedOnItemLine(List<string> paragraphs, int at)
    {
        var p = paragraphs[at];
        if (p.Length > 200 || !p.Contains(':', StringComparison.Ordinal) || p.EndsWith(':'))
        {
            return false;
        }

        for (var i = at + 1; i < Math.Min(paragraphs.Count, at + 4); i++)
        {
            var line = paragraphs[i];
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            if (line.Length > 0 && char.IsAsciiDigit(line[0]) && space is > 0 and < 8
                && line.AsSpan(space + 1).StartsWith(p, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Allotments Review: Rents, Waiting Lists and Tenancies" right under the heading and above a known label ("Decision
    /// status:") is the item's title with a colon in it, not an unknown label: its value has no digits and starts
    /// with a capital.
    /// </summary>
    private static bool IsTitleWithColon(List<string> paragraphs, int start, int headingIndex)
    {
        if (headingIndex < 0 || start + 1 >= paragraphs.Count || paragraphs[start].Length > 150
            || Labels.TryRead(paragraphs[start], inTextSection: false) is not { Field: null, Value: { Length: > 2 } value }
            || !char.IsUpper(value[0]) || value.Any(char.IsAsciiDigit) || value.EndsWith('.'))
        {
            return false;
        }

        // "Issue - decisions" then "Local Plan: Consultation on Sites" then "09/11/2018 - …": the issue's title above its
        // first dated decision.
        return Labels.TryRead(paragraphs[start + 1], inTextSection: false) is { Field: not null }
            || DocumentBuilder.IsDecisionDateLine(paragraphs[start + 1]);
    }

    /// <summary>
    /// "Issue - meetings" then "055579 - General Matters - Change of Use … at 24 The Brackens, Buckley." then "Meeting: …": the
    /// issue's title sits between the heading and the first meeting line even when it reads as a sentence.
    /// </summary>
    private static bool IsIssueTitleAboveMeeting(List<string> paragraphs, int start, DocumentKind kind, int headingIndex) =>
        kind == DocumentKind.IssueMeetings && headingIndex >= 0 && start + 1 < paragraphs.Count && paragraphs[start].Length <= 250
        && paragraphs[start + 1].StartsWith("Meeting:", StringComparison.Ordinal) && !paragraphs[start].EndsWith(':')
        // "Local Plan Review: approval for consultation" there is the title with a colon, not an unknown label.
        && Labels.TryRead(paragraphs[start], inTextSection: false) is null or { Field: null, Value.Length: > 2 }
        // "To elect the Chairman … for the ensuing Municipal Year." describes the item; its name follows the meeting line.
        && !(paragraphs[start].StartsWith("To ", StringComparison.Ordinal) && paragraphs[start].Length > 4 && char.IsLower(paragraphs[start][3]))
        && !MinuteProse.IsAgendaDescription(paragraphs[start]);

    /// <summary>
    /// "Agenda item" then "Better Care Fund: Northshire Plan" then the minutes: the line right under the heading is the
    /// item's title, even when it reads as an unknown label (its value is a name, not a sentence).
    /// </summary>
    private static bool IsAgendaTitleWithColon(List<string> paragraphs, int start, DocumentKind kind, int headingIndex) =>
        kind == DocumentKind.AgendaItem && headingIndex >= 0 && start == headingIndex + 1 && paragraphs[start].Length <= 150
        && Labels.TryRead(paragraphs[start], inTextSection: false) is { Field: null, Value: { Length: > 2 and <= 100 } value }
        && char.IsUpper(value[0]) && value[^1] is not ('.' or ':' or ';' or ',');

    private static bool LooksLikeTitle(string paragraph) =>
        paragraph.Length <= 250
        && (DocumentBuilder.EndsWithFileNote(paragraph) || LooksLikeTitleText(paragraph));

    // An item title carries its report's file note ("Minutes of Previous Meeting: 30 March 2021 pdf icon PDF 365 KB"),
    // which no label does, so such a line is a title even with a colon in it.
    private static bool LooksLikeTitleText(string paragraph) =>
        !paragraph.EndsWith(':')
        && Labels.TryRead(paragraph, inTextSection: false) is null
        && !ListItems.TryReadResolutionLeadIn(paragraph, out _)
        && !(paragraph.EndsWith('.') && TextTools.WordCount(paragraph) > 12)
        && !(paragraph.EndsWith('.') && MinuteProse.IsAgendaDescription(paragraph))
        // "There were no declarations of interest." on a copy without its title line is the first minute.
        && !(paragraph.EndsWith('.') && MinuteProse.ReadsAsMinutes(paragraph, first: true));

    private static bool LooksBinary(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 64 * 1024));
        if (sample.Contains('\0'))
        {
            return true;
        }

        // Page text has few control characters: find them with a vectorised search rather than testing every character.
        var control = 0;
        for (var rest = sample; rest.IndexOfAny(CountedControls) is var at and >= 0; rest = rest[(at + 1)..])
        {
            control++;
        }

        return sample.Length > 0 && control * 20 > sample.Length;
    }

    // char.IsControl, less the line breaks and tab that page text is made of.
    private static readonly System.Buffers.SearchValues<char> CountedControls = System.Buffers.SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Select(c => (char)c).Where(c => c is not ('\n' or '\r' or '\t' or '\f'))));

    private static bool LooksLikeHtml(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 64 * 1024));
        if (!sample.Contains('<'))
        {
            return false;
        }

        return sample.Contains("<html", StringComparison.OrdinalIgnoreCase)
            || sample.Contains("<!doctype", StringComparison.OrdinalIgnoreCase)
            || sample.Contains("<body", StringComparison.OrdinalIgnoreCase)
            || (sample.Contains("<div", StringComparison.OrdinalIgnoreCase) && sample.Contains("</div>", StringComparison.OrdinalIgnoreCase))
            || (sample.Contains("<p>", StringComparison.OrdinalIgnoreCase) && sample.Contains("</p>", StringComparison.OrdinalIgnoreCase));
    }

    private static string KindName(DocumentKind kind) => kind switch
    {
        DocumentKind.DecisionDetails => "a \"Decision details\" page",
        DocumentKind.IssueMeetings => "an \"Issue - meetings\" page",
        DocumentKind.AgendaItem => "an \"Agenda item\" page",
        _ => "an unknown page",
    };

    private static ParsedDocument Unknown(string reason) => new() { Kind = DocumentKind.Unknown, Warnings = [reason] };

    private static ParsedDocument Failure(string error) => new() { Kind = DocumentKind.Unknown, Warnings = [error], Error = error };
}
