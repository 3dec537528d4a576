using Microsoft.AspNetCore.Mvc;

namespace CouncilDecisions.Web.Features.Decisions;

public sealed class DecisionsController(DecisionQueries queries) : Controller
{
    /// <summary>The id identifies the decision; a missing or outdated slug redirects to the canonical address.</summary>
    [HttpGet("/decisions/{id:int}/{slug?}")]
    public async Task<IActionResult> Details(int id, string? slug, CancellationToken cancellationToken)
    {
        var decision = await queries.FindAsync(id, cancellationToken);
        if (decision is null)
        {
            return NotFound();
        }

        return slug == decision.Slug ? View(decision) : RedirectPermanent(decision.Href);
    }
}
