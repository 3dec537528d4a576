using CouncilDecisions.Notices;

namespace CouncilDecisions.UnitTests.Notices;

/// <summary>Decision data written by hand from seeds/cambridge-decision-details-digital-transformation-strategy.txt.</summary>
internal static class NoticeSamples
{
    public static readonly DateTimeOffset Created = new(2018, 10, 9, 12, 0, 0, TimeSpan.Zero);

    public static readonly string[] Comments =
    [
        "Commented that more than one officer would be required to roll the strategy out.",
        "Welcomed the report as it pointed the council in the right direction but also expressed concern about digital exclusion.",
        "Referred to the equality impact assessment which accompanied the report which highlighted that age was a factor in digital exclusion.",
        "Referred to p177 of the agenda and asked how transparency would be ensured so that if something went wrong corrective action could be taken.",
        "Commented on the terminology used within the equality impact assessments.",
    ];

    public static readonly string[] Responses =
    [
        "The Head of Customer Services was looking at business processes and how services could be delivered better. A good deal of effort was going into recruiting people who had digital skills.",
        "Commented that investment in digital inclusion was important and to try and prevent digital exclusion where possible. What was meant by digital exclusion was changing and we needed to work with other councils to keep abreast of changes.",
        "Major digital projects would identify the benefits they were seeking to deliver, so that these could be tracked. The public will also indicate whether the programme was successful or not in terms of the proportion of transactions through the different channels. The Council’s Annual Report will report successes and issues that required improvement relating to the Corporate Plan.",
    ];

    public static readonly string[] RomanLabels = ["i.", "ii.", "iii.", "iv.", "v."];

    public static DecisionNoticeData Cambridge() => new()
    {
        Council = "Cambridge City Council",
        Title = "Digital Transformation Strategy",
        DecisionMaker = "Executive Councillor for Transformation",
        DecisionDate = new DateOnly(2018, 7, 2),
        PublicationDate = new DateOnly(2018, 10, 9),
        KeyDecision = true,
        CallInStatus = "Not subject to call-in",
        Purpose = "Whether to adopt the draft Digital Transformation Strategy for Cambridge City Council.",
        DecisionText = "The Officer’s report introduced a draft Digital Transformation Strategy for the Council.  The strategy set out a vision and ambition for the council to use new technologies to improve customer services, improve productivity, achieve efficiencies and open up possibilities for involving and engaging residents in a new way.",
        Resolutions =
        [
            new NoticeResolution("i.", "Approved the draft Digital Transformation Strategy attached at Appendix A of the officer’s report."),
        ],
        Reasons = "As set out in the Officer’s report.",
        Alternatives = "Not applicable.",
        ConflictsOfInterest = "No conflicts of interest were declared by the Executive Councillor.",
        ScrutinyComments =
        [
            .. Comments.Select((c, i) => new NoticeScrutinyItem(NoticeScrutinyKind.Comment, RomanLabels[i], c)),
            .. Responses.Select((r, i) => new NoticeScrutinyItem(NoticeScrutinyKind.Response, RomanLabels[i], r)),
        ],
        Status = "Recommendations Approved",
        PublicUrl = new Uri("https://democracy.cambridge.gov.uk/ieDecisionDetails.aspx?ID=3553"),
        Revision = 1,
    };
}
