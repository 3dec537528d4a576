using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using CouncilDecisions.Web.Infrastructure;
using Microsoft.AspNetCore.Html;

namespace CouncilDecisions.Web.Features.Workspace;

/// <summary>The day, month and year boxes of a GOV.UK date input, as typed.</summary>
public sealed record DateParts
{
    public string? Day { get; init; }

    public string? Month { get; init; }

    public string? Year { get; init; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    public static DateParts From(DateOnly? date) => date is { } d
        ? new DateParts
        {
            Day = d.Day.ToString(CultureInfo.InvariantCulture),
            Month = d.Month.ToString(CultureInfo.InvariantCulture),
            Year = d.Year.ToString(CultureInfo.InvariantCulture),
        }
        : new DateParts();

    /// <summary>The date, or the GOV.UK error message for what is wrong with it (<paramref name="label"/> is "Decision date").</summary>
    public (DateOnly? Value, string? Error) Parse(string label, bool required)
    {
        if (IsEmpty)
        {
            return (null, required ? "Enter the " + label.ToLowerInvariant() : null);
        }

        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(Day))
        {
            missing.Add("day");
        }

        if (string.IsNullOrWhiteSpace(Month))
        {
            missing.Add("month");
        }

        if (string.IsNullOrWhiteSpace(Year))
        {
            missing.Add("year");
        }

        if (missing.Count > 0)
        {
            return (null, label + " must include a " + string.Join(" and ", missing));
        }

        if (!int.TryParse(Day, NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || !int.TryParse(Month, NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year is < 1900 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return (null, label + " must be a real date");
        }

        return (new DateOnly(year, month, day), null);
    }

    public override string ToString() => IsEmpty ? "" : $"{Day}/{Month}/{Year}";
}

/// <summary>Marks a form field written in Markdown: the Preview button renders it.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class MarkdownAttribute : Attribute;

/// <summary>A rendered Markdown field for the preview panel.</summary>
public sealed record PreviewBlock(string Label, IHtmlContent Html);

/// <summary>One field of a conflict: what the officer submitted and what is saved now.</summary>
public sealed record ConflictRow(string Field, string Yours, string Current)
{
    public bool Differs => !string.Equals(Yours, Current, StringComparison.Ordinal);
}

/// <summary>Shown with a 409 when someone else saved the record after this officer opened it.</summary>
public sealed record ConflictView(IReadOnlyList<ConflictRow> Rows, int CurrentRevision, string? ChangedBy, DateTime? ChangedUtc);

/// <summary>The preview and conflict panels an edit form can show above the fields.</summary>
public sealed record EditorState(IReadOnlyList<PreviewBlock> Preview, ConflictView? Conflict)
{
    public static EditorState None { get; } = new([], null);
}

/// <summary>Reads a form record's displayed fields, for previews and for the side-by-side conflict view.</summary>
public static class FormInspector
{
    public static IReadOnlyList<PreviewBlock> Preview(object form, MarkdownRenderer renderer)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(renderer);
        return [.. Fields(form.GetType())
            .Where(p => p.IsDefined(typeof(MarkdownAttribute)))
            .Select(p => (Property: p, Text: p.GetValue(form) as string))
            .Where(x => !string.IsNullOrWhiteSpace(x.Text))
            .Select(x => new PreviewBlock(Label(x.Property), renderer.Render(x.Text)))];
    }

    public static IReadOnlyList<ConflictRow> Compare<TForm>(TForm yours, TForm current)
        where TForm : class =>
        [.. Fields(typeof(TForm)).Select(p => new ConflictRow(Label(p), Text(p.GetValue(yours)), Text(p.GetValue(current))))];

    private static IEnumerable<PropertyInfo> Fields(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.IsDefined(typeof(DisplayAttribute)));

    private static string Label(PropertyInfo property) => property.GetCustomAttribute<DisplayAttribute>()?.Name ?? property.Name;

    private static string Text(object? value) => value switch
    {
        null => "",
        bool b => b ? "Yes" : "No",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
