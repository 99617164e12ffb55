using System.Security.Cryptography;
using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Notifications;
using Circles.Web.Features.Organizations;
using Circles.Web.Features.PrivateSpace;
using Circles.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.MyData;

/// <summary>
/// A member erases their account (issue 6, SEC-36): every row that belongs to them or names them
/// is deleted in ONE transaction, so a crash mid-way leaves nothing half-erased. Destroying their
/// personal key is what makes the journal and safety plan in old backups unreadable too.
/// Their discussion posts follow the organization's <see cref="ErasedPostsPolicy"/>: anonymized
/// (kept, with no link to anyone) or removed (replies by others stay). Their own audit trail and
/// audit rows naming them are personal data too and go; ONE audit row remains, with no actor and a
/// random erasure reference as its subject, so the record that an account was erased holds nothing
/// they wrote and nothing that points back to them. On SQLite, secure_delete (SqlitePragmas)
/// overwrites freed pages and a WAL checkpoint after the commit empties the write-ahead log.
/// The completeness guard is the test that walks the whole data model after an erasure.
/// </summary>
public sealed class AccountErasure(CirclesDb db, Notifier notifier, AuditLog audit)
{
    /// <summary>Erases the person and returns the erasure reference kept in the audit log.</summary>
    public async Task<string> EraseAsync(CirclesUser user, CancellationToken ct)
    {
        var u = user.Id;
        var organizationId = user.OrganizationId;
        var policy = await db.Organizations.IgnoreQueryFilters()
            .Where(o => o.Id == organizationId).Select(o => o.ErasedPostsPolicy).FirstAsync(ct);

        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            // The private space: the key first, so that nothing sealed with it can ever be opened again.
            await PersonalKeys.DeleteSealedDataAsync(db, u, ct);
            await db.WellbeingCheckIns.IgnoreQueryFilters().Where(c => c.UserId == u).ExecuteDeleteAsync(ct);

            await EndPeerConnectionsAsync(u, ct);
            await EraseNeedsAsync(u, ct);
            await EraseDiscussionsAsync(u, policy, ct);
            await EraseGroupsAsync(u, ct);
            await EraseModerationAsync(u, ct);
            await EraseDirectoryAsync(u, ct);
            await EraseAccountRowsAsync(u, organizationId, ct);

            // The one record that remains: an account was erased, by nobody named, about nobody named.
            var reference = "erasure-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
            audit.Record(organizationId, null, AuditActions.AccountErased, reference);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);

