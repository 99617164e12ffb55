namespace Circles.Web.Features.Directory.Hsds.Import;

/// <summary>Checks each value against its HSDS field (kind, allowed values, length) and converts it.</summary>
internal static class HsdsRowParser
{
    /// <summary>
    /// The row's values converted. Each wrong value is reported and left out, and its field is
    /// returned in <paramref name="wrong"/>, so that the rest of the row is still checked
    /// (required fields, references) and one import reports everything at once.
    /// </summary>
    public static Dictionary<HsdsField, object?> Parse(HsdsRow row, HsdsImportReport report, out HashSet<HsdsField> wrong)
    {
        var values = new Dictionary<HsdsField, object?>();
        wrong = [];
        foreach (var (field, text) in row.Values)
        {
            if (text is null)
            {
                values[field] = null;
                continue;
            }
            if (TryConvert(field, text, out var value) is { } problem)
            {
                report.Add(row.Problem(problem, field.Name, problem == HsdsProblemKind.NulCharacter ? null : Shorten(text), Detail(problem, field)));
                wrong.Add(field);
                continue;
            }
            values[field] = value;
        }
        return values;
    }

    private static HsdsProblemKind? TryConvert(HsdsField field, string text, out object? value)
    {
        value = text;
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            // PostgreSQL text cannot hold NUL; SQLite could, so refuse it on both alike.
            return HsdsProblemKind.NulCharacter;
        }
        switch (field.Kind)
        {
            case HsdsFieldKind.Id when text.Length > HsdsModel.IdLength:
                return HsdsProblemKind.TooLong;
            case HsdsFieldKind.Number:
                if (!HsdsValues.TryParseNumber(text, out var number))
                {
                    return HsdsProblemKind.BadNumber;
                }
                value = number;
                return null;
            case HsdsFieldKind.Date:
                return HsdsValues.IsDate(text) ? null : HsdsProblemKind.BadDate;
            case HsdsFieldKind.DateTime:
                if (!HsdsValues.TryParseDateTime(text, out var instant))
                {
                    return HsdsProblemKind.BadDateTime;
                }
                value = instant;
                return null;
        }
        // Allowed values are checked exactly as the HSDS schema lists them. Every official
        // example uses listed values (schedule wkst "TU", freq "WEEKLY", address_type "postal",
        // location_type "physical", status "active"), so no leniency is needed here.
        if (field.AllowedValues.Count > 0 && !field.AllowedValues.Contains(text, StringComparer.Ordinal))
        {
            return HsdsProblemKind.NotAllowed;
        }
        return null;
    }

    private static string? Detail(HsdsProblemKind problem, HsdsField field) => problem switch
    {
        HsdsProblemKind.NotAllowed => string.Join(", ", field.AllowedValues),
        HsdsProblemKind.TooLong => HsdsModel.IdLength.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>A wrong value is quoted back in the report, but not a whole page of it.</summary>
    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "…";
}
