using Circles.Web.Accounts;
using Circles.Web.Features.Peers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circles.Web.Features.Home;

/// <summary>A peer supporter's home: whether they take new people, their load, their next check-in.</summary>
[Authorize(Policy = Policies.PeerSupporter)]
public sealed class PeerModel(SupporterLoads loads, TimeProvider clock) : PageModel
{
    public string UserName { get; private set; } = "";

    /// <summary>Null until a coordinator has marked their training done.</summary>
    public SupporterLoad? Load { get; private set; }

    public async Task OnGetAsync()
    {
        UserName = User.Identity?.Name ?? "";
        var userId = User.GetUserId()!.Value;
        Load = await loads.OneAsync(clock.GetUtcNow().UtcDateTime, userId, HttpContext.RequestAborted);
    }
}
