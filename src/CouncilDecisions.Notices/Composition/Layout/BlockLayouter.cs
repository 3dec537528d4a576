using CouncilDecisions.Notices.Fonts;

namespace CouncilDecisions.Notices.Composition.Layout;

/// <summary>The measuring pass: turns a column's blocks into lines that fit the content width.</summary>
internal sealed class BlockLayouter(TextStyle body, float width, float spacing)
{
    private const float LineHeightFactor = 1.35f;
    private const float ItemSpacing = 4f;
    private const float LabelGap = 8f;
    private const float MinimumHang = 24f;
    private const float KeyColumnShare = 0.34f;
    private const float ContentsNumberWidth = 40f;

    private readonly List<LayoutLine> _lines = [];
    private string? _pendingSection;
    private bool _pendingPageBreak;

    public List<LayoutLine> Layout(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            var first = _lines.Count;
            switch (block)
            {
                case ParagraphBlock paragraph:
                    AddParagraphs(paragraph);
                    break;
                case HeadingBlock heading:
                    AddHeading(heading);
                    break;
                case ListBlock list:
                    AddList(list);
                    break;
                case KeyValueBlock table:
                    AddTable(table);
                    break;
                case LinkBlock link:
                    AddLink(link);
                    break;
                case ContentsEntryBlock entry:
                    AddContentsEntry(entry);
                    break;
                case SectionBlock section:
                    _pendingSection = section.Name;
                    break;
                case PageBreakBlock:
                    _pendingPageBreak = true;
                    break;
                default:
                    throw new NotSupportedException($"Unknown block {block.GetType().Name}.");
            }

            if (_lines.Count > first)
            {
                var line = _lines[first];
                line.SpaceBefore = Math.Max(line.SpaceBefore, spacing);
            }
        }

