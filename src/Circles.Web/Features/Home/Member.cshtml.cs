using Circles.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circles.Web.Features.Home;

[Authorize(Policy = Policies.Member)]
public sealed class MemberModel : PageModel
{
    public string UserName { get; private set; } = "";

    public void OnGet() => UserName = User.Identity?.Name ?? "";
}
