using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.GroundRules;

/// <summary>The version of a group's ground rules in force: the newest (versions are never edited).</summary>
public sealed class CurrentGroundRules(CirclesDb db)
{
    public Task<GroundRulesVersion?> ForGroupAsync(Guid groupId, CancellationToken cancellationToken) =>
        db.GroundRulesVersions.Where(v => v.GroupId == groupId).OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);
}
