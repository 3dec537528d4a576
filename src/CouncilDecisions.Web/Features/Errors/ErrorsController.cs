using Microsoft.AspNetCore.Mvc;

namespace CouncilDecisions.Web.Features.Errors;

/// <summary>The styled error pages the exception handler and status-code pages re-execute into.</summary>
/// <remarks>
/// They change nothing, so the anti-forgery check is off here: a re-executed POST or PUT that had no token (to a
/// read-only route, or one that does not exist) must get its own 404 or 405 page, not a failed token check.
/// </remarks>
[ApiExplorerSettings(IgnoreApi = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorsController : Controller
{
    // No verb attribute: a failed POST re-executes as a POST and must still get the page. The exception
    // handler middleware has already logged the exception.
    [Route("/error")]
    public IActionResult ServerError() => Page(StatusCodes.Status500InternalServerError);

    [Route("/error/{code:int}")]
    public IActionResult Status(int code) => Page(code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound);

    private ViewResult Page(int code)
    {
        Response.StatusCode = code;
        var model = code switch
        {
            StatusCodes.Status404NotFound => new ErrorViewModel(code, "Page not found",
                ["If you typed the web address, check it is correct.", "If you pasted the web address, check you copied the entire address.",
                 "Records that have not been published yet cannot be seen."]),
            StatusCodes.Status400BadRequest => new ErrorViewModel(code, "Sorry, there is a problem with that request",
                ["The web address or form contained something this service does not understand.", "Go back and try again, or start from the home page."]),
            StatusCodes.Status413PayloadTooLarge => new ErrorViewModel(code, "That is too large",
                ["The file you sent, or the document you asked for, is larger than this service handles.",
                 "For a decision notice, read the decision on its page instead; for an upload, split the text into smaller files."]),
            >= 500 => new ErrorViewModel(code, "Sorry, there is a problem with the service",
                ["Try again later.", "Nothing you entered has been lost: this site does not ask for personal information."]),
            _ => new ErrorViewModel(code, "Sorry, that did not work", ["Go back and try again, or start from the home page."]),
        };
        return View("Error", model);
    }
}

public sealed record ErrorViewModel(int StatusCode, string Heading, IReadOnlyList<string> Advice);
