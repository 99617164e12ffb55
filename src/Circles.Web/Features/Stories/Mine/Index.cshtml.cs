using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.PrivateSpace;
using Circles.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Stories.Mine;

/// <summary>The member's own stories, newest first, each with where it stands in plain words (SEC-20: theirs only).</summary>
[Authorize(Policy = Policies.Member)]
public sealed class IndexModel(CirclesDb db, PersonalKeys personalKeys, StoryTexts texts, TimeProvider clock) : PageModel
{
    public sealed record Item(Story Story, string Title, string? GroupName);

    public IReadOnlyList<Item> Stories { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (personalKeys.CurrentKey(HttpContext) is not { } key)
        {
            return RedirectToPage("/MySpace/Unlock", new { returnUrl = Request.Path + Request.QueryString });
        }
        var me = User.GetUserId()!.Value;
        Today = clock.UtcToday();
        var rows = await db.Stories.Where(s => s.AuthorUserId == me)
            .OrderByDescending(s => s.UpdatedAt).ThenBy(s => s.Id)
            .Select(s => new
            {
                Story = s,
                LatestTitle = db.StoryVersions.Where(v => v.StoryId == s.Id).OrderByDescending(v => v.Number).Select(v => v.ProtectedTitle).FirstOrDefault(),
                GroupName = db.SupportGroups.Where(g => g.Id == s.GroupId).Select(g => g.Name).FirstOrDefault(),
            })
            .ToListAsync(HttpContext.RequestAborted);
        Stories = [.. rows.Select(r =>
        {
            var draft = StoryDraftContent.TryOpen(key, r.Story, out _);
            var title = draft?.Title ?? (r.LatestTitle is { } t ? texts.OpenTitle(t) : "…");
            return new Item(r.Story, title, r.GroupName);
        })];
        return Page();
    }
}
