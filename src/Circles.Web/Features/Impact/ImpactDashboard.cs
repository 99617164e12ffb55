using Circles.Web.Data;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Impact;

/// <summary>
/// The whole impact dashboard for a scope: each section's query class in turn, a fixed number of
/// aggregate queries whatever the data (one more set for the reference when a community is
/// chosen). The screen, the CSV and the print page all take their tables from here.
/// </summary>
public sealed class ImpactDashboard(CirclesDb db, IStringLocalizer<SharedResource> l)
{
    public async Task<IReadOnlyList<ImpactSection>> BuildAsync(ImpactScope scope, CancellationToken cancellationToken)
    {
        var context = await ImpactContext.LoadAsync(db, scope, l, cancellationToken);
        return
        [
            await ActiveMembersQuery.RunAsync(context, cancellationToken),
            await AttendanceQuery.RunAsync(context, cancellationToken),
            await SessionsHeldQuery.RunAsync(context, cancellationToken),
            await FeedbackTrendsQuery.RunAsync(context, cancellationToken),
            await NeedsQuery.RunAsync(context, cancellationToken),
            await WellbeingChangeQuery.RunAsync(context, cancellationToken),
            await VolunteerHoursQuery.RunAsync(context, cancellationToken),
            await PartnersQuery.RunAsync(context, cancellationToken),
            await CoverageQuery.RunAsync(context, cancellationToken),
        ];
    }

    /// <summary>The communities to choose from in the filter.</summary>
    public IQueryable<ImpactContext.Named> Communities() =>
        db.Communities.OrderBy(c => c.Name).Select(c => new ImpactContext.Named(c.Id, c.Name));
}
