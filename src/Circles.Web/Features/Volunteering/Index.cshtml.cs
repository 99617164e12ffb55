using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Volunteering;

/// <summary>Volunteers, facilitators and peer supporters, with where each stands on their requirements.</summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class IndexModel(CirclesDb db, RequirementBoard board) : PageModel
{
    public sealed record Person(Guid Id, string Name, IReadOnlyList<string> Roles, int Counting, int Due, int Lacking);

    public IReadOnlyList<Person> People { get; private set; } = [];
    public int HoursWaiting { get; private set; }

    public async Task OnGetAsync()
    {
        string[] roles = [.. global::Circles.Web.Features.Volunteering.People.DetailsModel.PeopleRoles];
        var holders = await db.UserRoles
            .Join(db.Roles.Where(r => roles.Contains(r.Name!)), ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, Role = r.Name! })
            .Join(db.Users.Where(u => u.ClosedAt == null), x => x.UserId, u => u.Id, (x, u) => new { x.UserId, x.Role, u.UserName })
            .ToListAsync(HttpContext.RequestAborted);
        var rows = (await board.ForRoleHoldersAsync(null, HttpContext.RequestAborted)).ToLookup(r => r.UserId);
        People = [.. holders.GroupBy(h => h.UserId)
            .Select(g => new Person(g.Key, g.First().UserName ?? "", [.. g.Select(h => h.Role)],
                rows[g.Key].Count(r => r.Standing.Status == RequirementStatus.Current),
                rows[g.Key].Count(r => r.Standing.Status == RequirementStatus.RenewalDue),
                rows[g.Key].Count(r => !r.Standing.Counts)))
            .OrderBy(p => p.Name, StringComparer.CurrentCulture)];
        HoursWaiting = await db.VolunteerHours.CountAsync(h => h.Status == HoursStatus.Submitted, HttpContext.RequestAborted);
    }
}
