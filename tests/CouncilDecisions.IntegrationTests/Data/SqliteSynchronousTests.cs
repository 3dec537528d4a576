using CouncilDecisions.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilDecisions.IntegrationTests.Data;

public sealed class SqliteSynchronousTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "councildecisions-tests", Guid.NewGuid().ToString("N"));

    [Theory]
    [InlineData(null, 2)]
    [InlineData("Normal", 1)]
    [InlineData("full", 2)]
    public async Task Sqlite_connections_use_the_configured_synchronous_mode(string? setting, long expected)
    {
        await using var services = Services(setting);
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DecisionsDbContext>();

        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA synchronous;";
        var mode = (long)(await command.ExecuteScalarAsync())!;
        await db.Database.CloseConnectionAsync();

        Assert.Equal(expected, mode);
    }

    [Fact]
    public void An_unknown_synchronous_mode_stops_start_up_naming_the_setting()
    {
        var error = Assert.Throws<InvalidOperationException>(() => DatabaseSettings.From(Configuration("Off")));
        Assert.Contains("Database:SqliteSynchronous", error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private ServiceProvider Services(string? setting)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDecisionsDatabase(Configuration(setting));
        return services.BuildServiceProvider();
    }

    private IConfiguration Configuration(string? setting) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [DatabaseSettings.DataFolderKey] = _folder,
            [DatabaseSettings.SqliteSynchronousKey] = setting,
        }).Build();
}
