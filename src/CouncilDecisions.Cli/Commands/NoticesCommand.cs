using System.CommandLine;
using CouncilDecisions.Notices;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace CouncilDecisions.Cli.Commands;

/// <summary><c>notices DIR [--council NAME] [--base-url URL]</c>: every published decision's PDF notice into a folder.</summary>
internal static class NoticesCommand
{
    public static Command Create()
    {
        var folder = new Argument<DirectoryInfo>("DIR") { Description = "The folder to write the PDFs into (created if missing)." };
        var council = new Option<string?>("--council") { Description = "Only this council's decisions (its name or slug)." };
        var baseUrl = new Option<Uri?>("--base-url")
        {
            Description = "The public site the notices link to (default: Portal__CanonicalBaseUrl, else http://localhost:5080).",
        };
        var command = new Command("notices", "Write every published decision's PDF notice to a folder.") { folder, council, baseUrl };
        command.SetAction((result, cancellationToken) =>
            RunAsync(result.GetValue(folder)!, result.GetValue(council), result.GetValue(baseUrl), AnsiConsole.Console, cancellationToken));
        return command;
    }

    internal static async Task<int> RunAsync(DirectoryInfo folder, string? council, Uri? baseUrl, IAnsiConsole console, CancellationToken cancellationToken)
    {
        await using var services = CliHost.Build(s => s.AddScoped<NoticeQueries>());
        await CliHost.InitializeDatabaseAsync(services, cancellationToken);
        var site = baseUrl ?? new Uri(Environment.GetEnvironmentVariable("Portal__CanonicalBaseUrl") is { Length: > 0 } configured ? configured : "http://localhost:5080");

        using var scope = services.CreateScope();
        var notices = scope.ServiceProvider.GetRequiredService<NoticeQueries>();
        var ids = await notices.PublishedDecisionIdsAsync(council, cancellationToken);
        if (ids.Count == 0)
        {
            await Console.Error.WriteLineAsync(council is null ? "No published decisions." : $"No published decisions for the council '{council}'.");
            return 1;
        }

        folder.Create();
        int written = 0, refused = 0;
        foreach (var id in ids)
        {
            var notice = await notices.DecisionAsync(id, site, cancellationToken);
            if (notice is null)
            {
                continue;
            }

            try
            {
                var path = Path.Combine(folder.FullName, notice.FileName);
                await File.WriteAllBytesAsync(path, DecisionNotice.Generate(notice.Data), cancellationToken);
                console.MarkupLineInterpolated($"[green]wrote[/] {path}");
                written++;
            }
            catch (NoticeTooLargeException ex)
            {
                console.MarkupLineInterpolated($"[red]refused[/] decision {id}: {ex.Message}");
                refused++;
            }
        }

        console.MarkupLineInterpolated($"{written} notice(s) written, {refused} refused.");
        return refused > 0 ? 1 : 0;
    }
}
