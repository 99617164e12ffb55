using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Journal;
using Circles.Web.Features.Messages;
using Circles.Web.Features.MyData;
using Circles.Web.Features.Needs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Features.MyData;

/// <summary>
/// Issue 6: export completeness against the data model. Every table that refers to a person
/// (a foreign key to the users table, or a Guid column named …UserId) is in the download
/// (<see cref="PersonalDataExport.CoveredEntityTypes"/>, which is the list the export reads
/// from) or deliberately left out with a written reason. A new personal table that the export
/// misses fails here.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class PersonalDataCompletenessTests(SharedCirclesApp app)
{
    private IModel Model()
    {
        using var scope = app.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<CirclesDb>().Model;
    }

    /// <summary>Independent of the export's own helper: a foreign key to the users table, or a Guid named like a user id.</summary>
    private static bool RefersToAPerson(IEntityType entityType) =>
        entityType.ClrType == typeof(CirclesUser)
        || entityType.GetForeignKeys().Any(fk => fk.PrincipalEntityType.ClrType == typeof(CirclesUser))
        || entityType.GetProperties().Any(p =>
            (p.ClrType == typeof(Guid) || p.ClrType == typeof(Guid?))
            && (p.Name.EndsWith("UserId", StringComparison.Ordinal) || p.Name.EndsWith("ByUser", StringComparison.Ordinal)));

    [Fact]
    public void EveryTableThatRefersToAPerson_IsExportedOrExcludedWithAReason()
    {
        var personal = Model().GetEntityTypes().Where(RefersToAPerson).Select(e => e.ClrType).ToList();

        // The rule finds what it must (so this test cannot pass by finding nothing).
        Assert.Contains(typeof(DirectMessage), personal);
        Assert.Contains(typeof(JournalEntry), personal);
        Assert.Contains(typeof(Need), personal);
        Assert.True(personal.Count >= 40, $"only {personal.Count} personal tables found");

        var missed = personal
            .Where(t => !PersonalDataExport.CoveredEntityTypes.Contains(t) && !PersonalDataSections.NotExported.ContainsKey(t))
            .Select(t => t.Name).ToList();
        Assert.True(missed.Count == 0, "Tables about a person that the download misses: " + string.Join(", ", missed));
        Assert.All(PersonalDataSections.NotExported.Values, reason => Assert.True(reason.Length > 20, "each exclusion says why"));
        Assert.Empty(PersonalDataSections.NotExported.Keys.Intersect(PersonalDataExport.CoveredEntityTypes));
    }

    [Fact]
    public void EveryEncryptedColumnOfAnExportedTable_IsDecryptedNotCopied()
    {
        var model = Model();
        var unknown = PersonalDataExport.CoveredEntityTypes
            .SelectMany(t => model.FindEntityType(t)!.GetProperties().Select(p => (t, p.Name)))
            .Where(c => c.Name.StartsWith("Protected", StringComparison.Ordinal) || c.Name.StartsWith("Sealed", StringComparison.Ordinal))
            .Where(c => !PersonalDataExport.ProtectedPurposes.ContainsKey(c) && !PersonalDataExport.SealedPurposes.ContainsKey(c))
            .Select(c => c.t.Name + "." + c.Name).ToList();
        Assert.True(unknown.Count == 0, "Encrypted columns the export does not know how to open: " + string.Join(", ", unknown));
    }

    [Fact]
    public void SectionKeysAreUnique_AndEveryCoveredTableIsInTheModel()
    {
        var model = Model();
        Assert.Equal(PersonalDataSections.All.Count, PersonalDataSections.All.Select(s => s.Key).Distinct().Count());
        Assert.All(PersonalDataExport.CoveredEntityTypes, t => Assert.NotNull(model.FindEntityType(t)));
    }
}
