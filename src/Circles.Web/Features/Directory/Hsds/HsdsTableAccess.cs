using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Directory.Hsds;

/// <summary>
/// Reads one HSDS table of the current organization without knowing its CLR type at compile
/// time, so that import and export walk <see cref="HsdsSchema.Tables"/> instead of naming 21 tables.
/// </summary>
internal abstract class HsdsTableAccess
{
    private static readonly Dictionary<Type, HsdsTableAccess> Cache = HsdsSchema.Tables.ToDictionary(
        table => table.ClrType,
        table => (HsdsTableAccess)Activator.CreateInstance(typeof(HsdsTableAccess<>).MakeGenericType(table.ClrType))!);

    public static HsdsTableAccess For(HsdsTable table) => Cache[table.ClrType];

    /// <summary>Every record of the table in the current organization (the tenant filter applies).</summary>
    public abstract Task<List<IHsdsRecord>> LoadAsync(CirclesDb db, bool tracked, CancellationToken cancellationToken);

    /// <summary>The ids of the table's records in the current organization.</summary>
    public abstract Task<List<string>> IdsAsync(CirclesDb db, CancellationToken cancellationToken);

    public abstract Task<int> CountAsync(CirclesDb db, CancellationToken cancellationToken);
}

internal sealed class HsdsTableAccess<TRecord> : HsdsTableAccess
    where TRecord : class, IHsdsRecord
{
    public override async Task<List<IHsdsRecord>> LoadAsync(CirclesDb db, bool tracked, CancellationToken cancellationToken)
    {
        var query = tracked ? db.Set<TRecord>() : db.Set<TRecord>().AsNoTracking();
        return [.. await query.ToListAsync(cancellationToken)];
    }

    public override Task<List<string>> IdsAsync(CirclesDb db, CancellationToken cancellationToken) =>
        db.Set<TRecord>().Select(record => record.Id).ToListAsync(cancellationToken);

    public override Task<int> CountAsync(CirclesDb db, CancellationToken cancellationToken) =>
        db.Set<TRecord>().CountAsync(cancellationToken);
}
