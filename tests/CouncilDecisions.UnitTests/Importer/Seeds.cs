using CouncilDecisions.Importer.Parsing;

namespace CouncilDecisions.UnitTests.Importer;

/// <summary>The real minute texts in the repository's seeds/ folder.</summary>
internal static class Seeds
{
    public const string Cambridge = "cambridge-decision-details-digital-transformation-strategy.txt";
    public const string Executive = "issue-meetings-executive-digital-strategy.txt";
    public const string Croydon = "croydon-agenda-item-digital-strategy.txt";
    public const string Oxfordshire = "oxfordshire-issue-meetings-ict-digital-strategy.txt";
    public const string Melton = "melton-agenda-item-digital-strategy-phase-one.txt";

    public static readonly string[] All = [Cambridge, Executive, Croydon, Oxfordshire, Melton];

    public static string Folder { get; } = FindFolder();

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(Folder, name));

    public static string Text(string name) => File.ReadAllText(Path.Combine(Folder, name));

    public static ParsedDocument Parse(string name) => MinuteParser.Parse(Bytes(name));

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CouncilDecisions.sln")))
            {
                return Path.Combine(dir.FullName, "seeds");
            }
        }

        throw new InvalidOperationException("CouncilDecisions.sln not found above " + AppContext.BaseDirectory);
    }
}
