using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CouncilDecisions.Web.Features.Workspace;

/// <summary>A choice in a select or radios.</summary>
public sealed record SelectOption(string Value, string Text);

/// <summary>
/// GOV.UK Design System form fields (error summary, text input, textarea with character count, date input,
/// radios, select), server-rendered with their inline errors from <see cref="ModelStateDictionary"/>. Field ids
/// equal their names, so the error summary links straight to the field (the day box of a date).
/// </summary>
public static class Govuk
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    public static IHtmlContent ErrorSummary(ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        var errors = modelState
            .Where(e => e.Value is { Errors.Count: > 0 })
            .SelectMany(e => e.Value!.Errors.Select(error => (Key: e.Key, Message: Message(error))))
            .ToList();
        if (errors.Count == 0)
        {
            return HtmlString.Empty;
        }

        var html = new HtmlContentBuilder();
        html.AppendHtml("<div class=\"govuk-error-summary\" data-module=\"govuk-error-summary\"><div role=\"alert\"><h2 class=\"govuk-error-summary__title\">There is a problem</h2><div class=\"govuk-error-summary__body\"><ul class=\"govuk-list govuk-error-summary__list\">");
        foreach (var (key, message) in errors)
        {
            html.AppendHtml(key.Length == 0
                ? $"<li>{E(message)}</li>"
                : $"<li><a href=\"#{E(Id(key))}\">{E(message)}</a></li>");
        }

        html.AppendHtml("</ul></div></div></div>");
        return html;
    }

    public static IHtmlContent Input(ModelStateDictionary modelState, string name, string label, string? value,
        string? hint = null, string widthClass = "", string type = "text", string? autocomplete = null, bool spellcheck = true)
    {
        var error = ErrorFor(modelState, name);
        var html = Open(name, label, hint, error);
        html.AppendHtml($"<input class=\"govuk-input{Cls(widthClass)}{(error is null ? "" : " govuk-input--error")}\" id=\"{E(Id(name))}\" name=\"{E(name)}\" type=\"{E(type)}\" value=\"{E(value ?? "")}\"{Described(name, hint, error)}{(autocomplete is null ? "" : $" autocomplete=\"{E(autocomplete)}\"")}{(spellcheck ? "" : " spellcheck=\"false\"")}>");
        return Close(html);
    }

    /// <summary>A textarea; with <paramref name="maxLength"/> it is a GOV.UK character count.</summary>
    public static IHtmlContent Textarea(ModelStateDictionary modelState, string name, string label, string? value,
        string? hint = null, int? maxLength = null, int rows = 5)
    {
        var error = ErrorFor(modelState, name);
        var html = new HtmlContentBuilder();
        if (maxLength is { } max)
        {
            html.AppendHtml($"<div class=\"govuk-form-group govuk-character-count{(error is null ? "" : " govuk-form-group--error")}\" data-module=\"govuk-character-count\" data-maxlength=\"{max.ToString(CultureInfo.InvariantCulture)}\">");
        }
        else
        {
            html.AppendHtml($"<div class=\"govuk-form-group{(error is null ? "" : " govuk-form-group--error")}\">");
        }

        AppendLabelHintError(html, name, label, hint, error);
        html.AppendHtml($"<textarea class=\"govuk-textarea{(maxLength is null ? "" : " govuk-js-character-count")}{(error is null ? "" : " govuk-textarea--error")}\" id=\"{E(Id(name))}\" name=\"{E(name)}\" rows=\"{rows.ToString(CultureInfo.InvariantCulture)}\"{Described(name, hint, error, maxLength is not null)}>{E(value ?? "")}</textarea>");
        if (maxLength is { } limit)
        {
            html.AppendHtml($"<div id=\"{E(Id(name))}-info\" class=\"govuk-hint govuk-character-count__message\">You can enter up to {limit.ToString("N0", CultureInfo.GetCultureInfo("en-GB"))} characters</div>");
        }

        return Close(html);
    }

    public static IHtmlContent Date(ModelStateDictionary modelState, string name, string legend, DateParts? value, string? hint = null)
    {
        value ??= new DateParts();
        var error = ErrorFor(modelState, name);
        var html = new HtmlContentBuilder();
        html.AppendHtml($"<div class=\"govuk-form-group{(error is null ? "" : " govuk-form-group--error")}\"><fieldset class=\"govuk-fieldset\" role=\"group\"{Described(name, hint, error)}>");
        html.AppendHtml($"<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--s\">{E(legend)}</legend>");
        AppendHintError(html, name, hint ?? "For example, 27 3 2025", error);
        html.AppendHtml($"<div class=\"govuk-date-input\" id=\"{E(Id(name))}-input\">");
        AppendDatePart(html, name, "Day", Id(name), value.Day, 2, error);
        AppendDatePart(html, name, "Month", Id(name) + "-Month", value.Month, 2, error);
        AppendDatePart(html, name, "Year", Id(name) + "-Year", value.Year, 4, error);
        html.AppendHtml("</div></fieldset></div>");
        return html;
    }

    public static IHtmlContent Radios(ModelStateDictionary modelState, string name, string legend, string? value,
        IEnumerable<SelectOption> options, string? hint = null, bool inline = false)
    {
        ArgumentNullException.ThrowIfNull(options);
        var error = ErrorFor(modelState, name);
        var html = new HtmlContentBuilder();
        html.AppendHtml($"<div class=\"govuk-form-group{(error is null ? "" : " govuk-form-group--error")}\"><fieldset class=\"govuk-fieldset\"{Described(name, hint, error)}>");
        html.AppendHtml($"<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--s\">{E(legend)}</legend>");
        AppendHintError(html, name, hint, error);
        html.AppendHtml($"<div class=\"govuk-radios{(inline ? " govuk-radios--inline" : "")}\" data-module=\"govuk-radios\">");
        var index = 0;
        foreach (var option in options)
        {
            // The first radio carries the field's id so the error summary link lands on it.
            var id = index == 0 ? Id(name) : Id(name) + "-" + index.ToString(CultureInfo.InvariantCulture);
            var isChecked = string.Equals(option.Value, value ?? "", StringComparison.OrdinalIgnoreCase);
            html.AppendHtml($"<div class=\"govuk-radios__item\"><input class=\"govuk-radios__input\" id=\"{E(id)}\" name=\"{E(name)}\" type=\"radio\" value=\"{E(option.Value)}\"{(isChecked ? " checked" : "")}><label class=\"govuk-label govuk-radios__label\" for=\"{E(id)}\">{E(option.Text)}</label></div>");
            index++;
        }

        html.AppendHtml("</div></fieldset></div>");
        return html;
    }

    public static IHtmlContent Select(ModelStateDictionary modelState, string name, string label, string? value,
        IEnumerable<SelectOption> options, string? hint = null, string? emptyText = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var error = ErrorFor(modelState, name);
        var html = Open(name, label, hint, error);
        html.AppendHtml($"<select class=\"govuk-select{(error is null ? "" : " govuk-select--error")}\" id=\"{E(Id(name))}\" name=\"{E(name)}\"{Described(name, hint, error)}>");
        if (emptyText is not null)
        {
            html.AppendHtml($"<option value=\"\">{E(emptyText)}</option>");
        }

        foreach (var option in options)
        {
            var selected = string.Equals(option.Value, value ?? "", StringComparison.Ordinal);
            html.AppendHtml($"<option value=\"{E(option.Value)}\"{(selected ? " selected" : "")}>{E(option.Text)}</option>");
        }

        html.AppendHtml("</select>");
        return Close(html);
    }

    /// <summary>Yes / No / Not recorded, for a nullable flag.</summary>
    public static IReadOnlyList<SelectOption> YesNoUnknown { get; } =
        [new("true", "Yes"), new("false", "No"), new("", "Not recorded")];

    public static string? Value(bool? value) => value switch
    {
        true => "true",
        false => "false",
        null => "",
    };

    public static string? Value(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    public static IReadOnlyList<SelectOption> EnumOptions<TEnum>()
        where TEnum : struct, Enum =>
        [.. Enum.GetValues<TEnum>().Select(v => new SelectOption(v.ToString(), ChangeRecorder.Humanize(v.ToString())))];

    /// <summary>The element id for a field name ("DecisionDate.Day" → "DecisionDate-Day").</summary>
    public static string Id(string name) => (name ?? "").Replace('.', '-');

    private static string? ErrorFor(ModelStateDictionary modelState, string name)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        return modelState.TryGetValue(name, out var entry) && entry.Errors.Count > 0 ? Message(entry.Errors[0]) : null;
    }

    private static string Message(ModelError error) =>
        string.IsNullOrEmpty(error.ErrorMessage) ? "Enter a valid value" : error.ErrorMessage;

    private static HtmlContentBuilder Open(string name, string label, string? hint, string? error)
    {
        var html = new HtmlContentBuilder();
        html.AppendHtml($"<div class=\"govuk-form-group{(error is null ? "" : " govuk-form-group--error")}\">");
        AppendLabelHintError(html, name, label, hint, error);
        return html;
    }

    private static HtmlContentBuilder Close(HtmlContentBuilder html)
    {
        html.AppendHtml("</div>");
        return html;
    }

    private static void AppendLabelHintError(HtmlContentBuilder html, string name, string label, string? hint, string? error)
    {
        html.AppendHtml($"<label class=\"govuk-label govuk-label--s\" for=\"{E(Id(name))}\">{E(label)}</label>");
        AppendHintError(html, name, hint, error);
    }

    private static void AppendHintError(HtmlContentBuilder html, string name, string? hint, string? error)
    {
        if (hint is not null)
        {
            html.AppendHtml($"<div id=\"{E(Id(name))}-hint\" class=\"govuk-hint\">{E(hint)}</div>");
        }

        if (error is not null)
        {
            html.AppendHtml($"<p id=\"{E(Id(name))}-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> {E(error)}</p>");
        }
    }

    private static void AppendDatePart(HtmlContentBuilder html, string name, string part, string id, string? value, int width, string? error) =>
        html.AppendHtml($"<div class=\"govuk-date-input__item\"><div class=\"govuk-form-group\"><label class=\"govuk-label govuk-date-input__label\" for=\"{E(id)}\">{part}</label><input class=\"govuk-input govuk-date-input__input govuk-input--width-{width.ToString(CultureInfo.InvariantCulture)}{(error is null ? "" : " govuk-input--error")}\" id=\"{E(id)}\" name=\"{E(name)}.{part}\" type=\"text\" inputmode=\"numeric\" value=\"{E(value ?? "")}\"></div></div>");

    private static string Described(string name, string? hint, string? error, bool characterCount = false)
    {
        var ids = new List<string>();
        if (hint is not null)
        {
            ids.Add(Id(name) + "-hint");
        }

        if (error is not null)
        {
            ids.Add(Id(name) + "-error");
        }

        if (characterCount)
        {
            ids.Add(Id(name) + "-info");
        }

        return ids.Count == 0 ? "" : $" aria-describedby=\"{E(string.Join(' ', ids))}\"";
    }

    private static string Cls(string widthClass) => string.IsNullOrEmpty(widthClass) ? "" : " " + widthClass;

    private static string E(string text) => Encoder.Encode(text);
}
