using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Directory.Hsds;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Directory;

/// <summary>
/// One service in plain words: what it does, how to reach it, and what this organization has
/// checked. A confidential location shows its name and never its address, coordinates or
/// directions, to anyone on this page (coordinators see addresses only where they edit them).
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class ServiceModel(CirclesDb db, TimeProvider clock) : PageModel
{
    public HsdsService Service { get; private set; } = null!;
    public string? DirectoryOrganization { get; private set; }
    public string OrganizationName { get; private set; } = "";
    public ServiceFacts? Facts { get; private set; }
    public bool DueForVerification { get; private set; }
    public IReadOnlyList<string> Languages { get; private set; } = [];
    public IReadOnlyList<(string Id, string? Name)> Terms { get; private set; } = [];
    public IReadOnlyList<OpeningHours.Hours> Schedules { get; private set; } = [];
    public bool OpenNow { get; private set; }
    public IReadOnlyList<HsdsPhone> Phones { get; private set; } = [];
    public IReadOnlyList<PlaceView> Places { get; private set; } = [];
    public IReadOnlyList<HsdsCostOption> Costs { get; private set; } = [];
    public IReadOnlyList<string> Documents { get; private set; } = [];
    public bool CanEdit { get; private set; }
    public bool CanAskForHelp { get; private set; }
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    /// <summary>An instant as a date and time in the organization's time zone.</summary>
    public DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>A location as this page may show it: confidential ones without addresses or accessibility details.</summary>
    public sealed record PlaceView(HsdsLocation Location, IReadOnlyList<HsdsAddress> Addresses, IReadOnlyList<HsdsAccessibility> Accessibility);

    public async Task<IActionResult> OnGetAsync(string id)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var service = await db.Set<HsdsService>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (service is null)
        {
            return NotFound();
        }
        Service = service;
        CanEdit = User.IsInRole(Roles.Coordinator);
        CanAskForHelp = User.IsInRole(Roles.Member) || User.IsInRole(Roles.PeerSupporter);
        var now = clock.GetUtcNow().UtcDateTime;
        var organization = await db.Organizations.Select(o => new { o.Name, o.ReverifyServicesAfterMonths }).FirstAsync(cancellationToken);
        OrganizationName = organization.Name;
        DirectoryOrganization = await db.Set<HsdsOrganization>()
            .Where(o => o.Id == service.DirectoryOrganizationId).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken);
        Facts = await db.ServiceFacts.AsNoTracking().FirstOrDefaultAsync(f => f.ServiceId == id, cancellationToken);
        DueForVerification = Facts is null || Facts.IsDueForVerification(now, organization.ReverifyServicesAfterMonths);

        Languages = [.. (await db.Set<HsdsLanguage>().Where(l => l.ServiceId == id).Select(l => new { l.Name, l.Code }).ToListAsync(cancellationToken))
            .Select(l => ServiceLanguages.NameOf(l.Name, l.Code)).Where(n => n.Length > 0).Distinct()];
        Terms = [.. (await db.Set<HsdsAttribute>()
                .Where(a => a.LinkId == id && (a.LinkEntity == null || a.LinkEntity == "" || a.LinkEntity == "service"))
                .Join(db.Set<HsdsTaxonomyTerm>(), a => a.TaxonomyTermId, t => t.Id, (a, t) => new { t.Id, t.Name })
                .Distinct()
                .ToListAsync(cancellationToken))
            .Select(t => (t.Id, t.Name))];

        Schedules = await OpeningHours.LoadAsync(db, [id], cancellationToken);
        Zone = await OpeningHours.OrganizationZoneAsync(db, cancellationToken);
        OpenNow = Schedules.Any(h => OpeningHours.IsOpen(h, now, Zone));

        var serviceAtLocations = await db.Set<HsdsServiceAtLocation>().Where(s => s.ServiceId == id).ToListAsync(cancellationToken);
        var locationIds = serviceAtLocations.Where(s => s.LocationId != null).Select(s => s.LocationId!).Distinct().ToList();
        var locations = await db.Set<HsdsLocation>().AsNoTracking().Where(l => locationIds.Contains(l.Id)).OrderBy(l => l.Name).ToListAsync(cancellationToken);
        // Addresses and accessibility are asked for only for the places that may show them.
        var openLocationIds = locations.Where(l => !Confidentiality.HidesAddressesOf(l)).Select(l => l.Id).ToList();
        var addresses = await db.Set<HsdsAddress>().AsNoTracking()
            .Where(a => a.LocationId != null && openLocationIds.Contains(a.LocationId))
            .ToListAsync(cancellationToken);
        var accessibility = await db.Set<HsdsAccessibility>().AsNoTracking()
            .Where(a => a.LocationId != null && openLocationIds.Contains(a.LocationId))
            .ToListAsync(cancellationToken);
        Places = [.. locations.Select(l => new PlaceView(
            Confidentiality.Redacted(l),
            Confidentiality.HidesAddressesOf(l) ? [] : [.. addresses.Where(a => a.LocationId == l.Id)],
            Confidentiality.HidesAddressesOf(l) ? [] : [.. accessibility.Where(a => a.LocationId == l.Id)]))];

        // The service's own phones and those of its service-at-location entries, less any that
        // belong to a confidential place (its own line could lead to it: ConfidentialLinks).
        var serviceAtLocationIds = serviceAtLocations.Select(s => s.Id).ToList();
        var phones = await db.Set<HsdsPhone>().AsNoTracking()
            .Where(p => p.ServiceId == id || (p.ServiceAtLocationId != null && serviceAtLocationIds.Contains(p.ServiceAtLocationId)))
            .OrderBy(p => p.Number)
            .ToListAsync(cancellationToken);
        var links = await ConfidentialLinks.LoadAsync(db, cancellationToken);
        Phones = [.. phones.Where(p => !links.Hides(p))];
        Costs = await db.Set<HsdsCostOption>().AsNoTracking().Where(c => c.ServiceId == id).ToListAsync(cancellationToken);
        Documents = await db.Set<HsdsRequiredDocument>().Where(d => d.ServiceId == id && d.Document != null)
            .Select(d => d.Document!).ToListAsync(cancellationToken);
        return Page();
    }
}
