using Microsoft.AspNetCore.Mvc;

namespace CouncilDecisions.Web.Features.Bodies;

public sealed class BodiesController(BodyQueries queries) : Controller
{
    [HttpGet("/bodies/{id:int}")]
    public async Task<IActionResult> Details(int id, [FromQuery] int? page, CancellationToken cancellationToken)
    {
        var model = await queries.FindAsync(id, page ?? 1, cancellationToken);
        return model is null ? NotFound() : View(model);
    }
}
