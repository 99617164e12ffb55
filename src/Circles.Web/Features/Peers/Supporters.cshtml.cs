using Circles.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circles.Web.Features.Peers;

/// <summary>Every peer supporter with their load and supervision; those who may be overloaded first.</summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class SupportersModel(SupporterLoads loads, TimeProvider clock) : PageModel
{
    public IReadOnlyList<SupporterLoad> Supporters { get; private set; } = [];

    public async Task OnGetAsync() =>
        Supporters = await loads.ListAsync(clock.GetUtcNow().UtcDateTime, HttpContext.RequestAborted);
}
