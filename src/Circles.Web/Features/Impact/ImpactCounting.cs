using Circles.Web.Data;

namespace Circles.Web.Features.Impact;

/// <summary>
/// The one rule for who is counted in impact figures: everyone of the organization except the
/// people who opted out on their account page (<see cref="Accounts.CirclesUser.NotCountedSince"/>).
/// Every impact query narrows its rows to these people before adding up: in the database, or for
/// the rows added up in memory (<see cref="PresentRow"/>), by leaving out <see cref="NotCountedPeople"/>.
/// </summary>
public static class ImpactCounting
{
    /// <summary>The ids of the people who may be counted (tenant-filtered by the context).</summary>
    public static IQueryable<Guid> CountedPeople(this CirclesDb db) =>
        db.Users.Where(u => u.NotCountedSince == null).Select(u => u.Id);

    /// <summary>The ids of the people who opted out: the other side of <see cref="CountedPeople"/>, usually a handful.</summary>
    public static IQueryable<Guid> NotCountedPeople(this CirclesDb db) =>
        db.Users.Where(u => u.NotCountedSince != null).Select(u => u.Id);
}
