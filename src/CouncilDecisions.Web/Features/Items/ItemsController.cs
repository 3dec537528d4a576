using Microsoft.AspNetCore.Mvc;

namespace CouncilDecisions.Web.Features.Items;

public sealed class ItemsController(ItemQueries queries) : Controller
{
    [HttpGet("/items/{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var page = await queries.FindAsync(id, cancellationToken);
        return page is null ? NotFound() : View(page);
    }
}
