using System.ComponentModel.DataAnnotations;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using CouncilDecisions.Importer;
using CouncilDecisions.Importer.Parsing;
using Microsoft.AspNetCore.DataProtection;

namespace CouncilDecisions.Web.Features.Workspace;

/// <summary>The officer's corrections to a parsed minute text, and the protected text itself.</summary>
public sealed record ImportForm : IValidatableObject
{
    /// <summary>The uploaded text and file name, protected by Data Protection: nothing is stored before the officer confirms.</summary>
    [Required(ErrorMessage = "Upload the minute text again")]
    public string? Token { get; init; }

    [Display(Name = "Title")]
    [Required(ErrorMessage = "Enter the title")]
    [StringLength(1000, ErrorMessage = "Title must be 1,000 characters or fewer")]
    public string? Title { get; init; }

    [Display(Name = "Council")]
    [Required(ErrorMessage = "Enter the council")]
    [StringLength(300, ErrorMessage = "Council must be 300 characters or fewer")]
    public string? Council { get; init; }

    [Display(Name = "Decision maker")]
    [StringLength(300, ErrorMessage = "Decision maker must be 300 characters or fewer")]
    public string? DecisionMaker { get; init; }

    [Display(Name = "Status")]
    [StringLength(200, ErrorMessage = "Status must be 200 characters or fewer")]
    public string? Status { get; init; }

    [Display(Name = "Date of decision")]
    public DateParts DecisionDate { get; init; } = new();

    [Display(Name = "Key decision")]
    public bool? IsKeyDecision { get; init; }

    [Display(Name = "Subject to call-in")]
    public bool? IsSubjectToCallIn { get; init; }

    [Display(Name = "Resolutions")]
    [StringLength(FormText.LongText, ErrorMessage = "Resolutions must be 20,000 characters or fewer")]
    public string? ResolutionsText { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        FormText.Date(DecisionDate, nameof(DecisionDate), "Date of decision", required: false);
}

/// <summary>The review page: the form beside the text as uploaded, with what the parser found and its warnings.</summary>
public sealed record ImportReviewPage(ImportForm Form, string FileName, string Text, string Kind, IReadOnlyList<string> Warnings, int MinuteCount, int MeetingCount);

/// <summary>An uploaded minute text: checked, parsed, protected between the steps, then imported as a draft.</summary>
public sealed partial class MinuteUpload(MinuteImporter importer, IDataProtectionProvider protection)
{
    public const long MaxFileBytes = 2 * 1024 * 1024;

    /// <summary>Room for the multipart boundaries and the other form fields.</summary>
    public const long MaxRequestBytes = MaxFileBytes + (64 * 1024);

    private static readonly string[] AllowedContentTypes = ["text/plain", "text/markdown", "text/x-markdown", "application/octet-stream", ""];
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly ITimeLimitedDataProtector _protector = protection.CreateProtector("CouncilDecisions.Workspace.Import.v1").ToTimeLimitedDataProtector();

    /// <summary>The file's bytes, or why it is not an acceptable minute text.</summary>
    public static async Task<(byte[]? Content, string? Error)> ReadAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            return (null, "Select a minute text file");
        }

        if (file.Length > MaxFileBytes)
        {
            return (null, "The selected file must be smaller than 2 MB");
        }

        var contentType = (file.ContentType ?? "").Split(';')[0].Trim().ToLowerInvariant();
        if (!AllowedContentTypes.Contains(contentType))
        {
            return (null, "The selected file must be a plain text file (.txt), not " + contentType);
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        var content = buffer.ToArray();
        if (Array.IndexOf(content, (byte)0) >= 0)
        {
            return (null, "The selected file is not text: it contains binary data");
        }

        try
        {
            _ = StrictUtf8.GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return (null, "The selected file must be saved as UTF-8 text");
        }

        return (content, null);
    }

