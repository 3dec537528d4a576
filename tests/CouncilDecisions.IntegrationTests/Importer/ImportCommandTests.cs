using System.Diagnostics;
using CouncilDecisions.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace CouncilDecisions.IntegrationTests.Importer;

/// <summary>
/// The CLI's <c>import</c> verb as an officer runs it: the built tool in its own process, on a SQLite file of its own,
/// configured by environment variable as the README says.
/// </summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "councildecisions-cli-" + Guid.NewGuid().ToString("N"));

    public ImportCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "texts"));
        foreach (var seed in Directory.GetFiles(TestPaths.SeedsFolder))
        {
            File.Copy(seed, Path.Combine(_folder, "texts", Path.GetFileName(seed)));
        }

        // Not a minute page: the parser rejects it, and it must fail alone.
        File.WriteAllText(Path.Combine(_folder, "texts", "shopping-list.txt"), "eggs\nmilk\n");
    }

    [Fact]
    public async Task Import_writes_new_files_in_batches_reports_the_one_it_rejects_and_changes_nothing_when_run_again()
    {
        var first = await RunAsync("import", Path.Combine(_folder, "texts"), "--batch-size", "2");
        var counts = Counts();
        var second = await RunAsync("import", Path.Combine(_folder, "texts"));

        Assert.Equal(1, first.ExitCode);
        Assert.Contains("failed shopping-list.txt", first.Output, StringComparison.Ordinal);
        Assert.Equal((5, 5, 0), counts);
        Assert.Matches(@"│\s+5\s+│\s+0\s+│\s+0\s+│\s+1\s+│", first.Output);

        Assert.Equal(1, second.ExitCode);
        Assert.Matches(@"│\s+0\s+│\s+5\s+│\s+0\s+│\s+1\s+│", second.Output);
        Assert.Equal(counts, Counts());
    }

    [Fact]
    public async Task A_batch_size_of_zero_is_refused_before_anything_is_read()
    {
        var result = await RunAsync("import", Path.Combine(_folder, "texts"), "--batch-size", "0");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--batch-size must be between 1 and 10000.", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "data", "councildecisions.db")));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private (int Sources, int Files, int Superseded) Counts()
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_folder, "data", "councildecisions.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT count(*) FROM SourceDocuments), (SELECT count(DISTINCT FileName) FROM SourceDocuments), (SELECT count(*) FROM SourceDocuments WHERE SupersededById IS NOT NULL)";
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2));
    }

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "councildecisions.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["Database__DataFolder"] = Path.Combine(_folder, "data");
        start.Environment["Database__SqliteSynchronous"] = "Normal";
        start.Environment["COLUMNS"] = "200";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
