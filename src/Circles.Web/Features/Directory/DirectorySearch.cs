using Circles.Web.Data;
using Circles.Web.Features.Directory.Hsds;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Directory;

/// <summary>
/// A service that matches a search, with its rank (higher is better). Properties, not a
/// positional record, so that EF can order and filter on them after the projection.
/// </summary>
public sealed class ServiceMatch
{
    public required string ServiceId { get; init; }
    public double Rank { get; init; }
}

/// <summary>
/// Full-text search over the current organization's services: the directory pages and the HSDS
/// API's <c>search</c> parameter both go through here.
/// </summary>
public sealed class DirectorySearch(CirclesDb db)
{
    /// <summary>Services of the current organization matching the words, to be ordered by Rank descending.</summary>
    public IQueryable<ServiceMatch> Matching(string words)
    {
        // Placeholder until the FTS5 / tsvector index lands: a plain substring match.
        var text = words.Trim();
        return db.Set<HsdsService>()
            .Where(s => s.Name!.Contains(text) || s.Description!.Contains(text))
            .Select(s => new ServiceMatch { ServiceId = s.Id, Rank = 1.0 });
    }
}
