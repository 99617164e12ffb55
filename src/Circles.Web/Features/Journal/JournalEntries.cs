using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Journal;

/// <summary>Finding an entry of the signed-in author: anybody else's (or another organization's) is "not found".</summary>
public static class JournalEntries
{
    public static Task<JournalEntry?> FindMineAsync(this CirclesDb db, Guid id, Guid me, CancellationToken cancellationToken) =>
        db.JournalEntries.FirstOrDefaultAsync(e => e.Id == id && e.UserId == me, cancellationToken);
}
