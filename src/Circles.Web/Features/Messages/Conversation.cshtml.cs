using System.ComponentModel.DataAnnotations;
using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Crisis;
using Circles.Web.Features.Live;
using Circles.Web.Features.Moderation;
using Circles.Web.Features.Notifications;
using Circles.Web.Features.Peers;
using Circles.Web.Features.Shared;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Messages;

/// <summary>
/// One conversation between the two people of a match. Sending is a plain form post that
/// redirects back here (works without JavaScript); live updates only re-fetch the list through
/// <see cref="OnGetListAsync"/>, which applies the same checks. Reading changes nothing (SEC-22):
/// messages are marked read, and a read receipt sent, only by <see cref="OnPostReadAsync"/>, which
/// the page's script posts once the page is shown and which is a plain "Mark as read" button
/// without JavaScript. The text is encrypted (SEC-27),
/// never logged (SEC-33), rendered as text (SEC-23) and posting is rate limited (SEC-26).
/// </summary>
[Authorize(Policy = Policies.Member)]
[EnableRateLimiting(RateLimits.Posting)]
public sealed class ConversationModel(
    CirclesDb db, IAuthorizationService authorization, FieldProtector protector, CrisisAlerts crisisAlerts, Notifier notifier, LiveUpdates live,
    PageFrame frame, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public MessageForm Form { get; set; } = new();

    public MessageList List { get; private set; } = null!;
    public bool Ended { get; private set; }
    public bool Blocked { get; private set; }
    public bool CanSend => !Ended && !Blocked;

    /// <summary>The organization's crisis lines, when the writer's last message matched crisis language; null otherwise.</summary>
    public IReadOnlyList<string>? CrisisLines { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, long? before, Guid? help)
    {
        var me = User.GetUserId()!.Value;
        var match = await OpenAsync(id);
        if (match is null)
        {
            return NotFound();
        }
        await LoadAsync(match, me, before);
        // Only the writer, only for the message that matched: the id must be theirs and have an alert.
        if (help is { } messageId
            && await db.CrisisAlerts.AnyAsync(a => a.MessageId == messageId && a.MatchId == match.Id && a.WriterUserId == me, HttpContext.RequestAborted))
        {
            CrisisLines = (await frame.GetAsync(HttpContext.RequestAborted)).CrisisLines;
        }
        return Page();
    }

    /// <summary>The message list alone, for the live region: same person, same checks; the script then posts <see cref="OnPostReadAsync"/>.</summary>
    public async Task<IActionResult> OnGetListAsync(Guid id, long? before)
    {
        var me = User.GetUserId()!.Value;
        var match = await OpenAsync(id);
        if (match is null)
        {
            return NotFound();
        }
        var list = await Conversations.ListAsync(db, protector, match, me, Before(before), HttpContext.RequestAborted);
        return Partial("_MessageList", list);
    }

    public async Task<IActionResult> OnPostReadAsync(Guid id)
    {
        var match = await OpenAsync(id);
        if (match is null)
        {
            return NotFound();
        }
        await MarkReadAsync(match, User.GetUserId()!.Value);
        return MarkRead.FromScript(Request) ? new NoContentResult() : RedirectToPage("/Messages/Conversation", new { id = match.Id });
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var me = User.GetUserId()!.Value;
        var match = await OpenAsync(id);
        if (match is null)
        {
            return NotFound();
        }
        await LoadAsync(match, me, null);
        // What was typed stays in the form whatever the answer (never lose someone's words).
        if (Ended)
        {
            ModelState.AddModelError(string.Empty, l["This connection has ended; messages can no longer be sent"]);
            return Page();
        }
        if (Blocked)
        {
            ModelState.AddModelError(string.Empty, l["Messages cannot be sent in this conversation."]);
            return Page();
        }
        if (string.IsNullOrWhiteSpace(Form.Text))
        {
            ModelState.AddModelError("Form.Text", l["Write a message first."]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var recipient = match.OtherThan(me);
        var text = Form.Text!.Trim();
        var message = new DirectMessage
        {
            MatchId = match.Id,
            SenderUserId = me,
            RecipientUserId = recipient,
            ProtectedBody = protector.Protect(FieldPurposes.DirectMessageBody, text)!,
            SentAt = clock.GetUtcNow().UtcDateTime,
        };
        db.DirectMessages.Add(message);
        // Same unit of work: a message is never saved without its alert.
        var crisis = await crisisAlerts.CheckDirectMessageAsync(text, message.Id, match.Id, match.CoordinatorUserId, me, cancellationToken);
        await notifier.NotifyAsync([recipient], NotificationKind.NewMessage, "/Messages/Conversation", new { id = match.Id }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        await live.ChangedAsync([me, recipient], LiveUpdates.MatchTopic(match.Id));
        await notifier.PushUnreadAsync([recipient], cancellationToken);
        return RedirectToPage("/Messages/Conversation", null, new { id = match.Id, help = crisis.Matched ? message.Id : (Guid?)null }, "send");
    }

    /// <summary>The match, if this person may open it as a conversation; null answers 404.</summary>
    private async Task<PeerMatch?> OpenAsync(Guid id)
    {
        var match = await db.PeerMatches.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, HttpContext.RequestAborted);
        return match is not null && (await authorization.AuthorizeAsync(User, match, new OpenConversation())).Succeeded ? match : null;
    }

    private async Task LoadAsync(PeerMatch match, Guid me, long? before)
    {
        Ended = !match.IsActive;
        Blocked = await Blocking.BetweenAsync(db, me, match.OtherThan(me), HttpContext.RequestAborted);
        List = await Conversations.ListAsync(db, protector, match, me, Before(before), HttpContext.RequestAborted);
    }

    /// <summary>Marks what arrived as read; tells this person's other pages, and the writer's page when read receipts are shared.</summary>
    private async Task MarkReadAsync(PeerMatch match, Guid me)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var link = Url.Page("/Messages/Conversation", new { id = match.Id })!;
        if (!await Conversations.MarkReadAsync(db, match.Id, me, link, clock.GetUtcNow().UtcDateTime, cancellationToken))
        {
            return;
        }
        await notifier.PushUnreadAsync([me], cancellationToken);
        if (await db.Users.AnyAsync(u => u.Id == me && u.ShareReadReceipts, cancellationToken))
        {
            await live.ChangedAsync([match.OtherThan(me)], LiveUpdates.MatchTopic(match.Id));
        }
    }

    private static DateTime? Before(long? ticks) =>
        ticks is { } value && value > DateTime.MinValue.Ticks && value < DateTime.MaxValue.Ticks ? new DateTime(value, DateTimeKind.Utc) : null;
}

public sealed class MessageForm
{
    [StringLength(Conversations.MaxLength, ErrorMessage = "Use at most 4000 characters.")]
    [Display(Name = "Your message")]
    public string? Text { get; set; }
}
