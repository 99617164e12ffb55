using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Campaigns;

/// <summary>Changing or deleting a goal of a campaign; found only through its own campaign, so a forged pair of ids is 404.</summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class EditGoalModel(CirclesDb db) : PageModel
{
    [BindProperty]
    public GoalForm Form { get; set; } = new();

    public Guid Id { get; private set; }
    public string Campaign { get; private set; } = "";
    public bool Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid goalId)
    {
        var goal = await FindAsync(id, goalId);
        if (goal is null)
        {
            return NotFound();
        }
        Form = GoalForm.From(goal);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid goalId)
    {
        var goal = await FindAsync(id, goalId);
        if (goal is null)
        {
            return NotFound();
        }
        db.ExpectVersion(goal, Form.Version);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        Form.ApplyTo(goal);
        if (!await db.TrySaveAsync(HttpContext.RequestAborted))
        {
            Conflict = true;
            return Page();
        }
        return RedirectToPage("/Campaigns/Details", new { id, done = "saved" });
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, Guid goalId)
    {
        var goal = await FindAsync(id, goalId);
        if (goal is null)
        {
            return NotFound();
        }
        ModelState.Clear();
        db.ExpectVersion(goal, Form.Version);
        db.CampaignGoals.Remove(goal);
        if (!await db.TrySaveAsync(HttpContext.RequestAborted))
        {
            Conflict = true;
            return Page();
        }
        return RedirectToPage("/Campaigns/Details", new { id, done = "deleted" });
    }

    private async Task<CampaignGoal?> FindAsync(Guid id, Guid goalId)
    {
        var goal = await db.CampaignGoals.FirstOrDefaultAsync(g => g.Id == goalId && g.CampaignId == id, HttpContext.RequestAborted);
        if (goal is null)
        {
            return null;
        }
        Id = id;
        Campaign = await db.Campaigns.Where(c => c.Id == id).Select(c => c.Name).FirstAsync(HttpContext.RequestAborted);
        return goal;
    }
}
