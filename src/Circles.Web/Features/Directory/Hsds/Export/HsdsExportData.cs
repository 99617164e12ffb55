namespace Circles.Web.Features.Directory.Hsds.Export;

public enum HsdsExportFormat
{
    /// <summary>The tabular datapackage: datapackage.json and one CSV file per table.</summary>
    Csv,

    /// <summary>HSDS JSON in the tabular form (see <see cref="JsonTablesWriter"/>).</summary>
    Json,
}

/// <summary>Every HSDS table of one directory, records in id order, as it may leave Circles.</summary>
public sealed record HsdsExportData(IReadOnlyList<(HsdsTable Table, IReadOnlyList<IHsdsRecord> Records)> Tables, bool ForTrustedPartner);

/// <summary>A finished export: a single file for download, or the files of a folder.</summary>
public sealed record HsdsExportFile(string FileName, string ContentType, byte[] Content);
