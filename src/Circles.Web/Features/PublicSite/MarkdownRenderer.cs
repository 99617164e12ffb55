using Ganss.Xss;
using Markdig;

namespace Circles.Web.Features.PublicSite;

/// <summary>
/// The one place Markdown written by coordinators becomes HTML (SEC-9). Raw HTML in the text is
/// shown as text (Markdig's DisableHtml), and the output is then cleaned by HtmlSanitizer with a
/// short allow-list: headings, paragraphs, lists, emphasis, quotes, and links to http, https,
/// mailto and tel only. No images, no scripts, no event attributes, no styles.
/// </summary>
public sealed class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .Build();

    private readonly HtmlSanitizer _sanitizer;

    public MarkdownRenderer()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "p", "br", "h2", "h3", "h4", "ul", "ol", "li", "strong", "em", "del", "blockquote", "a", "code", "hr",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href" },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto", "tel" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href" },
        };
        _sanitizer = new HtmlSanitizer(options) { KeepChildNodes = true };
        // Links on these pages never send who sent the visitor, and never let the page they open reach back.
        _sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { LocalName: "a" } link)
            {
                link.SetAttribute("rel", "noopener noreferrer");
            }
        };
    }

    /// <summary>Safe HTML for the Markdown text; headings start at h2 because the page has its own h1.</summary>
    public string ToHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }
        var html = Markdown.ToHtml(markdown, Pipeline);
        html = html.Replace("<h1", "<h2", StringComparison.Ordinal).Replace("</h1>", "</h2>", StringComparison.Ordinal);
        return _sanitizer.Sanitize(html);
    }
}
