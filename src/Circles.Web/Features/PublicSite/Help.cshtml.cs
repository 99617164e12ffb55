using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Circles.Web.Features.PublicSite;

/// <summary>How to get help now: the organization's text, then its crisis lines (from its settings, always current).</summary>
[AllowAnonymous]
public sealed class HelpModel(PublicSites sites, PublicPageTexts texts, MarkdownRenderer renderer) : ContentPageModel(sites, texts, renderer)
{
    protected override PublicPageKind Kind => PublicPageKind.Help;

    public IActionResult OnGet() => Page();
}
