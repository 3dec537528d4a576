using System.Net;
using CouncilDecisions.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CouncilDecisions.IntegrationTests.Features.Api;

public sealed class ApiErrorTests
{
    [Fact]
    public async Task Server_error_under_api_is_a_500_problem_without_a_stack_trace()
    {
        await using var app = new CouncilDecisionsAppFactory();
        using var client = app.CreateClient();
        // Break the database under the running app, as a failed deployment might.
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("ALTER TABLE Decisions RENAME TO DecisionsGone"));

        var problem = await client.GetProblemAsync("/api/v1/decisions", HttpStatusCode.InternalServerError);

        var body = problem.GetRawText();
        Assert.DoesNotContain("DecisionsGone", body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
    }
}
