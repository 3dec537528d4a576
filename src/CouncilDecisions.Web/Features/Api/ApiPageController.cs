using Microsoft.AspNetCore.Mvc;

namespace CouncilDecisions.Web.Features.Api;

/// <summary>The human page explaining the API, feeds, calendars and exports.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ApiPageController(ApiLinks links) : Controller
{
    [HttpGet("/api")]
    public IActionResult Index() => View("/Features/Api/Index.cshtml", new ApiPageViewModel(links.Absolute(string.Empty)));
}

/// <summary>The public origin, so the examples can be pasted as they are.</summary>
public sealed record ApiPageViewModel(string Origin);
