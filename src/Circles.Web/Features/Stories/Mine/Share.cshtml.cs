using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Groups;
using Circles.Web.Features.PrivateSpace;
using Circles.Web.Features.Shared;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Stories.Mine;

/// <summary>
/// Who may read one's story, how one is named and until when. Anything beyond "only me" goes to
/// review as a new version made from the draft (encrypted with the server's key, SEC-27): nothing
/// is shown until the author approves an exact version. Narrowing to "only me" withdraws it;
/// changing the audience or naming of a published story sends it back to review; only moving the
/// end date keeps it shown.
/// </summary>
[Authorize(Policy = Policies.Member)]
[EnableRateLimiting(RateLimits.Posting)]
public sealed class ShareModel(
    CirclesDb db, IAuthorizationService authorization, PersonalKeys personalKeys, StoryTexts texts,
    TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public sealed record GroupChoice(Guid Id, string Name);

    [BindProperty]
    public ShareForm Form { get; set; } = new();

    public Guid Id { get; private set; }
    public IReadOnlyList<GroupChoice> Groups { get; private set; } = [];
    public DateOnly Today { get; private set; }
    public bool Conflict { get; private set; }
    public bool KeyClosed { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is not { } story)
        {
            return NotFound();
        }
        if (!personalKeys.IsUnlocked(HttpContext))
        {
            return RedirectToPage("/MySpace/Unlock", new { returnUrl = Request.Path + Request.QueryString });
        }
        await PrepareAsync(id);
        Form = new ShareForm
        {
            Audience = story.Status == StoryStatus.Withdrawn ? StoryAudience.OnlyMe : story.Audience,
            GroupId = story.GroupId,
            Naming = story.Naming,
            ConsentEndsOn = story.ConsentEndsOn is { } end && end >= Today ? end : null,
            Version = story.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id) is not { } story)
        {
            return NotFound();
        }
        await PrepareAsync(id);
        if (Form.Audience == StoryAudience.Group && !Groups.Any(g => g.Id == Form.GroupId))
        {
            ModelState.AddModelError("Form.GroupId", l["Choose one of your groups."]);
        }
        if (Form.Audience == StoryAudience.Public && Form.Naming == StoryNaming.Pseudonym)
        {
            ModelState.AddModelError("Form.Naming", l["On the public pages a story shows only the first letter of your name, or no name."]);
        }
        if (Form.ConsentEndsOn is { } end && end < Today)
        {
            ModelState.AddModelError("Form.ConsentEndsOn", l["Choose today or a later day."]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        db.ExpectVersion(story, Form.Version);
        var groupId = Form.Audience == StoryAudience.Group ? Form.GroupId : null;
        var sameConsent = story.Audience == Form.Audience && story.GroupId == groupId && story.Naming == Form.Naming;
        if (Form.Audience == StoryAudience.OnlyMe)
        {
            // Narrowing to "only me" is withdrawing.
            if (StoryWords.CanWithdraw(story))
            {
                story.Status = StoryStatus.Withdrawn;
                story.WithdrawnAt = now;
            }
        }
        else if (!(story.Status == StoryStatus.Published && sameConsent))
        {
            if (personalKeys.CurrentKey(HttpContext) is not { } key)
            {
                KeyClosed = true;
                return Page();
            }
            var draft = StoryDraftContent.TryOpen(key, story, out var unreadable);
            if (draft is null)
            {
                var latest = await db.StoryVersions.Where(v => v.StoryId == id).OrderByDescending(v => v.Number).FirstOrDefaultAsync(HttpContext.RequestAborted);
                if (unreadable || latest is null)
                {
                    ModelState.AddModelError("Form.Audience", l["There is no text to share yet. Write it first."]);
                    return Page();
                }
                var opened = texts.Open(latest);
                draft = new StoryDraftContent(opened.Title, opened.Text);
            }
            var number = await db.StoryVersions.Where(v => v.StoryId == id).MaxAsync(v => (int?)v.Number, HttpContext.RequestAborted) ?? 0;
            db.StoryVersions.Add(texts.NewVersion(story, number + 1, true, story.AuthorUserId, draft.Title, draft.Text, null, now));
            story.Status = StoryStatus.InReview;
            story.WithdrawnAt = null;
        }
        story.Audience = Form.Audience;
        story.GroupId = groupId;
        story.Naming = Form.Naming;
        story.ConsentEndsOn = Form.ConsentEndsOn;
        story.UpdatedAt = now;
        if (!await db.TrySaveAsync(HttpContext.RequestAborted))
        {
            Conflict = true;
            return Page();
        }
        return RedirectToPage("/Stories/Mine/Story", new { id });
    }

    private async Task PrepareAsync(Guid id)
    {
        Id = id;
        Today = clock.UtcToday();
        var me = User.GetUserId()!.Value;
        var rows = await db.SupportGroups
            .Where(g => db.GroupMemberships.Any(m => m.GroupId == g.Id && m.UserId == me && m.Status == MembershipStatus.Active))
            .OrderBy(g => g.Name)
            .Select(g => new { g.Id, g.Name })
            .ToListAsync(HttpContext.RequestAborted);
        Groups = [.. rows.Select(g => new GroupChoice(g.Id, g.Name))];
    }

    private async Task<Story?> LoadAsync(Guid id)
    {
        var story = await db.Stories.FirstOrDefaultAsync(s => s.Id == id, HttpContext.RequestAborted);
        return story is not null && (await authorization.AuthorizeAsync(User, story, new OwnStory())).Succeeded ? story : null;
    }
}
