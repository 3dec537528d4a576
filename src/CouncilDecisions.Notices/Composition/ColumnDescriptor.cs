namespace CouncilDecisions.Notices.Composition;

/// <summary>A vertical stack of items, each separated by the column spacing.</summary>
public sealed class ColumnDescriptor
{
    internal List<Block> Blocks { get; } = [];

    internal float SpacingPoints { get; private set; } = 6f;

    /// <summary>Vertical space between items, in points (6 pt by default).</summary>
    public void Spacing(float points)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(points);
        SpacingPoints = points;
    }

    /// <summary>Adds the next item.</summary>
    public ItemDescriptor Item() => new(this);
}

/// <summary>What one column item holds: text, a heading, a list, a table, a link, a contents entry ...</summary>
public sealed class ItemDescriptor
{
    private readonly ColumnDescriptor _column;

    internal ItemDescriptor(ColumnDescriptor column) => _column = column;

    /// <summary>
    /// Paragraphs of wrapped text. A blank line ("\n\n") starts a new paragraph; a single "\n" breaks the line.
    /// </summary>
    public TextBlockDescriptor Text(string text)
    {
        var block = new ParagraphBlock(text ?? string.Empty);
        _column.Blocks.Add(block);
        return new TextBlockDescriptor(block);
    }

    /// <summary>A bold heading, kept on the same page as the first lines that follow it.</summary>
    /// <param name="text">Heading text.</param>
    /// <param name="level">1 (largest) to 3.</param>
    public void Heading(string text, int level = 2)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, 3);
        _column.Blocks.Add(new HeadingBlock(text ?? string.Empty, level));
    }

    /// <summary>A list whose labels are printed as given ("1", "(a)", "i.") with the text on a hanging indent.</summary>
    public void List(Action<ListDescriptor> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var list = new ListDescriptor();
        handler(list);
        _column.Blocks.Add(new ListBlock(list.Items));
    }

    /// <summary>A two-column table of bold keys and wrapped values.</summary>
    public void KeyValueTable(Action<KeyValueTableDescriptor> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var table = new KeyValueTableDescriptor();
        handler(table);
        _column.Blocks.Add(new KeyValueBlock(table.Rows));
    }

    /// <summary>Text that is a clickable link to the URL; the text defaults to the URL itself.</summary>
    public void Hyperlink(Uri url, string? text = null)
    {
        ArgumentNullException.ThrowIfNull(url);
        _column.Blocks.Add(new LinkBlock(text ?? url.AbsoluteUri, url));
    }

    /// <summary>Marks where the named section starts, for contents entries and link destinations.</summary>
    public void Section(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        _column.Blocks.Add(new SectionBlock(name));
    }

    /// <summary>A contents line: the title, and the number of the page where the named section starts.</summary>
    public void ContentsEntry(string title, string sectionName)
    {
        ArgumentException.ThrowIfNullOrEmpty(sectionName);
        _column.Blocks.Add(new ContentsEntryBlock(title ?? string.Empty, sectionName));
    }

    /// <summary>Starts the next item on a new page.</summary>
    public void PageBreak() => _column.Blocks.Add(new PageBreakBlock());
}

/// <summary>Style of a text item.</summary>
public sealed class TextBlockDescriptor
{
    private readonly ParagraphBlock _block;

    internal TextBlockDescriptor(ParagraphBlock block) => _block = block;

    /// <summary>Font size in points.</summary>
    public TextBlockDescriptor FontSize(float size)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        _block.Size = size;
        return this;
    }

    /// <summary>Bold face.</summary>
    public TextBlockDescriptor Bold()
    {
        _block.Bold = true;
        return this;
    }
}

/// <summary>Items of a list, each with its label as printed.</summary>
public sealed class ListDescriptor
{
    internal List<(string Label, string Text)> Items { get; } = [];

    /// <summary>Adds an item; the label is printed as given ("1", "(a)", "i.") and may be empty.</summary>
    public ListDescriptor Item(string? label, string text)
    {
        Items.Add((label ?? string.Empty, text ?? string.Empty));
        return this;
    }
}

/// <summary>Rows of a key–value table.</summary>
public sealed class KeyValueTableDescriptor
{
    internal List<(string Key, string Value)> Rows { get; } = [];

    /// <summary>Adds a row.</summary>
    public KeyValueTableDescriptor Row(string key, string value)
    {
        Rows.Add((key ?? string.Empty, value ?? string.Empty));
        return this;
    }
}

internal abstract class Block;

internal sealed class ParagraphBlock(string text) : Block
{
    public string Text { get; } = text;

    public float? Size { get; set; }

    public bool Bold { get; set; }
}

internal sealed class HeadingBlock(string text, int level) : Block
{
    public string Text { get; } = text;

    public int Level { get; } = level;
}

internal sealed class ListBlock(IReadOnlyList<(string Label, string Text)> items) : Block
{
    public IReadOnlyList<(string Label, string Text)> Items { get; } = items;
}

internal sealed class KeyValueBlock(IReadOnlyList<(string Key, string Value)> rows) : Block
{
    public IReadOnlyList<(string Key, string Value)> Rows { get; } = rows;
}

internal sealed class LinkBlock(string text, Uri url) : Block
{
    public string Text { get; } = text;

    public Uri Url { get; } = url;
}

internal sealed class SectionBlock(string name) : Block
{
    public string Name { get; } = name;
}

internal sealed class ContentsEntryBlock(string title, string sectionName) : Block
{
    public string Title { get; } = title;

    public string SectionName { get; } = sectionName;
}

internal sealed class PageBreakBlock : Block;
