using System.Globalization;

namespace CouncilDecisions.Web.Infrastructure;

/// <summary>The public URLs (listed in docs/architecture.md). Other features and engineers link to these; keep them stable.</summary>
public static class Paths
{
    public static string Council(string slug) => $"/councils/{slug}";

    public static string Body(int id) => Id("bodies", id);

    public static string Meeting(int id) => Id("meetings", id);

    public static string MeetingDecisionsPdf(int id) => Id("meetings", id) + "/decisions.pdf";

    public static string Item(int id) => Id("items", id);

    public static string Issue(int id) => Id("issues", id);

    public static string Decision(int id, string slug) => Id("decisions", id) + "/" + slug;

    public static string DecisionNoticePdf(int id) => Id("decisions", id) + "/notice.pdf";

    public static string Person(int id, string slug) => Id("people", id) + "/" + slug;

    private static string Id(string collection, int id) => "/" + collection + "/" + id.ToString(CultureInfo.InvariantCulture);
}
