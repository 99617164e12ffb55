using Circles.Web.Data;
using Circles.Web.Features.Directory.Hsds;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Directory;

/// <summary>A service that matches a search, with its rank (higher is better).</summary>
public sealed record ServiceMatch(string ServiceId, double Rank);

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
            .Select(s => new ServiceMatch(s.Id, 1.0));
    }
}
