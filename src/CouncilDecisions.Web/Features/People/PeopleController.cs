using Microsoft.AspNetCore.Mvc;

namespace CouncilDecisions.Web.Features.People;

public sealed class PeopleController(PersonQueries queries) : Controller
{
    [HttpGet("/people/{id:int}/{slug?}")]
    public async Task<IActionResult> Details(int id, string? slug, CancellationToken cancellationToken)
    {
        var person = await queries.FindAsync(id, cancellationToken);
        if (person is null)
        {
            return NotFound();
        }

        return slug == person.Slug ? View(person) : RedirectPermanent(Infrastructure.Paths.Person(person.Id, person.Slug));
    }
}
