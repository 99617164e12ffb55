using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Directory.Hsds.Import;

/// <summary>
/// The plain words of each problem, through the shared localizer so that the upload page speaks
/// the coordinator's language; the command line gets the same text in the process's language.
/// </summary>
public static class HsdsProblemText
{
    /// <summary>"services.csv, line 3" or "service.json, at $.phones[0]".</summary>
    public static string Where(HsdsProblem problem, IStringLocalizer l) => problem switch
    {
        { Line: { } line } => l["{0}, line {1}", problem.File, line],
        { Path: { } path } => l["{0}, at {1}", problem.File, path],
        _ => problem.File,
    };

    public static string Message(HsdsProblem problem, IStringLocalizer l) => problem.Kind switch
    {
        HsdsProblemKind.MissingRequired => l["Required, but empty or missing."],
        HsdsProblemKind.BadReference => l["No “{0}” record has the id “{1}”, neither in this import nor in the directory.", problem.Detail ?? "", problem.Value ?? ""],
        HsdsProblemKind.BadDate => l["“{0}” is not a date written as year-month-day, such as 2024-03-31.", problem.Value ?? ""],
        HsdsProblemKind.BadDateTime => l["“{0}” is not a date and time such as 2024-03-31T14:30:00Z.", problem.Value ?? ""],
        HsdsProblemKind.BadNumber => l["“{0}” is not a number (use a dot for decimals, such as 12.5).", problem.Value ?? ""],
        HsdsProblemKind.NotAllowed => l["“{0}” is not one of the allowed values: {1}.", problem.Value ?? "", problem.Detail ?? ""],
        HsdsProblemKind.TooLong => l["Longer than {0} characters.", problem.Detail ?? ""],
        HsdsProblemKind.NulCharacter => l["Contains an invisible NUL character, which cannot be stored."],
        HsdsProblemKind.NotSingleValue => l["Should be a single value, not a list or an object."],
        HsdsProblemKind.DuplicateId when int.TryParse(problem.Detail, out var firstLine) =>
            l["The id “{0}” is used twice in this file (first on line {1}).", problem.Value ?? "", firstLine],
        HsdsProblemKind.DuplicateId => l["The id “{0}” is used twice in this file (first at {1}).", problem.Value ?? "", problem.Detail ?? ""],
        HsdsProblemKind.FieldCount => l["This line has {0} values but the header has {1}. Check the quotes and commas on this line.", problem.Value ?? "", problem.Detail ?? ""],
        HsdsProblemKind.BadQuoting => l["The quotes on this line are not as CSV needs them: a value with commas, quotes or line breaks goes in double quotes, and each quote inside it is doubled."],
        HsdsProblemKind.InvalidUtf8 => l["This file is not UTF-8 text. Save it as UTF-8 (in a spreadsheet: “CSV UTF-8”) and try again."],
        HsdsProblemKind.BadJson => l["This is not valid JSON. Check the text around this line."],
        HsdsProblemKind.NotARecord => l["Could not tell which HSDS record this is (service, organization, location, service at location, taxonomy or taxonomy term)."],
        HsdsProblemKind.NothingToImport => l["No HSDS records were found, so nothing was imported."],
        HsdsProblemKind.ApiDescriptionOnly => l["This file only describes an HSDS API (its version and address) and holds no directory records: nothing to import."],
        HsdsProblemKind.UnsupportedFile => l["This file is neither an HSDS datapackage (.zip) nor HSDS JSON."],
        HsdsProblemKind.NoDatapackage => l["No datapackage.json and no HSDS CSV files (such as services.csv) were found."],
        HsdsProblemKind.MissingFile => l["datapackage.json lists this file, but it is not there."],
        HsdsProblemKind.BadZip => l["This .zip file cannot be opened."],
        HsdsProblemKind.TooLarge => l["Too large: at most {0} MB can be imported at once.", problem.Detail ?? ""],
        HsdsProblemKind.TooManyRecords => l["Too many records: at most {0} can be imported at once. Split the data into smaller files.", problem.Detail ?? ""],
        HsdsProblemKind.ChangedMeanwhile => l["Someone else changed the directory at the same moment. Nothing was imported; please try again."],
        HsdsProblemKind.SkippedField => l["Not an HSDS field here, so it was skipped."],
        HsdsProblemKind.SkippedFile => l["Not an HSDS table, so it was skipped."],
        HsdsProblemKind.ReferenceKept => l["No “{0}” record has the id “{1}”. Kept as written, as the official HSDS examples do this.", problem.Detail ?? "", problem.Value ?? ""],
        _ => problem.Kind.ToString(),
    };

    /// <summary>One line for the command line: file:line: field: message.</summary>
    public static string Line(HsdsProblem problem, IStringLocalizer l)
    {
        var where = problem.Line is { } line ? $"{problem.File}:{line}" : problem.Path is { } path ? $"{problem.File}:{path}" : problem.File;
        return problem.Field is { } field ? $"{where}: {field}: {Message(problem, l)}" : $"{where}: {Message(problem, l)}";
    }
}
