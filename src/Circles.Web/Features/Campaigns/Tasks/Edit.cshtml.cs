using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Campaigns;

/// <summary>Changing or deleting a task of a campaign; found only through its own campaign, so a forged pair of ids is 404.</summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class EditTaskModel(CirclesDb db, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public TaskForm Form { get; set; } = new();

    public Guid Id { get; private set; }
    public string Campaign { get; private set; } = "";
    public CampaignChoices Choices { get; private set; } = null!;
    public bool Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid taskId)
    {
        var task = await FindAsync(id, taskId);
        if (task is null)
        {
            return NotFound();
        }
        Form = TaskForm.From(task);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid taskId)
    {
        var task = await FindAsync(id, taskId);
        if (task is null)
        {
            return NotFound();
        }
        db.ExpectVersion(task, Form.Version);
        if (!Form.TryApplyTo(task, Choices, ModelState, "Form", l))
        {
            return Page();
        }
        if (!await db.TrySaveAsync(HttpContext.RequestAborted))
        {
            Conflict = true;
            return Page();
        }
        return RedirectToPage("/Campaigns/Details", new { id, done = "saved" });
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, Guid taskId)
    {
        var task = await FindAsync(id, taskId);
        if (task is null)
        {
            return NotFound();
        }
        ModelState.Clear();
        db.ExpectVersion(task, Form.Version);
        db.CampaignTasks.Remove(task);
        if (!await db.TrySaveAsync(HttpContext.RequestAborted))
        {
            Conflict = true;
            return Page();
        }
        return RedirectToPage("/Campaigns/Details", new { id, done = "deleted" });
    }

    private async Task<CampaignTask?> FindAsync(Guid id, Guid taskId)
    {
        var task = await db.CampaignTasks.FirstOrDefaultAsync(t => t.Id == taskId && t.CampaignId == id, HttpContext.RequestAborted);
        if (task is null)
        {
            return null;
        }
        Id = id;
        Campaign = await db.Campaigns.Where(c => c.Id == id).Select(c => c.Name).FirstAsync(HttpContext.RequestAborted);
        Choices = await CampaignChoices.LoadAsync(db, HttpContext.RequestAborted);
        return task;
    }
}
