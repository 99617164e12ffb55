using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Directory.Hsds;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Directory;

/// <summary>Services to check again: never verified first, then the longest ago (Organization.ReverifyServicesAfterMonths).</summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class VerificationModel(CirclesDb db, VerificationDue verificationDue, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public int Total { get; private set; }
    public int Months { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    public sealed record Row(string ServiceId, string Name, string? Organization, DateTime? VerifiedAt, string? VerifiedBy);

    public DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public async Task OnGetAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        PageNumber = Math.Max(1, PageNumber);
        Months = await db.Organizations.Select(o => o.ReverifyServicesAfterMonths).FirstAsync(cancellationToken);
        Zone = await OpeningHours.OrganizationZoneAsync(db, cancellationToken);
        var due = await verificationDue.ListAsync(clock.GetUtcNow().UtcDateTime, cancellationToken);
        Total = due.Count;
        PageNumber = Math.Min(PageNumber, PageCount);
        var page = due.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
        var ids = page.Select(d => d.ServiceId).ToList();
        var services = await db.Set<HsdsService>()
            .Where(s => ids.Contains(s.Id))
            .GroupJoin(db.Set<HsdsOrganization>(), s => s.DirectoryOrganizationId, o => o.Id, (s, o) => new { s, o })
            .SelectMany(x => x.o.DefaultIfEmpty(), (x, o) => new { x.s.Id, x.s.Name, Organization = o == null ? null : o.Name })
            .ToDictionaryAsync(s => s.Id, cancellationToken);
        var verifierIds = page.Where(d => d.VerifiedByUserId != null).Select(d => d.VerifiedByUserId!.Value).Distinct().ToList();
        var verifiers = await db.Users.Where(u => verifierIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.UserName, cancellationToken);
        Rows = [.. page.Select(d => new Row(
            d.ServiceId,
            services.GetValueOrDefault(d.ServiceId)?.Name ?? d.ServiceId,
            services.GetValueOrDefault(d.ServiceId)?.Organization,
            d.VerifiedAt,
            d.VerifiedByUserId is { } by ? verifiers.GetValueOrDefault(by) : null))];
    }
}
