using Circles.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circles.Web.Features.Account;

/// <summary>SEC-3: shown once, at the first sign-in, before anything else.</summary>
[Authorize(Policy = Policies.Account)]
public sealed class WelcomeModel(UserManager<CirclesUser> users, CirclesSignInManager signIn, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        user.SafetyIntroSeenAt ??= clock.GetUtcNow().UtcDateTime;
        await users.UpdateAsync(user);
        await signIn.RefreshSignInAsync(user);
        return Redirect(LocalUrl.OrHome(ReturnUrl));
    }
}
