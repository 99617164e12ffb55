namespace Circles.Web.Features.Volunteering;

/// <summary>An assignment as pages show it: what kind, to what, when.</summary>
public sealed record AssignmentView(Guid Id, Guid UserId, AssignmentKind Kind, string Title, DateOnly StartsOn, DateOnly? EndsOn, bool Ended)
{
    public static async Task<IReadOnlyList<AssignmentView>> LoadAsync(Data.CirclesDb db, IQueryable<Assignment> query, CancellationToken cancellationToken)
    {
        var rows = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            query.OrderByDescending(a => a.StartsOn).Select(a => new { a.Id, a.UserId, a.Kind, a.TargetId, a.StartsOn, a.EndsOn, a.EndedAt }), cancellationToken);
        var titles = await AssignmentTargets.TitlesAsync(db, rows.Select(r => (r.Kind, r.TargetId)), cancellationToken);
        return [.. rows.Select(r => new AssignmentView(r.Id, r.UserId, r.Kind, titles.GetValueOrDefault(r.TargetId, "—"), r.StartsOn, r.EndsOn, r.EndedAt is not null))];
    }

    public bool IsCurrent(DateOnly today) => !Ended && StartsOn <= today && (EndsOn is null || EndsOn >= today);
}
