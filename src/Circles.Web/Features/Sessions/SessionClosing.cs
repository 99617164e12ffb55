using Circles.Web.Data;
using Circles.Web.Features.Feedback;
using Circles.Web.Features.FollowUps;
using Circles.Web.Features.Groups;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Sessions;

/// <summary>
/// What happens when a facilitator marks a session held: the people who came are invited to give
/// anonymous feedback, and anyone active who has now missed N held sessions in a row gets a
/// gentle follow-up. Nobody who paused or left is followed up.
/// </summary>
public sealed class SessionClosing(CirclesDb db, TimeProvider clock)
{
    public async Task MarkHeldAsync(GroupSession session, SupportGroup group, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        session.Status = SessionStatus.Held;
        session.HeldAt = now;

        var present = await db.Attendances
            .Where(a => a.SessionId == session.Id && a.Status == AttendanceStatus.Present)
            .Select(a => a.UserId)
            .ToListAsync(cancellationToken);
        var alreadyAsked = await db.FeedbackRequests.Where(r => r.SessionId == session.Id).Select(r => r.UserId).ToListAsync(cancellationToken);
        foreach (var userId in present.Except(alreadyAsked))
        {
            db.FeedbackRequests.Add(new FeedbackRequest { SessionId = session.Id, UserId = userId });
        }
        await db.SaveChangesAsync(cancellationToken);

        await CreateFollowUpsAsync(group, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// A member drifts away when each of the group's last N held sessions, all after they became
    /// active, recorded them absent. Excused absences mean they told us, so they do not count.
    /// </summary>
    public async Task CreateFollowUpsAsync(SupportGroup group, DateTime now, CancellationToken cancellationToken)
    {
        var threshold = group.AbsenceThreshold;
        var lastHeld = await db.GroupSessions
            .Where(s => s.GroupId == group.Id && s.Status == SessionStatus.Held)
            .OrderByDescending(s => s.StartsAt)
            .Take(threshold)
            .Select(s => s.Id)
            .ToListAsync(cancellationToken);
        if (lastHeld.Count < threshold)
        {
            return;
        }

        var activeMembers = await db.GroupMemberships
            .Where(m => m.GroupId == group.Id && m.Status == MembershipStatus.Active)
            .Select(m => m.UserId)
            .ToListAsync(cancellationToken);
        // One query for all attendance of those sessions, not one per member.
        var absences = await db.Attendances
            .Where(a => lastHeld.Contains(a.SessionId) && a.Status == AttendanceStatus.Absent)
            .GroupBy(a => a.UserId)
            .Select(g => new { UserId = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var withOpenTask = await db.FollowUpTasks
            .Where(t => t.GroupId == group.Id && t.Outcome == null)
            .Select(t => t.MemberUserId)
            .ToListAsync(cancellationToken);

        foreach (var drifting in absences.Where(a => a.Count >= threshold && activeMembers.Contains(a.UserId) && !withOpenTask.Contains(a.UserId)))
        {
            db.FollowUpTasks.Add(new FollowUpTask
            {
                GroupId = group.Id,
                MemberUserId = drifting.UserId,
                MissedSessions = drifting.Count,
                CreatedAt = now,
            });
        }
    }
}
