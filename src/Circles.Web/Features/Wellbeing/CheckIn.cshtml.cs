using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Wellbeing;

/// <summary>
/// The WHO-5 Well-Being Index, exactly as published: five items, six answers each. All five are
/// needed for a score; a missing one is named and the answers already chosen are kept.
/// </summary>
[Authorize(Policy = Policies.Member)]
[EnableRateLimiting(RateLimits.Posting)]
public sealed class CheckInModel(CirclesDb db, TimeProvider clock, WellbeingOffer offer, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty] public int? Item1 { get; set; }
    [BindProperty] public int? Item2 { get; set; }
    [BindProperty] public int? Item3 { get; set; }
    [BindProperty] public int? Item4 { get; set; }
    [BindProperty] public int? Item5 { get; set; }

    /// <summary>The session this check-in follows, when it was offered after one; ignored unless the member was there.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? AfterSession { get; set; }

    public int? Answer(int index) => index switch
    {
        0 => Item1,
        1 => Item2,
        2 => Item3,
        3 => Item4,
        4 => Item5,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    public static string FieldName(int index) => "Item" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        for (var i = 0; i < Who5.ItemCount; i++)
        {
            // Binding errors (a value that is not a number) are replaced by the one plain message.
            ModelState.Remove(FieldName(i));
            if (Answer(i) is not (>= Who5.MinItem and <= Who5.MaxItem))
            {
                ModelState.AddModelError(FieldName(i), l["Please choose an answer for statement {0}.", i + 1]);
            }
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var userId = User.GetUserId()!.Value;
        Guid? afterSession = AfterSession is { } sessionId && await offer.AttendedAsync(userId, sessionId, HttpContext.RequestAborted)
            ? sessionId
            : null;
        db.WellbeingCheckIns.Add(new WellbeingCheckIn
        {
            UserId = userId,
            TakenAt = clock.GetUtcNow().UtcDateTime,
            Item1 = Item1!.Value,
            Item2 = Item2!.Value,
            Item3 = Item3!.Value,
            Item4 = Item4!.Value,
            Item5 = Item5!.Value,
            AfterSessionId = afterSession,
        });
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage("/Wellbeing/Index", new { saved = "1" });
    }
}
