using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.AspNetCore.Html;

namespace CouncilDecisions.Web.Infrastructure;

/// <summary>
/// Renders the record's long texts (minutes, purposes, reasons; officers' edits too) from Markdown. Raw HTML is
/// never passed through, and links are marked nofollow because their targets are not vouched for.
/// Imported texts are plain paragraphs separated by blank lines, which Markdown renders as paragraphs.
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .Build();

    public IHtmlContent Render(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return HtmlString.Empty;
        }

        var document = Markdown.Parse(markdown, _pipeline);
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case LinkInline link when !link.IsImage:
                    link.GetAttributes().AddPropertyIfNotExist("rel", "nofollow noopener");
                    link.GetAttributes().AddClass("govuk-link");
                    break;
                case ParagraphBlock paragraph:
                    paragraph.GetAttributes().AddClass("govuk-body");
                    break;
                case ListBlock list:
                    list.GetAttributes().AddClass(list.IsOrdered ? "govuk-list govuk-list--number" : "govuk-list govuk-list--bullet");
                    break;
                default:
                    break;
            }
        }

        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return new HtmlString(writer.ToString());
    }
}
