using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Groups;

/// <summary>The lists the group form offers: communities, facilitators of the organization, time zones.</summary>
public sealed record GroupChoices(
    IReadOnlyList<(Guid Id, string Name)> Communities,
    IReadOnlyList<(Guid Id, string Name)> Facilitators,
    IReadOnlyList<string> TimeZones)
{
    public static async Task<GroupChoices> LoadAsync(CirclesDb db, CancellationToken cancellationToken)
    {
        var communities = await db.Communities.OrderBy(c => c.Name).Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken);
        var facilitatorRoleIds = db.Roles.Where(r => r.Name == Roles.Facilitator || r.Name == Roles.Coordinator).Select(r => r.Id);
        var facilitators = await db.Users
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && facilitatorRoleIds.Contains(ur.RoleId)))
            .OrderBy(u => u.UserName)
            .Select(u => new { u.Id, u.UserName })
            .ToListAsync(cancellationToken);
        return new GroupChoices(
            [.. communities.Select(c => (c.Id, c.Name))],
            [.. facilitators.Select(f => (f.Id, f.UserName ?? ""))],
            [.. TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).Where(id => id.Contains('/', StringComparison.Ordinal) || id == "UTC").Order(StringComparer.Ordinal)]);
    }
}
