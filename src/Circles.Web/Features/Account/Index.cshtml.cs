using Circles.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circles.Web.Features.Account;

[Authorize(Policy = Policies.Account)]
public sealed class IndexModel(UserManager<CirclesUser> users) : PageModel
{
    public string UserName { get; private set; } = "";
    public bool TwoFactorEnabled { get; private set; }
    public int PasskeyCount { get; private set; }

    /// <summary>Whether the person is counted in the organization's figures (Account/Counting).</summary>
    public bool Counted { get; private set; }
    public IReadOnlyList<string> Roles { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        UserName = user.UserName ?? "";
        TwoFactorEnabled = user.TwoFactorEnabled;
        Counted = user.NotCountedSince is null;
        PasskeyCount = (await users.GetPasskeysAsync(user)).Count;
        Roles = [.. await users.GetRolesAsync(user)];
        return Page();
    }
}
