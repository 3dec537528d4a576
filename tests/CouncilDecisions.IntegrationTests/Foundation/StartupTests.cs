using Microsoft.EntityFrameworkCore;
using CouncilDecisions.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Hosting;

namespace CouncilDecisions.IntegrationTests.Foundation;

public sealed class StartupTests
{
    [Fact]
    public async Task Home_page_returns_200_over_a_freshly_migrated_database()
    {
        await using var app = new CouncilDecisionsAppFactory();
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.True(File.Exists(app.DatabasePath), "the SQLite file is created on first run");
    }

    [Fact]
    public async Task Sqlite_database_runs_in_wal_mode()
    {
        await using var app = new CouncilDecisionsAppFactory();
        using var client = app.CreateClient();

        var mode = await app.WithDbAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode;";
            return (string?)await command.ExecuteScalarAsync();
        });

        Assert.Equal("wal", mode);
    }

    [Fact]
    public void Bad_provider_stops_start_up_with_a_message_naming_the_setting()
    {
        using var app = new CouncilDecisionsAppFactory().WithWebHostBuilder(b => b.UseSetting("Database:Provider", "Oracle"));

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        var message = Flatten(error);
        Assert.Contains("Database:Provider", message, StringComparison.Ordinal);
        Assert.Contains("Oracle", message, StringComparison.Ordinal);
    }

    private static string Flatten(Exception error)
    {
        var messages = new List<string>();
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            messages.Add(e.Message);
        }

        return string.Join(" | ", messages);
    }
}