            if (db.Database.IsSqlite())
            {
                // secure_delete already zeroed the freed pages; this moves the log into the file and empties it.
                await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", ct);
            }
            return reference;
        }
    }

    /// <summary>Peer connections end; the other person gets the neutral "a connection has ended", with no name.</summary>
    private async Task EndPeerConnectionsAsync(Guid u, CancellationToken ct)
    {
        var matches = await db.PeerMatches.IgnoreQueryFilters()
            .Where(m => m.MemberUserId == u || m.PeerUserId == u)
            .Select(m => new { m.Id, m.MemberUserId, m.PeerUserId, m.Status })
            .ToListAsync(ct);
        var others = matches
            .Where(m => m.Status is Peers.PeerMatchStatus.Active or Peers.PeerMatchStatus.Proposed)
            .Select(m => m.MemberUserId == u ? m.PeerUserId : m.MemberUserId)
            .ToList();
        var matchIds = matches.Select(m => m.Id).ToList();
        // Each peer supporter they were supported by has that place free again.
        foreach (var peer in matches.Where(m => m.Status == Peers.PeerMatchStatus.Active && m.MemberUserId == u).Select(m => m.PeerUserId))
        {
            await Peers.PeerLoad.FreePlaceAsync(db, peer, ct);
        }

        // Messages in their conversations go both ways: a conversation with a person who no longer exists.
        await db.MessageReports.IgnoreQueryFilters()
            .Where(r => db.DirectMessages.IgnoreQueryFilters().Any(m => m.Id == r.MessageId
                && (matchIds.Contains(m.MatchId) || m.SenderUserId == u || m.RecipientUserId == u)))
            .ExecuteDeleteAsync(ct);
        await db.DirectMessages.IgnoreQueryFilters()
            .Where(m => matchIds.Contains(m.MatchId) || m.SenderUserId == u || m.RecipientUserId == u)
            .ExecuteDeleteAsync(ct);
        await db.DirectMessages.IgnoreQueryFilters().Where(m => m.HiddenByUserId == u)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.HiddenByUserId, (Guid?)null), ct);
        await db.PeerMatches.IgnoreQueryFilters().Where(m => matchIds.Contains(m.Id)).ExecuteDeleteAsync(ct);
        await db.PeerMatches.IgnoreQueryFilters().Where(m => m.EndedByUserId == u)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.EndedByUserId, (Guid?)null), ct);
        await db.PeerMatches.IgnoreQueryFilters().Where(m => m.CoordinatorUserId == u)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.CoordinatorUserId, (Guid?)null), ct);
        await db.PeerRequests.IgnoreQueryFilters().Where(r => r.MemberUserId == u).ExecuteDeleteAsync(ct);
        await db.SupervisionCheckIns.IgnoreQueryFilters().Where(c => c.PeerUserId == u).ExecuteDeleteAsync(ct);
        await db.PeerSupporterProfiles.IgnoreQueryFilters().Where(p => p.UserId == u).ExecuteDeleteAsync(ct);

        await notifier.NotifyAsync(others, NotificationKind.MatchEnded, "/Peers/Index", null, ct);
    }

    /// <summary>Needs, their referrals and updates, and the member's consents.</summary>
    private async Task EraseNeedsAsync(Guid u, CancellationToken ct)
    {
        var needIds = db.Needs.IgnoreQueryFilters().Where(n => n.MemberUserId == u).Select(n => n.Id);
        var consentIds = db.Consents.IgnoreQueryFilters().Where(c => c.MemberUserId == u).Select(c => c.Id);
        var referralIds = db.Referrals.IgnoreQueryFilters()
            .Where(r => needIds.Contains(r.NeedId) || (r.ConsentId != null && consentIds.Contains(r.ConsentId.Value))).Select(r => r.Id);
        await db.ReferralUpdates.IgnoreQueryFilters().Where(x => referralIds.Contains(x.ReferralId)).ExecuteDeleteAsync(ct);
        await db.Referrals.IgnoreQueryFilters().Where(r => needIds.Contains(r.NeedId) || (r.ConsentId != null && consentIds.Contains(r.ConsentId.Value))).ExecuteDeleteAsync(ct);
        await db.Consents.IgnoreQueryFilters().Where(c => c.MemberUserId == u).ExecuteDeleteAsync(ct);
        await db.Needs.IgnoreQueryFilters().Where(n => n.MemberUserId == u).ExecuteDeleteAsync(ct);
        await db.PartnerAffiliations.IgnoreQueryFilters().Where(a => a.UserId == u).ExecuteDeleteAsync(ct);
    }

    /// <summary>Posts per the organization's policy; a thread they opened keeps others' replies.</summary>
    private async Task EraseDiscussionsAsync(Guid u, ErasedPostsPolicy policy, CancellationToken ct)
    {
        var theirPosts = db.DiscussionPosts.IgnoreQueryFilters().Where(p => p.AuthorUserId == u).Select(p => p.Id);
        if (policy == ErasedPostsPolicy.Remove)
        {
            await db.MessageReports.IgnoreQueryFilters().Where(r => theirPosts.Contains(r.MessageId)).ExecuteDeleteAsync(ct);
            await db.DiscussionPosts.IgnoreQueryFilters().Where(p => p.AuthorUserId == u).ExecuteDeleteAsync(ct);
            // A thread they opened goes when nobody else wrote in it; otherwise it stays, with no author, for the replies.
            await db.DiscussionThreads.IgnoreQueryFilters()
                .Where(t => t.AuthorUserId == u && !db.DiscussionPosts.IgnoreQueryFilters().Any(p => p.ThreadId == t.Id))
                .ExecuteDeleteAsync(ct);
        }
        else
        {
            await db.DiscussionPosts.IgnoreQueryFilters().Where(p => p.AuthorUserId == u)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.AuthorUserId, (Guid?)null), ct);
        }
        await db.DiscussionThreads.IgnoreQueryFilters().Where(t => t.AuthorUserId == u)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.AuthorUserId, (Guid?)null), ct);
        await db.DiscussionPosts.IgnoreQueryFilters().Where(p => p.HiddenByUserId == u)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.HiddenByUserId, (Guid?)null), ct);
        await db.DiscussionReadMarks.IgnoreQueryFilters().Where(r => r.UserId == u).ExecuteDeleteAsync(ct);
        await db.DiscussionRestrictions.IgnoreQueryFilters().Where(r => r.UserId == u || r.ByUserId == u).ExecuteDeleteAsync(ct);
        await db.FacilitatorDuties.IgnoreQueryFilters().Where(d => d.UserId == u).ExecuteDeleteAsync(ct);
        await db.CrisisAlerts.IgnoreQueryFilters().Where(a => a.WriterUserId == u).ExecuteDeleteAsync(ct);
        await db.CrisisAlerts.IgnoreQueryFilters().Where(a => a.AcknowledgedByUserId == u)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.AcknowledgedByUserId, (Guid?)null), ct);
    }

    private async Task EraseGroupsAsync(Guid u, CancellationToken ct)
    {
        var membershipIds = db.GroupMemberships.IgnoreQueryFilters().Where(m => m.UserId == u).Select(m => m.Id);
        await db.MembershipChanges.IgnoreQueryFilters().Where(c => membershipIds.Contains(c.MembershipId) || c.ByUserId == u).ExecuteDeleteAsync(ct);
        await db.GroupMemberships.IgnoreQueryFilters().Where(m => m.UserId == u).ExecuteDeleteAsync(ct);
        await db.GroupFacilitators.IgnoreQueryFilters().Where(f => f.UserId == u).ExecuteDeleteAsync(ct);
        await db.Attendances.IgnoreQueryFilters().Where(a => a.UserId == u).ExecuteDeleteAsync(ct);
        // The impact summary of their attendance goes with it (a bulk delete bypasses the save that keeps it).
        await db.MonthlyAttendances.IgnoreQueryFilters().Where(m => m.UserId == u).ExecuteDeleteAsync(ct);
        await db.FeedbackRequests.IgnoreQueryFilters().Where(f => f.UserId == u).ExecuteDeleteAsync(ct);
        await db.GroundRulesAgreements.IgnoreQueryFilters().Where(a => a.UserId == u).ExecuteDeleteAsync(ct);
        await db.GroundRulesProposals.IgnoreQueryFilters().Where(p => p.ProposedByUserId == u).ExecuteDeleteAsync(ct);
        await db.FollowUpTasks.IgnoreQueryFilters().Where(t => t.MemberUserId == u).ExecuteDeleteAsync(ct);
        await db.FollowUpTasks.IgnoreQueryFilters().Where(t => t.AssignedToUserId == u)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.AssignedToUserId, (Guid?)null), ct);
        await db.FollowUpTasks.IgnoreQueryFilters().Where(t => t.ClosedByUserId == u)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.ClosedByUserId, (Guid?)null), ct);
        await db.ContactPreferences.IgnoreQueryFilters().Where(p => p.UserId == u).ExecuteDeleteAsync(ct);
        await db.CalendarFeeds.IgnoreQueryFilters().Where(f => f.UserId == u).ExecuteDeleteAsync(ct);
    }

    /// <summary>Reports they made, blocks both ways.</summary>
    private async Task EraseModerationAsync(Guid u, CancellationToken ct)
    {
        await db.MessageReports.IgnoreQueryFilters().Where(r => r.ReportedByUserId == u).ExecuteDeleteAsync(ct);
        await db.MessageReports.IgnoreQueryFilters().Where(r => r.ResolvedByUserId == u)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ResolvedByUserId, (Guid?)null), ct);
        await db.MemberBlocks.IgnoreQueryFilters().Where(b => b.BlockerUserId == u || b.BlockedUserId == u).ExecuteDeleteAsync(ct);
    }

    /// <summary>What they added to the directory of services and strategies, and what they saved there.</summary>
    private async Task EraseDirectoryAsync(Guid u, CancellationToken ct)
    {
        var theirStrategies = db.CopingStrategies.IgnoreQueryFilters().Where(s => s.AuthorUserId == u).Select(s => s.Id);
        await db.SavedStrategies.IgnoreQueryFilters().Where(s => s.UserId == u || theirStrategies.Contains(s.StrategyId)).ExecuteDeleteAsync(ct);
        await db.CopingStrategies.IgnoreQueryFilters().Where(s => s.AuthorUserId == u).ExecuteDeleteAsync(ct);
        await db.ServiceTips.IgnoreQueryFilters().Where(t => t.AuthorUserId == u).ExecuteDeleteAsync(ct);
        await db.ServiceHelpedMarks.IgnoreQueryFilters().Where(m => m.UserId == u).ExecuteDeleteAsync(ct);
    }

    /// <summary>Notifications, emails, sessions, reset codes, invitations, their audit trail, Identity rows, the user.</summary>
    private async Task EraseAccountRowsAsync(Guid u, Guid organizationId, CancellationToken ct)
    {
        await db.Notifications.IgnoreQueryFilters().Where(n => n.UserId == u).ExecuteDeleteAsync(ct);
        await db.OutgoingEmails.IgnoreQueryFilters().Where(e => e.UserId == u).ExecuteDeleteAsync(ct);
        await db.UserSessions.IgnoreQueryFilters().Where(s => s.UserId == u).ExecuteDeleteAsync(ct);
        await db.PasswordResetCodes.IgnoreQueryFilters().Where(c => c.UserId == u).ExecuteDeleteAsync(ct);
        await db.Invitations.IgnoreQueryFilters().Where(i => i.RedeemedByUserId == u).ExecuteDeleteAsync(ct);

        // Their audit trail and the audit rows about them, in their organization only: rows they
        // acted in, and rows whose subject is their id (alone, or "id:role"). Matched exactly, never
        // by a part of the text, so that a pseudonym such as "-4" or "ab" (which many ids contain)
        // cannot erase other people's audit trail.
        var id = u.ToString();
        var idUpper = id.ToUpperInvariant();
        await db.AuditEvents.IgnoreQueryFilters()
            .Where(a => a.OrganizationId == organizationId && (a.ActorUserId == u || (a.Subject != null
                && (a.Subject == id || a.Subject == idUpper || a.Subject.StartsWith(id + ":") || a.Subject.StartsWith(idUpper + ":")))))
            .ExecuteDeleteAsync(ct);

        await db.UserRoles.Where(r => r.UserId == u).ExecuteDeleteAsync(ct);
        await db.UserClaims.Where(c => c.UserId == u).ExecuteDeleteAsync(ct);
        await db.UserLogins.Where(l => l.UserId == u).ExecuteDeleteAsync(ct);
        await db.UserTokens.Where(t => t.UserId == u).ExecuteDeleteAsync(ct);
        await db.Users.IgnoreQueryFilters().Where(x => x.Id == u).ExecuteDeleteAsync(ct);
    }
}
