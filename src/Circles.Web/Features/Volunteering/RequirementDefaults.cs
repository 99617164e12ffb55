using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Volunteering;

/// <summary>
/// The requirements an organization starts with, when it has none: coordinators change them on
/// the requirements page. Used by <c>organization create</c> and the demo.
/// </summary>
public static class RequirementDefaults
{
    private static readonly string Everyone = string.Join(",", Roles.Volunteer, Roles.Facilitator, Roles.PeerSupporter);

    public static readonly IReadOnlyList<(string Name, string Roles, int ValidityMonths)> All =
    [
        ("Trauma-informed care training", Everyone, 24),
        ("Confidentiality agreement", Everyone, 12),
        ("Safeguarding training", Everyone, 12),
        ("Background check", Roles.Facilitator, 36),
    ];

    public static async Task EnsureSeededAsync(CirclesDb db, Guid organizationId, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await db.RequirementTypes.IgnoreQueryFilters().AnyAsync(t => t.OrganizationId == organizationId, cancellationToken))
        {
            return;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (name, roles, months) in All)
        {
            db.RequirementTypes.Add(new RequirementType { OrganizationId = organizationId, Name = name, Roles = roles, ValidityMonths = months, CreatedAt = now });
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
