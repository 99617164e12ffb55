using System.Globalization;
using Circles.Web.Data;
using Circles.Web.Features.Moderation;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Strategies;

/// <summary>A strategy as members see it: never who shared it.</summary>
public sealed record StrategyView(Guid Id, string Title, string Text, string Tags, string? Language)
{
    public IEnumerable<string> TagList => Tags.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(CopingTags.All.Contains);
}

public static class StrategyQueries
{
    /// <summary>
    /// Approved strategies: every one members shared, and the starter ones in the reader's
    /// language (English when the starter set lacks it), members' newest first.
    /// </summary>
    public static IQueryable<CopingStrategy> Library(CirclesDb db, CultureInfo culture)
    {
        var starterLanguage = StrategyLibrary.StarterLanguage(culture);
        return db.CopingStrategies
            .Where(s => s.Status == ModerationStatus.Approved && (s.StarterKey == null || s.Language == starterLanguage));
    }

    /// <summary>Tags are stored comma-separated; wrapping both sides in commas matches whole tags on either provider.</summary>
    public static IQueryable<CopingStrategy> Tagged(this IQueryable<CopingStrategy> query, string tag)
    {
        var wrapped = "," + tag + ",";
        return query.Where(s => ("," + s.Tags + ",").Contains(wrapped));
    }

    public static IQueryable<StrategyView> AsViews(this IQueryable<CopingStrategy> query) =>
        query.Select(s => new StrategyView(s.Id, s.Title, s.Text, s.Tags, s.Language));

    public static string? KnownTag(string? tag) => tag is not null && CopingTags.All.Contains(tag) ? tag : null;
}
