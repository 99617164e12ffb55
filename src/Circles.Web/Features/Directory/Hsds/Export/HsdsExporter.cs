using Circles.Web.Data;
using Circles.Web.Security;

namespace Circles.Web.Features.Directory.Hsds.Export;

/// <summary>
/// Exports the current organization's directory. Confidential locations keep their secret
/// (<see cref="Confidentiality"/>): an ordinary export leaves out their addresses, coordinates,
/// accessibility rows and their own phones and contacts (<see cref="ConfidentialLinks"/>); only
/// an export a coordinator makes on purpose for a trusted partner, with a reason, includes them. Every export is audited (SEC-32): who, when, which form, and for
/// the trusted partner the reason they typed; never what the export holds.
/// </summary>
public sealed class HsdsExporter(CirclesDb db, AuditLog audit, CurrentOrganization organization)
{
    /// <summary>At most this much of the reason goes into the audit event.</summary>
    public const int MaxReasonLength = 80;

    public async Task<HsdsExportData> ReadAsync(bool forTrustedPartner, CancellationToken cancellationToken)
    {
        var loaded = new Dictionary<HsdsTable, List<IHsdsRecord>>();
        foreach (var table in HsdsSchema.Tables)
        {
            loaded[table] = await HsdsTableAccess.For(table).LoadAsync(db, tracked: false, cancellationToken);
        }

        var locations = HsdsSchema.Table<HsdsLocation>();
        var hidden = loaded[locations].Cast<HsdsLocation>()
            .Where(location => Confidentiality.HidesAddressesOf(location, forTrustedPartner))
            .Select(location => location.Id)
            .ToHashSet(StringComparer.Ordinal);
        if (hidden.Count > 0)
        {
            loaded[locations] = [.. loaded[locations].Cast<HsdsLocation>().Select(l => hidden.Contains(l.Id) ? Confidentiality.Redacted(l) : l)];
            // The place's own phones and contacts go with its addresses (ConfidentialLinks).
            var links = ConfidentialLinks.Of(hidden,
                loaded[HsdsSchema.Table<HsdsServiceAtLocation>()].Cast<HsdsServiceAtLocation>(),
                loaded[HsdsSchema.Table<HsdsContact>()].Cast<HsdsContact>());
            var withheld = new HashSet<string>(hidden, StringComparer.Ordinal);
            Withhold<HsdsAddress>(a => a.LocationId is { } id && hidden.Contains(id));
            Withhold<HsdsAccessibility>(a => a.LocationId is { } id && hidden.Contains(id));
            Withhold<HsdsPhone>(links.Hides);
            Withhold<HsdsContact>(links.Hides);
            // Then whatever refers to a withheld row: the languages of a withheld phone (so the
            // export still re-imports), and attributes and change history (metadata may hold an old
            // address or number), as the API leaves them out.
            Withhold<HsdsLanguage>(l => l.PhoneId is { } id && withheld.Contains(id));
            Withhold<HsdsAttribute>(a => a.LinkId is { } id && withheld.Contains(id));
            Withhold<HsdsMetadata>(m => m.ResourceId is { } id && withheld.Contains(id));

            void Withhold<T>(Func<T, bool> rule) where T : IHsdsRecord
            {
                var rows = loaded[HsdsSchema.Table<T>()];
                withheld.UnionWith(rows.OfType<T>().Where(rule).Select(r => r.Id));
                rows.RemoveAll(r => rule((T)r));
            }
        }

        return new HsdsExportData(
            [.. HsdsSchema.Tables.Select(table => (table, (IReadOnlyList<IHsdsRecord>)[.. loaded[table].OrderBy(r => r.Id, StringComparer.Ordinal)]))],
            forTrustedPartner);
    }

    /// <summary>
    /// The export as one file to download (a .zip datapackage or a .json), audited. A reason
    /// makes it the trusted-partner export, confidential addresses included.
    /// </summary>
    public async Task<HsdsExportFile> ExportAsync(HsdsExportFormat format, string? trustedPartnerReason, Guid? actorUserId, CancellationToken cancellationToken)
    {
        var data = await ReadAsync(forTrustedPartner: trustedPartnerReason is not null, cancellationToken);
        await AuditAsync(format, trustedPartnerReason, actorUserId, cancellationToken);
        return format == HsdsExportFormat.Csv
            ? new HsdsExportFile("directory-hsds.zip", "application/zip", CsvPackageWriter.Zip(data))
            : new HsdsExportFile("directory-hsds.json", "application/json", JsonTablesWriter.Write(data));
    }

    /// <summary>The export as files in a folder (the command line): datapackage.json and the CSV files, or hsds.json.</summary>
    public async Task<IReadOnlyList<string>> ExportToFolderAsync(string folder, HsdsExportFormat format, string? trustedPartnerReason, Guid? actorUserId, CancellationToken cancellationToken)
    {
        var data = await ReadAsync(forTrustedPartner: trustedPartnerReason is not null, cancellationToken);
        IReadOnlyList<(string Name, byte[] Content)> files = format == HsdsExportFormat.Csv
            ? CsvPackageWriter.Files(data)
            : [("hsds.json", JsonTablesWriter.Write(data))];
        System.IO.Directory.CreateDirectory(folder);
        foreach (var (name, content) in files)
        {
            await File.WriteAllBytesAsync(Path.Combine(folder, name), content, cancellationToken);
        }
        await AuditAsync(format, trustedPartnerReason, actorUserId, cancellationToken);
        return [.. files.Select(f => f.Name)];
    }

    private async Task AuditAsync(HsdsExportFormat format, string? trustedPartnerReason, Guid? actorUserId, CancellationToken cancellationToken)
    {
        var form = format == HsdsExportFormat.Csv ? "csv" : "json";
        if (trustedPartnerReason is null)
        {
            audit.Record(organization.Id, actorUserId, AuditActions.DirectoryExported, form);
        }
        else
        {
            var reason = trustedPartnerReason.Trim().ReplaceLineEndings(" ");
            audit.Record(organization.Id, actorUserId, AuditActions.DirectoryExportedForTrustedPartner,
                $"{form}: {(reason.Length <= MaxReasonLength ? reason : reason[..MaxReasonLength])}");
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
