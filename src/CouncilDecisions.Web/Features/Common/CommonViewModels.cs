namespace CouncilDecisions.Web.Features.Common;

/// <summary>One breadcrumb; the current page has no link.</summary>
public sealed record Crumb(string Text, string? Href = null);

/// <summary>A numbered paragraph, recommendation or resolution with its label as printed ("1", "(a)", "i.").</summary>
public sealed record LabelledText(string? Label, string Text);

/// <summary>A labelled value shown in a summary list.</summary>
public sealed record FieldRow(string Label, string Value);

/// <summary>A link to a page with the date it refers to, for the lists of decisions and meetings.</summary>
public sealed record DatedLink(string Text, string Href, DateOnly? Date, string? Context = null);

/// <summary>A page of a longer list, for GOV.UK pagination.</summary>
public sealed record Paging(int Page, int PageCount, Func<int, string> HrefFor)
{
    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < PageCount;

    /// <summary>The page numbers to show, with null standing for an ellipsis (GOV.UK pagination's "…").</summary>
    public IReadOnlyList<int?> Items()
    {
        var items = new List<int?>();
        for (var p = 1; p <= PageCount; p++)
        {
            if (p == 1 || p == PageCount || Math.Abs(p - Page) <= 1)
            {
                items.Add(p);
            }
            else if (items.Count > 0 && items[^1] is not null)
            {
                items.Add(null);
            }
        }

        return items;
    }
}
