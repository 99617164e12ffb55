using Circles.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circles.Web.Features;

/// <summary>The front door: signed-in people go to their role's home; others see a neutral welcome.</summary>
[AllowAnonymous]
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() =>
        User.Identity?.IsAuthenticated == true ? RedirectToPage(RoleHomes.PageFor(User)) : Page();
}
