using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Circles.Web.Features.Shared;

namespace Circles.Web.Features.Volunteering;

/// <summary>
/// Everyone's standing with the requirements of their roles, read in three flat queries (types,
/// role holders, completions) and judged by <see cref="RequirementRule"/>: for the overview, a
/// person's page, their home, the reminders and the gate.
/// </summary>
public sealed class RequirementBoard(CirclesDb db, TimeProvider clock)
{
    public sealed record Row(Guid UserId, string UserName, Guid RequirementTypeId, string Requirement, DateOnly? CompletedOn, RequirementRule.Standing Standing);

    /// <summary>The requirements of the roles each person holds; all people with such a role when <paramref name="userIds"/> is null.</summary>
    public async Task<IReadOnlyList<Row>> ForRoleHoldersAsync(IReadOnlyCollection<Guid>? userIds, CancellationToken cancellationToken)
    {
        var types = await db.RequirementTypes.AsNoTracking().OrderBy(t => t.Name).ToListAsync(cancellationToken);
        if (types.Count == 0)
        {
            return [];
        }
        string[] roleNames = [.. types.SelectMany(t => t.RoleList).Distinct()];
        var holders = db.UserRoles
            .Join(db.Roles.Where(r => roleNames.Contains(r.Name!)), ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, Role = r.Name! })
            .Join(db.Users.Where(u => u.ClosedAt == null), x => x.UserId, u => u.Id, (x, u) => new { x.UserId, x.Role, u.UserName });
        if (userIds is not null)
        {
            Guid[] ids = [.. userIds];
            holders = holders.Where(h => ids.Contains(h.UserId));
        }
        var people = (await holders.ToListAsync(cancellationToken))
            .GroupBy(h => h.UserId)
            .Select(g => (Id: g.Key, Name: g.First().UserName ?? "", Types: types.Where(t => g.Any(h => t.AppliesTo(h.Role))).ToList()))
            .ToList();
        return await EvaluateAsync(people, cancellationToken);
    }

    /// <summary>The requirements of <paramref name="role"/> for each of these people, whether or not they hold it yet.</summary>
    public async Task<IReadOnlyList<Row>> ForRoleAsync(string role, IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken)
    {
        var types = (await db.RequirementTypes.AsNoTracking().OrderBy(t => t.Name).ToListAsync(cancellationToken))
            .Where(t => t.AppliesTo(role)).ToList();
        if (types.Count == 0 || userIds.Count == 0)
        {
            return [];
        }
        Guid[] ids = [.. userIds];
        var people = await db.Users.Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.UserName }).ToListAsync(cancellationToken);
        return await EvaluateAsync([.. people.Select(p => (p.Id, p.UserName ?? "", types))], cancellationToken);
    }

    /// <summary>Reminders for the coordinator: expired ones first, then the soonest to lapse.</summary>
    public async Task<IReadOnlyList<Row>> RemindersAsync(CancellationToken cancellationToken) =>
        [.. (await ForRoleHoldersAsync(null, cancellationToken))
            .Where(r => r.Standing.Reminded)
            .OrderBy(r => r.Standing.DaysLeft)
            .ThenBy(r => r.UserName, StringComparer.CurrentCulture)];

    private async Task<IReadOnlyList<Row>> EvaluateAsync(
        List<(Guid Id, string Name, List<RequirementType> Types)> people, CancellationToken cancellationToken)
    {
        if (people.Count == 0)
        {
            return [];
        }
        Guid[] ids = [.. people.Select(p => p.Id)];
        var completions = await db.RequirementCompletions
            .Where(c => ids.Contains(c.UserId))
            .Select(c => new { c.UserId, c.RequirementTypeId, c.CompletedOn })
            .ToListAsync(cancellationToken);
        // The latest completion counts.
        var latest = completions
            .GroupBy(c => (c.UserId, c.RequirementTypeId))
            .ToDictionary(g => g.Key, g => g.Max(c => c.CompletedOn));
        var today = clock.UtcToday();
        return [.. people
            .OrderBy(p => p.Name, StringComparer.CurrentCulture)
            .SelectMany(p => p.Types.Select(t =>
            {
                DateOnly? completedOn = latest.TryGetValue((p.Id, t.Id), out var on) ? on : null;
                return new Row(p.Id, p.Name, t.Id, t.Name, completedOn,
                    RequirementRule.Evaluate(completedOn, t.ValidityMonths, t.RenewalWindowDays, today));
            }))];
    }
}
