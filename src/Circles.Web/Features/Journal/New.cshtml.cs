using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.PrivateSpace;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Circles.Web.Features.Journal;

/// <summary>Writing a journal entry: sealed with the author's key before it is stored (SEC-27), never logged (SEC-33).</summary>
[Authorize(Policy = Policies.Member)]
[EnableRateLimiting(RateLimits.Posting)]
public sealed class NewModel(CirclesDb db, PersonalKeys personalKeys, TimeProvider clock) : PageModel
{
    [BindProperty]
    public JournalForm Form { get; set; } = new();

    /// <summary>One suggested question, changing by day so it feels fresh without being random per request.</summary>
    public ReflectionPrompts.Prompt Suggested { get; private set; } = ReflectionPrompts.All[0];

    /// <summary>The key closed while writing (the session ended elsewhere): the words are kept below.</summary>
    public bool KeyClosed { get; private set; }

    public IActionResult OnGet([FromQuery(Name = "prompt")] string? prompt)
    {
        if (!personalKeys.IsUnlocked(HttpContext))
        {
            return RedirectToPage("/MySpace/Unlock", new { returnUrl = Request.Path + Request.QueryString });
        }
        Suggest();
        Form.PromptId = ReflectionPrompts.Find(prompt)?.Id;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Suggest();
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (personalKeys.CurrentKey(HttpContext) is not { } key)
        {
            KeyClosed = true;
            return Page();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var entry = new JournalEntry { SealedText = "", UserId = User.GetUserId()!.Value, CreatedAt = now, UpdatedAt = now };
        Form.SealInto(entry, key);
        db.JournalEntries.Add(entry);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage("/Journal/Entry", new { id = entry.Id });
    }

    private void Suggest()
    {
        var day = (int)(clock.GetUtcNow().UtcDateTime.Date - DateTime.UnixEpoch).TotalDays;
        Suggested = ReflectionPrompts.All[day % ReflectionPrompts.All.Count];
    }
}
