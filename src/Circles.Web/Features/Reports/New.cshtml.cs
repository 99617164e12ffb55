using System.ComponentModel.DataAnnotations;
using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Moderation;
using Circles.Web.Features.Notifications;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Reports;

/// <summary>
/// Reporting a message or post someone can see (anyone else: 404). The report goes to the
/// group's facilitators (posts) or a coordinator (direct messages), with a neutral notification;
/// the writer is never told who reported. Reporting twice does not make two reports.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
[EnableRateLimiting(RateLimits.Posting)]
public sealed class NewModel(CirclesDb db, IAuthorizationService authorization, Notifier notifier, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public MessageKind Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Choose what is wrong.")]
    [Display(Name = "What is wrong with it?")]
    public ReportReason? Reason { get; set; }

    public bool Sent { get; private set; }
    public bool AlreadyReported { get; private set; }
    public string BackPath { get; private set; } = "/";

    public async Task<IActionResult> OnGetAsync(bool sent = false)
    {
        if (await VisibleAsync() is not { } message)
        {
            return NotFound();
        }
        BackPath = BackTo(message);
        Sent = sent;
        AlreadyReported = !sent && await ExistingAsync() is not null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        if (await VisibleAsync() is not { } message)
        {
            return NotFound();
        }
        BackPath = BackTo(message);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (await ExistingAsync() is null)
        {
            var userId = User.GetUserId()!.Value;
            db.MessageReports.Add(new MessageReport
            {
                Kind = Kind,
                MessageId = Id,
                GroupId = message.GroupId,
                ReportedByUserId = userId,
                Reason = Reason!.Value,
                CreatedAt = clock.GetUtcNow().UtcDateTime,
            });
            var responders = (await RespondersAsync(message, cancellationToken)).Where(id => id != userId).ToList();
            await notifier.NotifyAsync(responders, NotificationKind.NewReport, "/Moderation/Index", null, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await notifier.PushUnreadAsync(responders, cancellationToken);
        }
        return RedirectToPage("/Reports/New", new { kind = Kind, id = Id, sent = "true" });
    }

    private async Task<ReportableMessage?> VisibleAsync()
    {
        var message = await ReportableMessages.FindAsync(db, Kind, Id, HttpContext.RequestAborted);
        return message is not null && (await authorization.AuthorizeAsync(User, message, new ReportMessage())).Succeeded ? message : null;
    }

    private Task<MessageReport?> ExistingAsync()
    {
        var userId = User.GetUserId();
        return db.MessageReports.FirstOrDefaultAsync(r => r.Kind == Kind && r.MessageId == Id && r.ReportedByUserId == userId, HttpContext.RequestAborted);
    }

    /// <summary>The group's facilitators for a post (every coordinator when it has none); the match's coordinator, or every coordinator, for a direct message.</summary>
    private async Task<IReadOnlyList<Guid>> RespondersAsync(ReportableMessage message, CancellationToken cancellationToken)
    {
        if (message.GroupId is { } groupId)
        {
            var facilitators = await db.GroupFacilitators.Where(f => f.GroupId == groupId).Select(f => f.UserId).ToListAsync(cancellationToken);
            if (facilitators.Count > 0)
            {
                return facilitators;
            }
        }
        else if (message.CoordinatorUserId is { } coordinator)
        {
            return [coordinator];
        }
        var coordinatorRole = db.Roles.Where(r => r.Name == Roles.Coordinator).Select(r => r.Id);
        return await db.Users
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && coordinatorRole.Contains(ur.RoleId)))
            .Select(u => u.Id)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Where the reader goes back to: the conversation or the group's discussion.</summary>
    private string BackTo(ReportableMessage message) => message.Kind == MessageKind.DirectMessage
        ? Url.Page("/Messages/Conversation", new { id = message.MatchId })!
        : Url.Page("/Groups/Discussion/Index", new { groupId = message.GroupId })!;
}
