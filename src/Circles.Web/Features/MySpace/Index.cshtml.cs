using Circles.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circles.Web.Features.PrivateSpace;

/// <summary>The member's private space: links to their journal, check-ins, safety plan and data, and who can read what.</summary>
[Authorize(Policy = Policies.Member)]
public sealed class MySpaceModel(PersonalKeys personalKeys) : PageModel
{
    public bool IsOpen { get; private set; }

    public void OnGet() => IsOpen = personalKeys.IsUnlocked(HttpContext);
}
