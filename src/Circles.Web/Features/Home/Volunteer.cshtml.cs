using Circles.Web.Accounts;
using Circles.Web.Features.Volunteering;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circles.Web.Features.Home;

[Authorize(Policy = Policies.Volunteer)]
public sealed class VolunteerModel(VolunteerSummary summary) : PageModel
{
    public string UserName { get; private set; } = "";

    /// <summary>Their requirements, current assignments and hours of the last 12 months (Volunteering).</summary>
    public VolunteerSummary.Summary Volunteering { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        UserName = User.Identity?.Name ?? "";
        Volunteering = await summary.ForAsync(User.GetUserId()!.Value, HttpContext.RequestAborted);
    }
}
