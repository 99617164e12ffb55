using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Circles.Web.Features.PublicSite;

/// <summary>A public page whose body is the organization's editable text for it, rendered safely.</summary>
public abstract class ContentPageModel(PublicSites sites, PublicPageTexts texts, MarkdownRenderer renderer) : PublicPageModel(sites)
{
    protected abstract PublicPageKind Kind { get; }

    public IHtmlContent Body { get; private set; } = HtmlString.Empty;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next) =>
        await base.OnPageHandlerExecutionAsync(context, async () =>
        {
            var markdown = await texts.GetMarkdownAsync(Site.OrganizationId, Kind, Culture, HttpContext.RequestAborted);
            Body = new HtmlString(renderer.ToHtml(markdown));
            return await next();
        });
}
