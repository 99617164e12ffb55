using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.PrivateSpace;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Stories.Mine;

/// <summary>
/// Changing one's own draft. What others read is unchanged until the author shares again (a new
/// version goes to review); a change made in another window is detected and nothing typed is lost (SEC-43).
/// </summary>
[Authorize(Policy = Policies.Member)]
[EnableRateLimiting(RateLimits.Posting)]
public sealed class EditModel(CirclesDb db, IAuthorizationService authorization, PersonalKeys personalKeys, StoryTexts texts, TimeProvider clock) : PageModel
{
    [BindProperty]
    public StoryForm Form { get; set; } = new();

    public Guid Id { get; private set; }
    public bool Conflict { get; private set; }
    public bool KeyClosed { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is not { } story)
        {
            return NotFound();
        }
        if (personalKeys.CurrentKey(HttpContext) is not { } key)
        {
            return RedirectToPage("/MySpace/Unlock", new { returnUrl = Request.Path + Request.QueryString });
        }
        var draft = StoryDraftContent.TryOpen(key, story, out var unreadable);
        if (unreadable)
        {
            return RedirectToPage("/Stories/Mine/Story", new { id });
        }
        if (draft is null && await db.StoryVersions.Where(v => v.StoryId == id).OrderByDescending(v => v.Number).FirstOrDefaultAsync(HttpContext.RequestAborted) is { } latest)
        {
            var opened = texts.Open(latest);
            draft = new StoryDraftContent(opened.Title, opened.Text);
        }
        Id = id;
        Form = new StoryForm { Kind = story.Kind, Title = draft?.Title ?? "", Text = draft?.Text ?? "", Version = story.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id) is not { } story)
        {
            return NotFound();
        }
        Id = id;
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (personalKeys.CurrentKey(HttpContext) is not { } key)
        {
            KeyClosed = true;
            return Page();
        }
        db.ExpectVersion(story, Form.Version);
        story.Kind = Form.Kind;
        story.SealedDraft = new StoryDraftContent(Form.Title.Trim(), Form.Text.Trim()).Seal(key, story.Id);
        story.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        if (!await db.TrySaveAsync(HttpContext.RequestAborted))
        {
            Conflict = true;
            return Page();
        }
        return RedirectToPage("/Stories/Mine/Story", new { id });
    }

    private async Task<Story?> LoadAsync(Guid id)
    {
        var story = await db.Stories.FirstOrDefaultAsync(s => s.Id == id, HttpContext.RequestAborted);
        return story is not null && (await authorization.AuthorizeAsync(User, story, new OwnStory())).Succeeded ? story : null;
    }
}
