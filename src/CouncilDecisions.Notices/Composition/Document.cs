using CouncilDecisions.Notices.Composition.Layout;

namespace CouncilDecisions.Notices.Composition;

/// <summary>
/// A document composed fluently and rendered to PDF, shaped like QuestPDF's <c>Document.Create(...)</c> so that
/// moving to QuestPDF later replaces this namespace rather than the documents built on it.
/// </summary>
public sealed class Document
{
    private readonly DocumentDescriptor _descriptor;
    private DocumentMetadata _metadata = new();
    private int _maximumPages = int.MaxValue;

    private Document(DocumentDescriptor descriptor) => _descriptor = descriptor;

    /// <summary>Composes a document: call <see cref="DocumentDescriptor.Page"/> once per run of pages.</summary>
    public static Document Create(Action<DocumentDescriptor> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var descriptor = new DocumentDescriptor();
        handler(descriptor);
        return new Document(descriptor);
    }

    /// <summary>Sets the PDF document information and PDF/A flag.</summary>
    public Document WithMetadata(DocumentMetadata metadata)
    {
        _metadata = metadata ?? throw new ArgumentNullException(nameof(metadata));
        return this;
    }

    /// <summary>
    /// Refuses, with <see cref="NoticeTooLargeException"/>, to render a document that paginates to more pages than
    /// this. Checked after layout and before any PDF output is written.
    /// </summary>
    public Document WithMaximumPages(int maximumPages)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maximumPages, 1);
        _maximumPages = maximumPages;
        return this;
    }

    /// <summary>Lays out, paginates and writes the PDF to the stream (left open).</summary>
    public void GeneratePdf(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        PdfRenderer.Render(Layout(), _metadata, output);
    }

    /// <summary>Lays out, paginates and returns the PDF bytes.</summary>
    public byte[] GeneratePdf()
    {
        using var output = new MemoryStream();
        GeneratePdf(output);
        return output.ToArray();
    }

    /// <summary>The measuring and pagination passes without the PDF output; exposed to tests and benchmarks.</summary>
    internal LaidOutDocument Layout()
    {
        var document = Paginator.Paginate(_descriptor.Pages);
        if (document.Pages.Count > _maximumPages)
        {
            throw new NoticeTooLargeException(
                $"The document would run to {document.Pages.Count} pages; the limit is {_maximumPages}.");
        }

        return document;
    }
}

/// <summary>Receives the page runs of a document.</summary>
public sealed class DocumentDescriptor
{
    internal List<PageDescriptor> Pages { get; } = [];

    /// <summary>Adds a run of pages sharing size, margins, header and footer; content flows across them.</summary>
    public void Page(Action<PageDescriptor> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var page = new PageDescriptor();
        handler(page);
        Pages.Add(page);
    }
}

/// <summary>PDF document information written by Skia's PDF backend.</summary>
public sealed record DocumentMetadata
{
    /// <summary>Document title.</summary>
    public string? Title { get; init; }

    /// <summary>Author; for notices, the council.</summary>
    public string? Author { get; init; }

    /// <summary>Subject line.</summary>
    public string? Subject { get; init; }

    /// <summary>Keywords.</summary>
    public string? Keywords { get; init; }

    /// <summary>Application that composed the document.</summary>
    public string Creator { get; init; } = "CouncilDecisions";

    /// <summary>Application that produced the PDF.</summary>
    public string Producer { get; init; } = "CouncilDecisions";

    /// <summary>Creation date; when null, the time of generation.</summary>
    public DateTimeOffset? CreationDate { get; init; }

    /// <summary>Write PDF/A-2b metadata (XMP, output intent). Skia does not validate conformance.</summary>
    public bool PdfA { get; init; } = true;
}

/// <summary>A page size in points.</summary>
/// <param name="Width">Width in points.</param>
/// <param name="Height">Height in points.</param>
public sealed record PageSize(float Width, float Height);

/// <summary>Common page sizes.</summary>
public static class PageSizes
{
    /// <summary>ISO A4 portrait, 595 × 842 pt.</summary>
    public static PageSize A4 { get; } = new(595f, 842f);
}
