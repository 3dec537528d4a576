namespace CouncilDecisions.Notices.Composition;

/// <summary>Size, margins, default text style, header, content and footer of a run of pages.</summary>
public sealed class PageDescriptor
{
    internal PageSize PageSize { get; private set; } = PageSizes.A4;

    internal float MarginPoints { get; private set; } = 56f;

    internal TextStyle TextStyle { get; private set; } = TextStyle.Default;

    internal PageSlotDescriptor HeaderSlot { get; } = new();

    internal PageSlotDescriptor FooterSlot { get; } = new();

    internal ColumnDescriptor ContentColumn { get; } = new();

    /// <summary>Sets the page size (A4 by default).</summary>
    public void Size(PageSize size) => PageSize = size ?? throw new ArgumentNullException(nameof(size));

    /// <summary>Sets all four margins in points (56 pt, about 2 cm, by default).</summary>
    public void Margin(float points)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(points);
        MarginPoints = points;
    }

    /// <summary>Sets the text style the content starts from (11 pt regular by default).</summary>
    public void DefaultTextStyle(Func<TextStyle, TextStyle> style)
    {
        ArgumentNullException.ThrowIfNull(style);
        TextStyle = style(TextStyle);
    }

    /// <summary>One line drawn in the top margin of every page.</summary>
    public PageSlotDescriptor Header() => HeaderSlot;

    /// <summary>One line drawn in the bottom margin of every page.</summary>
    public PageSlotDescriptor Footer() => FooterSlot;

    /// <summary>The content, flowed across as many pages as it needs.</summary>
    public ContentDescriptor Content() => new(ContentColumn);
}

/// <summary>The content area of a run of pages.</summary>
public sealed class ContentDescriptor
{
    private readonly ColumnDescriptor _column;

    internal ContentDescriptor(ColumnDescriptor column) => _column = column;

    /// <summary>Composes the content as a column of items.</summary>
    public void Column(Action<ColumnDescriptor> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        handler(_column);
    }
}

/// <summary>Alignment of a header or footer segment.</summary>
public enum SlotAlignment
{
    /// <summary>Flush with the left margin.</summary>
    Left,

    /// <summary>Centred between the margins.</summary>
    Center,

    /// <summary>Flush with the right margin.</summary>
    Right,
}

/// <summary>A single-line header or footer made of left, centre and right segments.</summary>
public sealed class PageSlotDescriptor
{
    private SlotAlignment _alignment = SlotAlignment.Left;

    internal List<(SlotAlignment Alignment, TextDescriptor Text)> Segments { get; } = [];

    /// <summary>Places the next <see cref="Text(string)"/> at the left margin.</summary>
    public PageSlotDescriptor AlignLeft() => Align(SlotAlignment.Left);

    /// <summary>Centres the next <see cref="Text(string)"/>.</summary>
    public PageSlotDescriptor AlignCenter() => Align(SlotAlignment.Center);

    /// <summary>Places the next <see cref="Text(string)"/> at the right margin.</summary>
    public PageSlotDescriptor AlignRight() => Align(SlotAlignment.Right);

    /// <summary>Adds a plain text segment.</summary>
    public void Text(string text) => Text(t => t.Span(text));

    /// <summary>Adds a segment built from spans and page numbers.</summary>
    public void Text(Action<TextDescriptor> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var text = new TextDescriptor();
        handler(text);
        Segments.Add((_alignment, text));
    }

    private PageSlotDescriptor Align(SlotAlignment alignment)
    {
        _alignment = alignment;
        return this;
    }
}

/// <summary>Spans of a header or footer line, including the page number placeholders.</summary>
public sealed class TextDescriptor
{
    internal List<SlotSpan> Spans { get; } = [];

    internal TextStyle SpanStyle { get; private set; } = TextStyle.Default.FontSize(9f);

    /// <summary>Literal text.</summary>
    public TextDescriptor Span(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Spans.Add(new SlotSpan(SlotSpanKind.Text, text));
        return this;
    }

    /// <summary>The number of the page being drawn.</summary>
    public TextDescriptor CurrentPageNumber()
    {
        Spans.Add(new SlotSpan(SlotSpanKind.CurrentPage, string.Empty));
        return this;
    }

    /// <summary>The number of pages in the document; known because layout runs before drawing.</summary>
    public TextDescriptor TotalPages()
    {
        Spans.Add(new SlotSpan(SlotSpanKind.TotalPages, string.Empty));
        return this;
    }

    /// <summary>Sets the style of the whole segment (9 pt regular by default).</summary>
    public TextDescriptor Style(Func<TextStyle, TextStyle> style)
    {
        ArgumentNullException.ThrowIfNull(style);
        SpanStyle = style(SpanStyle);
        return this;
    }
}

internal enum SlotSpanKind
{
    Text,
    CurrentPage,
    TotalPages,
}

internal sealed record SlotSpan(SlotSpanKind Kind, string Text);