        return _lines;
    }

    private static FontFace Face(bool bold) => bold ? FontFace.Bold : FontFace.Regular;

    private void AddParagraphs(ParagraphBlock block)
    {
        var style = body with { Size = block.Size ?? body.Size, IsBold = block.Bold || body.IsBold };
        var face = Face(style.IsBold);
        var firstParagraph = true;
        foreach (var paragraph in TextWrapper.Paragraphs(block.Text, face))
        {
            var firstLine = true;
            foreach (var hardLine in paragraph)
            {
                foreach (var text in TextWrapper.Wrap(hardLine, face, style.Size, width))
                {
                    var line = NewLine(style.Size);
                    line.Runs.Add(Run(0f, text, style));
                    if (firstLine && !firstParagraph)
                    {
                        line.SpaceBefore = spacing;
                    }

                    firstLine = false;
                }
            }

            firstParagraph = false;
        }
    }

    private void AddHeading(HeadingBlock block)
    {
        var (size, before) = block.Level switch
        {
            1 => (18f, 14f),
            2 => (13.5f, 12f),
            _ => (body.Size + 0.5f, 8f),
        };
        var style = new TextStyle(size, true);
        var first = true;
        foreach (var hardLine in TextWrapper.Paragraphs(block.Text, FontFace.Bold).SelectMany(p => p))
        {
            foreach (var text in TextWrapper.Wrap(hardLine, FontFace.Bold, size, width))
            {
                var line = NewLine(size, isHeading: true);
                line.Runs.Add(Run(0f, text, style));
                if (first)
                {
                    line.SpaceBefore = before;
                    first = false;
                }
            }
        }
    }

    private void AddList(ListBlock block)
    {
        var labels = block.Items.Select(i => TextWrapper.ForDrawing(TextWrapper.Clean(i.Label, FontFace.Regular))).ToList();
        var widest = labels.Count == 0 ? 0f : labels.Max(l => FontFace.Regular.Measure(l, body.Size));
        var hang = Math.Min(Math.Max(widest + LabelGap, MinimumHang), width / 3);
        for (var i = 0; i < block.Items.Count; i++)
        {
            var first = _lines.Count;
            AddIndented(block.Items[i].Text, hang, body);
            if (_lines.Count == first)
            {
                NewLine(body.Size);
            }

            var line = _lines[first];
            if (labels[i].Length > 0)
            {
                line.Runs.Insert(0, Run(0f, labels[i], body.Regular()));
            }

            if (i > 0)
            {
                line.SpaceBefore = ItemSpacing;
            }
        }
    }

    private void AddIndented(string text, float indent, TextStyle style)
    {
        var face = Face(style.IsBold);
        var firstParagraph = true;
        foreach (var paragraph in TextWrapper.Paragraphs(text, face))
        {
            var firstLine = true;
            foreach (var wrapped in paragraph.SelectMany(l => TextWrapper.Wrap(l, face, style.Size, width - indent)))
            {
                var line = NewLine(style.Size);
                line.Runs.Add(Run(indent, wrapped, style));
                if (firstLine && !firstParagraph)
                {
                    line.SpaceBefore = ItemSpacing;
                }

                firstLine = false;
            }

            firstParagraph = false;
        }
    }

    private void AddTable(KeyValueBlock block)
    {
        var keyWidth = width * KeyColumnShare;
        var keyStyle = body.Bold();
        for (var i = 0; i < block.Rows.Count; i++)
        {
            var (key, value) = block.Rows[i];
            var keyLines = TextWrapper.Paragraphs(key, FontFace.Bold).SelectMany(p => p)
                .SelectMany(l => TextWrapper.Wrap(l, FontFace.Bold, body.Size, keyWidth - LabelGap)).ToList();
            var valueLines = TextWrapper.Paragraphs(value, Face(body.IsBold)).SelectMany(p => p)
                .SelectMany(l => TextWrapper.Wrap(l, Face(body.IsBold), body.Size, width - keyWidth)).ToList();
            var count = Math.Max(1, Math.Max(keyLines.Count, valueLines.Count));
            for (var j = 0; j < count; j++)
            {
                var line = NewLine(body.Size);
                if (j < keyLines.Count)
                {
                    line.Runs.Add(Run(0f, keyLines[j], keyStyle));
                }

                if (j < valueLines.Count)
                {
                    line.Runs.Add(Run(keyWidth, valueLines[j], body));
                }

                if (j == 0 && i > 0)
                {
                    line.SpaceBefore = ItemSpacing;
                }
            }
        }
    }

    private void AddLink(LinkBlock block)
    {
        var text = TextWrapper.Clean(block.Text, FontFace.Regular);
        foreach (var wrapped in TextWrapper.Wrap(text, FontFace.Regular, body.Size, width))
        {
            var line = NewLine(body.Size);
            line.Runs.Add(Run(0f, wrapped, body.Regular()) with { Link = block.Url });
        }
    }

    private void AddContentsEntry(ContentsEntryBlock block)
    {
        var text = TextWrapper.Clean(block.Title, Face(body.IsBold));
        var wrapped = TextWrapper.Wrap(text, Face(body.IsBold), body.Size, width - ContentsNumberWidth);
        if (wrapped.Count == 0)
        {
            wrapped.Add(string.Empty);
        }

        for (var i = 0; i < wrapped.Count; i++)
        {
            var line = NewLine(body.Size, linksToSection: block.SectionName);
            line.Runs.Add(Run(0f, wrapped[i], body));
            if (i == wrapped.Count - 1)
            {
                // Width and text are filled in when drawing; the number's width never changes the line count.
                line.Runs.Add(new TextRun(width, string.Empty, body.IsBold, body.Size, 0f)
                {
                    Kind = RunKind.PageNumberOfSection,
                    SectionName = block.SectionName,
                });
            }
        }
    }

    private static TextRun Run(float x, string text, TextStyle style)
    {
        var drawn = TextWrapper.ForDrawing(text);
        return new TextRun(x, drawn, style.IsBold, style.Size, Face(style.IsBold).Measure(drawn, style.Size));
    }

    private LayoutLine NewLine(float size, bool isHeading = false, string? linksToSection = null)
    {
        var line = new LayoutLine
        {
            Height = size * LineHeightFactor,
            Baseline = size * 1.05f,
            IsHeading = isHeading,
            LinksToSection = linksToSection,
            SectionName = _pendingSection,
            PageBreakBefore = _pendingPageBreak,
        };
        _pendingSection = null;
        _pendingPageBreak = false;
        _lines.Add(line);
        return line;
    }
}
