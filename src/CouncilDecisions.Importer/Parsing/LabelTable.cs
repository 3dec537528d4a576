namespace CouncilDecisions.Importer.Parsing;

/// <summary>What a known label fills.</summary>
internal enum Field
{
    DecisionMaker,
    Status,
    KeyDecision,
    CallIn,
    Purpose,
    DecisionText,
    Reasons,
    Alternatives,
    Scrutiny,
    Conflicts,
    PublicationDate,
    DecisionDate,
    Meeting,
    Officer,
    Minutes,
    Recommendations,

    /// <summary>A label known to carry no field of its own (kept in extras), but which always ends a section.</summary>
    Extra,
}

/// <summary>The labels of the three page families (English and the Welsh ones we can vouch for).</summary>
internal static class LabelTable
{
    private static readonly Dictionary<string, Field> Labels = new(StringComparer.Ordinal)
    {
        ["decision maker"] = Field.DecisionMaker,
        ["decision-maker"] = Field.DecisionMaker,
        ["decision taker"] = Field.DecisionMaker,
        ["gwneuthurwr penderfyniad"] = Field.DecisionMaker,
        ["gwneuthurwr y penderfyniad"] = Field.DecisionMaker,

        // ModernGov's Welsh template, as printed on several Welsh councils' sites ("Y sawl sy'n gwneud penderfyniad",
        // "Is KeyPenderfyniad?", "yn amodol ar gael ei alw i mewn?", "Penderfynwyd yn y Cyfarfod").
        ["y sawl sy'n gwneud penderfyniad"] = Field.DecisionMaker,

        ["decision status"] = Field.Status,
        ["status"] = Field.Status,
        ["statws y penderfyniad"] = Field.Status,
        ["statws penderfyniad"] = Field.Status,
        ["statws"] = Field.Status,

        ["is key decision"] = Field.KeyDecision,
        ["key decision"] = Field.KeyDecision,
        ["is allweddol decision"] = Field.KeyDecision,
        ["penderfyniad allweddol"] = Field.KeyDecision,
        ["ydy'r penderfyniad yn allweddol"] = Field.KeyDecision,
        ["is allweddolpenderfyniad"] = Field.KeyDecision,
        ["is keypenderfyniad"] = Field.KeyDecision,

        ["is subject to call in"] = Field.CallIn,
        ["is subject to call-in"] = Field.CallIn,
        ["subject to call in"] = Field.CallIn,
        ["subject to call-in"] = Field.CallIn,
        ["yn destun galw i mewn"] = Field.CallIn,
        ["yn amodol ar gael ei alw i mewn"] = Field.CallIn,

        ["purpose"] = Field.Purpose,
        ["purpose of report"] = Field.Purpose,
        ["pwrpas"] = Field.Purpose,
        ["diben"] = Field.Purpose,

        // Record-of-decision pages printed from a template with sentence labels ("The subject of the decision:",
        // "The reason for the decision:", "THE DECISION:").
        ["the subject of the decision"] = Field.Purpose,
        ["subject of the decision"] = Field.Purpose,

        ["decision"] = Field.DecisionText,
        ["decisions"] = Field.DecisionText,
        ["decision taken"] = Field.DecisionText,
        ["decisions taken"] = Field.DecisionText,
        ["decision made"] = Field.DecisionText,
        ["decisions made"] = Field.DecisionText,
        ["penderfyniad"] = Field.DecisionText,
        ["penderfyniadau"] = Field.DecisionText,
        ["the decision"] = Field.DecisionText,
        // Decision pages of a cabinet that also recommends to council head the decisions it took itself "Delegated
        // decisions:" and the rest "Recommendations to Council:".
        ["delegated decision"] = Field.DecisionText,
        ["delegated decisions"] = Field.DecisionText,
        // Licensing hearings head their decision "DETERMINATION:".
        ["determination"] = Field.DecisionText,

        ["reason for the decision"] = Field.Reasons,
        ["reasons for the decision"] = Field.Reasons,
        ["reason(s) for the decision"] = Field.Reasons,
        ["reason for decision"] = Field.Reasons,
        ["reasons for decision"] = Field.Reasons,
        ["reason(s) for decision"] = Field.Reasons,
        ["reasons for the decisions"] = Field.Reasons,
        ["reason for decisions"] = Field.Reasons,
        ["reasons for decisions"] = Field.Reasons,
        ["reason for the decisions"] = Field.Reasons,
        ["reason(s) for the decisions"] = Field.Reasons,
        ["reason"] = Field.Reasons,
        ["reasons"] = Field.Reasons,
        ["the reason for the decision"] = Field.Reasons,
        ["the reasons for the decision"] = Field.Reasons,
        // "Reasons for making the decision:" (an issue-meetings template that prints its reasons after the resolution).
        ["reason for making the decision"] = Field.Reasons,
        ["reasons for making the decision"] = Field.Reasons,
        ["reason(s) for making the decision"] = Field.Reasons,
        ["reasons for making the decisions"] = Field.Reasons,
        ["reasons for making this decision"] = Field.Reasons,
        ["reason for making this decision"] = Field.Reasons,
        ["rheswm dros y penderfyniad"] = Field.Reasons,
        ["rhesymau dros y penderfyniad"] = Field.Reasons,

        ["any alternative options considered and rejected"] = Field.Alternatives,
        ["alternative options considered and rejected"] = Field.Alternatives,
        ["alternative options considered"] = Field.Alternatives,
        ["alternatives considered"] = Field.Alternatives,
        ["alternative options rejected"] = Field.Alternatives,
        ["other options considered and rejected"] = Field.Alternatives,
        ["other options considered"] = Field.Alternatives,
        ["other options rejected"] = Field.Alternatives,
        ["other options"] = Field.Alternatives,

        ["scrutiny considerations"] = Field.Scrutiny,

        // Bracknell Forest's decision template: its interests heading, and the consultation heading after it (a
        // heading of its own, so "N/A" under it is not read into the interests).
        ["interests and nature of interests declared"] = Field.Conflicts,
        ["other reasons / organisations consulted"] = Field.Extra,

        ["publication date"] = Field.PublicationDate,
        ["date of publication"] = Field.PublicationDate,
        ["dyddiad cyhoeddi"] = Field.PublicationDate,

        ["date of decision"] = Field.DecisionDate,
        ["decision date"] = Field.DecisionDate,
        ["dyddiad y penderfyniad"] = Field.DecisionDate,
        ["dyddiad penderfyniad"] = Field.DecisionDate,

        ["meeting"] = Field.Meeting,
        ["decided at meeting"] = Field.Meeting,
        ["cyfarfod"] = Field.Meeting,
        ["penderfynwyd yn y cyfarfod"] = Field.Meeting,

        ["officer"] = Field.Officer,
        ["lead officer"] = Field.Officer,
        ["contact"] = Field.Officer,
        ["contact officer"] = Field.Officer,
        ["officer contact"] = Field.Officer,
        ["report author"] = Field.Officer,
        ["swyddog arweiniol"] = Field.Officer,

        ["minutes"] = Field.Minutes,
        ["cofnodion"] = Field.Minutes,

        ["recommendation"] = Field.Recommendations,
        ["recommendations"] = Field.Recommendations,
        ["argymhellion"] = Field.Recommendations,
        ["recommendation to council"] = Field.Recommendations,
        ["recommendations to council"] = Field.Recommendations,
        ["recommendation to full council"] = Field.Recommendations,
        ["recommendations to full council"] = Field.Recommendations,
        ["recommendation to the council"] = Field.Recommendations,
        ["recommendations to the council"] = Field.Recommendations,

        ["wards affected"] = Field.Extra,
        ["ward affected"] = Field.Extra,
        ["divisions affected"] = Field.Extra,
        ["wardiau dan sylw"] = Field.Extra,
        ["implementation date"] = Field.Extra,
        ["accompanying documents"] = Field.Extra,
        ["additional documents"] = Field.Extra,
        ["supporting documents"] = Field.Extra,
        ["background papers"] = Field.Extra,

        // Section headings of ModernGov's "Issue details" page; the links listed under them are kept with them.
        ["agenda items"] = Field.Extra,
        ["consultation process"] = Field.Extra,
        ["documents"] = Field.Extra,
        ["dogfennau ategol"] = Field.Extra,
        ["dogfennau cefnogol"] = Field.Extra,
        ["forward plan ref"] = Field.Extra,
        ["forward plan reference"] = Field.Extra,
        ["report by"] = Field.Extra,
        ["action by"] = Field.Extra,
        ["cabinet member"] = Field.Extra,
        ["portfolio holder"] = Field.Extra,
        ["portfolio"] = Field.Extra,
        ["lead member"] = Field.Extra,
        ["consultees"] = Field.Extra,
        ["financial implications"] = Field.Extra,
        ["legal implications"] = Field.Extra,
        ["notice of proposed decision first published"] = Field.Extra,
        ["decision due"] = Field.Extra,
        // "Eligible for call-in to: Policy and Resources Scrutiny Committee" names the committee, not yes or no; as a
        // known label it ends the reasons above it.
        ["eligible for call-in to"] = Field.Extra,
        ["eligible for call in to"] = Field.Extra,
        ["decision type"] = Field.Extra,
        ["directorate"] = Field.Extra,
        ["department"] = Field.Extra,
    };

