using System.Text.Json;
using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Icebreakers;

/// <summary>
/// The starter library (starter-icebreakers.json: trauma-informed activities in English and
/// Spanish) copied into an organization the first time it needs one, so each organization can
/// then adapt its own copy.
/// </summary>
public static class IcebreakerLibrary
{
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };
    private static readonly Lazy<List<StarterIcebreaker>> Starter = new(Load);

    public static IReadOnlyList<StarterIcebreaker> StarterSet => Starter.Value;

    public static async Task EnsureSeededAsync(CirclesDb db, Guid organizationId, CancellationToken cancellationToken)
    {
        if (await db.Icebreakers.IgnoreQueryFilters().AnyAsync(i => i.OrganizationId == organizationId, cancellationToken))
        {
            return;
        }
        foreach (var item in StarterSet)
        {
            db.Icebreakers.Add(new Icebreaker
            {
                OrganizationId = organizationId,
                Key = item.Key,
                Language = item.Language,
                Title = item.Title,
                Instructions = item.Instructions,
                Guidance = item.Guidance,
                Tags = item.Tags.Aggregate(IcebreakerTags.None, (all, tag) => all | ParseTag(tag)),
                Minutes = item.Minutes,
            });
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private static IcebreakerTags ParseTag(string tag) => tag switch
    {
        "low-disclosure" => IcebreakerTags.LowDisclosure,
        "movement" => IcebreakerTags.Movement,
        "creative" => IcebreakerTags.Creative,
        _ => throw new InvalidOperationException($"Unknown icebreaker tag {tag}"),
    };

    private static List<StarterIcebreaker> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Features", "Icebreakers", "starter-icebreakers.json");
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<List<StarterIcebreaker>>(stream, JsonOptions)
            ?? throw new InvalidOperationException("The starter icebreaker library is empty.");
    }

    public sealed record StarterIcebreaker(string Key, string Language, string Title, string Instructions, string Guidance, string[] Tags, int Minutes);
}
