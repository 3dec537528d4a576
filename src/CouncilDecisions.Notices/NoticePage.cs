using CouncilDecisions.Notices.Composition;

namespace CouncilDecisions.Notices;

/// <summary>Page furniture shared by the notice and the record of decisions.</summary>
internal static class NoticePage
{
    /// <summary>A4, 56 pt margins, 11 pt text, running header and footer, and the council and document name.</summary>
    public static void Setup(PageDescriptor page, ColumnDescriptor column, string council, string documentName, string footerNote)
    {
        page.Size(PageSizes.A4);
        page.Margin(56f);
        page.DefaultTextStyle(style => style.FontSize(11f));
        page.Header().AlignLeft().Text(council);
        page.Header().AlignRight().Text(documentName);
        page.Footer().AlignLeft().Text(footerNote);
        page.Footer().AlignRight().Text(text => text.Span("Page ").CurrentPageNumber().Span(" of ").TotalPages());
        column.Item().Text(council).FontSize(12f).Bold();
        column.Item().Heading(documentName, 1);
    }

    public static void PublicLink(ColumnDescriptor column, string lead, Uri url)
    {
        column.Item().Heading("Public record", 3);
        column.Item().Text(lead);
        column.Item().Hyperlink(url);
    }
}
