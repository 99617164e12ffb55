using Circles.Web.Data;
using Circles.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Crisis;

/// <summary>
/// The phrase lists every organization starts with, in English and Spanish: words that mean a
/// person may need someone to reach out now — thoughts of ending their life or hurting
/// themselves, or danger to them right now. Hard situations that are not an emergency today
/// ("they took my passport", "I owe them money") are deliberately left out: an alert must mean
/// "a human should reach out now", or people stop reading alerts. Coordinators change the lists
/// at /settings/crisis-phrases; phrases are data, matched after <see cref="CrisisDetector.Normalize"/>
/// (case, accents and apostrophes do not matter, so "Im" and "I'm" are one phrase).
/// </summary>
public static class CrisisPhraseSeeds
{
    /// <summary>
    /// Stored in the audit log when an organization receives the lists, once: it is also the
    /// mark that they were given, so phrases a coordinator removed never come back.
    /// </summary>
    public const string SeededAuditAction = "crisis.phrases-seeded";

    public sealed record Seed(string Language, string Phrase, CrisisCategory Category);

    private const CrisisCategory SelfHarm = CrisisCategory.SelfHarm;
    private const CrisisCategory Danger = CrisisCategory.ImmediateDanger;

    public static readonly IReadOnlyList<Seed> English =
    [
        new("en", "kill myself", SelfHarm),
        new("en", "killing myself", SelfHarm),
        new("en", "end my life", SelfHarm),
        new("en", "end it all", SelfHarm),
        new("en", "take my own life", SelfHarm),
        new("en", "want to die", SelfHarm),
        new("en", "wanna die", SelfHarm),
        new("en", "better off dead", SelfHarm),
        new("en", "better off without me", SelfHarm),
        new("en", "no reason to live", SelfHarm),
        new("en", "nothing to live for", SelfHarm),
        new("en", "hurt myself", SelfHarm),
        new("en", "hurting myself", SelfHarm),
        new("en", "cut myself", SelfHarm),
        new("en", "cutting myself", SelfHarm),
        new("en", "suicide", SelfHarm),
        new("en", "suicidal", SelfHarm),
        new("en", "overdose", SelfHarm),
        new("en", "not be here tomorrow", SelfHarm),
        new("en", "he will kill me", Danger),
        new("en", "she will kill me", Danger),
        new("en", "they will kill me", Danger),
        new("en", "going to kill me", Danger),
        new("en", "gonna kill me", Danger),
        new("en", "they are coming for me", Danger),
        new("en", "he is coming for me", Danger),
        new("en", "they found me", Danger),
        new("en", "im in danger", Danger),
        new("en", "i am in danger", Danger),
        new("en", "not safe right now", Danger),
        new("en", "locked me in", Danger),
        new("en", "please help me now", Danger),
    ];

    public static readonly IReadOnlyList<Seed> Spanish =
    [
        new("es", "quiero morir", SelfHarm),
        new("es", "quiero morirme", SelfHarm),
        new("es", "me quiero morir", SelfHarm),
        new("es", "matarme", SelfHarm),
        new("es", "me voy a matar", SelfHarm),
        new("es", "quitarme la vida", SelfHarm),
        new("es", "acabar con mi vida", SelfHarm),
        new("es", "acabar con todo", SelfHarm),
        new("es", "suicidarme", SelfHarm),
        new("es", "suicidio", SelfHarm),
        new("es", "hacerme daño", SelfHarm),
        new("es", "me hago daño", SelfHarm),
        new("es", "cortarme", SelfHarm),
        new("es", "no quiero vivir", SelfHarm),
        new("es", "no tengo razones para vivir", SelfHarm),
        new("es", "estarían mejor sin mí", SelfHarm),
        new("es", "me va a matar", Danger),
        new("es", "me van a matar", Danger),
        new("es", "me quiere matar", Danger),
        new("es", "estoy en peligro", Danger),
        new("es", "vienen por mí", Danger),
        new("es", "vienen a buscarme", Danger),
        new("es", "me encontraron", Danger),
        new("es", "me tienen encerrada", Danger),
        new("es", "me tienen encerrado", Danger),
        new("es", "me encerraron", Danger),
        new("es", "no estoy a salvo", Danger),
        new("es", "ayúdenme por favor", Danger),
    ];

    public static IReadOnlyList<Seed> All { get; } = [.. English, .. Spanish];

    public static IReadOnlyList<string> Languages { get; } = [.. All.Select(s => s.Language).Distinct()];

    /// <summary>Whether the organization has been given the lists (and so keeps its own, even if a coordinator emptied them).</summary>
    public static Task<bool> WereSeededAsync(CirclesDb db, Guid organizationId, CancellationToken cancellationToken) =>
        db.AuditEvents.IgnoreQueryFilters()
            .AnyAsync(e => e.OrganizationId == organizationId && e.Action == SeededAuditAction, cancellationToken);

    /// <summary>Gives an organization the lists once; never again after, whatever it did with them.</summary>
    public static async Task EnsureSeededAsync(CirclesDb db, Guid organizationId, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await WereSeededAsync(db, organizationId, cancellationToken))
        {
            return;
        }
        var existing = (await db.CrisisPhrases.IgnoreQueryFilters()
                .Where(p => p.OrganizationId == organizationId)
                .Select(p => new { p.Language, p.Phrase })
                .ToListAsync(cancellationToken))
            .Select(p => (p.Language, CrisisDetector.Normalize(p.Phrase)))
            .ToHashSet();
        foreach (var seed in All.Where(s => !existing.Contains((s.Language, CrisisDetector.Normalize(s.Phrase)))))
        {
            db.CrisisPhrases.Add(new CrisisPhrase { OrganizationId = organizationId, Language = seed.Language, Phrase = seed.Phrase, Category = seed.Category });
        }
        db.AuditEvents.Add(new AuditEvent { OrganizationId = organizationId, Action = SeededAuditAction, At = clock.GetUtcNow().UtcDateTime });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            CrisisDetector.MarkSeeded(organizationId);
        }
        catch (DbUpdateException)
        {
            // Two first visits at once: the other one seeded the same phrases.
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>At start-up, every organization that never had the lists gets them (the demo's included).</summary>
    public static async Task SeedCrisisPhrasesAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CirclesDb>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        // The organizations already seeded in one query, not one question each at every start.
        var seeded = (await db.AuditEvents.IgnoreQueryFilters()
            .Where(e => e.Action == SeededAuditAction)
            .Select(e => e.OrganizationId)
            .Distinct()
            .ToListAsync()).ToHashSet();
        var organizations = await db.Organizations.IgnoreQueryFilters().Select(o => o.Id).ToListAsync();
        foreach (var organizationId in organizations.Where(id => !seeded.Contains(id)))
        {
            await EnsureSeededAsync(db, organizationId, clock, CancellationToken.None);
            // Each save would otherwise look again at every phrase tracked for the organizations
            // before it: 26 s for 300 new organizations (issue 17, bench/README.md).
            db.ChangeTracker.Clear();
        }
    }
}
