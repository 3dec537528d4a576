using CouncilDecisions.Notices.Composition;

namespace CouncilDecisions.Notices;

/// <summary>Page furniture shared by the notice and the record of decisions.</summary>
internal static class NoticePage
{
    public static void HeaderAndFooter(PageDescriptor page, string council, string documentName, string footerNote)
    {
        page.Header().AlignLeft().Text(council);
        page.Header().AlignRight().Text(documentName);
        page.Footer().AlignLeft().Text(footerNote);
        page.Footer().AlignRight().Text(text => text.Span("Page ").CurrentPageNumber().Span(" of ").TotalPages());
    }

    public static void PublicLink(ColumnDescriptor column, string lead, Uri url)
    {
        column.Item().Heading("Public record", 3);
        column.Item().Text(lead);
        column.Item().Hyperlink(url);
    }
}
