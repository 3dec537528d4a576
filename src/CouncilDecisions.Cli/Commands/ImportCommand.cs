using System.CommandLine;
using CouncilDecisions.Importer;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace CouncilDecisions.Cli.Commands;

/// <summary>
/// <c>import PATH... [--council NAME] [--draft] [--reparse] [--replace-edited] [--batch-size N]</c>: minute texts into the
/// database. New files are written up to N at a time in one transaction; a file that cannot be saved is then imported on
/// its own and fails alone, writing nothing (docs/decisions/0009-batch-import.md).
/// </summary>
internal static class ImportCommand
{
    /// <summary>Files per batch by default: past about 100 the time per file stops falling (docs/benchmarks.md).</summary>
    public const int DefaultBatchSize = 200;

    // A batch also ends at this many bytes, so 200 files of the largest size allowed are never held at once.
    private const long BatchBytes = 16 * 1024 * 1024;

    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Arity = ArgumentArity.OneOrMore, Description = "Minute text files, or folders of them." };
        var council = new Option<string?>("--council") { Description = "The council to record for texts that do not name theirs." };
        var draft = new Option<bool>("--draft") { Description = "Create drafts for officers to check, rather than published records." };
        var reparse = new Option<bool>("--reparse")
        {
            Description = "Read texts again that an older parser version imported, even when unchanged, and update their records.",
        };
        var replaceEdited = new Option<bool>("--replace-edited")
        {
            Description = "Let a text replace records that officers have edited since their last import (the edits stay in the change history).",
        };
        var batchSize = new Option<int>("--batch-size")
        {
            Description = "New files written together in one transaction (1: each file in its own). A batch that fails is retried file by file.",
            DefaultValueFactory = _ => DefaultBatchSize,
        };
        batchSize.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 10_000)
            {
                result.AddError("--batch-size must be between 1 and 10000.");
            }
        });
        var command = new Command("import", "Import minute texts into the database (same configuration as the web app).")
        {
            paths, council, draft, reparse, replaceEdited, batchSize,
        };
        command.SetAction((result, cancellationToken) => RunAsync(
            result.GetValue(paths)!,
            new ImportSettings(result.GetValue(council), result.GetValue(draft), result.GetValue(reparse), result.GetValue(replaceEdited))
            {
                BatchSize = result.GetValue(batchSize),
            },
            AnsiConsole.Console,
            cancellationToken));
        return command;
    }

    internal static async Task<int> RunAsync(IReadOnlyList<string> paths, ImportSettings settings, IAnsiConsole console, CancellationToken cancellationToken)
    {
        var files = SourceFolder.Expand(paths);
        if (files.Count == 0)
        {
            await Console.Error.WriteLineAsync("No files to import.");
            return 2;
        }

        await using var services = CliHost.Build();
        await CliHost.InitializeDatabaseAsync(services, cancellationToken);

        var results = new List<ImportResult>();
        await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask("Importing", maxValue: files.Count);
                var batch = new List<ImportRequest>();
                var bytes = 0L;
                async Task ImportBatchAsync()
                {
                    if (batch.Count > 0)
                    {
                        using var scope = services.CreateScope();
                        results.AddRange(await scope.ServiceProvider.GetRequiredService<MinuteImporter>().ImportBatchAsync(batch, cancellationToken));
                        task.Increment(batch.Count);
                        batch.Clear();
                        bytes = 0;
                    }
                }

                foreach (var file in files)
                {
                    task.Description = Markup.Escape(Path.GetFileName(file.Path));
                    var (request, error) = await SourceFolder.ReadAsync(file, settings.Council, settings.AsDraft, "cli", cancellationToken);
                    if (request is null)
                    {
                        // Results stay in file order: the batch read so far goes first.
                        await ImportBatchAsync();
                        results.Add(new ImportResult(Path.GetFileName(file.Path), ImportOutcome.Failed) { Error = error });
                        task.Increment(1);
                        continue;
                    }

                    batch.Add(request with { Reparse = settings.Reparse, ReplaceEdited = settings.ReplaceEdited });
                    bytes += request.Content.Length;
                    if (batch.Count >= settings.BatchSize || bytes >= BatchBytes)
                    {
                        await ImportBatchAsync();
                    }
                }

                await ImportBatchAsync();
            });

        WriteSummary(console, results);
        return results.Any(r => r.Outcome == ImportOutcome.Failed) ? 1 : 0;
    }

    private static void WriteSummary(IAnsiConsole console, List<ImportResult> results)
    {
        foreach (var failed in results.Where(r => r.Outcome == ImportOutcome.Failed))
        {
            console.MarkupLineInterpolated($"[red]failed[/] {failed.FileName}: {failed.Error}");
        }

        if (results.Any(r => r.IsConflict))
        {
            console.MarkupLine("To replace edited records with their new text, import again with --replace-edited; the edits stay in each record's change history.");
        }

        foreach (var result in results.Where(r => r.Warnings.Count > 0))
        {
            foreach (var warning in result.Warnings)
            {
                console.MarkupLineInterpolated($"[yellow]warning[/] {result.FileName}: {warning}");
            }
        }

        var table = new Table().AddColumns("Imported", "Unchanged", "Updated", "Failed", "Warnings");
        table.AddRow(
            Count(results, ImportOutcome.Imported),
            Count(results, ImportOutcome.Unchanged),
            Count(results, ImportOutcome.Updated),
            Count(results, ImportOutcome.Failed),
            results.Sum(r => r.Warnings.Count).ToString(System.Globalization.CultureInfo.InvariantCulture));
        console.Write(table);
    }

    private static string Count(List<ImportResult> results, ImportOutcome outcome) =>
        results.Count(r => r.Outcome == outcome).ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>The <c>import</c> verb's options.</summary>
internal sealed record ImportSettings(string? Council, bool AsDraft, bool Reparse, bool ReplaceEdited)
{
    /// <summary>New files written together in one transaction; 1 writes each file in its own.</summary>
    public int BatchSize { get; init; } = ImportCommand.DefaultBatchSize;
}
