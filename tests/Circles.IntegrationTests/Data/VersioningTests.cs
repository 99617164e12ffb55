using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Data;
using Circles.Web.Features.Communities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Data;

/// <summary>
/// SEC-43 (concurrent edits are detected, not overwritten), in one place: CirclesDb renews the
/// version of every versioned row a save changes, and a save made from an outdated read or an
/// outdated form writes nothing and answers false.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class VersioningTests(SharedCirclesApp app)
{
    [Fact]
    public void EveryEntityWithAVersion_IsVersionedAndItsVersionIsTheConcurrencyToken()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CirclesDb>();
        var problems = new List<string>();
        // A Guid Version is a concurrency token by convention here (HSDS's taxonomy version is text, and data).
        foreach (var entity in db.Model.GetEntityTypes().Where(e => e.FindProperty(nameof(IVersioned.Version))?.ClrType == typeof(Guid)))
        {
            if (!typeof(IVersioned).IsAssignableFrom(entity.ClrType))
            {
                problems.Add($"{entity.ClrType.Name} has a Version but is not IVersioned, so nobody renews it");
            }
            else if (!entity.FindProperty(nameof(IVersioned.Version))!.IsConcurrencyToken)
            {
                problems.Add($"{entity.ClrType.Name}.Version is not a concurrency token");
            }
        }
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Save_OfAChangedRow_RenewsItsVersion_AndOfAnUnchangedRow_KeepsIt()
    {
        var (organization, id) = await NewCommunityAsync();
        using var scope = Scope(organization);
        var db = scope.ServiceProvider.GetRequiredService<CirclesDb>();
        var community = await db.Communities.SingleAsync(c => c.Id == id);
        var before = community.Version;

        await db.SaveChangesAsync();
        Assert.Equal(before, community.Version);

        community.Region = "North";
        await db.SaveChangesAsync();
        Assert.NotEqual(before, community.Version);
    }

    [Fact]
    public async Task TrySave_AfterSomeoneElseSaved_ReturnsFalseAndKeepsTheirChange()
    {
        var (organization, id) = await NewCommunityAsync();
        using var mine = Scope(organization);
        using var theirs = Scope(organization);
        var myDb = mine.ServiceProvider.GetRequiredService<CirclesDb>();
        var theirDb = theirs.ServiceProvider.GetRequiredService<CirclesDb>();
        var myCopy = await myDb.Communities.SingleAsync(c => c.Id == id);
        var theirCopy = await theirDb.Communities.SingleAsync(c => c.Id == id);

        theirCopy.Region = "Theirs";
        Assert.True(await theirDb.TrySaveAsync(CancellationToken.None));
        myCopy.Region = "Mine";
        myDb.AuditEvents.Add(new Circles.Web.Security.AuditEvent { Action = "test" });

        Assert.False(await myDb.TrySaveAsync(CancellationToken.None));
        Assert.Equal("Theirs", await RegionAsync(organization, id));
        Assert.Equal(0, await AuditEventsAsync(organization));
    }

    [Fact]
    public async Task ExpectVersion_FromAnOutdatedForm_MakesTheSaveFail()
    {
        var (organization, id) = await NewCommunityAsync();
        Guid seenInTheForm;
        using (var first = Scope(organization))
        {
            var db = first.ServiceProvider.GetRequiredService<CirclesDb>();
            var community = await db.Communities.SingleAsync(c => c.Id == id);
            seenInTheForm = community.Version;
            community.Region = "Changed in another window";
            await db.SaveChangesAsync();
        }
        using var second = Scope(organization);
        var secondDb = second.ServiceProvider.GetRequiredService<CirclesDb>();
        var fresh = await secondDb.Communities.SingleAsync(c => c.Id == id);

        secondDb.ExpectVersion(fresh, seenInTheForm);
        fresh.Region = "From the old form";

        Assert.False(await secondDb.TrySaveAsync(CancellationToken.None));
        Assert.Equal("Changed in another window", await RegionAsync(organization, id));
    }

    [Fact]
    public async Task Touch_MakesTwoSavesThatReadTheSameRowConflict()
    {
        var (organization, id) = await NewCommunityAsync();
        using var one = Scope(organization);
        using var two = Scope(organization);
        var oneDb = one.ServiceProvider.GetRequiredService<CirclesDb>();
        var twoDb = two.ServiceProvider.GetRequiredService<CirclesDb>();
        var readByOne = await oneDb.Communities.SingleAsync(c => c.Id == id);
        var readByTwo = await twoDb.Communities.SingleAsync(c => c.Id == id);

        oneDb.Touch(readByOne);
        twoDb.Touch(readByTwo);

        Assert.True(await oneDb.TrySaveAsync(CancellationToken.None));
        Assert.False(await twoDb.TrySaveAsync(CancellationToken.None));
    }

    private async Task<(Guid Organization, Guid Community)> NewCommunityAsync()
    {
        var organization = await app.CreateOrganizationAsync();
        using var scope = Scope(organization.Id);
        var db = scope.ServiceProvider.GetRequiredService<CirclesDb>();
        var community = new Community { Name = "Riverside" };
        db.Communities.Add(community);
        await db.SaveChangesAsync();
        return (organization.Id, community.Id);
    }

    private IServiceScope Scope(Guid organizationId)
    {
        var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(organizationId);
        return scope;
    }

    private async Task<string> RegionAsync(Guid organizationId, Guid id)
    {
        using var scope = Scope(organizationId);
        return await scope.ServiceProvider.GetRequiredService<CirclesDb>().Communities.Where(c => c.Id == id).Select(c => c.Region).SingleAsync();
    }

    private async Task<int> AuditEventsAsync(Guid organizationId)
    {
        using var scope = Scope(organizationId);
        return await scope.ServiceProvider.GetRequiredService<CirclesDb>().AuditEvents.CountAsync(e => e.Action == "test");
    }
}
