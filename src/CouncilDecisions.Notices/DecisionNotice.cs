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
        BoundedPdf.Write(DecisionSection.Characters(data), "The decision has", () => Compose(data, creationDate), output);
    }

    /// <summary>Returns the notice as PDF bytes.</summary>
    /// <inheritdoc cref="Generate(DecisionNoticeData, Stream, DateTimeOffset?)"/>
    public static byte[] Generate(DecisionNoticeData data, DateTimeOffset? creationDate = null) =>
        BoundedPdf.ToBytes(output => Generate(data, output, creationDate));

    internal static Document Compose(DecisionNoticeData data, DateTimeOffset? creationDate) =>
        Document.Create(document => document.Page(page =>
            {
                page.Content().Column(column =>
                {
                    NoticePage.Setup(page, column, data.Council, "Record of decision", $"Revision {data.Revision}");
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
            });
}
