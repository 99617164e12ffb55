using Circles.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circles.Web.Features.Account;

/// <summary>
/// Answers "still signed in" for the idle warning's "Stay signed in" button. Like every signed-in
/// request, it moves the session's last-seen time (see SessionValidator); it changes nothing else.
/// </summary>
[Authorize(Policy = Policies.Account)]
public sealed class KeepAliveModel : PageModel
{
    public IActionResult OnGet() => new NoContentResult();
}
