using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Peers;

/// <summary>
/// A peer supporter's own profile: languages, availability, capacity, topics and what they choose
/// to say about themselves; and a one-click pause that keeps the people they already support.
/// A concurrent edit is detected (SEC-43).
/// </summary>
[Authorize(Policy = Policies.PeerSupporter)]
public sealed class ProfileModel(CirclesDb db, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public PeerProfileForm Form { get; set; } = new();

    /// <summary>Null when no coordinator has marked their training done yet.</summary>
    public PeerSupporterProfile? Profile { get; private set; }
    public IReadOnlyList<(Guid Id, string Name)> Communities { get; private set; } = [];
    public bool Conflict { get; private set; }
    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool saved = false)
    {
        await LoadAsync();
        if (Profile is not null)
        {
            Form = PeerProfileForm.From(Profile);
        }
        Saved = saved;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (Profile is null)
        {
            return NotFound();
        }
        Form.Languages = [.. Form.Languages.Where(PeerProfileForm.LanguageChoices.Contains).Distinct()];
        if (Form.Languages.Count == 0)
        {
            ModelState.AddModelError("Form.Languages", l["Choose at least one language."]);
        }
        if (Form.CommunityId is { } communityId && Communities.All(c => c.Id != communityId))
        {
            ModelState.AddModelError("Form.CommunityId", l["Choose a community from the list."]);
        }
        if (!Enum.IsDefined(Form.Gender))
        {
            ModelState.AddModelError("Form.Gender", l["Choose one of the options."]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        db.ExpectVersion(Profile, Form.Version);
        Form.ApplyTo(Profile);
        Profile.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        if (!await db.TrySaveAsync(HttpContext.RequestAborted))
        {
            Conflict = true;
            return Page();
        }
        return RedirectToPage("/Peers/Profile", new { saved = "true" });
    }

    /// <summary>Stop taking new people; the people they already support stay with them.</summary>
    public Task<IActionResult> OnPostPauseAsync() => SetPausedAsync(paused: true);

    public Task<IActionResult> OnPostResumeAsync() => SetPausedAsync(paused: false);

    private async Task<IActionResult> SetPausedAsync(bool paused)
    {
        await LoadAsync();
        if (Profile is null)
        {
            return NotFound();
        }
        // Pausing twice is harmless, so a second click or an old tab does not need the version check.
        if (Profile.PausedAt is null == paused)
        {
            Profile.PausedAt = paused ? clock.GetUtcNow().UtcDateTime : null;
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }
        return RedirectToPage("/Peers/Profile");
    }

    private async Task LoadAsync()
    {
        var userId = User.GetUserId()!.Value;
        Profile = await db.PeerSupporterProfiles.FirstOrDefaultAsync(p => p.UserId == userId, HttpContext.RequestAborted);
        var communities = await db.Communities.OrderBy(c => c.Name).Select(c => new { c.Id, c.Name }).ToListAsync(HttpContext.RequestAborted);
        Communities = [.. communities.Select(c => (c.Id, c.Name))];
    }
}
