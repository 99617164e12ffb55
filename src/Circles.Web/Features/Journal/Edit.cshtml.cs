using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.PrivateSpace;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Journal;

/// <summary>Editing one's own entry; a change made in another window is detected and nothing typed is lost (SEC-43).</summary>
[Authorize(Policy = Policies.Member)]
[EnableRateLimiting(RateLimits.Posting)]
public sealed class EditModel(CirclesDb db, IAuthorizationService authorization, PersonalKeys personalKeys, TimeProvider clock) : PageModel
{
    [BindProperty]
    public JournalForm Form { get; set; } = new();

    public Guid Id { get; private set; }
    public ReflectionPrompts.Prompt Suggested { get; private set; } = ReflectionPrompts.All[0];
    public bool Conflict { get; private set; }
    public bool KeyClosed { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var row = await db.JournalEntries.FirstOrDefaultAsync(e => e.Id == id, HttpContext.RequestAborted);
        if (row is null || !(await authorization.AuthorizeAsync(User, row, new OwnJournalEntry())).Succeeded)
        {
            return NotFound();
        }
        if (personalKeys.CurrentKey(HttpContext) is not { } key)
        {
            return RedirectToPage("/MySpace/Unlock", new { returnUrl = Request.Path + Request.QueryString });
        }
        var entry = OpenedEntry.From(row, key);
        if (entry.Unreadable)
        {
            return RedirectToPage("/Journal/Entry", new { id });
        }
        Id = id;
        Suggested = entry.Prompt ?? Suggested;
        Form = new JournalForm { Text = entry.Text ?? "", Mood = entry.Mood, PromptId = entry.Prompt?.Id, Version = row.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var row = await db.JournalEntries.FirstOrDefaultAsync(e => e.Id == id, HttpContext.RequestAborted);
        if (row is null || !(await authorization.AuthorizeAsync(User, row, new OwnJournalEntry())).Succeeded)
        {
            return NotFound();
        }
        Id = id;
        Suggested = ReflectionPrompts.Find(Form.PromptId) ?? Suggested;
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (personalKeys.CurrentKey(HttpContext) is not { } key)
        {
            KeyClosed = true;
            return Page();
        }
        db.ExpectVersion(row, Form.Version);
        Form.SealInto(row, key);
        row.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        if (!await db.TrySaveAsync(HttpContext.RequestAborted))
        {
            Conflict = true;
            return Page();
        }
        return RedirectToPage("/Journal/Entry", new { id });
    }
}
