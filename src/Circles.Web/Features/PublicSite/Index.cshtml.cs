using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Circles.Web.Features.PublicSite;

/// <summary>The home of an organization's public pages: what is there, with links.</summary>
[AllowAnonymous]
public sealed class IndexModel(PublicSites sites) : PublicPageModel(sites)
{
    public IActionResult OnGet() => Page();
}
