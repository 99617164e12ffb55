using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Directory.Hsds;
using Circles.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Directory;

/// <summary>
/// Coordinators record what they checked with a service: the survivor facts, the communities it
/// serves, whether it can take someone now, that it was verified today, and which of its places
/// must stay confidential (audited). The only page that shows a confidential address, so that a
/// coordinator can check it. Concurrent edits are detected, not overwritten (SEC-43).
/// </summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class FactsModel(CirclesDb db, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    /// <summary>The ?done= values and what they say.</summary>
    public static readonly IReadOnlyList<string> DoneMessages = ["saved", "intake", "verified", "confidential", "not-confidential"];

    [BindProperty]
    public FactsForm Form { get; set; } = new();

    public HsdsService Service { get; private set; } = null!;
    public ServiceFacts? Facts { get; private set; }
    public string? VerifiedBy { get; private set; }
    public bool DueForVerification { get; private set; }
    public IReadOnlyList<(Guid Id, string Name)> Communities { get; private set; } = [];
    public IReadOnlyList<(HsdsLocation Location, IReadOnlyList<HsdsAddress> Addresses)> Places { get; private set; } = [];
    public bool Conflict { get; private set; }
    public string? Done { get; private set; }
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    public DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public async Task<IActionResult> OnGetAsync(string id, string? done)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        var linked = await db.ServiceCommunities.Where(c => c.ServiceId == id).Select(c => c.CommunityId).ToListAsync(HttpContext.RequestAborted);
        Form = FactsForm.From(Facts, linked);
        Done = done is not null && DoneMessages.Contains(done) ? done : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        var cancellationToken = HttpContext.RequestAborted;
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (!Enum.IsDefined(Form.Intake))
        {
            ModelState.AddModelError("Form.Intake", l["Choose one of the answers."]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var facts = await CurrentFactsAsync(id, Form.Version);
        if (facts is null)
        {
            return Page();
        }
        Form.ApplyTo(facts, now);
        facts.UpdatedAt = now;

        var known = Communities.Select(c => c.Id).ToHashSet();
        var wanted = Form.CommunityIds.Where(known.Contains).ToHashSet();
        var current = await db.ServiceCommunities.Where(c => c.ServiceId == id).ToListAsync(cancellationToken);
        db.ServiceCommunities.RemoveRange(current.Where(c => !wanted.Contains(c.CommunityId)));
        db.ServiceCommunities.AddRange(wanted.Where(c => current.All(x => x.CommunityId != c))
            .Select(c => new ServiceCommunity { ServiceId = id, CommunityId = c }));
        return await SaveAsync(id, "saved");
    }

    /// <summary>"They told me today": the intake status stands, confirmed now.</summary>
    public async Task<IActionResult> OnPostConfirmIntakeAsync(string id, Guid version)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Form = await FormAsShownAsync(id);
        if (Facts is null || Facts.Intake == IntakeStatus.Unknown)
        {
            ModelState.AddModelError("Form.Intake", l["Choose whether they can take someone now, and save, first."]);
            return Page();
        }
        var facts = await CurrentFactsAsync(id, version);
        if (facts is null)
        {
            return Page();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        facts.IntakeConfirmedAt = now;
        facts.UpdatedAt = now;
        return await SaveAsync(id, "intake");
    }

    /// <summary>"I checked these facts with the service today": who and when are recorded.</summary>
    public async Task<IActionResult> OnPostVerifyAsync(string id, Guid version)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Form = await FormAsShownAsync(id);
        var facts = await CurrentFactsAsync(id, version);
        if (facts is null)
        {
            return Page();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        facts.VerifiedAt = now;
        facts.VerifiedByUserId = User.GetUserId();
        facts.UpdatedAt = now;
        return await SaveAsync(id, "verified");
    }

    /// <summary>Keeps a place's address out of every page, the HSDS API and ordinary exports (audited).</summary>
    public async Task<IActionResult> OnPostConfidentialAsync(string id, string locationId, bool confidential)
    {
        var cancellationToken = HttpContext.RequestAborted;
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        var location = Places.Any(p => p.Location.Id == locationId)
            ? await db.Set<HsdsLocation>().FirstOrDefaultAsync(l => l.Id == locationId, cancellationToken)
            : null;
        if (location is null)
        {
            return NotFound();
        }
        if (location.IsConfidential != confidential)
        {
            location.IsConfidential = confidential;
            audit.Record(User.GetOrganizationId()!.Value, User.GetUserId(),
                confidential ? AuditActions.LocationMadeConfidential : AuditActions.LocationMadePublic,
                AuditSubject(locationId));
            await db.SaveChangesAsync(cancellationToken);
        }
        return RedirectToPage("/Directory/Services/Facts", new { id, done = confidential ? "confidential" : "not-confidential" });
    }

    /// <summary>The audit names the location by its id (never its address), cut to the column's length.</summary>
    private static string AuditSubject(string locationId) => ("location:" + locationId) is var subject && subject.Length > 100 ? subject[..100] : subject;

    /// <summary>
    /// The facts row to change, expected at the version the form was loaded with (empty: there
    /// were none yet, so a new row); saving it fails as a conflict if it has moved on since.
    /// Marks a conflict and returns null when the row the form was made from is gone.
    /// </summary>
    private async Task<ServiceFacts?> CurrentFactsAsync(string id, Guid version)
    {
        var facts = await db.ServiceFacts.FirstOrDefaultAsync(f => f.ServiceId == id, HttpContext.RequestAborted);
        if (facts is null && version == Guid.Empty)
        {
            facts = new ServiceFacts { ServiceId = id };
            db.ServiceFacts.Add(facts);
            return facts;
        }
        if (facts is null)
        {
            Conflict = true;
            return null;
        }
        db.ExpectVersion(facts, version);
        return facts;
    }

    private async Task<IActionResult> SaveAsync(string id, string done)
    {
        try
        {
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }
        catch (DbUpdateException)
        {
            // A concurrent change (DbUpdateConcurrencyException), or the first facts saved twice
            // at once (the unique index): nothing of this request was written.
            Conflict = true;
            return Page();
        }
        return RedirectToPage("/Directory/Services/Facts", new { id, done });
    }

    private async Task<FactsForm> FormAsShownAsync(string id) =>
        FactsForm.From(Facts, await db.ServiceCommunities.Where(c => c.ServiceId == id).Select(c => c.CommunityId).ToListAsync(HttpContext.RequestAborted));

    private async Task<bool> LoadAsync(string id)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var service = await db.Set<HsdsService>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (service is null)
        {
            return false;
        }
        Service = service;
        Facts = await db.ServiceFacts.AsNoTracking().FirstOrDefaultAsync(f => f.ServiceId == id, cancellationToken);
        var months = await db.Organizations.Select(o => o.ReverifyServicesAfterMonths).FirstAsync(cancellationToken);
        DueForVerification = Facts is null || Facts.IsDueForVerification(clock.GetUtcNow().UtcDateTime, months);
        VerifiedBy = Facts?.VerifiedByUserId is { } verifier
            ? await db.Users.Where(u => u.Id == verifier).Select(u => u.UserName).FirstOrDefaultAsync(cancellationToken)
            : null;
        Zone = await OpeningHours.OrganizationZoneAsync(db, cancellationToken);
        Communities = [.. (await db.Communities.OrderBy(c => c.Name).Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken))
            .Select(c => (c.Id, c.Name))];
        var locationIds = await db.Set<HsdsServiceAtLocation>()
            .Where(s => s.ServiceId == id && s.LocationId != null).Select(s => s.LocationId!).Distinct().ToListAsync(cancellationToken);
        var locations = await db.Set<HsdsLocation>().AsNoTracking().Where(l => locationIds.Contains(l.Id)).OrderBy(l => l.Name).ToListAsync(cancellationToken);
        var addresses = await db.Set<HsdsAddress>().AsNoTracking()
            .Where(a => a.LocationId != null && locationIds.Contains(a.LocationId)).ToListAsync(cancellationToken);
        Places = [.. locations.Select(l => (l, (IReadOnlyList<HsdsAddress>)[.. addresses.Where(a => a.LocationId == l.Id)]))];
        return true;
    }
}
