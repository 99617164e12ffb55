using Circles.Web.Accounts;
using Microsoft.AspNetCore.Authorization;

namespace Circles.Web.Features.Impact;

/// <summary>
/// The dashboard as a printable report that a coordinator saves as PDF from the browser: the same
/// tables, the suppression rule stated at the top, one section per page in print.
/// </summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class ReportModel(ImpactDashboard dashboard, TimeProvider clock) : ImpactPage(dashboard, clock)
{
    public async Task OnGetAsync() => await LoadAsync();
}
