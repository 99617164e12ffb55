using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Stories.Review;

/// <summary>Stories members asked to share, waiting for a coordinator's reading, oldest first. Drafts kept to "only me" never appear (SEC-20).</summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class IndexModel(CirclesDb db, StoryTexts texts) : PageModel
{
    public sealed record Item(Guid Id, StoryKind Kind, StoryAudience Audience, DateTime Since, string Title);

    public IReadOnlyList<Item> Waiting { get; private set; } = [];
    public int WithAuthors { get; private set; }

    public async Task OnGetAsync()
    {
        var rows = await db.Stories.Where(s => s.Status == StoryStatus.InReview)
            .OrderBy(s => s.UpdatedAt).ThenBy(s => s.Id)
            .Select(s => new
            {
                s.Id, s.Kind, s.Audience, s.UpdatedAt,
                Title = db.StoryVersions.Where(v => v.StoryId == s.Id).OrderByDescending(v => v.Number).Select(v => v.ProtectedTitle).FirstOrDefault(),
            })
            .ToListAsync(HttpContext.RequestAborted);
        Waiting = [.. rows.Select(r => new Item(r.Id, r.Kind, r.Audience, r.UpdatedAt, r.Title is null ? "" : texts.OpenTitle(r.Title)))];
        WithAuthors = await db.Stories.CountAsync(s => s.Status == StoryStatus.AwaitingAuthor, HttpContext.RequestAborted);
    }
}