    public ImportReviewPage Review(string fileName, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var document = MinuteParser.Parse(content);
        var decision = document.Decision;
        var form = new ImportForm
        {
            Token = Protect(fileName, content),
            Title = document.Title,
            Council = document.Council,
            DecisionMaker = decision?.Maker ?? document.Meeting?.Body,
            Status = decision?.Status,
            DecisionDate = DateParts.From(decision?.Date ?? document.Meeting?.Date),
            IsKeyDecision = decision?.KeyDecision,
            IsSubjectToCallIn = decision?.SubjectToCallIn,
            ResolutionsText = string.Join("\n", document.Resolutions.Select(r => LabelText(r.Label) + r.Text)),
        };
        return Page(form, fileName, content, document);
    }

    /// <summary>The review page again for <paramref name="form"/> (after a validation error), or null when the token is no longer valid.</summary>
    public ImportReviewPage? ReviewAgain(ImportForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return Unprotect(form.Token) is { } upload ? Page(form, upload.FileName, upload.Content, MinuteParser.Parse(upload.Content)) : null;
    }

    /// <summary>Imports the text with the officer's corrections, as a draft; null when the token is no longer valid.</summary>
    public async Task<ImportResult?> SaveDraftAsync(ImportForm form, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(actor);
        if (Unprotect(form.Token) is not { } upload)
        {
            return null;
        }

        var document = MinuteParser.Parse(upload.Content);
        var corrected = document with
        {
            Title = FormText.Required(form.Title),
            Council = FormText.Required(form.Council),
            Decision = (document.Decision ?? new ParsedDecision()) with
            {
                Maker = FormText.Clean(form.DecisionMaker),
                Status = FormText.Clean(form.Status),
                Date = FormText.DateValue(form.DecisionDate),
                KeyDecision = form.IsKeyDecision,
                SubjectToCallIn = form.IsSubjectToCallIn,
            },
            Resolutions = ParseResolutions(form.ResolutionsText),
        };
        var request = new ImportRequest(upload.FileName, upload.FileName, upload.Content)
        {
            AsDraft = true, ImportedBy = actor.Name, ImportedByUserId = actor.UserId, Council = corrected.Council,
        };
        return await importer.ImportParsedAsync(request, corrected, ct);
    }

    /// <summary>One resolution a line, with an optional printed label first ("1.", "(a)", "ii.").</summary>
    public static IReadOnlyList<ParsedLabelledText> ParseResolutions(string? text) =>
        [.. (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Select(line =>
        {
            var match = LabelPattern().Match(line);
            if (!match.Success)
            {
                return new ParsedLabelledText(null, line);
            }

            var label = match.Groups["label"].Value;
            if (label.EndsWith('.') && label[..^1].All(char.IsAsciiDigit))
            {
                label = label[..^1];
            }

            return new ParsedLabelledText(label, match.Groups["text"].Value.Trim());
        })];

    private static string LabelText(string? label) => label switch
    {
        null or "" => "",
        _ when label.All(char.IsAsciiDigit) => label + ". ",
        _ => label + " ",
    };

    private static ImportReviewPage Page(ImportForm form, string fileName, byte[] content, ParsedDocument document) =>
        new(form, fileName, Encoding.UTF8.GetString(content), MinuteImporter.KindName(document.Kind), document.Warnings, document.Minutes.Count, Math.Max(document.Meetings.Count, document.Meeting is null ? 0 : 1));

    private string Protect(string fileName, byte[] content)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(content);
        }

        return _protector.Protect(fileName.Replace('\n', ' ') + "\n" + Convert.ToBase64String(compressed.ToArray()), TimeSpan.FromHours(4));
    }

    private (string FileName, byte[] Content)? Unprotect(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        try
        {
            var payload = _protector.Unprotect(token);
            var newline = payload.IndexOf('\n', StringComparison.Ordinal);
            using var input = new GZipStream(new MemoryStream(Convert.FromBase64String(payload[(newline + 1)..])), CompressionMode.Decompress);
            using var output = new MemoryStream();
            input.CopyTo(output);
            return (payload[..newline], output.ToArray());
        }
        catch (Exception ex) when (ex is System.Security.Cryptography.CryptographicException or FormatException or InvalidDataException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"^(?<label>\(?[0-9]{1,3}[a-z]?[.)]|\([a-z]{1,4}\)|[a-z]{1,4}[.)])\s+(?<text>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelPattern();
}
