using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Circles.Web.Features.PublicSite;

/// <summary>The signs that someone may need help, in the organization's words (or the built-in ones).</summary>
[AllowAnonymous]
public sealed class SignsModel(PublicSites sites, PublicPageTexts texts, MarkdownRenderer renderer) : ContentPageModel(sites, texts, renderer)
{
    protected override PublicPageKind Kind => PublicPageKind.Signs;

    public IActionResult OnGet() => Page();
}
