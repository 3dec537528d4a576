using CouncilDecisions.Notices;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace CouncilDecisions.Web.Features.Notices;

/// <summary>PDF decision notices and a meeting's record of decisions, for published records only.</summary>
public sealed partial class NoticesController(NoticeQueries notices, IConfiguration configuration, ILogger<NoticesController> logger) : Controller
{
    [HttpGet("/decisions/{id:int}/notice.pdf")]
    public async Task<IActionResult> Decision(int id, CancellationToken cancellationToken)
    {
        var notice = await notices.DecisionAsync(id, SiteBase(), cancellationToken);
        return notice is null ? NotFound() : Pdf(notice, data => DecisionNotice.Generate(data));
    }

    [HttpGet("/meetings/{id:int}/decisions.pdf")]
    public async Task<IActionResult> Meeting(int id, CancellationToken cancellationToken)
    {
        var record = await notices.MeetingAsync(id, SiteBase(), cancellationToken);
        return record is null ? NotFound() : Pdf(record, data => RecordOfDecisions.Generate(data));
    }

    private IActionResult Pdf<T>(NoticeSource<T> source, Func<T, byte[]> generate)
    {
        var etag = new EntityTagHeaderValue(source.ETag);
        Response.Headers.ETag = etag.ToString();
        Response.Headers.CacheControl = "public, max-age=300, must-revalidate";
        if (Request.GetTypedHeaders().IfNoneMatch.Any(tag => tag.Compare(etag, useStrongComparison: false) || tag.Equals(EntityTagHeaderValue.Any)))
        {
            return StatusCode(StatusCodes.Status304NotModified);
        }

        byte[] pdf;
        try
        {
            pdf = generate(source.Data);
        }
        catch (NoticeTooLargeException ex)
        {
            LogTooLarge(Request.Path, ex.Message);
            Response.Headers.Remove(HeaderNames.ETag);
            return StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        // Inline so the browser shows it; the file name is what "Save" and downloads use.
        Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("inline") { FileNameStar = source.FileName, FileName = source.FileName }.ToString();
        return File(pdf, "application/pdf");
    }

    private Uri SiteBase()
    {
        var configured = configuration["Portal:CanonicalBaseUrl"];
        return new Uri(string.IsNullOrWhiteSpace(configured) ? $"{Request.Scheme}://{Request.Host.ToUriComponent()}{Request.PathBase}" : configured);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "PDF for {Path} refused: {Reason}")]
    private partial void LogTooLarge(string path, string reason);
}
