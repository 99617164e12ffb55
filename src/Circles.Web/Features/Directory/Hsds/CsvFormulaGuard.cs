namespace Circles.Web.Features.Directory.Hsds;

/// <summary>
/// SEC-23: a CSV cell that starts with = + - @ tab or CR would run as a formula when a
/// spreadsheet opens the file, so the export puts an apostrophe in front (spreadsheets show the
/// text then), and the import takes exactly that apostrophe away again. To keep the round trip
/// exact, a value that already starts with apostrophes before such a character gets one more
/// (CsvHelper's own injection escaping cannot do this, as its escape character may not also be
/// a trigger). Only text cells are guarded: numbers such as -0.5 are written as numbers.
/// </summary>
public static class CsvFormulaGuard
{
    private const string Triggers = "=+-@\t\r";

    public static string Neutralise(string value) => NeedsPrefix(value) ? "'" + value : value;

    public static string Restore(string cell) =>
        cell.Length > 1 && cell[0] == '\'' && NeedsPrefix(cell.AsSpan(1)) ? cell[1..] : cell;

    /// <summary>Whether the first character after any leading apostrophes is a formula trigger.</summary>
    private static bool NeedsPrefix(ReadOnlySpan<char> value)
    {
        var rest = value.TrimStart('\'');
        return rest.Length > 0 && Triggers.Contains(rest[0]);
    }
}
