using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using CouncilDecisions.Data;

namespace CouncilDecisions.IntegrationTests.Infrastructure;

/// <summary>
/// The real app over a real SQLite file of its own (deleted afterwards), migrated on start-up like production.
/// Set <see cref="ImportSeeds"/> to start with the seeds imported, as a first run would.
/// </summary>
public class CouncilDecisionsAppFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "councildecisions-tests", Guid.NewGuid().ToString("N"));

    public string DatabasePath => Path.Combine(_folder, "councildecisions.db");

    protected virtual bool ImportSeeds => false;

    /// <summary>Runs <paramref name="action"/> against the app's database in a scope of its own.</summary>
    public async Task WithDbAsync(Func<DecisionsDbContext, Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        using var scope = Services.CreateScope();
        await action(scope.ServiceProvider.GetRequiredService<DecisionsDbContext>());
    }

    public async Task<T> WithDbAsync<T>(Func<DecisionsDbContext, Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        using var scope = Services.CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<DecisionsDbContext>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:DataFolder", _folder);
        builder.UseSetting("ConnectionStrings:Decisions", "");
        builder.UseSetting("Seeds:Path", TestPaths.SeedsFolder);
        builder.UseSetting("Seeds:ImportWhenEmpty", ImportSeeds ? "true" : "false");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open must not fail the test run; the temp folder is cleaned by the OS.
            }
        }
    }
}

/// <summary>The app with the five seed texts imported on first run.</summary>
public sealed class SeededAppFactory : CouncilDecisionsAppFactory
{
    protected override bool ImportSeeds => true;
}

public static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string SeedsFolder => Path.Combine(RepositoryRoot, "seeds");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CouncilDecisions.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("CouncilDecisions.sln not found above " + AppContext.BaseDirectory);
    }
}
