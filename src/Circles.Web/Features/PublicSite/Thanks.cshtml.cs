using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Circles.Web.Features.PublicSite;

/// <summary>After the volunteer form: what happens next.</summary>
[AllowAnonymous]
public sealed class ThanksModel(PublicSites sites) : PublicPageModel(sites)
{
    public IActionResult OnGet() => Page();
}
