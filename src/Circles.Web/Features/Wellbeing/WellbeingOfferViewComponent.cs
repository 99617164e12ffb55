using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Wellbeing;

/// <summary>
/// The small "time for your check-in" card on a member's home page: shown only when their chosen
/// rhythm says a check-in is due, so that nothing appears for "when I choose".
/// </summary>
public sealed class WellbeingOfferViewComponent(CirclesDb db, WellbeingOffer offer) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (UserClaimsPrincipal.GetUserId() is not { } userId)
        {
            return Content("");
        }
        var rhythm = await RhythmOf(db, userId, HttpContext.RequestAborted);
        var due = await offer.ForAsync(userId, rhythm, HttpContext.RequestAborted);
        return due is null ? Content("") : View("/Features/Wellbeing/_OfferCard.cshtml", due);
    }

    // Compiled once (issue 17): every visit to the member home asks.
    private static readonly Func<CirclesDb, Guid, CancellationToken, Task<WellbeingRhythm>> RhythmOf = EF.CompileAsyncQuery(
        (CirclesDb db, Guid userId, CancellationToken cancellationToken) => db.Users.Where(u => u.Id == userId).Select(u => u.WellbeingRhythm).FirstOrDefault());
}
