using CouncilDecisions.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CouncilDecisions.IntegrationTests.Features.Feeds;

public sealed class CsvInjectionTests
{
    [Fact]
    public async Task Cells_that_a_spreadsheet_would_run_as_formulas_are_prefixed_with_an_apostrophe()
    {
        await using var app = new SeededAppFactory();
        using var client = app.CreateClient();
        await app.WithDbAsync(async db =>
        {
            var decision = await db.Decisions.SingleAsync(d => d.Title == "Croydon Digital Strategy");
            decision.Title = "=HYPERLINK(\"http://evil.example\",\"Click\")";
            decision.DecisionMaker = "+Cabinet";
            decision.Status = "@SUM(A1)";
            decision.Purpose = "-2+3";
            await db.SaveChangesAsync();
        });

        var rows = FeedTests.ReadCsv(await client.GetStringAsync(new Uri("/councils/croydon-council/decisions.csv", UriKind.Relative)));

        var row = Assert.Single(rows);
        Assert.Equal("'=HYPERLINK(\"http://evil.example\",\"Click\")", row["title"]);
        Assert.Equal("'+Cabinet", row["decision_maker"]);
        Assert.Equal("'@SUM(A1)", row["status"]);
        Assert.Equal("'-2+3", row["purpose"]);
        Assert.Equal("Croydon Council", row["council"]);
    }
}
