using Microsoft.AspNetCore.Mvc;

namespace CouncilDecisions.Web.Features.Search;

public sealed class SearchController(SearchQueries queries) : Controller
{
    [HttpGet("/search")]
    public async Task<IActionResult> Index([FromQuery] SearchForm form, CancellationToken cancellationToken) =>
        View(await queries.SearchAsync(form, cancellationToken));
}
