using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Needs;

/// <summary>
/// One of the member's needs: where it stands, each referral in plain words, the "did the help
/// arrive?" question, and consent to share with each service given or withdrawn in one step (SEC-21).
/// Anyone else's need answers 404.
/// </summary>
[Authorize(Policy = Policies.Member)]
public sealed class DetailsModel(
    CirclesDb db, IAuthorizationService authorization, FieldProtector protector, ReferralSteps steps, NeedReferrals needReferrals, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public Need Need { get; private set; } = null!;
    public string? Description { get; private set; }
    public IReadOnlyList<NeedReferrals.Row> Referrals { get; private set; } = [];
    public IReadOnlyList<Guid> Awaiting { get; private set; } = [];

    /// <summary>Addresses of confidential places a coordinator gave on these referrals (<see cref="SharedAddresses"/>).</summary>
    public IReadOnlyDictionary<Guid, SharedAddresses.Given> GivenAddresses { get; private set; } = new Dictionary<Guid, SharedAddresses.Given>();
    public string Status { get; private set; } = "";
    public string? Message { get; private set; }

    public static readonly IReadOnlySet<string> DoneMessages = new HashSet<string>(StringComparer.Ordinal)
    {
        "raised", "answered", "consented", "withdrawn", "closed",
    };

    public async Task<IActionResult> OnGetAsync(Guid id, string? done = null)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        // Only known outcomes: the link cannot put its own words on the page.
        Message = done is not null && DoneMessages.Contains(done) ? l["NeedDone:" + done].Value : null;
        return Page();
    }

    /// <summary>"Did the help arrive?" Yes / Not yet / No. "Yes" on every open referral means the need is met.</summary>
    public async Task<IActionResult> OnPostAnswerAsync(Guid id, Guid referralId, MemberAnswer answer)
    {
        var need = await MineAsync(id);
        var referral = need is null ? null : await db.Referrals.FirstOrDefaultAsync(r => r.Id == referralId && r.NeedId == id, HttpContext.RequestAborted);
        if (need is null || referral is null || !Enum.IsDefined(answer))
        {
            return NotFound();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        referral.MemberSaysHelpArrived = answer;
        referral.MemberAnsweredAt = now;
        if (answer == MemberAnswer.Yes && need.Status is not (NeedStatus.Met or NeedStatus.Closed))
        {
            var others = await db.Referrals.Where(r => r.NeedId == id && r.Id != referralId).ToListAsync(HttpContext.RequestAborted);
            if (others.All(r => r.MemberSaysHelpArrived == MemberAnswer.Yes || r.Status is ReferralStatus.Declined or ReferralStatus.NotSuitable))
            {
                need.Status = NeedStatus.Met;
                need.ClosedAt = now;
            }
        }
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage("/Needs/Details", new { id, done = "answered" });
    }

    /// <summary>The member agrees, in one step, to the consent words shown beside the referral.</summary>
    public async Task<IActionResult> OnPostConsentAsync(Guid id, Guid referralId)
    {
        var need = await MineAsync(id);
        var referral = need is null ? null : await db.Referrals.FirstOrDefaultAsync(r => r.Id == referralId && r.NeedId == id, HttpContext.RequestAborted);
        if (need is null || referral is null || referral.Status is ReferralStatus.Declined or ReferralStatus.NotSuitable)
        {
            return NotFound();
        }
        await steps.ConsentAsync(User.GetOrganizationId()!.Value, need.MemberUserId, referral, need.MemberUserId, HttpContext.RequestAborted);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage("/Needs/Details", new { id, done = "consented" });
    }

    /// <summary>Withdrawal in one step: nothing more is shared with that service.</summary>
    public async Task<IActionResult> OnPostWithdrawAsync(Guid id, Guid consentId)
    {
        var need = await MineAsync(id);
        var consent = need is null ? null : await db.Consents.FirstOrDefaultAsync(
            c => c.Id == consentId && c.MemberUserId == need.MemberUserId && c.WithdrawnAt == null && c.ProtectedOverrideReason == null,
            HttpContext.RequestAborted);
        if (consent is null)
        {
            return NotFound();
        }
        await steps.WithdrawAsync(User.GetOrganizationId()!.Value, consent, need!.MemberUserId, HttpContext.RequestAborted);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage("/Needs/Details", new { id, done = "withdrawn" });
    }

    /// <summary>"I do not need this any more."</summary>
    public async Task<IActionResult> OnPostCloseAsync(Guid id)
    {
        var need = await MineAsync(id);
        if (need is null)
        {
            return NotFound();
        }
        if (need.Status is not (NeedStatus.Met or NeedStatus.Closed))
        {
            need.Status = NeedStatus.Closed;
            need.ClosedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }
        return RedirectToPage("/Needs/Details", new { id, done = "closed" });
    }

    private async Task<Need?> MineAsync(Guid id)
    {
        var need = await db.Needs.FirstOrDefaultAsync(n => n.Id == id, HttpContext.RequestAborted);
        return need is not null && (await authorization.AuthorizeAsync(User, need, new OwnNeed())).Succeeded ? need : null;
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var need = await MineAsync(id);
        if (need is null)
        {
            return false;
        }
        Need = need;
        Description = protector.Unprotect(FieldPurposes.NeedDescription, need.ProtectedDescription);
        Referrals = await needReferrals.ForNeedsAsync([id], HttpContext.RequestAborted);
        GivenAddresses = await SharedAddresses.OnReferralsAsync(db, [.. Referrals.Select(r => r.Id)], HttpContext.RequestAborted);
        var awaiting = await needReferrals.AwaitingAnswerAsync(need.MemberUserId, clock.GetUtcNow().UtcDateTime, HttpContext.RequestAborted);
        Awaiting = [.. awaiting.Where(r => r.NeedId == id).Select(r => r.ReferralId)];
        Status = NeedWords.StatusOf(l, need.Status, [.. Referrals.Select(NeedReferrals.Line)]);
        return true;
    }
}
