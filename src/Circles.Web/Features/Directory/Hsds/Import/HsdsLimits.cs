namespace Circles.Web.Features.Directory.Hsds.Import;

/// <summary>
/// Caps that keep one import from exhausting memory (everything is read in memory, SEC-25):
/// a directory of a few thousand services fits many times over.
/// </summary>
public static class HsdsLimits
{
    /// <summary>The largest upload on the page, a .zip or a .json.</summary>
    public const int MaxUploadBytes = 10 * 1024 * 1024;

    /// <summary>The most data one import reads: a file given on the command line, a folder's files together, or what a .zip unpacks to (against zip bombs).</summary>
    public const int MaxContentBytes = 50 * 1024 * 1024;

    public const int MaxZipEntries = 200;

    /// <summary>Rows of all tables together (every nested copy of a JSON record counts).</summary>
    public const int MaxRecords = 100_000;

    public static string Megabytes(int bytes) => (bytes / (1024 * 1024)).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
