using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Groups;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Circles.Web.Features.Shared;

namespace Circles.Web.Features.Volunteering.People;

/// <summary>
/// One volunteer, facilitator or peer supporter: their requirements (a coordinator records a
/// completion) and their assignments (a coordinator assigns or ends one). Assigning someone to a
/// group makes them its co-facilitator, through the requirement gate. Anyone else, or another
/// organization's person, is not found.
/// </summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class DetailsModel(
    CirclesDb db, RequirementBoard board, RequirementGate gate, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    /// <summary>The roles whose people this page is about.</summary>
    public static readonly IReadOnlyList<string> PeopleRoles = [Roles.Volunteer, Roles.Facilitator, Roles.PeerSupporter];

    public sealed class CompletionForm
    {
        public Guid RequirementTypeId { get; set; }
        public DateOnly? CompletedOn { get; set; }
    }

    public sealed class AssignForm
    {
        public string? Target { get; set; }
        public DateOnly? StartsOn { get; set; }
        public DateOnly? EndsOn { get; set; }
    }

    [BindProperty]
    public CompletionForm Completion { get; set; } = new();

    [BindProperty]
    public AssignForm Assign { get; set; } = new();

    public Guid Id { get; private set; }
    public string UserName { get; private set; } = "";
    public IReadOnlyList<string> PersonRoles { get; private set; } = [];
    public IReadOnlyList<RequirementBoard.Row> Requirements { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> RequirementChoices { get; private set; } = [];
    public IReadOnlyList<AssignmentView> Assignments { get; private set; } = [];
    public IReadOnlyList<AssignmentTargets.Target> TargetChoices { get; private set; } = [];
    public DateOnly Today { get; private set; }

    /// <summary>What was just done: "recorded", "assigned" or "ended".</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Completion.CompletedOn = Today;
        Assign.StartsOn = Today;
        return Page();
    }

    public async Task<IActionResult> OnPostCompleteAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        ModelState.Clear();
        if (!RequirementChoices.Any(c => c.Id == Completion.RequirementTypeId))
        {
            ModelState.AddModelError("Completion.RequirementTypeId", l["Choose a requirement from the list."]);
        }
        if (Completion.CompletedOn is not { } completedOn)
        {
            ModelState.AddModelError("Completion.CompletedOn", l["Give the date it was completed."]);
        }
        else if (completedOn > Today)
        {
            ModelState.AddModelError("Completion.CompletedOn", l["The date cannot be in the future."]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var me = User.GetUserId()!.Value;
        db.RequirementCompletions.Add(new RequirementCompletion
        {
            RequirementTypeId = Completion.RequirementTypeId,
            UserId = id,
            CompletedOn = Completion.CompletedOn!.Value,
            RecordedByUserId = me,
            RecordedAt = clock.GetUtcNow().UtcDateTime,
        });
        audit.Record(db.CurrentOrganizationId, me, AuditActions.RequirementRecorded, $"{id}:{Completion.RequirementTypeId}");
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage(new { id, done = "recorded" });
    }

    public async Task<IActionResult> OnPostAssignAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        ModelState.Clear();
        var target = AssignmentTargets.TryParse(Assign.Target, out var kind, out var targetId)
            ? TargetChoices.FirstOrDefault(t => t.Kind == kind && t.Id == targetId)
            : null;
        if (target is null)
        {
            ModelState.AddModelError("Assign.Target", l["Choose what to assign them to from the list."]);
        }
        if (Assign.StartsOn is null)
        {
            ModelState.AddModelError("Assign.StartsOn", l["Give the date it starts."]);
        }
        else if (Assign.EndsOn is { } endsOn && endsOn < Assign.StartsOn)
        {
            ModelState.AddModelError("Assign.EndsOn", l["The end date cannot be before the start date."]);
        }
        if (target?.Kind == AssignmentKind.Group)
        {
            if (!PersonRoles.Contains(Roles.Facilitator))
            {
                ModelState.AddModelError("Assign.Target", l["Only facilitators co-facilitate a group: give them the Facilitator role first (People and roles)."]);
            }
            else
            {
                await gate.CheckAsync([id], ModelState, "Assign.Target", l, HttpContext.RequestAborted);
            }
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var me = User.GetUserId()!.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        db.Assignments.Add(new Assignment
        {
            UserId = id,
            Kind = target!.Kind,
            TargetId = target.Id,
            StartsOn = Assign.StartsOn!.Value,
            EndsOn = Assign.EndsOn,
            AssignedByUserId = me,
            CreatedAt = now,
        });
        switch (target.Kind)
        {
            case AssignmentKind.Group when !await db.GroupFacilitators.AnyAsync(f => f.GroupId == target.Id && f.UserId == id, HttpContext.RequestAborted):
                db.GroupFacilitators.Add(new GroupFacilitator { GroupId = target.Id, UserId = id });
                break;
            case AssignmentKind.CampaignTask:
                var task = await db.CampaignTasks.FirstAsync(t => t.Id == target.Id, HttpContext.RequestAborted);
                task.OwnerUserId = id;
                task.OwnerPartnerId = null;
                break;
        }
        audit.Record(db.CurrentOrganizationId, me, AuditActions.AssignmentMade, $"{id}:{target.Kind}:{target.Id}");
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage(new { id, done = "assigned" });
    }

    /// <summary>Ends an assignment; ending a group's also takes them off its facilitators. Hours logged against it stay.</summary>
    public async Task<IActionResult> OnPostEndAsync(Guid id, Guid assignmentId)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        var assignment = await db.Assignments.FirstOrDefaultAsync(a => a.Id == assignmentId && a.UserId == id, HttpContext.RequestAborted);
        if (assignment is null)
        {
            return NotFound();
        }
        if (assignment.EndedAt is null)
        {
            var me = User.GetUserId()!.Value;
            assignment.EndedAt = clock.GetUtcNow().UtcDateTime;
            if (assignment.Kind == AssignmentKind.Group
                && !await db.Assignments.AnyAsync(a => a.Id != assignment.Id && a.UserId == id && a.Kind == AssignmentKind.Group && a.TargetId == assignment.TargetId && a.EndedAt == null, HttpContext.RequestAborted))
            {
                db.GroupFacilitators.RemoveRange(db.GroupFacilitators.Where(f => f.GroupId == assignment.TargetId && f.UserId == id));
            }
            audit.Record(db.CurrentOrganizationId, me, AuditActions.AssignmentEnded, $"{id}:{assignment.Id}");
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }
        return RedirectToPage(new { id, done = "ended" });
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var person = await db.Users.Where(u => u.Id == id && u.ClosedAt == null).Select(u => new { u.Id, u.UserName }).FirstOrDefaultAsync(HttpContext.RequestAborted);
        if (person is null)
        {
            return false;
        }
        string[] peopleRoles = [.. PeopleRoles];
        PersonRoles = await db.UserRoles.Where(ur => ur.UserId == id)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!)
            .ToListAsync(HttpContext.RequestAborted);
        if (!PersonRoles.Any(peopleRoles.Contains))
        {
            return false;
        }
        Id = id;
        UserName = person.UserName ?? "";
        Today = clock.UtcToday();
        Requirements = await board.ForRoleHoldersAsync([id], HttpContext.RequestAborted);
        RequirementChoices = [.. (await db.RequirementTypes.OrderBy(t => t.Name).Select(t => new { t.Id, t.Name }).ToListAsync(HttpContext.RequestAborted))
            .Select(t => (t.Id, t.Name))];
        Assignments = await AssignmentView.LoadAsync(db, db.Assignments.Where(a => a.UserId == id), HttpContext.RequestAborted);
        TargetChoices = await AssignmentTargets.ChoicesAsync(db, Today, HttpContext.RequestAborted);
        return true;
    }
}
