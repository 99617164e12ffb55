using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Stories.Review;

/// <summary>
/// A coordinator reads the author's latest version, with details that could identify someone
/// marked (<see cref="IdentifyingDetails"/>), and either suggests an edited version with a note
/// (the author then approves that exact text, or not) or publishes it as written — only when the
/// latest version is the author's own (decision 0019). Both are audited without the text (SEC-32)
/// and guarded against a change in between (SEC-43). Drafts, another organization's stories and
/// settled ones are 404; facilitators are refused by the policy (403).
/// </summary>
[Authorize(Policy = Policies.Coordinator)]
[EnableRateLimiting(RateLimits.Posting)]
public sealed class StoryModel(CirclesDb db, StoryTexts texts, AuditLog audit, TimeProvider clock) : PageModel
{
    public Story Story { get; private set; } = null!;

    /// <summary>The author's latest version: what is highlighted.</summary>
    public OpenedVersion AuthorVersion { get; private set; } = null!;

    /// <summary>The newest version of all (the coordinator's own suggestion while it waits for the author).</summary>
    public OpenedVersion Latest { get; private set; } = null!;

    public IReadOnlyList<DetailSpan> Details { get; private set; } = [];

    [BindProperty]
    public SuggestionForm Form { get; set; } = new();

    [BindProperty]
    public Guid StoryVersion { get; set; }

    public bool Conflict { get; private set; }

    /// <summary>Publishing as written is open only while the latest version is the author's own.</summary>
    public bool CanPublishAsWritten => Story.Status == StoryStatus.InReview && Latest.ByAuthor;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await ShowAsync(id))
        {
            return NotFound();
        }
        Form = new SuggestionForm { Title = Latest.Title, Text = Latest.Text, Version = Story.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostSuggestAsync(Guid id)
    {
        if (!await ShowAsync(id))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        db.ExpectVersion(Story, Form.Version);
        var version = texts.NewVersion(Story, Latest.Number + 1, false, User.GetUserId(), Form.Title, Form.Text, Form.Note, now);
        db.StoryVersions.Add(version);
        Story.Status = StoryStatus.AwaitingAuthor;
        Story.UpdatedAt = now;
        audit.Record(Story.OrganizationId, User.GetUserId(), AuditActions.StoryEditSuggested, $"{Story.Id}/v{version.Number}");
        if (!await db.TrySaveAsync(HttpContext.RequestAborted))
        {
            db.ChangeTracker.Clear();
            await ShowAsync(id);
            Conflict = true;
            return Page();
        }
        return RedirectToPage("/Stories/Review/Index");
    }

    public async Task<IActionResult> OnPostPublishAsync(Guid id)
    {
        if (!await ShowAsync(id))
        {
            return NotFound();
        }
        ModelState.Clear();
        if (!CanPublishAsWritten || Story.Version != StoryVersion)
        {
            Form = new SuggestionForm { Title = Latest.Title, Text = Latest.Text, Version = Story.Version };
            Conflict = true;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        db.ExpectVersion(Story, StoryVersion);
        var version = await db.StoryVersions.FirstAsync(v => v.Id == Latest.Id, HttpContext.RequestAborted);
        version.ApprovedAt = now;
        Story.ApprovedVersionId = version.Id;
        Story.Status = StoryStatus.Published;
        Story.PublishedAt = now;
        Story.UpdatedAt = now;
        audit.Record(Story.OrganizationId, User.GetUserId(), AuditActions.StoryPublishedAsWritten, $"{Story.Id}/v{version.Number}");
        if (!await db.TrySaveAsync(HttpContext.RequestAborted))
        {
            db.ChangeTracker.Clear();
            await ShowAsync(id);
            Form = new SuggestionForm { Title = Latest.Title, Text = Latest.Text, Version = Story.Version };
            Conflict = true;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        return RedirectToPage("/Stories/Review/Index");
    }

    private async Task<bool> ShowAsync(Guid id)
    {
        var story = await db.Stories.Reviewable().FirstOrDefaultAsync(s => s.Id == id, HttpContext.RequestAborted);
        if (story is null)
        {
            return false;
        }
        var rows = await db.StoryVersions.Where(v => v.StoryId == id).OrderByDescending(v => v.Number).ToListAsync(HttpContext.RequestAborted);
        if (rows.Count == 0 || rows.FirstOrDefault(v => v.ByAuthor) is not { } authorRow)
        {
            return false;
        }
        Story = story;
        Latest = texts.Open(rows[0]);
        AuthorVersion = rows[0].Id == authorRow.Id ? Latest : texts.Open(authorRow);
        Details = IdentifyingDetails.Find(AuthorVersion.Text);
        StoryVersion = story.Version;
        return true;
    }
}
