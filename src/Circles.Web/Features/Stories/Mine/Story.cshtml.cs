using Circles.Web.Accounts;
using Circles.Web.Data;
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
/// One's own story: the draft, where it stands, every version kept, and — when a coordinator
/// suggested a version — that exact text, what changed and their note, to approve or answer with
/// a version of one's own. Approving names the version and the story's version token: a stale or
/// another version is refused (SEC-43). Withdrawing is one button, always allowed.
/// </summary>
[Authorize(Policy = Policies.Member)]
[EnableRateLimiting(RateLimits.Posting)]
public sealed class StoryModel(
    CirclesDb db, IAuthorizationService authorization, PersonalKeys personalKeys, StoryTexts texts,
    TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public Story Story { get; private set; } = null!;
    public StoryDraftContent? Draft { get; private set; }
    public bool DraftUnreadable { get; private set; }
    public string? GroupName { get; private set; }
    public DateOnly Today { get; private set; }

    /// <summary>Every version, newest first.</summary>
    public IReadOnlyList<OpenedVersion> Versions { get; private set; } = [];

    /// <summary>The version a coordinator suggested, when one waits for the author.</summary>
    public OpenedVersion? Suggested { get; private set; }

    /// <summary>What changed from the author's last version to the suggestion (null when too long to compare).</summary>
    public IReadOnlyList<(string Text, DiffChange Change)>? Changes { get; private set; }

    [BindProperty]
    public Guid VersionId { get; set; }

    [BindProperty]
    public Guid StoryVersion { get; set; }

    [BindProperty]
    public StoryForm Reply { get; set; } = new();

    /// <summary>The approval named a version that is no longer the one waiting (or the story moved on).</summary>
    public bool ApprovalRefused { get; private set; }

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
        await ShowAsync(story, key);
        return Page();
    }

    public async Task<IActionResult> OnPostApproveAsync(Guid id)
    {
        if (await LoadAsync(id) is not { } story)
        {
            return NotFound();
        }
        var latest = await db.StoryVersions.Where(v => v.StoryId == id).OrderByDescending(v => v.Number).FirstOrDefaultAsync(HttpContext.RequestAborted);
        if (story.Status != StoryStatus.AwaitingAuthor || latest is null || latest.ByAuthor || latest.Id != VersionId || story.Version != StoryVersion)
        {
            return await RefuseAsync(story);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        db.ExpectVersion(story, StoryVersion);
        latest.ApprovedAt = now;
        story.ApprovedVersionId = latest.Id;
        story.Status = StoryStatus.Published;
        story.PublishedAt = now;
        story.WithdrawnAt = null;
        story.UpdatedAt = now;
        // The approved words become the author's working text too, so a later change starts from them.
        if (personalKeys.CurrentKey(HttpContext) is { } key)
        {
            var approved = texts.Open(latest);
            story.SealedDraft = new StoryDraftContent(approved.Title, approved.Text).Seal(key, story.Id);
        }
        if (!await db.TrySaveAsync(HttpContext.RequestAborted))
        {
            db.ChangeTracker.Clear();
            return await RefuseAsync((await LoadAsync(id))!);
        }
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostReplyAsync(Guid id)
    {
        if (await LoadAsync(id) is not { } story)
        {
            return NotFound();
        }
        if (personalKeys.CurrentKey(HttpContext) is not { } key)
        {
            return RedirectToPage("/MySpace/Unlock", new { returnUrl = Url.Page("/Stories/Mine/Story", new { id }) });
        }
        if (!ModelState.IsValid || story.Status != StoryStatus.AwaitingAuthor)
        {
            if (story.Status != StoryStatus.AwaitingAuthor)
            {
                ModelState.AddModelError("Reply.Text", l["Nothing waits for your answer now."]);
            }
            await ShowAsync(story, key, keepReply: true);
            return Page();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var number = await db.StoryVersions.Where(v => v.StoryId == id).MaxAsync(v => (int?)v.Number, HttpContext.RequestAborted) ?? 0;
        db.ExpectVersion(story, Reply.Version);
        db.StoryVersions.Add(texts.NewVersion(story, number + 1, true, story.AuthorUserId, Reply.Title, Reply.Text, null, now));
        story.SealedDraft = new StoryDraftContent(Reply.Title.Trim(), Reply.Text.Trim()).Seal(key, story.Id);
        story.Status = StoryStatus.InReview;
        story.UpdatedAt = now;
        if (!await db.TrySaveAsync(HttpContext.RequestAborted))
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError("Reply.Text", l["The story changed in the meantime. Your text is kept below; look at the new version, then send yours again."]);
            await ShowAsync((await LoadAsync(id))!, key, keepReply: true);
            return Page();
        }
        return RedirectToPage(new { id });
    }

    /// <summary>One step, at any time: from the next request no audience sees it. The draft stays the author's.</summary>
    public async Task<IActionResult> OnPostWithdrawAsync(Guid id)
    {
        if (await LoadAsync(id) is not { } story)
        {
            return NotFound();
        }
        if (StoryWords.CanWithdraw(story))
        {
            var now = clock.GetUtcNow().UtcDateTime;
            story.Status = StoryStatus.Withdrawn;
            story.WithdrawnAt = now;
            story.UpdatedAt = now;
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> RefuseAsync(Story story)
    {
        if (personalKeys.CurrentKey(HttpContext) is not { } key)
        {
            return RedirectToPage("/MySpace/Unlock", new { returnUrl = Url.Page("/Stories/Mine/Story", new { id = story.Id }) });
        }
        ApprovalRefused = true;
        Response.StatusCode = StatusCodes.Status409Conflict;
        await ShowAsync(story, key);
        return Page();
    }

    private async Task ShowAsync(Story story, byte[] key, bool keepReply = false)
    {
        Story = story;
        Today = clock.UtcToday();
        Draft = StoryDraftContent.TryOpen(key, story, out var unreadable);
        DraftUnreadable = unreadable;
        GroupName = story.GroupId is { } groupId
            ? await db.SupportGroups.Where(g => g.Id == groupId).Select(g => g.Name).FirstOrDefaultAsync(HttpContext.RequestAborted)
            : null;
        var rows = await db.StoryVersions.Where(v => v.StoryId == story.Id).OrderByDescending(v => v.Number).ToListAsync(HttpContext.RequestAborted);
        Versions = [.. rows.Select(texts.Open)];
        if (story.Status == StoryStatus.AwaitingAuthor && Versions.Count > 0 && Versions[0] is { ByAuthor: false } suggested)
        {
            Suggested = suggested;
            if (Versions.FirstOrDefault(v => v.ByAuthor) is { } before)
            {
                Changes = WordDiff.Compare(before.Text, suggested.Text);
            }
            if (!keepReply)
            {
                Reply = new StoryForm { Kind = story.Kind, Title = suggested.Title, Text = suggested.Text, Version = story.Version };
            }
        }
        VersionId = Suggested?.Id ?? Guid.Empty;
        StoryVersion = story.Version;
        if (keepReply)
        {
            Reply.Version = story.Version;
        }
    }

    private async Task<Story?> LoadAsync(Guid id)
    {
        var story = await db.Stories.FirstOrDefaultAsync(s => s.Id == id, HttpContext.RequestAborted);
        return story is not null && (await authorization.AuthorizeAsync(User, story, new OwnStory())).Succeeded ? story : null;
    }
}
