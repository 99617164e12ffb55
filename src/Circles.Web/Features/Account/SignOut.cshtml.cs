using Circles.Web.Accounts;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Account;

/// <summary>Signing out ends the server-side session too (SEC-16): a copied cookie no longer works.</summary>
[Authorize(Policy = Policies.Account)]
public sealed class SignOutModel(CirclesSignInManager signIn, Data.CirclesDb db, AuditLog audit, TimeProvider clock, Features.PrivateSpace.PersonalKeys personalKeys) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.GetSessionId() is { } sessionId)
        {
            await db.UserSessions.Where(s => s.Id == sessionId && s.EndedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, clock.GetUtcNow().UtcDateTime), HttpContext.RequestAborted);
        }
        if (User.GetOrganizationId() is { } organizationId)
        {
            audit.Record(organizationId, User.GetUserId(), AuditActions.SignedOut);
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }
        await signIn.SignOutAsync();
        personalKeys.ForgetInThisBrowser(HttpContext);
        return RedirectToPage("/Account/SignedOut");
    }
}
