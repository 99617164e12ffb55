using Circles.Web.Accounts;
using Microsoft.AspNetCore.Authorization;

namespace Circles.Web.Features.Impact;

/// <summary>
/// The impact dashboard for coordinators: active members, attendance and retention, sessions,
/// feedback, needs and referrals, wellbeing change, volunteer hours, partners and where people
/// came from, community coverage; filtered by period and community with a plain GET form.
/// Every count of people has been through the small-numbers rule (SEC-34), the same as the CSV
/// and the printable report.
/// </summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class IndexModel(ImpactDashboard dashboard, TimeProvider clock) : ImpactPage(dashboard, clock)
{
    public async Task OnGetAsync() => await LoadAsync();
}
