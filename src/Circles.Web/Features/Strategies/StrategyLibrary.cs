using System.Globalization;
using System.Text.Json;
using Circles.Web.Data;
using Circles.Web.Features.Moderation;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Strategies;

/// <summary>
/// The starter strategies (starter-strategies.json: gentle, general wellbeing techniques in
/// English and Spanish) copied into an organization as approved strategies without an author,
/// so that the library is never empty and coordinators can take any of them down.
/// </summary>
public static class StrategyLibrary
{
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };
    private static readonly Lazy<List<StarterStrategy>> Starter = new(Load);

    public static IReadOnlyList<StarterStrategy> StarterSet => Starter.Value;

    /// <summary>Adds the starter strategies this organization does not have yet (by key and language); safe to call on every visit.</summary>
    public static async Task EnsureSeededAsync(CirclesDb db, Guid organizationId, DateTime now, CancellationToken cancellationToken)
    {
        var present = await db.CopingStrategies.IgnoreQueryFilters()
            .Where(s => s.OrganizationId == organizationId && s.StarterKey != null)
            .Select(s => new { s.StarterKey, s.Language })
            .ToListAsync(cancellationToken);
        var missing = StarterSet.Where(item => !present.Any(p => p.StarterKey == item.Key && p.Language == item.Language)).ToList();
        if (missing.Count == 0)
        {
            return;
        }
        var added = missing.Select(item => new CopingStrategy
        {
            OrganizationId = organizationId,
            StarterKey = item.Key,
            Language = item.Language,
            Title = item.Title,
            Text = item.Text,
            Tags = string.Join(',', item.Tags),
            Status = ModerationStatus.Approved,
            CreatedAt = now,
        }).ToList();
        db.CopingStrategies.AddRange(added);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request seeded the same organization at the same moment; its rows stand.
            foreach (var strategy in added)
            {
                db.Entry(strategy).State = EntityState.Detached;
            }
        }
    }

    /// <summary>The reader's language if the starter set has it, else English.</summary>
    public static string StarterLanguage(CultureInfo culture) =>
        StarterSet.Any(s => s.Language == culture.TwoLetterISOLanguageName) ? culture.TwoLetterISOLanguageName : "en";

    private static List<StarterStrategy> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Features", "Strategies", "starter-strategies.json");
        using var stream = File.OpenRead(path);
        var items = JsonSerializer.Deserialize<List<StarterStrategy>>(stream, JsonOptions)
            ?? throw new InvalidOperationException("The starter strategies are empty.");
        foreach (var tag in items.SelectMany(i => i.Tags).Where(t => !CopingTags.All.Contains(t)))
        {
            throw new InvalidOperationException($"Unknown coping tag {tag}");
        }
        return items;
    }

    public sealed record StarterStrategy(string Key, string Language, string Title, string Text, string[] Tags);
}
