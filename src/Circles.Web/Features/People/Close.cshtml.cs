using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.People;

/// <summary>
/// Closing the account of someone who has left (issue 14): a page that says plainly what will
/// happen, then one button. The rules and the work are <see cref="AccountClosure"/>'s. Another
/// organization's id answers 404 (the query filter); only coordinators reach the page.
/// </summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class CloseModel(
    CirclesDb db,
    UserManager<CirclesUser> users,
    AccountClosure closure,
    IStringLocalizer<SharedResource> l) : PageModel
{
    public CirclesUser Person { get; private set; } = null!;
    public IReadOnlyList<string> PersonRoles { get; private set; } = [];
    public string? Problem { get; private set; }
    public bool CanClose { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (!CanClose)
        {
            return Page();
        }
        var refusal = await closure.CloseAsync(Person, User.GetUserId()!.Value, HttpContext.RequestAborted);
        if (refusal != AccountClosure.Refusal.None)
        {
            Problem = Explain(refusal);
            CanClose = false;
            return Page();
        }
        return RedirectToPage("/People/Details", new { id, done = "closed" });
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var person = await db.Users.FirstOrDefaultAsync(u => u.Id == id, HttpContext.RequestAborted);
        if (person is null)
        {
            return false;
        }
        Person = person;
        PersonRoles = [.. await users.GetRolesAsync(person)];
        var refusal = await closure.RefusalAsync(person, PersonRoles, User.GetUserId()!.Value, HttpContext.RequestAborted);
        CanClose = refusal == AccountClosure.Refusal.None;
        Problem = CanClose ? null : Explain(refusal);
        return true;
    }

    private string Explain(AccountClosure.Refusal refusal) => refusal switch
    {
        AccountClosure.Refusal.Yourself => l["You cannot close your own account. Ask another coordinator."],
        AccountClosure.Refusal.OnlyMember => l["This is a member's account. Members can delete their own account; closing is for people who work or volunteer here."],
        AccountClosure.Refusal.LastCoordinator => l["This is the only coordinator. Give the coordinator role to someone else first."],
        AccountClosure.Refusal.AlreadyClosed => l["This account is already closed."],
        _ => l["Someone else changed this account in the meantime. Nothing was closed. Look at the page again and try once more."],
    };
}
