using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Stories.Mine;

/// <summary>Deleting one's own story after a confirmation: the story and every version go (by cascade), not hidden.</summary>
[Authorize(Policy = Policies.Member)]
public sealed class DeleteModel(CirclesDb db, IAuthorizationService authorization) : PageModel
{
    public Guid Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is null)
        {
            return NotFound();
        }
        Id = id;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id) is not { } story)
        {
            return NotFound();
        }
        await db.StoryVersions.Where(v => v.StoryId == id).ExecuteDeleteAsync(HttpContext.RequestAborted);
        db.Stories.Remove(story);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage("/Stories/Mine/Index");
    }

    private async Task<Story?> LoadAsync(Guid id)
    {
        var story = await db.Stories.FirstOrDefaultAsync(s => s.Id == id, HttpContext.RequestAborted);
        return story is not null && (await authorization.AuthorizeAsync(User, story, new OwnStory())).Succeeded ? story : null;
    }
}
