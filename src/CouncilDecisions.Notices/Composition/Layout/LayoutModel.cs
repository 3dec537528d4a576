namespace CouncilDecisions.Notices.Composition.Layout;

internal enum RunKind
{
    Text,

    // Drawn right-aligned at the content's right edge once pagination knows the section's page.
    PageNumberOfSection,
}

/// <summary>Text drawn at an x offset from the content's left edge, measured with the face it is drawn in.</summary>
internal sealed record TextRun(float X, string Text, bool Bold, float Size, float Width)
{
    public RunKind Kind { get; init; } = RunKind.Text;

    public Uri? Link { get; init; }

    public string? SectionName { get; init; }
}

/// <summary>One measured line: the unit that pagination moves whole, never splits and never repeats.</summary>
internal sealed class LayoutLine
{
    public List<TextRun> Runs { get; } = [];

    public float Height { get; init; }

    public float Baseline { get; init; }

    public float SpaceBefore { get; set; }

    public bool IsHeading { get; init; }

    public bool PageBreakBefore { get; set; }

    public string? SectionName { get; set; }

    public string? LinksToSection { get; init; }

    public string Text => string.Join(" ", Runs.Select(r => r.Text));
}

internal sealed record PlacedLine(LayoutLine Line, float Top);

internal sealed record LaidOutPage(PageDescriptor Descriptor, IReadOnlyList<PlacedLine> Lines, int Number);

internal sealed record LaidOutDocument(IReadOnlyList<LaidOutPage> Pages, IReadOnlyDictionary<string, int> SectionPages);
