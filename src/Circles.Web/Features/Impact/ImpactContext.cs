using Circles.Web.Data;
using Circles.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Impact;

/// <summary>What every section's query needs: the database, the scope, the names of the communities and groups (read once), words.</summary>
public sealed class ImpactContext
{
    public required CirclesDb Db { get; init; }
    public required ImpactScope Scope { get; init; }
    public required IStringLocalizer L { get; init; }

    /// <summary>Every community of the organization, by name.</summary>
    public required IReadOnlyList<Named> AllCommunities { get; init; }

    /// <summary>Every group of the organization, by community and name.</summary>
    public required IReadOnlyList<GroupName> AllGroups { get; init; }

    public sealed record Named(Guid Id, string Name);

    public sealed record GroupName(Guid Id, string Name, Guid CommunityId, string Community);

    /// <summary>The communities the filter keeps (all, or the chosen one).</summary>
    public IReadOnlyList<Named> Communities => Scope.CommunityId is { } id ? [.. AllCommunities.Where(c => c.Id == id)] : AllCommunities;

    /// <summary>The groups the filter keeps.</summary>
    public IReadOnlyList<GroupName> Groups => Scope.CommunityId is { } id ? [.. AllGroups.Where(g => g.CommunityId == id)] : AllGroups;

    public bool Filtered => Scope.CommunityId is not null;

    private Task<IReadOnlyList<PresentRow>>? present;

    /// <summary>The period's present rows of every community, read once for the sections that add them up.</summary>
    public Task<IReadOnlyList<PresentRow>> PresentAsync(CancellationToken cancellationToken) => present ??= PresentRow.LoadAsync(this, cancellationToken);

    /// <summary>Month labels for rows and columns ("March 2026").</summary>
    public IReadOnlyList<string> MonthLabels => [.. Scope.Months.Select(m => L.Month(m.ToDateTime(TimeOnly.MinValue)))];

    /// <summary>Short month labels for chart bars ("03/26"), the table beside the chart gives the full name.</summary>
    public IReadOnlyList<string> ShortMonthLabels => [.. Scope.Months.Select(m => m.ToString("MM/yy", System.Globalization.CultureInfo.InvariantCulture))];

    public static async Task<ImpactContext> LoadAsync(CirclesDb db, ImpactScope scope, IStringLocalizer l, CancellationToken cancellationToken)
    {
        var communities = await db.Communities.OrderBy(c => c.Name).Select(c => new Named(c.Id, c.Name)).ToListAsync(cancellationToken);
        var groups = await db.SupportGroups
            .Join(db.Communities, g => g.CommunityId, c => c.Id, (g, c) => new { g.Id, g.Name, g.CommunityId, Community = c.Name })
            .OrderBy(g => g.Community).ThenBy(g => g.Name)
            .Select(g => new GroupName(g.Id, g.Name, g.CommunityId, g.Community))
            .ToListAsync(cancellationToken);
        return new ImpactContext { Db = db, Scope = scope, L = l, AllCommunities = communities, AllGroups = groups };
    }

    /// <summary>A rate as text (a whole percentage), or null when a count it rests on is hidden or it has no base.</summary>
    public static string? Percent(int part, int whole, bool hidden) =>
        hidden || whole == 0 ? null : ((int)Math.Round(100.0 * part / whole, MidpointRounding.AwayFromZero)).ToString(System.Globalization.CultureInfo.CurrentCulture) + "%";

    /// <summary>An average as text with one decimal, or null when hidden.</summary>
    public static string? Average(double? value, bool hidden) =>
        hidden || value is null ? null : value.Value.ToString("0.0", System.Globalization.CultureInfo.CurrentCulture);
}
