using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Directory;
using Circles.Web.Features.Directory.Gaps;
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
/// coordinator approves (SEC-21). Handlers are split over the Manage*.cs files.
/// </summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed partial class ManageModel(
    CirclesDb db,
    FieldProtector protector,
    AuditLog audit,
    ReferralSteps steps,
    DirectorySearch search,
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
    public IReadOnlyList<ServiceChoice> Services { get; private set; } = [];
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

    public sealed record ServiceChoice(string Id, string Name, IntakeStatus Intake, DateTime? IntakeConfirmedAt, bool Verified);

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
        if (need.Version != version)
        {
            return await ConflictAsync(id);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        need.Status = status;
        need.TriagedAt ??= now;
        need.ClosedAt = status is NeedStatus.Met or NeedStatus.Closed ? now : null;
        need.Version = Guid.NewGuid();
        return await SaveAsync(id, "status");
    }

    private async Task<IActionResult> SaveAsync(Guid id, string done)
    {
        try
        {
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await ConflictAsync(id);
        }
        return Redirect($"/needs/{id}/manage?done={done}");
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
        // Only the channels chosen for this need; the number only when a phone channel is among them (SEC-7).
        var saved = ContactPreferenceView.From(preference, protector);
        var phoneChosen = need.ContactBy.HasFlag(ContactChannels.PhoneCall) || need.ContactBy.HasFlag(ContactChannels.TextMessage);
        Contact = new ContactPreferenceView(need.ContactBy, phoneChosen ? saved.Phone : null, saved.SafeTimeWindow, saved.CodeWord);

        Referrals = await NeedReferrals.ForNeedsAsync(db, [id], cancellationToken);
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
        Services = await ServiceChoicesAsync(cancellationToken);
        return true;
    }

    /// <summary>Services to refer to: the search results, or without a search those that meet this kind of need.</summary>
    private async Task<IReadOnlyList<ServiceChoice>> ServiceChoicesAsync(CancellationToken cancellationToken)
    {
        List<string> ids;
        if (Query is not null)
        {
            // Ordered here, not in SQL: a ServiceMatch built by its constructor cannot be ordered by
            // the database; a charity's directory is small enough to rank its matches in memory.
            var matches = await search.Matching(Query).Take(500).ToListAsync(cancellationToken);
            ids = [.. matches.OrderByDescending(m => m.Rank).Select(m => m.ServiceId).Take(20)];
        }
        else
        {
            var categories = await ServiceCategories.OfAsync(db, null, cancellationToken);
            ids = [.. categories.Where(c => ServiceCategories.Meets(c.Value, Need.Category)).Select(c => c.Key)];
        }
        var services = await db.Set<HsdsService>().Where(s => ids.Contains(s.Id))
            .Select(s => new { s.Id, s.Name, s.Status }).ToListAsync(cancellationToken);
        var facts = await db.ServiceFacts.Where(f => ids.Contains(f.ServiceId)).ToDictionaryAsync(f => f.ServiceId, cancellationToken);
        var months = await db.Organizations.Select(o => o.ReverifyServicesAfterMonths).FirstAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        return [.. services
            .Where(s => s.Status is null || s.Status == "active")
            .Select(s =>
            {
                var fact = facts.GetValueOrDefault(s.Id);
                return new ServiceChoice(s.Id, s.Name ?? s.Id, fact?.Intake ?? IntakeStatus.Unknown, fact?.IntakeConfirmedAt,
                    fact is not null && !fact.IsDueForVerification(now, months));
            })
            // Search results keep their rank; suggestions put verified services that take people now first.
            .OrderBy(s => Query is null ? 0 : ids.IndexOf(s.Id))
            .ThenBy(s => Query is null ? (s.Verified ? 0 : 1) : 0)
            .ThenBy(s => Query is null ? (s.Intake == IntakeStatus.Open ? 0 : 1) : 0)
            .ThenBy(s => Query is null ? s.Name : "", StringComparer.CurrentCulture)
            .Take(20)];
    }
}
