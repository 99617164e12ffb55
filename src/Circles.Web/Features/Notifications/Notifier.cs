using Circles.Web.Data;
using Circles.Web.Features.Live;
using Circles.Web.Features.Me;
using Circles.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Notifications;

/// <summary>
/// Tells people that something is waiting for them: in Circles first; by email only for those
/// who opted in to that channel, with the neutral text alone (SEC-7). An unread notification of
/// the same kind for the same place is not repeated, so a busy conversation is one line, not fifty.
/// Call <see cref="NotifyAsync"/> before saving; call <see cref="PushUnreadAsync"/> after.
/// </summary>
public sealed class Notifier(CirclesDb db, FieldProtector protector, LiveUpdates live, LinkGenerator links, TimeProvider clock)
{
    /// <summary>
    /// Notifies about a page of Circles. The link comes from the page's route, as the page's own links
    /// do, because this code runs in services that have no request to build a URL from.
    /// </summary>
    public Task NotifyAsync(IEnumerable<Guid> userIds, NotificationKind kind, string page, object? values, CancellationToken cancellationToken) =>
        NotifyAsync(userIds, kind, links.GetPathByPage(page, values: values) ?? throw new InvalidOperationException($"No page {page}"), cancellationToken);

    public async Task NotifyAsync(IEnumerable<Guid> userIds, NotificationKind kind, string link, CancellationToken cancellationToken)
    {
        var recipients = userIds.Distinct().ToList();
        if (recipients.Count == 0)
        {
            return;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var alreadyWaiting = await db.Notifications
            .Where(n => recipients.Contains(n.UserId) && n.Kind == kind && n.Link == link && n.ReadAt == null)
            .Select(n => n.UserId)
            .ToListAsync(cancellationToken);
        var fresh = recipients.Except(alreadyWaiting).ToList();
        foreach (var userId in fresh)
        {
            db.Notifications.Add(new Notification { UserId = userId, Kind = kind, Link = link, CreatedAt = now });
        }

        var emailChannel = (int)ContactChannels.Email;
        var emailOptIns = await db.ContactPreferences
            .Where(p => fresh.Contains(p.UserId) && ((int)p.Channels & emailChannel) != 0 && p.ProtectedEmail != null)
            .Select(p => new { p.UserId, p.ProtectedEmail })
            .ToListAsync(cancellationToken);
        foreach (var optIn in emailOptIns)
        {
            var address = protector.Unprotect(FieldPurposes.ContactEmail, optIn.ProtectedEmail)!;
            db.OutgoingEmails.Add(new OutgoingEmail
            {
                UserId = optIn.UserId,
                ProtectedAddress = protector.Protect(FieldPurposes.OutgoingEmailAddress, address)!,
                Subject = NotificationTexts.EmailSubject,
                Body = NotificationTexts.EmailBody,
                CreatedAt = now,
            });
        }
    }

    /// <summary>Sends each person their current unread counts, so open pages update their badges.</summary>
    public async Task PushUnreadAsync(IEnumerable<Guid> userIds, CancellationToken cancellationToken)
    {
        foreach (var userId in userIds.Distinct())
        {
            var counts = await UnreadCounts.ForAsync(db, userId, cancellationToken);
            await live.UnreadAsync(userId, counts.Notifications, counts.Messages);
        }
    }
}
