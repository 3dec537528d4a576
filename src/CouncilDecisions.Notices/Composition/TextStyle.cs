namespace CouncilDecisions.Notices.Composition;

/// <summary>Font size and weight of a run of text, in the spirit of QuestPDF's <c>TextStyle</c>.</summary>
/// <param name="Size">Font size in points.</param>
/// <param name="IsBold">Whether the bold face is used.</param>
public sealed record TextStyle(float Size, bool IsBold)
{
    /// <summary>11 pt regular body text.</summary>
    public static TextStyle Default { get; } = new(11f, false);

    /// <summary>The same style at another size.</summary>
    public TextStyle FontSize(float size) => this with { Size = size };

    /// <summary>The same style in bold.</summary>
    public TextStyle Bold() => this with { IsBold = true };

    /// <summary>The same style in the regular weight.</summary>
    public TextStyle Regular() => this with { IsBold = false };
}
