using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Stories;

/// <summary>A shared story whose consent ends soon.</summary>
public sealed record StoryReminder(Guid StoryId, StoryAudience Audience, DateOnly EndsOn);

/// <summary>
/// The member's own shared stories whose consent ends within <see cref="DaysBefore"/> days (the
/// last day included), for the reminder on their home: extend it by sharing again, or let it end.
/// </summary>
public sealed class StoryReminders(CirclesDb db, TimeProvider clock, IHttpContextAccessor http)
{
    public const int DaysBefore = 30;

    public async Task<IReadOnlyList<StoryReminder>> DueAsync(CancellationToken cancellationToken)
    {
        if (http.HttpContext?.User.GetUserId() is not { } me)
        {
            return [];
        }
        var today = clock.UtcToday();
        return await DueOf(db, me, today, today.AddDays(DaysBefore)).ToListAsync(cancellationToken);
    }

    // Compiled once (issue 17): the member home asks on every visit, and almost always finds nothing.
    private static readonly Func<CirclesDb, Guid, DateOnly, DateOnly, IAsyncEnumerable<StoryReminder>> DueOf = EF.CompileAsyncQuery(
        (CirclesDb db, Guid me, DateOnly today, DateOnly horizon) => db.Stories
            .Where(s => s.AuthorUserId == me && s.Status == StoryStatus.Published && s.WithdrawnAt == null && s.Audience != StoryAudience.OnlyMe
                && s.ConsentEndsOn != null && s.ConsentEndsOn >= today && s.ConsentEndsOn <= horizon)
            .OrderBy(s => s.ConsentEndsOn)
            .Select(s => new StoryReminder(s.Id, s.Audience, s.ConsentEndsOn!.Value)));
}
