using System.Globalization;
using CouncilDecisions.Notices.Composition;

namespace CouncilDecisions.Notices;

/// <summary>One PDF with every published decision of a meeting, after a contents list with page numbers.</summary>
public static class RecordOfDecisions
{
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Writes the record of decisions as PDF to the stream (left open).</summary>
    /// <param name="data">The meeting and its decisions.</param>
    /// <param name="output">Where the PDF goes.</param>
    /// <param name="creationDate">Creation date in the PDF metadata; the current time when null.</param>
    /// <exception cref="NoticeTooLargeException">
    /// The decisions together have more than <see cref="NoticeLimits.MaximumCharacters"/> characters of text or would
    /// run to more than <see cref="NoticeLimits.MaximumPages"/> pages. Nothing has been written to the stream.
    /// </exception>
    public static void Generate(MeetingDecisionsData data, Stream output, DateTimeOffset? creationDate = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        BoundedPdf.Write(
            data.Decisions.Sum(DecisionSection.Characters), "The meeting's decisions have", () => Compose(data, creationDate), output);
    }

    /// <summary>Returns the record of decisions as PDF bytes.</summary>
    /// <inheritdoc cref="Generate(MeetingDecisionsData, Stream, DateTimeOffset?)"/>
    public static byte[] Generate(MeetingDecisionsData data, DateTimeOffset? creationDate = null) =>
        BoundedPdf.ToBytes(output => Generate(data, output, creationDate));

    private static Document Compose(MeetingDecisionsData data, DateTimeOffset? creationDate)
    {
        var meetingDate = DecisionSection.Date(data.MeetingDate);
        return Document.Create(document => document.Page(page =>
            {
                page.Content().Column(column =>
                {
                    NoticePage.Setup(page, column, data.Council, "Record of decisions", $"{data.Body}, {meetingDate}");
                    column.Item().Heading(data.Body, 2);
                    column.Item().Text($"Meeting held on {meetingDate}");
                    column.Item().Heading("Contents", 2);
                    if (data.Decisions.Count == 0)
                    {
                        column.Item().Text("No decisions have been published for this meeting.");
                    }

                    for (var i = 0; i < data.Decisions.Count; i++)
                    {
                        column.Item().ContentsEntry($"{Number(i)}. {data.Decisions[i].Title}", SectionName(i));
                    }

                    if (data.PublicUrl is not null)
                    {
                        NoticePage.PublicLink(column, "This meeting is published at", data.PublicUrl);
                    }

                    for (var i = 0; i < data.Decisions.Count; i++)
                    {
                        var decision = data.Decisions[i];
                        column.Item().PageBreak();
                        column.Item().Section(SectionName(i));
                        column.Item().Heading($"{Number(i)}. {decision.Title}", 1);
                        DecisionSection.Compose(column, decision, 2);
                        column.Item().Text("This decision is published at");
                        column.Item().Hyperlink(decision.PublicUrl);
                    }
                });
            }))
            .WithMetadata(new DocumentMetadata
            {
                Title = $"Record of decisions: {data.Body}, {meetingDate}",
                Author = data.Council,
                Subject = $"Decisions of the {data.Body} meeting on {meetingDate}",
                Keywords = "record of decisions",
                CreationDate = creationDate,
            });
    }

    private static string Number(int index) => (index + 1).ToString(Culture);

    private static string SectionName(int index) => "decision-" + Number(index);
}
