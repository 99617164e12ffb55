using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Directory.Hsds;
using Circles.Web.Features.Me;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Needs;

/// <summary>
/// A coordinator works on one need: reads it (an audited view, SEC-32), sets its status, refers it
/// to directory services and records each referral's outcome. Sharing anything about the member
/// with a service needs their recorded consent, or an override with a reason that a second
/// coordinator approves (SEC-21). The rules of each step are in <see cref="ReferralSteps"/>.
/// </summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class ManageModel(
    CirclesDb db,
    FieldProtector protector,
    AuditLog audit,
    ReferralSteps steps,
    NeedReferrals needReferrals,
    ServiceSuggestions suggestions,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l) : PageModel
{
    public Need Need { get; private set; } = null!;
    public string Member { get; private set; } = "";
    public string? Description { get; private set; }
    public string? Community { get; private set; }
    public string? RecordedBy { get; private set; }
    public ContactPreferenceView Contact { get; private set; } = ContactPreferenceView.InAppOnly;
    public IReadOnlyList<NeedReferrals.Row> Referrals { get; private set; } = [];
    public IReadOnlyList<HistoryRow> History { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();
    public IReadOnlyDictionary<Guid, string> OverrideReasons { get; private set; } = new Dictionary<Guid, string>();
    public IReadOnlyList<ServiceSuggestions.ServiceChoice> Services { get; private set; } = [];
    public IReadOnlySet<string> ServicesWithConsent { get; private set; } = new HashSet<string>();

    /// <summary>Confidential places of each referred service, whose address may be given to the member on the referral.</summary>
    public ILookup<string, SharedAddresses.Place> ConfidentialPlaces { get; private set; } = Array.Empty<SharedAddresses.Place>().ToLookup(p => "");

    /// <summary>Addresses given on referrals, by referral.</summary>
    public IReadOnlyDictionary<Guid, SharedAddresses.Given> GivenAddresses { get; private set; } = new Dictionary<Guid, SharedAddresses.Given>();
    public string? Query { get; private set; }
    public string? Message { get; private set; }
    public bool Problem { get; private set; }

    [BindProperty]
    public ReferForm Refer { get; set; } = new();

    public sealed record HistoryRow(Guid ReferralId, ReferralStatus Status, DateTime At, Guid? ByUserId, string? Note);

    public sealed class ReferForm
    {
        public string ServiceId { get; set; } = "";

        /// <summary>False by default: the member contacts the service and nothing about them is shared.</summary>
        public bool SharesMemberDetails { get; set; }

        /// <summary>The coordinator heard the member agree to the consent words; recorded as given to them.</summary>
        public bool SpokenConsent { get; set; }
    }

    public static readonly IReadOnlySet<string> DoneMessages = new HashSet<string>(StringComparer.Ordinal)
    {
        "status", "referred", "outcome", "consent", "override", "approved", "address-shared", "address-unshared",
    };

    public async Task<IActionResult> OnGetAsync(Guid id, string? q = null, string? done = null)
    {
        if (!await LoadAsync(id, q))
        {
            return NotFound();
        }
        // SEC-32: who read this need and when; never what it says.
        audit.Record(Need.OrganizationId, User.GetUserId(), AuditActions.NeedViewed, Need.Id.ToString());
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        Message = done is not null && DoneMessages.Contains(done) ? l["ManageDone:" + done].Value : null;
        return Page();
    }

    /// <summary>Sets the need's status, refusing a change made on an outdated page (SEC-43).</summary>
    public async Task<IActionResult> OnPostStatusAsync(Guid id, NeedStatus status, Guid version)
    {
        var need = await db.Needs.FirstOrDefaultAsync(n => n.Id == id, HttpContext.RequestAborted);
        if (need is null || !Enum.IsDefined(status))
        {
            return NotFound();
        }
        db.ExpectVersion(need, version);
        var now = clock.GetUtcNow().UtcDateTime;
        need.Status = status;
        need.TriagedAt ??= now;
        need.ClosedAt = status is NeedStatus.Met or NeedStatus.Closed ? now : null;
        return await SaveAsync(id, "status");
    }

    /// <summary>A new referral; it shares about the member only on their consent (SEC-21), else nothing is created.</summary>
    public async Task<IActionResult> OnPostReferAsync(Guid id)
    {
        var need = await db.Needs.FirstOrDefaultAsync(n => n.Id == id, HttpContext.RequestAborted);
        if (need is null)
        {
            return NotFound();
        }
        var serviceExists = await db.Set<HsdsService>().AnyAsync(s => s.Id == Refer.ServiceId, HttpContext.RequestAborted);
        if (!serviceExists)
        {
            return await ProblemAsync(id, l["Choose a service from the directory."], StatusCodes.Status400BadRequest);
        }
        var referral = await steps.ReferAsync(need, Refer.ServiceId, User.GetUserId()!.Value, Refer.SharesMemberDetails, Refer.SpokenConsent, HttpContext.RequestAborted);
        if (referral is null)
        {
            return await ProblemAsync(id,
                l["Nothing was sent. To share anything about the person, they must agree first: on their page, or tell you so you can record it."],
                StatusCodes.Status400BadRequest);
        }
        return await SaveAsync(id, "referred");
    }

    /// <summary>A dated outcome (and optional note, encrypted) for one referral; an outdated page is refused (SEC-43).</summary>
    public async Task<IActionResult> OnPostOutcomeAsync(Guid id, Guid referralId, ReferralStatus status, string? note, Guid version)
    {
        var referral = await db.Referrals.FirstOrDefaultAsync(r => r.Id == referralId && r.NeedId == id, HttpContext.RequestAborted);
        if (referral is null || !Enum.IsDefined(status))
        {
            return NotFound();
        }
        if (note is { Length: > 2000 })
        {
            return await ProblemAsync(id, l["Use at most 2000 characters."], StatusCodes.Status400BadRequest);
        }
        db.ExpectVersion(referral, version);
        steps.SetStatus(referral, status, User.GetUserId()!.Value, note);
        return await SaveAsync(id, "outcome");
    }

    /// <summary>The member's spoken consent, recorded by the coordinator who heard it (SEC-21).</summary>
    public async Task<IActionResult> OnPostSpokenConsentAsync(Guid id, Guid referralId, bool agreed)
    {
        var (need, referral) = await NeedAndReferralAsync(id, referralId);
        if (need is null || referral is null)
        {
            return NotFound();
        }
        if (!agreed)
        {
            return await ProblemAsync(id, l["Tick the box only when the person told you they agree to these words."], StatusCodes.Status400BadRequest);
        }
        await steps.ConsentAsync(need.OrganizationId, need.MemberUserId, referral, User.GetUserId()!.Value, HttpContext.RequestAborted);
        return await SaveAsync(id, "consent");
    }

    /// <summary>Sharing without consent: needs a reason, and a second coordinator before anything is shared.</summary>
    public async Task<IActionResult> OnPostOverrideAsync(Guid id, Guid referralId, string? reason)
    {
        var (need, referral) = await NeedAndReferralAsync(id, referralId);
        if (need is null || referral is null)
        {
            return NotFound();
        }
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > 2000)
        {
            return await ProblemAsync(id, l["Write why the details must be shared without agreement (at most 2000 characters)."], StatusCodes.Status400BadRequest);
        }
        steps.RequestOverride(need.OrganizationId, need.MemberUserId, referral, User.GetUserId()!.Value, reason);
        return await SaveAsync(id, "override");
    }

    /// <summary>The second coordinator's approval. The one who asked cannot approve their own request.</summary>
    public async Task<IActionResult> OnPostApproveAsync(Guid id, Guid referralId)
    {
        var (need, referral) = await NeedAndReferralAsync(id, referralId);
        var consent = referral?.ConsentId is { } consentId
            ? await db.Consents.FirstOrDefaultAsync(c => c.Id == consentId, HttpContext.RequestAborted)
            : null;
        if (need is null || referral is null || consent is null || !consent.AwaitsApproval)
        {
            return NotFound();
        }
        var userId = User.GetUserId()!.Value;
        if (consent.RecordedByUserId == userId)
        {
            return await ProblemAsync(id, l["Another coordinator must approve this, not the one who asked."], StatusCodes.Status403Forbidden);
        }
        steps.ApproveOverride(need.OrganizationId, consent, referral, userId);
        return await SaveAsync(id, "approved");
    }

    /// <summary>The address of a confidential place, given to the member on this referral only; any other place answers 404.</summary>
    public async Task<IActionResult> OnPostShareAddressAsync(Guid id, Guid referralId, string locationId, Guid version)
    {
        var referral = await db.Referrals.FirstOrDefaultAsync(r => r.Id == referralId && r.NeedId == id, HttpContext.RequestAborted);
        if (referral is null || !await steps.CanShareAddressAsync(referral, locationId ?? "", HttpContext.RequestAborted))
        {
            return NotFound();
        }
        db.ExpectVersion(referral, version);
        steps.ShareAddress(referral, locationId!, User.GetUserId()!.Value);
        return await SaveAsync(id, "address-shared");
    }

    /// <summary>The member no longer sees the address on this referral.</summary>
    public async Task<IActionResult> OnPostUnshareAddressAsync(Guid id, Guid referralId, Guid version)
    {
        var referral = await db.Referrals.FirstOrDefaultAsync(r => r.Id == referralId && r.NeedId == id, HttpContext.RequestAborted);
        if (referral is null || referral.SharedAddressLocationId is null)
        {
            return NotFound();
        }
        db.ExpectVersion(referral, version);
        steps.UnshareAddress(referral, User.GetUserId());
        return await SaveAsync(id, "address-unshared");
    }

    private async Task<(Need? Need, Referral? Referral)> NeedAndReferralAsync(Guid id, Guid referralId)
    {
        var need = await db.Needs.FirstOrDefaultAsync(n => n.Id == id, HttpContext.RequestAborted);
        var referral = need is null ? null : await db.Referrals.FirstOrDefaultAsync(r => r.Id == referralId && r.NeedId == id, HttpContext.RequestAborted);
        return (need, referral);
    }

    private async Task<IActionResult> SaveAsync(Guid id, string done)
    {
        if (!await db.TrySaveAsync(HttpContext.RequestAborted))
        {
            return await ConflictAsync(id);
        }
        return RedirectToPage("/Needs/Manage", new { id, done });
    }

    private async Task<IActionResult> ConflictAsync(Guid id) =>
        await ProblemAsync(id, l["Someone else changed this at the same moment. Please look again and retry."], StatusCodes.Status409Conflict);

    private async Task<IActionResult> ProblemAsync(Guid id, string message, int status)
    {
        db.ChangeTracker.Clear();
        if (!await LoadAsync(id, null))
        {
            return NotFound();
        }
        Message = message;
        Problem = true;
        Response.StatusCode = status;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, string? q)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var need = await db.Needs.AsNoTracking().FirstOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (need is null)
        {
            return false;
        }
        Need = need;
        Description = protector.Unprotect(FieldPurposes.NeedDescription, need.ProtectedDescription);
        Community = need.CommunityId is null ? null
            : await db.Communities.Where(c => c.Id == need.CommunityId).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken);
        var preference = await db.ContactPreferences.FirstOrDefaultAsync(p => p.UserId == need.MemberUserId, cancellationToken);
        Contact = ContactPreferenceView.From(preference, protector).For(need.ContactBy);

        Referrals = await needReferrals.ForNeedsAsync([id], cancellationToken);
        var referralIds = Referrals.Select(r => r.Id).ToList();
        ConfidentialPlaces = await SharedAddresses.ConfidentialPlacesOfAsync(db, [.. Referrals.Select(r => r.ServiceId).Distinct()], cancellationToken);
        GivenAddresses = await SharedAddresses.OnReferralsAsync(db, referralIds, cancellationToken);
        History = [.. (await db.ReferralUpdates.Where(u => referralIds.Contains(u.ReferralId)).OrderBy(u => u.At).ToListAsync(cancellationToken))
            .Select(u => new HistoryRow(u.ReferralId, u.Status, u.At, u.ByUserId, protector.Unprotect(FieldPurposes.ReferralNote, u.ProtectedNote)))];
        var consentIds = Referrals.Where(r => r.Consent is not null).Select(r => r.Consent!.Id).ToList();
        var consents = await db.Consents.Where(c => consentIds.Contains(c.Id)).ToListAsync(cancellationToken);
        OverrideReasons = consents.Where(c => c.IsOverride)
            .ToDictionary(c => c.Id, c => protector.Unprotect(FieldPurposes.ConsentOverrideReason, c.ProtectedOverrideReason) ?? "");

        var people = History.Select(h => h.ByUserId).Concat(consents.Select(c => (Guid?)c.RecordedByUserId))
            .Concat(consents.Select(c => c.OverrideApprovedByUserId))
            .Append(need.MemberUserId).Append(need.RecordedByUserId)
            .OfType<Guid>().Distinct().ToList();
        Names = await db.Users.Where(u => people.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.UserName ?? "", cancellationToken);
        Member = Names.GetValueOrDefault(need.MemberUserId, "");
        RecordedBy = need.RecordedByUserId is { } recorder ? Names.GetValueOrDefault(recorder) : null;

        ServicesWithConsent = (await db.Consents.Where(ConsentRules.IsActive)
            .Where(c => c.MemberUserId == need.MemberUserId && c.Scope == ConsentScope.ShareWithService)
            .Select(c => c.ScopeDetail).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        Query = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        Services = await suggestions.ForAsync(need.Category, Query, cancellationToken);
        return true;
    }
}
