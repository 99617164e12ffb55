using Circles.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Circles.Web.Features.PublicSite;

/// <summary>
/// The language choice of the public pages. It takes no anti-forgery token on purpose, so that
/// the pages that show it set no cookie: the worst a forged request can do is change the
/// language of someone's public pages. The language is then remembered in the usual cookie.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class LanguageModel(PublicSites sites) : PublicPageModel(sites)
{
    public IActionResult OnGet() => Redirect(LinkTo("/PublicSite/Index"));

    public IActionResult OnPost(string? culture, string? returnUrl)
    {
        if (culture is null || !WebSetup.SupportedCultures.Contains(culture))
        {
            return BadRequest();
        }
        Circles.Web.Accounts.Language.SetCookie(HttpContext, culture);
        return Redirect(Url.IsLocalUrl(returnUrl) ? returnUrl : LinkTo("/PublicSite/Index"));
    }
}
