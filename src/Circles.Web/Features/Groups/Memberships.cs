using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Groups;

/// <summary>
/// The rules of group membership: which status can follow which, and that a group never holds
/// more active members than its capacity. Every change is written to the history.
/// </summary>
public sealed class Memberships(CirclesDb db, TimeProvider clock)
{
    private static readonly Dictionary<MembershipStatus, MembershipStatus[]> Allowed = new()
    {
        [MembershipStatus.Requested] = [MembershipStatus.Active, MembershipStatus.Declined, MembershipStatus.Left],
        [MembershipStatus.Invited] = [MembershipStatus.Active, MembershipStatus.Left],
        [MembershipStatus.Active] = [MembershipStatus.Paused, MembershipStatus.Left],
        [MembershipStatus.Paused] = [MembershipStatus.Active, MembershipStatus.Left],
        [MembershipStatus.Left] = [MembershipStatus.Requested, MembershipStatus.Invited],
        [MembershipStatus.Declined] = [MembershipStatus.Requested, MembershipStatus.Invited],
    };

    public static bool CanChange(MembershipStatus from, MembershipStatus to) => Allowed[from].Contains(to);

    /// <summary>Asks to join or is invited: creates the membership or reopens a past one.</summary>
    public async Task<MembershipResult> StartAsync(SupportGroup group, Guid userId, MembershipStatus status, Guid byUserId, CancellationToken cancellationToken)
    {
        var existing = await db.GroupMemberships.FirstOrDefaultAsync(m => m.GroupId == group.Id && m.UserId == userId, cancellationToken);
        if (existing is not null)
        {
            return await ChangeAsync(group, existing, status, byUserId, cancellationToken);
        }
        var membership = new GroupMembership { GroupId = group.Id, UserId = userId, Status = status, UpdatedAt = Now };
        db.GroupMemberships.Add(membership);
        db.MembershipChanges.Add(new MembershipChange { MembershipId = membership.Id, To = status, At = Now, ByUserId = byUserId });
        await db.SaveChangesAsync(cancellationToken);
        return MembershipResult.Done;
    }

    public async Task<MembershipResult> ChangeAsync(SupportGroup group, GroupMembership membership, MembershipStatus to, Guid byUserId, CancellationToken cancellationToken)
    {
        if (membership.Status == to)
        {
            return MembershipResult.Done;
        }
        if (!CanChange(membership.Status, to))
        {
            return MembershipResult.NotAllowed;
        }
        if (to == MembershipStatus.Active)
        {
            var active = await db.GroupMemberships.CountAsync(m => m.GroupId == group.Id && m.Status == MembershipStatus.Active, cancellationToken);
            if (active >= group.Capacity)
            {
                return MembershipResult.GroupFull;
            }
            // Touching the group's version makes two simultaneous activations conflict, so capacity holds.
            db.Touch(group);
        }
        db.MembershipChanges.Add(new MembershipChange { MembershipId = membership.Id, From = membership.Status, To = to, At = Now, ByUserId = byUserId });
        membership.Status = to;
        membership.UpdatedAt = Now;
        if (!await db.TrySaveAsync(cancellationToken))
        {
            db.ChangeTracker.Clear();
            return MembershipResult.Conflict;
        }
        return MembershipResult.Done;
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}

public enum MembershipResult
{
    Done,
    NotAllowed,
    GroupFull,
    Conflict,
}
