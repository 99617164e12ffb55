using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Shared;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Wellbeing;

/// <summary>
/// A member's own wellbeing: their trend (chart and table, only ever their own check-ins), the
/// result just saved, whether a check-in is due, and the rhythm at which to offer it.
/// </summary>
[Authorize(Policy = Policies.Member)]
[EnableRateLimiting(RateLimits.Posting)]
public sealed class IndexModel(CirclesDb db, WellbeingOffer offer, PageFrame frame) : PageModel
{
    /// <summary>How many check-ins the chart and table show, newest last.</summary>
    public const int TrendLength = 26;

    public IReadOnlyList<TrendPoint> Trend { get; private set; } = [];
    public WellbeingChart Chart { get; private set; } = new([]);
    public TrendPoint? Saved { get; private set; }
    public bool SavedIsLow { get; private set; }
    public IReadOnlyList<string> CrisisLines { get; private set; } = [];
    public WellbeingOffer.Due? Due { get; private set; }
    public bool RhythmSaved { get; private set; }

    [BindProperty]
    public WellbeingRhythm Rhythm { get; set; }

    public async Task OnGetAsync(string? saved, string? rhythm)
    {
        var userId = User.GetUserId()!.Value;
        var cancellationToken = HttpContext.RequestAborted;
        RhythmSaved = rhythm == "saved";
        Rhythm = await db.Users.Where(u => u.Id == userId).Select(u => u.WellbeingRhythm).FirstAsync(cancellationToken);

        var latest = await db.WellbeingCheckIns
            .Where(c => c.UserId == userId)
            .OrderByDescending(c => c.TakenAt)
            .Take(TrendLength)
            .Select(c => new { c.TakenAt, c.Item1, c.Item2, c.Item3, c.Item4, c.Item5 })
            .ToListAsync(cancellationToken);
        Trend = [.. latest
            .OrderBy(c => c.TakenAt)
            .Select(c => new TrendPoint(c.TakenAt, Who5.Raw(c.Item1, c.Item2, c.Item3, c.Item4, c.Item5)))];
        Chart = new WellbeingChart([.. Trend.Select(t => t.Percentage)]);

        if (saved == "1" && Trend.Count > 0)
        {
            Saved = Trend[^1];
            SavedIsLow = Saved.Raw < Who5.LowWellbeingBelowRaw;
            if (SavedIsLow)
            {
                CrisisLines = (await frame.GetAsync(cancellationToken)).CrisisLines;
            }
        }
        Due = await offer.ForAsync(userId, Rhythm, cancellationToken);
    }

    public async Task<IActionResult> OnPostRhythmAsync()
    {
        if (!Enum.IsDefined(Rhythm))
        {
            return BadRequest();
        }
        var userId = User.GetUserId()!.Value;
        // A preference of the member's own, so no concurrency token: the last choice wins.
        await db.Users.Where(u => u.Id == userId)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.WellbeingRhythm, Rhythm), HttpContext.RequestAborted);
        return RedirectToPage("/Wellbeing/Index", new { rhythm = "saved" });
    }

    /// <summary>Describes the trend for the chart's aria-label, so a screen reader hears the gist at once.</summary>
    public string Summary(Microsoft.Extensions.Localization.IStringLocalizer l) => Trend.Count switch
    {
        0 => l["You have no check-ins yet."],
        1 => l["Your wellbeing was {0}% at your one check-in.", Trend[0].Percentage],
        _ => l["Your wellbeing went from {0}% to {1}% over {2} check-ins.", Trend[0].Percentage, Trend[^1].Percentage, Trend.Count],
    };

    public sealed record TrendPoint(DateTime TakenAt, int Raw)
    {
        public int Percentage => Who5.Percentage(Raw);
    }
}
