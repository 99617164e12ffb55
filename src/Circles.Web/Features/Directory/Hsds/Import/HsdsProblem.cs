namespace Circles.Web.Features.Directory.Hsds.Import;

/// <summary>What is wrong with (or worth knowing about) the data being imported.</summary>
public enum HsdsProblemKind
{
    // Problems in a value or a record: they stop the import.
    MissingRequired,
    BadReference,
    BadDate,
    BadDateTime,
    BadNumber,
    NotAllowed,
    TooLong,
    NulCharacter,
    NotSingleValue,
    DuplicateId,
    FieldCount,
    BadQuoting,

    // Problems with a whole file or the upload: they stop the import too.
    InvalidUtf8,
    BadJson,
    NotARecord,
    NothingToImport,
    ApiDescriptionOnly,
    UnsupportedFile,
    NoDatapackage,
    MissingFile,
    BadZip,
    TooLarge,
    TooManyRecords,
    ChangedMeanwhile,

    // Notes: the import goes on.
    SkippedField,
    SkippedFile,
    ReferenceKept,
}

/// <summary>
/// One finding, located as a person fixing the data needs it: the file, then the CSV line (the
/// line where the record starts) or, for JSON, the path of the value ($.services[0].phones[1]),
/// and the HSDS field. <paramref name="Value"/> and <paramref name="Detail"/> feed the message.
/// </summary>
public sealed record HsdsProblem(
    HsdsProblemKind Kind,
    string File,
    int? Line = null,
    string? Path = null,
    string? Field = null,
    string? Value = null,
    string? Detail = null)
{
    /// <summary>Notes do not stop an import.</summary>
    public bool IsNote => Kind is HsdsProblemKind.SkippedField or HsdsProblemKind.SkippedFile or HsdsProblemKind.ReferenceKept;
}

/// <summary>Where a record was read: a CSV line or a JSON path in a file.</summary>
public sealed record HsdsSourceLocation(string File, int? Line, string? Path)
{
    public override string ToString() => Line is { } line ? $"{File}:{line}" : $"{File}:{Path}";
}

public sealed record HsdsTableCount(HsdsTable Table, int Created, int Updated, int Unchanged);

/// <summary>The outcome of an import: counts per table when it worked, every problem when it did not.</summary>
public sealed class HsdsImportReport
{
    /// <summary>More problems than this are counted but not listed: the first ones show what to fix.</summary>
    public const int MaxListed = 500;

    private readonly List<HsdsProblem> _problems = [];
    private readonly List<HsdsProblem> _notes = [];

    public IReadOnlyList<HsdsProblem> Problems => _problems;
    public IReadOnlyList<HsdsProblem> Notes => _notes;
    public int ProblemCount { get; private set; }
    public int NoteCount { get; private set; }
    public List<HsdsTableCount> Counts { get; } = [];

    public bool Succeeded => ProblemCount == 0;

    public void Add(HsdsProblem problem)
    {
        if (problem.IsNote)
        {
            NoteCount++;
            if (_notes.Count < MaxListed)
            {
                _notes.Add(problem);
            }
            return;
        }
        ProblemCount++;
        if (_problems.Count < MaxListed)
        {
            _problems.Add(problem);
        }
    }

    /// <summary>Problems in file order, then by line or path, so the list reads like the data.</summary>
    public void Sort()
    {
        static List<HsdsProblem> Ordered(List<HsdsProblem> list) => [.. list
            .Select((problem, index) => (problem, index))
            .OrderBy(p => p.problem.File, StringComparer.Ordinal)
            .ThenBy(p => p.problem.Line ?? 0)
            .ThenBy(p => p.index)
            .Select(p => p.problem)];
        var problems = Ordered(_problems);
        _problems.Clear();
        _problems.AddRange(problems);
        var notes = Ordered(_notes);
        _notes.Clear();
        _notes.AddRange(notes);
    }
}
