using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Partners;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Home;

/// <summary>
/// A partner account's home: the campaign tasks of its partner, which it may mark done or not
/// done (any other task is 404, SEC-19), and the way to the referrals shared with it.
/// </summary>
[Authorize(Policy = Policies.Partner)]
public sealed class PartnerModel(CirclesDb db, PartnerTasks partnerTasks, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    public string UserName { get; private set; } = "";
    public IReadOnlyList<PartnerTasks.TaskRow> Tasks { get; private set; } = [];
    public bool Saved { get; private set; }
    public bool Conflict { get; private set; }

    public async Task OnGetAsync(bool saved = false)
    {
        Saved = saved;
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostTaskAsync(Guid taskId, Guid version, bool done)
    {
        var task = await db.CampaignTasks.FirstOrDefaultAsync(t => t.Id == taskId, HttpContext.RequestAborted);
        if (task is null || !(await authorization.AuthorizeAsync(User, task, new CompletePartnerTask())).Succeeded)
        {
            return NotFound();
        }
        db.ExpectVersion(task, version);
        task.DoneAt = done ? task.DoneAt ?? clock.GetUtcNow().UtcDateTime : null;
        db.Touch(task);
        if (!await db.TrySaveAsync(HttpContext.RequestAborted))
        {
            Conflict = true;
            db.ChangeTracker.Clear();
            await LoadAsync();
            return Page();
        }
        return RedirectToPage(new { saved = true });
    }

    private async Task LoadAsync()
    {
        UserName = User.Identity?.Name ?? "";
        Tasks = User.GetUserId() is { } userId ? await partnerTasks.ForAccountAsync(userId, HttpContext.RequestAborted) : [];
    }
}
