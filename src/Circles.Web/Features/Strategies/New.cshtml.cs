using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Directory.Peers;
using Circles.Web.Features.Shared;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Strategies;

/// <summary>Share a strategy: it waits for a coordinator's check, and other members never see who shared it.</summary>
[Authorize(Policy = Policies.Member)]
[EnableRateLimiting(RateLimits.Posting)]
public sealed class NewModel(CirclesDb db, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public StrategyForm Form { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Form.Tags.Any(tag => !CopingTags.All.Contains(tag)))
        {
            ModelState.AddModelError("Form.Tags", l["Choose topics from the list."]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        db.CopingStrategies.Add(new CopingStrategy
        {
            AuthorUserId = User.GetUserId()!.Value,
            Title = Form.Title!.Trim(),
            Text = Form.Text!.Trim(),
            // Kept in the library's order, whatever order the form sent them in.
            Tags = string.Join(',', CopingTags.All.Where(Form.Tags.Contains)),
            Language = WebSetup.SupportedCultures.Contains(language) ? language : null,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage("/Me/Strategies", new { done = "shared" });
    }

    public sealed class StrategyForm
    {
        [Required(ErrorMessage = "Give it a short title.")]
        [StringLength(120, ErrorMessage = "Use at most 120 characters.")]
        [Display(Name = "Title")]
        public string? Title { get; set; }

        [Required(ErrorMessage = "Describe what you do.")]
        [StringLength(1000, ErrorMessage = "Use at most 1000 characters.")]
        [Display(Name = "What you do, step by step")]
        public string? Text { get; set; }

        [Display(Name = "Topics")]
        public List<string> Tags { get; set; } = [];
    }
}
