using Circles.Web.Accounts;
using Circles.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circles.Web.Features;

/// <summary>
/// The language switcher: remembered in a cookie, and for signed-in people also in their
/// account, because quick exit clears cookies and the choice should survive it.
/// </summary>
[AllowAnonymous]
public sealed class LanguageModel(UserManager<CirclesUser> users) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync(string? culture, string? returnUrl)
    {
        if (culture is null || !WebSetup.SupportedCultures.Contains(culture))
        {
            return BadRequest();
        }
        Language.SetCookie(HttpContext, culture);
        if (User.Identity?.IsAuthenticated == true && await users.GetUserAsync(User) is { } user)
        {
            user.PreferredCulture = culture;
            await users.UpdateAsync(user);
        }
        return Redirect(LocalUrl.OrHome(returnUrl));
    }
}
