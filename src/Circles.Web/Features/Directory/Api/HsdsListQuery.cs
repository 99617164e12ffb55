using System.Globalization;

namespace Circles.Web.Features.Directory.Api;

/// <summary>
/// The query parameters of the HSDS list paths (openapi.json components.parameters), read by hand
/// so that a bad value answers a plain 400 problem instead of a framework error page.
/// </summary>
internal sealed record HsdsListQuery
{
    public const int DefaultPerPage = 50;
    public const int MaxPerPage = 200;

    /// <summary>"minimal" asks for every service in one page; its rows are tiny, so it may ask for more.</summary>
    public const int MaxMinimalPerPage = 1000;

    public string? Search { get; init; }
    public int Page { get; init; } = 1;
    public int PerPage { get; init; } = DefaultPerPage;
    public bool Full { get; init; }
    public bool FullService { get; init; }
    public bool Minimal { get; init; }
    public string? TaxonomyTermId { get; init; }
    public string? TaxonomyId { get; init; }
    public string? OrganizationId { get; init; }
    public DateTime? ModifiedAfter { get; init; }
    public string? ParentId { get; init; }
    public bool TopOnly { get; init; }

    /// <summary>Rows to skip; past int.MaxValue nothing is left anyway.</summary>
    public int Skip => (long)(Page - 1) * PerPage is var skip && skip <= int.MaxValue ? (int)skip : int.MaxValue;

    public static HsdsListQuery Parse(IQueryCollection query)
    {
        if (Text(query, "format") is { } format && !string.Equals(format, "json", StringComparison.OrdinalIgnoreCase))
        {
            throw new HsdsBadRequestException("format: only json is offered.");
        }
        foreach (var unsupported in new[] { "postcode", "proximity" })
        {
            if (Text(query, unsupported) is not null)
            {
                // Better refused than silently ignored: the caller would trust an unfiltered list.
                throw new HsdsBadRequestException($"{unsupported}: this directory does not offer searching by place.");
            }
        }
        var minimal = Flag(query, "minimal");
        var full = Flag(query, "full");
        if (minimal && full)
        {
            throw new HsdsBadRequestException("minimal and full: choose one.");
        }
        var maxPerPage = minimal ? MaxMinimalPerPage : MaxPerPage;
        return new HsdsListQuery
        {
            Search = Text(query, "search"),
            Page = Number(query, "page", 1, int.MaxValue) ?? 1,
            PerPage = Number(query, "per_page", 1, maxPerPage) ?? (minimal ? MaxMinimalPerPage : DefaultPerPage),
            Full = full,
            FullService = Flag(query, "full_service"),
            Minimal = minimal,
            TaxonomyTermId = Text(query, "taxonomy_term_id"),
            TaxonomyId = Text(query, "taxonomy_id"),
            OrganizationId = Text(query, "organization_id"),
            ModifiedAfter = Instant(query, "modified_after"),
            ParentId = Text(query, "parent_id"),
            TopOnly = Flag(query, "top_only"),
        };
    }

    public static bool Flag(IQueryCollection query, string name) => Text(query, name) switch
    {
        null => false,
        var value when bool.TryParse(value, out var flag) => flag,
        _ => throw new HsdsBadRequestException($"{name}: use true or false."),
    };

    private static string? Text(IQueryCollection query, string name)
    {
        if (!query.TryGetValue(name, out var values))
        {
            return null;
        }
        if (values.Count > 1)
        {
            throw new HsdsBadRequestException($"{name}: give it once.");
        }
        return values[0] is { } value && value.Trim().Length > 0 ? value.Trim() : null;
    }

    private static int? Number(IQueryCollection query, string name, int min, int max) => Text(query, name) switch
    {
        null => null,
        var value when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max => number,
        _ => throw new HsdsBadRequestException(max == int.MaxValue
            ? $"{name}: use a whole number from {min}."
            : $"{name}: use a whole number from {min} to {max}."),
    };

    private static DateTime? Instant(IQueryCollection query, string name) => Text(query, name) switch
    {
        null => null,
        var value when DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant) => instant.UtcDateTime,
        _ => throw new HsdsBadRequestException($"{name}: use an ISO 8601 date and time, such as 2024-05-01T00:00:00Z."),
    };
}

/// <summary>A query parameter the API cannot use; answered as a 400 problem with this message.</summary>
internal sealed class HsdsBadRequestException(string message) : Exception(message);
