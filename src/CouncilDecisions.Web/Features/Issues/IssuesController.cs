using Microsoft.AspNetCore.Mvc;

namespace CouncilDecisions.Web.Features.Issues;

public sealed class IssuesController(IssueQueries queries) : Controller
{
    [HttpGet("/issues/{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var page = await queries.FindAsync(id, cancellationToken);
        return page is null ? NotFound() : View(page);
    }
}
