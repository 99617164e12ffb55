using System.IO.Compression;

namespace Circles.Web.Features.Directory.Hsds.Import;

/// <summary>What an import reads: an HSDS JSON file, or a tabular datapackage (folder or .zip).</summary>
public abstract class HsdsInput
{
    /// <summary>The file that problems about the whole input are reported against.</summary>
    public abstract string Name { get; }

    /// <summary>The kind of input is decided from the content, never from the file name (SEC-25): a .zip starts with "PK", JSON with { or [.</summary>
    public static HsdsInput? FromBytes(string name, byte[] bytes, HsdsImportReport report)
    {
        if (bytes.AsSpan().StartsWith("PK\u0003\u0004"u8) || bytes.AsSpan().StartsWith("PK\u0005\u0006"u8))
        {
            return ZipPackage.Open(name, bytes, report);
        }
        if (LooksLikeJson(bytes))
        {
            return new HsdsJsonInput(name, bytes);
        }
        report.Add(new HsdsProblem(HsdsProblemKind.UnsupportedFile, name));
        return null;
    }

    /// <summary>A datapackage folder, a .zip or a .json on disk (the command line). Null with a problem when it cannot be read.</summary>
    public static async Task<HsdsInput?> FromPathAsync(string path, HsdsImportReport report, CancellationToken cancellationToken)
    {
        if (System.IO.Directory.Exists(path))
        {
            return new FolderPackage(path);
        }
        var name = Path.GetFileName(path);
        if (new FileInfo(path).Length > HsdsLimits.MaxContentBytes)
        {
            report.Add(new HsdsProblem(HsdsProblemKind.TooLarge, name, Detail: HsdsLimits.Megabytes(HsdsLimits.MaxContentBytes)));
            return null;
        }
        return FromBytes(name, await File.ReadAllBytesAsync(path, cancellationToken), report);
    }

    private static bool LooksLikeJson(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        var start = bytes.TrimStart(" \t\r\n"u8);
        return start.Length > 0 && start[0] is (byte)'{' or (byte)'[';
    }
}

public sealed class HsdsJsonInput(string name, byte[] bytes) : HsdsInput
{
    public override string Name { get; } = name;
    public byte[] Bytes { get; } = bytes;
}

/// <summary>The files of a tabular datapackage, by their path relative to datapackage.json.</summary>
public abstract class HsdsPackage : HsdsInput
{
    private long _bytesRead;

    public override string Name => CsvPackageReader.DatapackageFile;

    /// <summary>The file's bytes, or null when the package has no such file.</summary>
    public byte[]? Read(string relativePath)
    {
        var parts = relativePath.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || parts.Any(part => part is "." or ".."))
        {
            return null;
        }
        var bytes = ReadFile(string.Join('/', parts));
        if (bytes is not null)
        {
            _bytesRead += bytes.Length;
            if (_bytesRead > HsdsLimits.MaxContentBytes)
            {
                throw new HsdsTooLargeException();
            }
        }
        return bytes;
    }

    /// <summary>The CSV files beside datapackage.json, for a package without one.</summary>
    public abstract IReadOnlyList<string> CsvFiles { get; }

    protected abstract byte[]? ReadFile(string relativePath);
}

/// <summary>Thrown when a package holds more than <see cref="HsdsLimits.MaxContentBytes"/>; the reader turns it into a problem.</summary>
public sealed class HsdsTooLargeException : Exception
{
    public HsdsTooLargeException()
        : base("The import is larger than the limit.")
    {
    }
}

internal sealed class FolderPackage(string folder) : HsdsPackage
{
    private readonly string _root = Path.GetFullPath(folder);

    public override IReadOnlyList<string> CsvFiles =>
        [.. System.IO.Directory.EnumerateFiles(_root, "*.csv").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    protected override byte[]? ReadFile(string relativePath)
    {
        var path = Path.GetFullPath(Path.Combine(_root, relativePath));
        if (!path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(path))
        {
            return null;
        }
        if (new FileInfo(path).Length > HsdsLimits.MaxContentBytes)
        {
            throw new HsdsTooLargeException();
        }
        return File.ReadAllBytes(path);
    }
}

/// <summary>
/// A datapackage zipped, read in memory. Its datapackage.json may sit at the top or inside one
/// folder (zipping a folder does that); the files are found relative to it.
/// </summary>
internal sealed class ZipPackage : HsdsPackage
{
    private readonly Dictionary<string, ZipArchiveEntry> _entries;
    private readonly string _root;

    private ZipPackage(ZipArchive archive)
    {
        _entries = archive.Entries
            .Where(entry => !entry.FullName.EndsWith('/'))
            .GroupBy(entry => entry.FullName.Replace('\\', '/'), StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
        var datapackage = _entries.Keys
            .Where(name => name == "datapackage.json" || name.EndsWith("/datapackage.json", StringComparison.Ordinal))
            .OrderBy(name => name.Count(c => c == '/'))
            .FirstOrDefault();
        _root = datapackage is not null
            ? datapackage[..^"datapackage.json".Length]
            : CommonFolder(_entries.Keys.Where(name => name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)).ToList());
    }

    public static ZipPackage? Open(string name, byte[] bytes, HsdsImportReport report)
    {
        try
        {
            var archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (archive.Entries.Count > HsdsLimits.MaxZipEntries
                || archive.Entries.Sum(entry => entry.Length) > HsdsLimits.MaxContentBytes)
            {
                report.Add(new HsdsProblem(HsdsProblemKind.TooLarge, name, Detail: HsdsLimits.Megabytes(HsdsLimits.MaxContentBytes)));
                return null;
            }
            return new ZipPackage(archive);
        }
        catch (InvalidDataException)
        {
            report.Add(new HsdsProblem(HsdsProblemKind.BadZip, name));
            return null;
        }
    }

    public override IReadOnlyList<string> CsvFiles => [.. _entries.Keys
        .Where(name => name.StartsWith(_root, StringComparison.Ordinal) && name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        .Select(name => name[_root.Length..])
        .Where(name => !name.Contains('/', StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)];

    protected override byte[]? ReadFile(string relativePath)
    {
        if (!_entries.TryGetValue(_root + relativePath, out var entry))
        {
            return null;
        }
        // The sizes in a zip's directory can lie: read at most one byte past the limit.
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            copy.Write(buffer, 0, read);
            if (copy.Length > HsdsLimits.MaxContentBytes)
            {
                throw new HsdsTooLargeException();
            }
        }
        return copy.ToArray();
    }

    private static string CommonFolder(List<string> names)
    {
        var folders = names.Select(name => name.Contains('/', StringComparison.Ordinal) ? name[..(name.LastIndexOf('/') + 1)] : "").Distinct().ToList();
        return folders.Count == 1 ? folders[0] : "";
    }
}
