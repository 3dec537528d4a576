using CouncilDecisions.Data;
using CouncilDecisions.Importer;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CouncilDecisions.Web.Infrastructure;

/// <summary>On first run (an empty database), imports the demo minute texts through the same importer as the CLI.</summary>
internal sealed partial class SeedImport(DecisionsDbContext db, MinuteImporter importer, IOptions<SeedOptions> options, ILogger<SeedImport> logger)
{
    public async Task ImportWhenEmptyAsync(string contentRoot, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.ImportWhenEmpty || await db.SourceDocuments.AnyAsync(cancellationToken) || await db.Councils.AnyAsync(cancellationToken))
        {
            return;
        }

        var folder = Path.GetFullPath(Path.Combine(contentRoot, settings.Path));
        if (!Directory.Exists(folder))
        {
            LogNoSeeds(folder);
            return;
        }

        foreach (var file in SourceFolder.Expand([folder]))
        {
            var (request, error) = await SourceFolder.ReadAsync(file, council: null, asDraft: false, importedBy: "seed", cancellationToken);
            var result = request is null ? null : await importer.ImportAsync(request, cancellationToken);
            if (result is null || result.Outcome == ImportOutcome.Failed)
            {
                LogSeedFailed(file.Path, error ?? result?.Error);
            }
            else
            {
                LogSeedImported(request!.FileName, result.Outcome, result.Warnings.Count);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No seed folder at {Folder}; starting with an empty database")]
    private partial void LogNoSeeds(string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Seed {Path} not imported: {Error}")]
    private partial void LogSeedFailed(string path, string? error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seed {FileName}: {Outcome} with {WarningCount} warning(s)")]
    private partial void LogSeedImported(string fileName, ImportOutcome outcome, int warningCount);
}
