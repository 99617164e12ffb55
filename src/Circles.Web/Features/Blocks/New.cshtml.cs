using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Moderation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Blocks;

/// <summary>
/// A member blocks someone: they cannot message the member, neither sees the other's posts, and
/// they are not told (the rule is <see cref="Blocking"/>). Blocking twice is one block; yourself
/// or someone of another organization: 404.
/// </summary>
[Authorize(Policy = Policies.Member)]
public sealed class NewModel(CirclesDb db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public Guid PersonId { get; set; }

    public string Pseudonym { get; private set; } = "";
    public bool IsStaff { get; private set; }
    public bool HasActiveConnection { get; private set; }
    public bool AlreadyBlocked { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        var userId = User.GetUserId()!.Value;
        var person = await PersonAsync(userId, cancellationToken);
        if (person is null)
        {
            return NotFound();
        }
        Pseudonym = person.UserName ?? "";
        var staffRoles = db.Roles.Where(r => r.Name == Roles.Coordinator || r.Name == Roles.Facilitator).Select(r => r.Id);
        IsStaff = await db.UserRoles.AnyAsync(ur => ur.UserId == PersonId && staffRoles.Contains(ur.RoleId), cancellationToken);
        HasActiveConnection = await db.PeerMatches.AnyAsync(
            m => m.Status == Peers.PeerMatchStatus.Active
              && ((m.MemberUserId == userId && m.PeerUserId == PersonId) || (m.PeerUserId == userId && m.MemberUserId == PersonId)),
            cancellationToken);
        AlreadyBlocked = await db.MemberBlocks.AnyAsync(b => b.BlockerUserId == userId && b.BlockedUserId == PersonId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        var userId = User.GetUserId()!.Value;
        if (await PersonAsync(userId, cancellationToken) is null)
        {
            return NotFound();
        }
        if (!await db.MemberBlocks.AnyAsync(b => b.BlockerUserId == userId && b.BlockedUserId == PersonId, cancellationToken))
        {
            db.MemberBlocks.Add(new MemberBlock { BlockerUserId = userId, BlockedUserId = PersonId, CreatedAt = clock.GetUtcNow().UtcDateTime });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // The same block sent twice at once: the unique index kept one, which is what was asked.
            }
        }
        return RedirectToPage("/Me/Blocks", new { done = "blocked" });
    }

    /// <summary>Someone else in this organization (the tenant filter keeps other organizations out).</summary>
    private Task<CirclesUser?> PersonAsync(Guid userId, CancellationToken cancellationToken) =>
        PersonId == userId ? Task.FromResult<CirclesUser?>(null) : db.Users.FirstOrDefaultAsync(u => u.Id == PersonId, cancellationToken);
}
