using System.Text.Json;

namespace CouncilDecisions.Importer;

/// <summary>
/// The minute texts of a folder (or the files named), in name order, with the councils a folder's
/// <c>councils.json</c> names for texts that do not name their own council.
/// </summary>
public static class SourceFolder
{
    /// <summary>The optional manifest: <c>{ "file name": "Council name" }</c>.</summary>
    public const string ManifestName = "councils.json";

    /// <summary>Texts larger than this are refused before they are read.</summary>
    public const long MaxFileBytes = 10 * 1024 * 1024;

    /// <summary>Expands files and folders into the files to import, each with the council its folder's manifest names.</summary>
    public static IReadOnlyList<SourceFile> Expand(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<SourceFile>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var manifest = ReadManifest(path);
                files.AddRange(Directory.EnumerateFiles(path)
                    .Where(f => !string.Equals(Path.GetFileName(f), ManifestName, StringComparison.OrdinalIgnoreCase)
                        && !Path.GetFileName(f).StartsWith('.'))
                    .Order(StringComparer.Ordinal)
                    .Select(f => new SourceFile(f, manifest.GetValueOrDefault(Path.GetFileName(f)))));
            }
            else
            {
                var folder = Path.GetDirectoryName(Path.GetFullPath(path));
                var manifest = folder is null ? [] : ReadManifest(folder);
                files.Add(new SourceFile(path, manifest.GetValueOrDefault(Path.GetFileName(path))));
            }
        }

        return files;
    }

    /// <summary>Reads a file into an <see cref="ImportRequest"/>, or says why it cannot.</summary>
    public static async Task<(ImportRequest? Request, string? Error)> ReadAsync(SourceFile file, string? council, bool asDraft, string importedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        try
        {
            var info = new FileInfo(file.Path);
            if (!info.Exists)
            {
                return (null, $"{file.Path}: no such file.");
            }

            if (info.Length > MaxFileBytes)
            {
                return (null, $"{file.Path}: {info.Length:N0} bytes is over the {MaxFileBytes:N0}-byte limit.");
            }

            var bytes = await File.ReadAllBytesAsync(file.Path, cancellationToken);
            var name = Path.GetFileName(file.Path);
            return (new ImportRequest(name, name, bytes)
            {
                Council = file.Council ?? council,
                AsDraft = asDraft,
                ImportedBy = importedBy,
            }, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, $"{file.Path}: {ex.Message}");
        }
    }

    private static Dictionary<string, string> ReadManifest(string folder)
    {
        var path = Path.Combine(folder, ManifestName);
        if (!File.Exists(path))
        {
            return [];
        }

        using var stream = File.OpenRead(path);
        using var json = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        return json.RootElement.EnumerateObject()
            .Where(p => p.Value.ValueKind == JsonValueKind.String)
            .ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
    }
}

/// <summary>A file to import and the council its folder's manifest names for it, if any.</summary>
public sealed record SourceFile(string Path, string? Council);
