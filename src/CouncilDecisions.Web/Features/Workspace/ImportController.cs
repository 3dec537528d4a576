using CouncilDecisions.Importer;
using CouncilDecisions.Web.Infrastructure;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CouncilDecisions.Web.Features.Workspace;

/// <summary>
/// Import in the browser: upload a minute text, review what was parsed beside the text, correct fields, and
/// save it as a draft. Nothing is written before the officer confirms.
/// </summary>
[Route("workspace/import")]
public sealed class ImportController(MinuteUpload upload, MarkdownRenderer markdown) : WorkspaceControllerBase(markdown)
{
    [HttpGet("")]
    public IActionResult Index() => View("Import");

    [HttpPost("")]
    [UploadLimit(MinuteUpload.MaxRequestBytes)]
    [RequestSizeLimit(MinuteUpload.MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MinuteUpload.MaxRequestBytes)]
    public async Task<IActionResult> Upload(IFormFile? file, CancellationToken ct)
    {
        var (content, error) = await MinuteUpload.ReadAsync(file, ct);
        if (content is null)
        {
            ModelState.AddModelError("file", error!);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Import");
        }

        return View("ImportReview", upload.Review(Path.GetFileName(file!.FileName), content));
    }

    [HttpPost("save")]
    [RequestSizeLimit(10 * 1024 * 1024)]
    [RequestFormLimits(ValueLengthLimit = 8 * 1024 * 1024)]
    public async Task<IActionResult> Save(ImportForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!ModelState.IsValid)
        {
            return upload.ReviewAgain(form) is { } page ? View("ImportReview", page) : Expired();
        }

        var result = await upload.SaveDraftAsync(form, CurrentActor, ct);
        if (result is null)
        {
            return Expired();
        }

        switch (result.Outcome)
        {
            case ImportOutcome.Failed:
                ModelState.AddModelError("", result.Error ?? "The text could not be imported; nothing was written.");
                Response.StatusCode = result.IsConflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
                return upload.ReviewAgain(form) is { } page ? View("ImportReview", page) : Expired();
            case ImportOutcome.Unchanged:
                return Redirect("/workspace?message=" + Uri.EscapeDataString("This text was imported before, unchanged: nothing was written."));
            default:
                return Redirect(result.DecisionId is { } decisionId ? "/workspace/decisions/" + decisionId.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    : "/workspace/items/" + result.AgendaItemId.GetValueOrDefault().ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private ViewResult Expired()
    {
        ModelState.Clear();
        ModelState.AddModelError("file", "The uploaded text has expired or could not be read. Upload the file again");
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Import");
    }
}

/// <summary>
/// Answers an over-large upload with a 413 and the upload page's error summary before anything reads the body
/// (so before the anti-forgery check, which would otherwise fail reading the form), and caps the body size for
/// requests that do not say their length.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class UploadLimitAttribute(long maxBytes) : Attribute, IAuthorizationFilter, IOrderedFilter
{
    public long MaxBytes { get; } = maxBytes;

    /// <summary>Before the anti-forgery filter (order 1000).</summary>
    public int Order => 0;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.HttpContext.Request.ContentLength > MaxBytes)
        {
            context.ModelState.AddModelError("file", "The selected file must be smaller than 2 MB");
            context.Result = new ViewResult { ViewName = "Import", StatusCode = StatusCodes.Status413PayloadTooLarge };
            return;
        }

        if (context.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = MaxBytes;
        }
    }
}
