using CouncilDecisions.Notices.Composition;

namespace CouncilDecisions.Notices;

/// <summary>The PDF "Record of decision" for one published decision.</summary>
public static class DecisionNotice
{
    /// <summary>Writes the notice as PDF to the stream (left open).</summary>
    /// <param name="data">The decision.</param>
    /// <param name="output">Where the PDF goes.</param>
    /// <param name="creationDate">Creation date in the PDF metadata; the current time when null.</param>
    /// <exception cref="NoticeTooLargeException">
    /// The decision has more than <see cref="NoticeLimits.MaximumCharacters"/> characters of text or would run to more
    /// than <see cref="NoticeLimits.MaximumPages"/> pages. Nothing has been written to the stream.
    /// </exception>
    public static void Generate(DecisionNoticeData data, Stream output, DateTimeOffset? creationDate = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(output);
        var characters = DecisionSection.Characters(data);
        if (characters > NoticeLimits.MaximumCharacters)
        {
            throw new NoticeTooLargeException(
                $"The decision has {characters} characters of text; the limit is {NoticeLimits.MaximumCharacters}.");
        }

        Compose(data, creationDate).GeneratePdf(output);
    }

    /// <summary>Returns the notice as PDF bytes.</summary>
    /// <inheritdoc cref="Generate(DecisionNoticeData, Stream, DateTimeOffset?)"/>
    public static byte[] Generate(DecisionNoticeData data, DateTimeOffset? creationDate = null)
    {
        using var output = new MemoryStream();
        Generate(data, output, creationDate);
        return output.ToArray();
    }

    internal static Document Compose(DecisionNoticeData data, DateTimeOffset? creationDate) =>
        Document.Create(document => document.Page(page =>
            {
                page.Size(PageSizes.A4);
                page.Margin(56f);
                page.DefaultTextStyle(style => style.FontSize(11f));
                NoticePage.HeaderAndFooter(page, data.Council, "Record of decision", $"Revision {data.Revision}");
                page.Content().Column(column =>
                {
                    column.Item().Text(data.Council).FontSize(12f).Bold();
                    column.Item().Heading("Record of decision", 1);
                    column.Item().Heading(data.Title, 2);
                    DecisionSection.Compose(column, data, 2);
                    NoticePage.PublicLink(column, "This decision is published at", data.PublicUrl);
                });
            }))
            .WithMetadata(new DocumentMetadata
            {
                Title = $"Record of decision: {data.Title}",
                Author = data.Council,
                Subject = $"Decision by {data.DecisionMaker ?? data.Council} on {DecisionSection.Date(data.DecisionDate)}",
                Keywords = "decision notice; record of decision",
                CreationDate = creationDate,
            })
            .WithMaximumPages(NoticeLimits.MaximumPages);
}
