using System.ComponentModel.DataAnnotations;
using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.GroundRules;
using Circles.Web.Features.Groups;
using Circles.Web.Features.Icebreakers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Sessions;

/// <summary>
/// One session: when, where (members only), the flexible agenda and the icebreaker. Facilitators
/// shape the agenda, choose an icebreaker, or cancel with a message to members.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class DetailsModel(CirclesDb db, IAuthorizationService authorization, GroupViewers viewers, CurrentGroundRules currentRules, IStringLocalizer<SharedResource> l) : PageModel
{
    public const string OpenConversation = "Open conversation";

    public SessionViewer Viewer { get; private set; } = null!;
    public IReadOnlyList<AgendaItem> Agenda { get; private set; } = [];
    public Icebreaker? ChosenIcebreaker { get; private set; }
    public IReadOnlyList<Icebreaker> Icebreakers { get; private set; } = [];
    public GroundRulesVersion? Rules { get; private set; }

    [BindProperty]
    [StringLength(120, ErrorMessage = "Use at most 120 characters.")]
    [Display(Name = "Agenda item")]
    public string? ItemTitle { get; set; }

    [BindProperty]
    [Range(1, 240, ErrorMessage = "Choose between 1 and 240 minutes.")]
    [Display(Name = "Minutes (optional)")]
    public int? ItemMinutes { get; set; }

    [BindProperty]
    [StringLength(500, ErrorMessage = "Use at most 500 characters.")]
    [Display(Name = "Message to members")]
    public string? CancelMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddItemAsync(Guid id, bool openConversation = false)
    {
        if (!await LoadAsync(id, new ManageSession()))
        {
            return NotFound();
        }
        var title = openConversation ? l[OpenConversation].Value : (ItemTitle ?? "").Trim();
        if (title.Length == 0)
        {
            ModelState.AddModelError(nameof(ItemTitle), l["Write what the item is."]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var position = Agenda.Count == 0 ? 0 : Agenda.Max(a => a.Position) + 1;
        db.AgendaItems.Add(new AgendaItem { SessionId = id, Position = position, Title = title, Minutes = ItemMinutes });
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage("/Sessions/Details", null, new { id }, "agenda");
    }

    public async Task<IActionResult> OnPostMoveItemAsync(Guid id, Guid itemId, int by)
    {
        if (!await LoadAsync(id, new ManageSession()))
        {
            return NotFound();
        }
        var items = Agenda.OrderBy(a => a.Position).ToList();
        var index = items.FindIndex(a => a.Id == itemId);
        var target = index + Math.Sign(by);
        if (index < 0 || target < 0 || target >= items.Count)
        {
            return RedirectToPage("/Sessions/Details", null, new { id }, "agenda");
        }
        var tracked = await db.AgendaItems.Where(a => a.SessionId == id).ToListAsync(HttpContext.RequestAborted);
        (items[index], items[target]) = (items[target], items[index]);
        for (var i = 0; i < items.Count; i++)
        {
            tracked.Single(a => a.Id == items[i].Id).Position = i;
        }
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage("/Sessions/Details", null, new { id }, "agenda");
    }

    public async Task<IActionResult> OnPostRemoveItemAsync(Guid id, Guid itemId)
    {
        if (!await LoadAsync(id, new ManageSession()))
        {
            return NotFound();
        }
        await db.AgendaItems.Where(a => a.Id == itemId && a.SessionId == id).ExecuteDeleteAsync(HttpContext.RequestAborted);
        return RedirectToPage("/Sessions/Details", null, new { id }, "agenda");
    }

    public async Task<IActionResult> OnPostIcebreakerAsync(Guid id, Guid? icebreakerId)
    {
        if (!await LoadAsync(id, new ManageSession()))
        {
            return NotFound();
        }
        if (icebreakerId is { } chosen && Icebreakers.All(i => i.Id != chosen))
        {
            return BadRequest();
        }
        var session = await db.GroupSessions.FirstAsync(s => s.Id == id, HttpContext.RequestAborted);
        session.IcebreakerId = icebreakerId;
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage("/Sessions/Details", null, new { id }, "icebreaker");
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid id)
    {
        if (!await LoadAsync(id, new ManageSession()))
        {
            return NotFound();
        }
        if (Viewer.Session.Status != SessionStatus.Scheduled)
        {
            return RedirectToPage("/Sessions/Details", new { id });
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var session = await db.GroupSessions.FirstAsync(s => s.Id == id, HttpContext.RequestAborted);
        session.Status = SessionStatus.Cancelled;
        session.CancelMessage = (CancelMessage ?? "").Trim();
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage("/Sessions/Details", new { id });
    }

    private async Task<bool> LoadAsync(Guid id, SessionRequirement? requirement = null)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var session = await db.GroupSessions.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (session is null || !(await authorization.AuthorizeAsync(User, session, requirement ?? new SeeSession())).Succeeded)
        {
            return false;
        }
        var viewer = new SessionViewer(session, (await viewers.OfAsync(User, session.GroupId, cancellationToken))!);
        Viewer = viewer;
        Agenda = await db.AgendaItems.Where(a => a.SessionId == id).OrderBy(a => a.Position).ToListAsync(cancellationToken);
        ChosenIcebreaker = viewer.Session.IcebreakerId is { } icebreakerId
            ? await db.Icebreakers.FirstOrDefaultAsync(i => i.Id == icebreakerId, cancellationToken)
            : null;
        Rules = await currentRules.ForGroupAsync(viewer.Session.GroupId, cancellationToken);
        if (viewer.Group.CanManage)
        {
            await IcebreakerLibrary.EnsureSeededAsync(db, viewer.Group.Group.OrganizationId, cancellationToken);
            var language = viewer.Group.Group.Language;
            Icebreakers = await db.Icebreakers
                .Where(i => i.Language == language || i.Language == "en")
                .OrderBy(i => i.Language == language ? 0 : 1).ThenBy(i => i.Title)
                .ToListAsync(cancellationToken);
        }
        return true;
    }
}
