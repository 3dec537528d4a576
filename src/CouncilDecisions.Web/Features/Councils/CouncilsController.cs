using Microsoft.AspNetCore.Mvc;

namespace CouncilDecisions.Web.Features.Councils;

public sealed class CouncilsController(CouncilQueries queries) : Controller
{
    [HttpGet("/councils/{slug}")]
    public async Task<IActionResult> Details(string slug, CancellationToken cancellationToken)
    {
        var page = await queries.FindAsync(slug, cancellationToken);
        return page is null ? NotFound() : View(page);
    }
}
