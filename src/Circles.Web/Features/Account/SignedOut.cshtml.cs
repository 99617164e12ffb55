using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circles.Web.Features.Account;

[AllowAnonymous]
public sealed class SignedOutModel : PageModel
{
    public void OnGet()
    {
    }
}
