using Microsoft.AspNetCore.Mvc;

namespace CouncilDecisions.Web.Features.Meetings;

public sealed class MeetingsController(MeetingQueries queries) : Controller
{
    [HttpGet("/meetings/{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var page = await queries.FindAsync(id, cancellationToken);
        return page is null ? NotFound() : View(page);
    }
}
