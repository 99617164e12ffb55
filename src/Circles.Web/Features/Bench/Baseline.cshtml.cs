using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Bench;

/// <summary>
/// The load harness's yardstick (bench/README.md, issue 17): the least a signed-in page can do
/// through the same pipeline (authentication, session check, organization, authorization, Razor) —
/// one query by primary key and a small table, no layout. Every page's requests/s is reported as a
/// share of this page's, measured in the same minute. Off (404) unless Bench:Baseline is true,
/// which production never sets.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class BaselineModel(CirclesDb db, IConfiguration configuration) : PageModel
{
    public const string Setting = "Bench:Baseline";

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!configuration.GetValue<bool>(Setting))
        {
            return NotFound();
        }
        var id = User.GetUserId();
        Rows = await db.Users.AsNoTracking()
            .Where(u => u.Id == id)
            .Select(u => new Row(u.UserName ?? "", u.PreferredCulture ?? ""))
            .ToListAsync(HttpContext.RequestAborted);
        return Page();
    }

    public sealed record Row(string Name, string Language);
}
