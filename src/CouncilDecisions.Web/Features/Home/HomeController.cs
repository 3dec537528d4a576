using Microsoft.AspNetCore.Mvc;

namespace CouncilDecisions.Web.Features.Home;

public sealed class HomeController(HomeQueries queries) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await queries.LoadAsync(cancellationToken));
}
