using Circles.Web.Data;
using Circles.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Directory.Hsds.Import;

/// <summary>
/// Imports HSDS data into the current organization's directory as ONE transaction: every row is
/// checked first (values, required fields, references, duplicates), and on any problem nothing
/// is written and the report lists them all. Records are matched by HSDS id, so importing the
/// same data again updates what changed and creates no duplicates. Only the HSDS fields a source
/// gives are written: Circles' own fields (a location's confidentiality, the service facts) and
/// fields the source leaves out stay as they are.
/// </summary>
public sealed class HsdsImporter(CirclesDb db, AuditLog audit, CurrentOrganization organization)
{
    public async Task<HsdsImportReport> ImportAsync(HsdsInput input, Guid? actorUserId, CancellationToken cancellationToken)
    {
        var report = new HsdsImportReport();
        var rows = input switch
        {
            HsdsJsonInput json => HsdsJsonReader.Read(json, report),
            HsdsPackage package => CsvPackageReader.Read(package, report),
            _ => throw new ArgumentOutOfRangeException(nameof(input)),
        };
        var records = ImportedRecords.Merge(rows, report);
        if (records.Count == 0 && report.Succeeded)
        {
            report.Add(new HsdsProblem(HsdsProblemKind.NothingToImport, input.Name));
        }
        records.CheckRequired(report);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var stored = new Dictionary<HsdsTable, HashSet<string>>();
        foreach (var table in records.ReferencedTables())
        {
            stored[table] = new HashSet<string>(await HsdsTableAccess.For(table).IdsAsync(db, cancellationToken), StringComparer.Ordinal);
        }
        records.CheckReferences(stored, report);
        if (!report.Succeeded)
        {
            report.Sort();
            return report;
        }

        await WriteAsync(records, report, cancellationToken);
        audit.Record(organization.Id, actorUserId, AuditActions.DirectoryImported, input is HsdsPackage ? "csv" : "json");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another import added the same ids between our read and our write.
            db.ChangeTracker.Clear();
            report.Counts.Clear();
            report.Add(new HsdsProblem(HsdsProblemKind.ChangedMeanwhile, input.Name));
        }
        report.Sort();
        return report;
    }

    private async Task WriteAsync(ImportedRecords records, HsdsImportReport report, CancellationToken cancellationToken)
    {
        foreach (var table in HsdsSchema.Tables.Where(records.Tables.ContainsKey))
        {
            var existing = (await HsdsTableAccess.For(table).LoadAsync(db, tracked: true, cancellationToken))
                .ToDictionary(record => record.Id, StringComparer.Ordinal);
            int created = 0, updated = 0, unchanged = 0;
            foreach (var record in records.Tables[table].Values)
            {
                if (existing.TryGetValue(record.Id, out var entity))
                {
                    if (Apply(record, entity))
                    {
                        updated++;
                    }
                    else
                    {
                        unchanged++;
                    }
                    continue;
                }
                entity = table.NewRecord();
                entity.Id = record.Id;
                Apply(record, entity);
                db.Add(entity);
                created++;
            }
            report.Counts.Add(new HsdsTableCount(table, created, updated, unchanged));
        }
    }

    /// <summary>Writes the record's values into the entity; whether anything changed.</summary>
    private static bool Apply(HsdsRecordValues record, IHsdsRecord entity)
    {
        var withheld = WithheldByExport(entity);
        var changed = false;
        foreach (var (field, value) in record.Values)
        {
            if (field.Name == "id" || (value is null && withheld.Contains(field)))
            {
                continue;
            }
            if (!Equals(field.Read(entity), value))
            {
                field.Write(entity, value);
                changed = true;
            }
        }
        return changed;
    }

    /// <summary>
    /// What an ordinary export leaves out of a confidential location (its coordinates and the
    /// like, see <see cref="Confidentiality.Redacted"/>). Re-importing such an export must not
    /// erase them, so an empty value there keeps the stored one.
    /// </summary>
    private static HashSet<HsdsField> WithheldByExport(IHsdsRecord entity)
    {
        if (entity is not HsdsLocation { IsConfidential: true } location)
        {
            return [];
        }
        var redacted = Confidentiality.Redacted(location);
        return [.. HsdsSchema.Table<HsdsLocation>().Fields.Where(f => f.Read(redacted) is null && f.Read(location) is not null)];
    }
}
