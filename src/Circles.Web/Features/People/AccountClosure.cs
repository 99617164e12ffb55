using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Notifications;
using Circles.Web.Features.Peers;
using Circles.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.People;

/// <summary>
/// A coordinator closes the account of someone who has left (issue 14). In ONE transaction: the
/// account is marked closed (sign-in refuses it, <see cref="CirclesSignInManager.CanSignInAsync"/>),
/// every session ends (the next request of any of their browsers is signed out, SEC-16), their
/// roles go (so no list of facilitators, partners or coordinators offers them again and no
/// policy lets them in), and what they were doing for others is handed back: group facilitation
/// and discussion duty end, peer connections end with the neutral notice, follow-ups they held
/// return to the group's list, matches they looked after go to any coordinator, invitations they
/// made and reset codes for them stop working, and pending two-step requests are cancelled.
/// What they wrote stays, under their pseudonym: posts, notes, referral updates and audit rows
/// are the organization's record. Audited (SEC-32): who closed whom, and each role removed.
/// </summary>
public sealed class AccountClosure(
    CirclesDb db,
    UserManager<CirclesUser> users,
    Notifier notifier,
    AuditLog audit,
    TimeProvider clock)
{
    public enum Refusal
    {
        None,
        Yourself,
        OnlyMember,
        LastCoordinator,
        AlreadyClosed,
        ChangedMeanwhile,
    }

    /// <summary>Why this person's account may not be closed by this coordinator, or <see cref="Refusal.None"/>.</summary>
    public async Task<Refusal> RefusalAsync(CirclesUser person, IReadOnlyCollection<string> roles, Guid coordinatorId, CancellationToken ct)
    {
        if (person.IsClosed)
        {
            return Refusal.AlreadyClosed;
        }
        if (person.Id == coordinatorId)
        {
            return Refusal.Yourself;
        }
        // A member's account is theirs to erase (Account/Delete); closing is for people who work or volunteer here.
        if (!roles.Any(r => r != Roles.Member))
        {
            return Refusal.OnlyMember;
        }
        if (roles.Contains(Roles.Coordinator) && await OtherOpenCoordinatorsAsync(person.Id, ct) == 0)
        {
            return Refusal.LastCoordinator;
        }
        return Refusal.None;
    }

    public async Task<Refusal> CloseAsync(CirclesUser person, Guid coordinatorId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var u = person.Id;

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Two coordinators closing each other at once must not leave the organization with none.
        // Touching the organization's version takes its row first (the second closer waits, then
        // fails); the checks below then see everything committed before.
        var organization = await db.Organizations.FirstAsync(o => o.Id == person.OrganizationId, ct);
        db.Touch(organization);
        if (!await db.TrySaveAsync(ct))
        {
            return Refusal.ChangedMeanwhile;
        }
        await db.Entry(person).ReloadAsync(ct);
        var roles = (await users.GetRolesAsync(person)).ToList();
        var refusal = await RefusalAsync(person, roles, coordinatorId, ct);
        if (refusal != Refusal.None)
        {
            return refusal;
        }

        person.ClosedAt = now;
        person.ClosedByUserId = coordinatorId;
        // A new security stamp also voids anything Identity issued for the old one (reset tokens, a remembered two-step browser).
        if (!(await users.UpdateSecurityStampAsync(person)).Succeeded || !(await users.RemoveFromRolesAsync(person, roles)).Succeeded)
        {
            return Refusal.ChangedMeanwhile;
        }
        foreach (var role in roles)
        {
            audit.Record(person.OrganizationId, coordinatorId, AuditActions.RoleRemoved, $"{u}:{role}");
        }

        await db.UserSessions.Where(s => s.UserId == u && s.EndedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now), ct);
        await db.PasswordResetCodes.Where(c => c.UserId == u && c.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.UsedAt, now), ct);
        await db.TwoStepResetRequests
            .Where(r => (r.UserId == u || r.RequestedByUserId == u) && r.ApprovedAt == null && r.CancelledAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.CancelledAt, now).SetProperty(x => x.CancelledByUserId, coordinatorId), ct);
        // An invitation they handed out could bring someone in after they have gone.
        await db.Invitations.Where(i => i.CreatedByUserId == u && i.RedeemedAt == null && i.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.RevokedAt, now), ct);

        await HandBackGroupsAsync(u, now, ct);
        var others = await EndPeerConnectionsAsync(u, coordinatorId, now, ct);

        audit.Record(person.OrganizationId, coordinatorId, AuditActions.AccountClosed, u.ToString());
        if (!await db.TrySaveAsync(ct))
        {
            return Refusal.ChangedMeanwhile;
        }
        await transaction.CommitAsync(ct);
        await notifier.PushUnreadAsync(others, ct);
        return Refusal.None;
    }

    private Task<int> OtherOpenCoordinatorsAsync(Guid personId, CancellationToken ct)
    {
        var coordinatorRole = db.Roles.Where(r => r.Name == Roles.Coordinator).Select(r => r.Id);
        return db.Users.CountAsync(x => x.Id != personId && x.ClosedAt == null
            && db.UserRoles.Any(ur => ur.UserId == x.Id && coordinatorRole.Contains(ur.RoleId)), ct);
    }

    /// <summary>
    /// The groups they ran keep their other facilitators (and always their coordinators); a
    /// follow-up they held goes back to the group's list for someone else to pick up.
    /// </summary>
    private async Task HandBackGroupsAsync(Guid u, DateTime now, CancellationToken ct)
    {
        await db.GroupFacilitators.Where(f => f.UserId == u).ExecuteDeleteAsync(ct);
        await db.FacilitatorDuties.Where(d => d.UserId == u && d.EndsAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndsAt, now), ct);
        // Versioned rows changed in bulk get a new version, so an edit open elsewhere sees the change.
        var version = Guid.NewGuid();
        await db.FollowUpTasks.Where(t => t.AssignedToUserId == u && t.Outcome == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.AssignedToUserId, (Guid?)null).SetProperty(x => x.Version, version), ct);
    }

    /// <summary>
    /// Peer connections end as if they had ended them (the other person gets the neutral "a
    /// connection has ended"); the messages stay readable for the member, as after any ending.
    /// Matches they looked after as coordinator go to any coordinator, so crisis alerts still reach someone.
    /// </summary>
    private async Task<List<Guid>> EndPeerConnectionsAsync(Guid u, Guid coordinatorId, DateTime now, CancellationToken ct)
    {
        var open = await db.PeerMatches
            .Where(m => (m.MemberUserId == u || m.PeerUserId == u) && (m.Status == PeerMatchStatus.Active || m.Status == PeerMatchStatus.Proposed))
            .ToListAsync(ct);
        var others = new List<Guid>();
        foreach (var match in open)
        {
            if (match.Status == PeerMatchStatus.Active && match.MemberUserId == u)
            {
                // They were supported by someone, whose place is free again; their own places no longer count.
                await PeerLoad.FreePlaceAsync(db, match.PeerUserId, ct);
            }
            match.Status = match.Status == PeerMatchStatus.Active ? PeerMatchStatus.Ended : PeerMatchStatus.Declined;
            match.EndedAt = now;
            match.EndedByUserId = coordinatorId;
            others.Add(match.OtherThan(u));
            audit.Record(match.OrganizationId, coordinatorId, AuditActions.MatchEnded, match.Id.ToString());
        }
        if (others.Count > 0)
        {
            await notifier.NotifyAsync(others, NotificationKind.MatchEnded, "/Peers/Index", null, ct);
        }
        var version = Guid.NewGuid();
        await db.PeerMatches.Where(m => m.CoordinatorUserId == u)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.CoordinatorUserId, (Guid?)null).SetProperty(x => x.Version, version), ct);
        // Matching reads this, not the role: nobody new is suggested to them.
        await db.PeerSupporterProfiles.Where(p => p.UserId == u)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.HoldsRole, false).SetProperty(x => x.ActiveMatches, 0).SetProperty(x => x.Version, version), ct);
        return others;
    }
}
