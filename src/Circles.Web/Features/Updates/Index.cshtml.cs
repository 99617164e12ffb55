using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Updates;

/// <summary>The wins and setbacks coordinators have shared with volunteers and partners, newest first.</summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class IndexModel(CirclesDb db) : PageModel
{
    public static readonly IReadOnlyList<string> DoneMessages = ["posted", "saved", "deleted"];

    public IReadOnlyList<UpdateRow> Updates { get; private set; } = [];
    public string? Done { get; private set; }

    public async Task OnGetAsync(string? done)
    {
        Done = DoneMessages.Contains(done) ? done : null;
        Updates = await db.OrganizerUpdates
            .OrderByDescending(u => u.PostedAt)
            .Select(u => new UpdateRow(u.Id, u.Kind, u.Audience, u.Title, u.PostedAt,
                db.Users.Where(p => p.Id == u.PostedByUserId).Select(p => p.UserName).FirstOrDefault()))
            .ToListAsync(HttpContext.RequestAborted);
    }

    public sealed record UpdateRow(Guid Id, UpdateKind Kind, UpdateAudience Audience, string Title, DateTime PostedAt, string? PostedBy);
}
