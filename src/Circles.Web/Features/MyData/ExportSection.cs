using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.MyData;

/// <summary>
/// One section of the personal data download: one table, and the rule that says which of its
/// rows belong to the person. The rows are read in one query and turned into fields by the
/// table's own EF metadata (<see cref="ExportRows"/>), so a column added later is exported too.
/// </summary>
public abstract class ExportSection
{
    /// <summary>Machine name of the section in the JSON download (camelCase).</summary>
    public required string Key { get; init; }

    /// <summary>Heading of the section in the person's language (a literal key, so the localization tests see it).</summary>
    public required Func<IStringLocalizer, string> Title { get; init; }

    /// <summary>Columns left out of this section, with the reason next to the section.</summary>
    public IReadOnlyCollection<string> Omit { get; init; } = [];

    /// <summary>The table (entity type) this section exports.</summary>
    public abstract Type EntityType { get; }

    internal abstract Task<List<object>> LoadAsync(CirclesDb db, Guid userId, CancellationToken cancellationToken);
}

/// <summary>A section over entity <typeparamref name="T"/> with the query that selects the person's rows.</summary>
public sealed class ExportSection<T>(Func<CirclesDb, Guid, IQueryable<T>> rowsOf) : ExportSection where T : class
{
    public override Type EntityType => typeof(T);

    internal override async Task<List<object>> LoadAsync(CirclesDb db, Guid userId, CancellationToken cancellationToken) =>
        [.. await rowsOf(db, userId).AsNoTracking().ToListAsync(cancellationToken)];
}