    /// <summary>Labels that may start a line without a colon ("Report by Head of ICT").</summary>
    public static readonly string[] PrefixLabels = ["Report by ", "Reported by "];

    /// <summary>Fields whose label may be followed by a dash instead of a colon ("REASON – To comply ...").</summary>
    public static bool TakesDash(Field field) => field is Field.Reasons or Field.Alternatives or Field.DecisionText;

    private static readonly Dictionary<string, Field>.AlternateLookup<ReadOnlySpan<char>> LabelSpans = Labels.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Looks up a label by its <see cref="TextTools.LabelKey(string)"/>.</summary>
    public static bool TryGet(string key, out Field field) => TryGet(key.AsSpan(), out field);

    /// <summary>Looks up a label by its key as a span (<see cref="TextTools.LabelKey(ReadOnlySpan{char}, Span{char})"/>).</summary>
    public static bool TryGet(ReadOnlySpan<char> key, out Field field)
    {
        if (LabelSpans.TryGetValue(key, out field))
        {
            return true;
        }

        // "Decision made (Unanimously)": a note in brackets after a known label does not change it.
        var bracket = key.Length < 80 && key.EndsWith(')') ? key.LastIndexOf(" (", StringComparison.Ordinal) : -1;
        if (bracket > 0 && LabelSpans.TryGetValue(key[..bracket], out field))
        {
            return true;
        }

        // "Decision taken by the Cabinet Member on: 9 February 2015" is a dated note, kept as an extra, not decision text.
        if ((key.StartsWith("decision taken by ", StringComparison.Ordinal) || key.StartsWith("decision made by ", StringComparison.Ordinal))
            && key.EndsWith(" on", StringComparison.Ordinal) && key.Length < 70)
        {
            field = Field.Extra;
            return true;
        }

        // "Alternative options conceded and why rejected": a misspelt alternatives heading still names the options and
        // ends in "rejected".
        if (key.Length < 70 && (key.StartsWith("alternative options ", StringComparison.Ordinal) || key.StartsWith("other options ", StringComparison.Ordinal))
            && key.EndsWith(" rejected", StringComparison.Ordinal))
        {
            field = Field.Alternatives;
            return true;
        }

        // "Conflicts of Interest Declared by the Executive Councillor (and any Dispensations Granted)" and kin.
        if (key.StartsWith("conflicts of interest", StringComparison.Ordinal)
            || key.StartsWith("conflict of interest", StringComparison.Ordinal)
            || key.StartsWith("declarations of interest", StringComparison.Ordinal))
        {
            field = Field.Conflicts;
            return true;
        }

        return false;
    }
}
