using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Circles.Web.Features.Shared;

namespace Circles.Web.Features.Volunteering;

/// <summary>What a volunteer's home shows: their requirements, their current assignments, their hours of the last 12 months.</summary>
public sealed class VolunteerSummary(CirclesDb db, RequirementBoard board, TimeProvider clock)
{
    public sealed record Summary(
        IReadOnlyList<RequirementBoard.Row> Requirements,
        IReadOnlyList<AssignmentView> Assignments,
        decimal ApprovedHours,
        decimal WaitingHours,
        int Returned);

    public async Task<Summary> ForAsync(Guid userId, CancellationToken cancellationToken)
    {
        var today = clock.UtcToday();
        var requirements = await board.ForRoleHoldersAsync([userId], cancellationToken);
        var assignments = (await AssignmentView.LoadAsync(db, db.Assignments.Where(a => a.UserId == userId && a.EndedAt == null), cancellationToken))
            .Where(a => a.IsCurrent(today) || a.StartsOn > today).ToList();
        var since = today.AddMonths(-12);
        var hours = await db.VolunteerHours
            .Where(h => h.UserId == userId && h.WorkedOn > since)
            .GroupBy(h => h.Status)
            .Select(g => new { Status = g.Key, Quarters = g.Sum(h => h.Quarters), Count = g.Count() })
            .ToListAsync(cancellationToken);
        return new Summary(
            requirements,
            assignments,
            hours.Where(h => h.Status == HoursStatus.Approved).Sum(h => h.Quarters) / 4m,
            hours.Where(h => h.Status == HoursStatus.Submitted).Sum(h => h.Quarters) / 4m,
            hours.Where(h => h.Status == HoursStatus.Returned).Sum(h => h.Count));
    }
}
