using SkiaSharp;

namespace CouncilDecisions.Notices.Fonts;

/// <summary>
/// One embedded DejaVu face: its full program (for metrics and as the fallback when subsetting fails), the
/// advance width of every BMP character, and the subsetter.
/// </summary>
internal sealed class FontFace
{
    /// <summary>Drawn in place of characters the font cannot show, so nothing renders as an empty box.</summary>
    public const char Replacement = '\uFFFD';

    private const float MetricsSize = 1000f;

    private readonly float[] _advances;
    private readonly bool[] _covered;
    private readonly HarfBuzzSubsetter? _subsetter;

    private FontFace(string resourceName)
    {
        using var stream = typeof(FontFace).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The font resource {resourceName} is missing from the build.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        Program = memory.ToArray();

        using var data = SKData.CreateCopy(Program);
        using var typeface = SKTypeface.FromData(data)
            ?? throw new InvalidOperationException($"The font resource {resourceName} is not a font Skia can read.");
        using var font = CreateFont(typeface, MetricsSize);

        var codePoints = new int[char.MaxValue + 1];
        for (var i = 0; i < codePoints.Length; i++)
        {
            codePoints[i] = i;
        }

        var glyphs = font.GetGlyphs(codePoints);
        var widths = font.GetGlyphWidths(glyphs);
        _advances = new float[codePoints.Length];
        _covered = new bool[codePoints.Length];
        for (var i = 0; i < codePoints.Length; i++)
        {
            _covered[i] = glyphs[i] != 0 && !char.IsSurrogate((char)i);
            _advances[i] = widths[i] / MetricsSize;
        }

        _subsetter = HarfBuzzSubsetter.TryCreate(Program);
    }

    /// <summary>DejaVu Sans.</summary>
    public static FontFace Regular { get; } = new("CouncilDecisions.Notices.Fonts.DejaVuSans.ttf");

    /// <summary>DejaVu Sans Bold.</summary>
    public static FontFace Bold { get; } = new("CouncilDecisions.Notices.Fonts.DejaVuSans-Bold.ttf");

    /// <summary>The whole font program as shipped in the npm package.</summary>
    public byte[] Program { get; }

    /// <summary>Whether <see cref="Subset"/> can do better than returning the whole font.</summary>
    public bool CanSubset => _subsetter is not null;

    /// <summary>Whether the face has a glyph for the character.</summary>
    public bool Covers(char c) => _covered[c];

    /// <summary>Advance width of the text at the given size, as plain (unshaped, unkerned) DrawText lays it out.</summary>
    public float Measure(ReadOnlySpan<char> text, float size)
    {
        var total = 0f;
        foreach (var c in text)
        {
            total += _advances[c];
        }

        return total * size;
    }

    /// <summary>Advance width of one character at the given size.</summary>
    public float Measure(char c, float size) => _advances[c] * size;

    /// <summary>The font program cut down to the code points, or the whole font when HarfBuzz is unavailable.</summary>
    public byte[] Subset(IEnumerable<int> codePoints, out bool subset)
    {
        var bytes = _subsetter?.Subset(codePoints);
        subset = bytes is not null;
        return bytes ?? Program;
    }

    /// <summary>A font configured the same way for measuring and drawing, so layout and output agree.</summary>
    public static SKFont CreateFont(SKTypeface typeface, float size) => new(typeface, size)
    {
        LinearMetrics = true,
        Subpixel = true,
        Hinting = SKFontHinting.None,
    };
}
