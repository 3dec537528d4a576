using System.Globalization;
using CouncilDecisions.Notices.Composition;

namespace CouncilDecisions.Notices;

/// <summary>The fields of one decision, composed the same way in a notice and in a meeting's record.</summary>
internal static class DecisionSection
{
    private const string NotRecorded = "Not recorded.";
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-GB");

    public static string Date(DateOnly? date) => date?.ToString("d MMMM yyyy", Culture) ?? "Not recorded";

    /// <summary>Puts the decision's fields into the column; headings start at <paramref name="level"/>.</summary>
    public static void Compose(ColumnDescriptor column, DecisionNoticeData data, int level)
    {
        column.Item().KeyValueTable(table =>
        {
            table.Row("Decision maker", data.DecisionMaker ?? "Not recorded");
            table.Row("Date of decision", Date(data.DecisionDate));
            table.Row("Date of publication", Date(data.PublicationDate));
            table.Row("Key decision", data.KeyDecision switch { true => "Yes", false => "No", null => "Not recorded" });
            table.Row("Call-in", data.CallInStatus ?? "Not recorded");
            if (data.CallInDeadline is not null)
            {
                table.Row("Call-in deadline", Date(data.CallInDeadline));
            }

            if (!string.IsNullOrWhiteSpace(data.Status))
            {
                table.Row("Decision status", data.Status);
            }
        });

        TextSection(column, "Purpose", data.Purpose, level);

        column.Item().Heading("Decision", level);
        if (!string.IsNullOrWhiteSpace(data.DecisionText))
        {
            column.Item().Text(data.DecisionText);
        }

        if (data.Resolutions.Count > 0)
        {
            column.Item().List(list =>
            {
                foreach (var resolution in data.Resolutions)
                {
                    list.Item(resolution.Label, resolution.Text);
                }
            });
        }
        else if (string.IsNullOrWhiteSpace(data.DecisionText))
        {
            column.Item().Text(NotRecorded);
        }

        TextSection(column, "Reasons for the decision", data.Reasons, level);
        TextSection(column, "Alternative options considered and rejected", data.Alternatives, level);
        TextSection(column, "Conflicts of interest", data.ConflictsOfInterest, level);

        if (data.ScrutinyComments.Count > 0)
        {
            column.Item().Heading("Scrutiny considerations", level);
            ScrutinyList(column, "Comments", data.ScrutinyComments.Where(s => s.Kind == NoticeScrutinyKind.Comment), level);
            ScrutinyList(column, "Responses", data.ScrutinyComments.Where(s => s.Kind == NoticeScrutinyKind.Response), level);
        }
    }

    /// <summary>Total characters of text in the decision, for <see cref="NoticeLimits.MaximumCharacters"/>.</summary>
    public static long Characters(DecisionNoticeData data)
    {
        long total = Length(data.Council) + Length(data.Title) + Length(data.DecisionMaker) + Length(data.CallInStatus)
            + Length(data.Purpose) + Length(data.DecisionText) + Length(data.Reasons) + Length(data.Alternatives)
            + Length(data.ConflictsOfInterest) + Length(data.Status) + data.PublicUrl.OriginalString.Length;
        total += data.Resolutions.Sum(r => (long)Length(r.Label) + Length(r.Text));
        total += data.ScrutinyComments.Sum(s => (long)Length(s.Label) + Length(s.Text));
        return total;

        static int Length(string? text) => text?.Length ?? 0;
    }

    private static void TextSection(ColumnDescriptor column, string heading, string? text, int level)
    {
        column.Item().Heading(heading, level);
        column.Item().Text(string.IsNullOrWhiteSpace(text) ? NotRecorded : text);
    }

    private static void ScrutinyList(ColumnDescriptor column, string heading, IEnumerable<NoticeScrutinyItem> items, int level)
    {
        var list = items.ToList();
        if (list.Count == 0)
        {
            return;
        }

        column.Item().Heading(heading, Math.Min(level + 1, 3));
        column.Item().List(l =>
        {
            foreach (var item in list)
            {
                l.Item(item.Label, item.Text);
            }
        });
    }
}
