namespace CouncilDecisions.Notices.Composition.Layout;

/// <summary>
/// The pagination pass: places measured lines on pages. Each line is placed exactly once, in order; a heading
/// moves to the next page rather than end one, taking the first lines after it with it.
/// </summary>
internal static class Paginator
{
    // Lines after a heading that must share its page, so a heading never stands alone at a page bottom.
    private const int LinesKeptWithHeading = 2;

    public static LaidOutDocument Paginate(IReadOnlyList<PageDescriptor> descriptors)
    {
        var pages = new List<LaidOutPage>();
        var sections = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var descriptor in descriptors)
        {
            var width = descriptor.PageSize.Width - (2 * descriptor.MarginPoints);
            var lines = new BlockLayouter(descriptor.TextStyle, width, descriptor.ContentColumn.SpacingPoints)
                .Layout(descriptor.ContentColumn.Blocks);
            var height = descriptor.PageSize.Height - (2 * descriptor.MarginPoints);
            foreach (var placed in Split(lines, height))
            {
                var number = pages.Count + 1;
                foreach (var line in placed)
                {
                    if (line.Line.SectionName is { } name)
                    {
                        sections.TryAdd(name, number);
                    }
                }

                pages.Add(new LaidOutPage(descriptor, placed, number));
            }
        }

        return new LaidOutDocument(pages, sections);
    }

    internal static List<List<PlacedLine>> Split(IReadOnlyList<LayoutLine> lines, float height)
    {
        var pages = new List<List<PlacedLine>>();
        var page = new List<PlacedLine>();
        var y = 0f;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.PageBreakBefore && page.Count > 0)
            {
                NewPage();
            }

            var space = page.Count == 0 ? 0f : line.SpaceBefore;
            if (line.IsHeading && page.Count > 0)
            {
                var group = space + GroupHeight(lines, i);
                if (y + group > height && group - space <= height)
                {
                    NewPage();
                    space = 0f;
                }
            }

            if (y + space + line.Height > height && page.Count > 0)
            {
                NewPage();
                space = 0f;
            }

            page.Add(new PlacedLine(line, y + space));
            y += space + line.Height;
        }

        if (page.Count > 0 || pages.Count == 0)
        {
            pages.Add(page);
        }

        return pages;

        void NewPage()
        {
            pages.Add(page);
            page = [];
            y = 0f;
        }
    }

    // The heading's remaining lines plus the first lines that follow it (stopping at a forced page break).
    private static float GroupHeight(IReadOnlyList<LayoutLine> lines, int start)
    {
        var height = lines[start].Height;
        var j = start + 1;
        while (j < lines.Count && lines[j].IsHeading && !lines[j].PageBreakBefore)
        {
            height += lines[j].SpaceBefore + lines[j].Height;
            j++;
        }

        for (var kept = 0; kept < LinesKeptWithHeading && j < lines.Count && !lines[j].PageBreakBefore; kept++, j++)
        {
            height += lines[j].SpaceBefore + lines[j].Height;
        }

        return height;
    }
}
