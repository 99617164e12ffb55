using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.PrivateSpace;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Circles.Web.Features.Stories.Mine;

/// <summary>Writing a story: sealed with the author's own key like the journal (SEC-20, SEC-27) until they share it.</summary>
[Authorize(Policy = Policies.Member)]
[EnableRateLimiting(RateLimits.Posting)]
public sealed class NewModel(CirclesDb db, PersonalKeys personalKeys, TimeProvider clock) : PageModel
{
    [BindProperty]
    public StoryForm Form { get; set; } = new();

    public bool KeyClosed { get; private set; }

    public IActionResult OnGet() =>
        personalKeys.IsUnlocked(HttpContext) ? Page() : RedirectToPage("/MySpace/Unlock", new { returnUrl = Request.Path + Request.QueryString });

    public async Task<IActionResult> OnPostAsync()
    {
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
        var story = new Story { AuthorUserId = User.GetUserId()!.Value, Kind = Form.Kind, CreatedAt = now, UpdatedAt = now };
        story.SealedDraft = new StoryDraftContent(Form.Title.Trim(), Form.Text.Trim()).Seal(key, story.Id);
        db.Stories.Add(story);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage("/Stories/Mine/Story", new { id = story.Id });
    }
}
