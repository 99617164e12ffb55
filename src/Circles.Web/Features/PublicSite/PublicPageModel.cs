using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circles.Web.Features.PublicSite;

/// <summary>
/// What every page of the public section shares: the organization from the route (404 when its
/// public pages are off), links that stay on the host name the visitor used, and the language.
/// </summary>
public abstract class PublicPageModel(PublicSites sites) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    public PublicSiteInfo Site { get; private set; } = null!;

    public string Culture { get; } = PublicPageTexts.CurrentCulture();

    /// <summary>True when the visitor came in under the organization's own host name.</summary>
    public bool ServedUnderHost => HttpContext.Items.ContainsKey(PublicHostRouting.ServedUnderHostKey);

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var site = await sites.FindAsync(Slug, HttpContext.RequestAborted);
        if (site is null)
        {
            context.Result = NotFound();
            return;
        }
        Site = site;
        await next();
    }

    /// <summary>This page's address as the visitor typed it (for coming back after choosing a language).</summary>
    public string CurrentPath =>
        HttpContext.Items[PublicHostRouting.ServedUnderHostKey] as string ?? (Request.PathBase + Request.Path).ToString();

    /// <summary>
    /// The address of a page of the section, by page name: /public-site/{slug}/… under Circles' own
    /// address, or the same page without the prefix under the organization's host name.
    /// </summary>
    public string LinkTo(string pageName)
    {
        var url = Url.Page(pageName, new { slug = Site.Slug })!;
        if (!ServedUnderHost)
        {
            return url;
        }
        var prefix = Url.Page("/PublicSite/Index", new { slug = Site.Slug })!;
        var rest = url.StartsWith(prefix, StringComparison.Ordinal) ? url[prefix.Length..] : url;
        return rest.Length == 0 ? "/" : rest;
    }
}
