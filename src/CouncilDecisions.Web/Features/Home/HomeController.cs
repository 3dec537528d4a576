using CouncilDecisions.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CouncilDecisions.Web.Features.Home;

public sealed class HomeController(DecisionsDbContext db) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var model = new HomeViewModel(
            await db.Councils.CountAsync(cancellationToken),
            await db.Decisions.CountAsync(d => d.State == Domain.PublicationState.Published, cancellationToken));
        return View(model);
    }
}

public sealed record HomeViewModel(int CouncilCount, int DecisionCount);
