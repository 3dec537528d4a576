using System.Globalization;
using CouncilDecisions.Notices.Fonts;
using SkiaSharp;

namespace CouncilDecisions.Notices.Composition.Layout;

/// <summary>The drawing pass: subsets the fonts to what the laid-out pages use, then draws them with Skia.</summary>
internal static class PdfRenderer
{
    private const float HeaderOffset = 22f;
    private const float FooterOffset = 30f;
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-GB");
    private static readonly SKColor Ink = new(0x0b, 0x0c, 0x0c);
    private static readonly SKColor Muted = new(0x50, 0x5a, 0x5f);
    private static readonly SKColor LinkColour = new(0x1d, 0x70, 0xb8);

    public static void Render(LaidOutDocument document, DocumentMetadata metadata, Stream output)
    {
        var total = document.Pages.Count;
        var (regularCodePoints, boldCodePoints) = CollectCodePoints(document);
        using var regular = CreateTypeface(FontFace.Regular, regularCodePoints);
        using var bold = CreateTypeface(FontFace.Bold, boldCodePoints);
        using var regularFont = FontFace.CreateFont(regular, 11f);
        using var boldFont = FontFace.CreateFont(bold, 11f);
        using var ink = new SKPaint { Color = Ink, IsAntialias = true };
        using var muted = new SKPaint { Color = Muted, IsAntialias = true, StrokeWidth = 0.5f };
        using var link = new SKPaint { Color = LinkColour, IsAntialias = true, StrokeWidth = 0.6f };

        using (var pdf = SKDocument.CreatePdf(output, ToSkia(metadata)))
        {
            foreach (var page in document.Pages)
            {
                var size = page.Descriptor.PageSize;
                var margin = page.Descriptor.MarginPoints;
                var contentWidth = size.Width - (2 * margin);
                var canvas = pdf.BeginPage(size.Width, size.Height);

                DrawSlot(page.Descriptor.HeaderSlot, margin - HeaderOffset);
                if (page.Descriptor.HeaderSlot.Segments.Count > 0)
                {
                    canvas.DrawLine(margin, margin - HeaderOffset + 6f, size.Width - margin, margin - HeaderOffset + 6f, muted);
                }

                foreach (var placed in page.Lines)
                {
                    var top = margin + placed.Top;
                    var baseline = top + placed.Line.Baseline;
                    if (placed.Line.SectionName is { } section)
                    {
                        canvas.DrawNamedDestinationAnnotation(new SKPoint(margin, top), section);
                    }

                    if (placed.Line.LinksToSection is { } target)
                    {
                        canvas.DrawLinkDestinationAnnotation(
                            new SKRect(margin, top, margin + contentWidth, top + placed.Line.Height), target);
                    }

                    foreach (var run in placed.Line.Runs)
                    {
                        var font = run.Bold ? boldFont : regularFont;
                        font.Size = run.Size;
                        if (run.Kind == RunKind.PageNumberOfSection)
                        {
                            var number = document.SectionPages.TryGetValue(run.SectionName!, out var p)
                                ? p.ToString(Culture)
                                : string.Empty;
                            var width = FontFace.Regular.Measure(number, run.Size);
                            canvas.DrawText(number, margin + contentWidth - width, baseline, SKTextAlign.Left, font, ink);
                            continue;
                        }

                        var x = margin + run.X;
                        canvas.DrawText(run.Text, x, baseline, SKTextAlign.Left, font, run.Link is null ? ink : link);
                        if (run.Link is not null)
                        {
                            canvas.DrawLine(x, baseline + 1.5f, x + run.Width, baseline + 1.5f, link);
                            canvas.DrawUrlAnnotation(
                                new SKRect(x, top, x + run.Width, top + placed.Line.Height), run.Link.AbsoluteUri);
                        }
                    }
                }

                DrawSlot(page.Descriptor.FooterSlot, size.Height - margin + FooterOffset);
                pdf.EndPage();

                void DrawSlot(PageSlotDescriptor slot, float baseline)
                {
                    foreach (var (alignment, text) in slot.Segments)
                    {
                        var content = SlotText(text, page.Number, total);
                        var face = text.SpanStyle.IsBold ? FontFace.Bold : FontFace.Regular;
                        var font = text.SpanStyle.IsBold ? boldFont : regularFont;
                        font.Size = text.SpanStyle.Size;
                        var width = face.Measure(content, text.SpanStyle.Size);
                        var x = alignment switch
                        {
                            SlotAlignment.Right => size.Width - margin - width,
                            SlotAlignment.Center => (size.Width - width) / 2,
                            _ => margin,
                        };
                        canvas.DrawText(content, x, baseline, SKTextAlign.Left, font, muted);
                    }
                }
            }

            pdf.Close();
        }
    }

    private static string SlotText(TextDescriptor text, int page, int total) => string.Concat(text.Spans.Select(s => s.Kind switch
    {
        SlotSpanKind.CurrentPage => page.ToString(Culture),
        SlotSpanKind.TotalPages => total.ToString(Culture),
        _ => TextWrapper.ForDrawing(TextWrapper.CleanCharacters(s.Text, FontFace.Regular)),
    }));

    private static (SortedSet<int> Regular, SortedSet<int> Bold) CollectCodePoints(LaidOutDocument document)
    {
        var regular = new SortedSet<int>();
        var bold = new SortedSet<int>();
        foreach (var page in document.Pages)
        {
            foreach (var run in page.Lines.SelectMany(l => l.Line.Runs))
            {
                var set = run.Bold ? bold : regular;
                Add(set, run.Kind == RunKind.PageNumberOfSection ? "0123456789" : run.Text);
            }
        }

        // Header and footer are drawn per page; the digits cover every page number.
        foreach (var descriptor in document.Pages.Select(p => p.Descriptor).Distinct())
        {
            foreach (var (_, text) in descriptor.HeaderSlot.Segments.Concat(descriptor.FooterSlot.Segments))
            {
                var set = text.SpanStyle.IsBold ? bold : regular;
                Add(set, SlotText(text, 0, 0));
                Add(set, "0123456789");
            }
        }

        return (regular, bold);

        static void Add(SortedSet<int> set, string text)
        {
            foreach (var c in text)
            {
                set.Add(c);
            }
        }
    }

    private static SKTypeface CreateTypeface(FontFace face, SortedSet<int> codePoints)
    {
        // An unused face still gets a tiny subset (just the space) rather than the whole program.
        codePoints.Add(' ');
        var program = face.Subset(codePoints, out _);
        using var data = SKData.CreateCopy(program);
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException("Skia could not read the subset font.");
    }

    private static SKDocumentPdfMetadata ToSkia(DocumentMetadata metadata)
    {
        var skia = SKDocumentPdfMetadata.Default;
        skia.Title = metadata.Title;
        skia.Author = metadata.Author;
        skia.Subject = metadata.Subject;
        skia.Keywords = metadata.Keywords;
        skia.Creator = metadata.Creator;
        skia.Producer = metadata.Producer;
        var created = (metadata.CreationDate ?? DateTimeOffset.UtcNow).UtcDateTime;
        skia.Creation = created;
        skia.Modified = created;
        skia.PdfA = metadata.PdfA;
        return skia;
    }
}
