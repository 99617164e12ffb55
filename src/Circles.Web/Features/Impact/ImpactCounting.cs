using Circles.Web.Data;

namespace Circles.Web.Features.Impact;

/// <summary>
/// The one rule for who is counted in impact figures: everyone of the organization except the
/// people who opted out on their account page (<see cref="Accounts.CirclesUser.NotCountedSince"/>).
/// Every impact query narrows its rows to these people, in the database, before adding up.
/// </summary>
public static class ImpactCounting
{
    /// <summary>The ids of the people who may be counted (tenant-filtered by the context).</summary>
    public static IQueryable<Guid> CountedPeople(this CirclesDb db) =>
        db.Users.Where(u => u.NotCountedSince == null).Select(u => u.Id);
}
