namespace CouncilDecisions.IntegrationTests.Infrastructure;

/// <summary>A fact that reports itself skipped, with the reason, when an independent checking tool is not installed.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ToolFactAttribute : FactAttribute
{
    public ToolFactAttribute(string tool, string package)
    {
        Tool = tool;
        if (FindOnPath(tool) is null)
        {
            Skip = $"{tool} is not installed (apt-get install -y {package}); .ci/run installs it.";
        }
    }

    public string Tool { get; }

    public static string? FindOnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, tool))
            .FirstOrDefault(File.Exists);
}
