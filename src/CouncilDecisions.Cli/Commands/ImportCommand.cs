using System.CommandLine;
using CouncilDecisions.Importer;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace CouncilDecisions.Cli.Commands;

/// <summary>
/// <c>import PATH... [--council NAME] [--draft] [--reparse] [--replace-edited]</c>: minute texts into the database,
/// one transaction per file.
/// </summary>
internal static class ImportCommand
{
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
        var command = new Command("import", "Import minute texts into the database (same configuration as the web app).")
        {
            paths, council, draft, reparse, replaceEdited,
        };
        command.SetAction((result, cancellationToken) => RunAsync(
            result.GetValue(paths)!,
            new ImportSettings(result.GetValue(council), result.GetValue(draft), result.GetValue(reparse), result.GetValue(replaceEdited)),
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
                foreach (var file in files)
                {
                    task.Description = Markup.Escape(Path.GetFileName(file.Path));
                    var (request, error) = await SourceFolder.ReadAsync(file, settings.Council, settings.AsDraft, "cli", cancellationToken);
                    if (request is null)
                    {
                        results.Add(new ImportResult(Path.GetFileName(file.Path), ImportOutcome.Failed) { Error = error });
                    }
                    else
                    {
                        using var scope = services.CreateScope();
                        request = request with { Reparse = settings.Reparse, ReplaceEdited = settings.ReplaceEdited };
                        results.Add(await scope.ServiceProvider.GetRequiredService<MinuteImporter>().ImportAsync(request, cancellationToken));
                    }

                    task.Increment(1);
                }
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
internal sealed record ImportSettings(string? Council, bool AsDraft, bool Reparse, bool ReplaceEdited);
