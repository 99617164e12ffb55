using System.Buffers.Binary;
using Circles.IntegrationTests.Features.Journal;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Accounts;

/// <summary>Circles with the production cost of password hashing and journal key derivation.</summary>
public sealed class ProductionCostApp : CirclesApp
{
    protected override bool CheapCredentials => false;
}

/// <summary>
/// Every other app in the suites hashes passwords and derives journal keys with 1,000 rounds, to
/// keep hundreds of sign-ins fast. These tests keep the production cost, so that a setting that
/// made it too cheap in production (the brute-force protection of a stolen database, SEC-12,
/// and of the journal key, SEC-20) would be caught.
/// </summary>
public sealed class ProductionCostTests(ProductionCostApp app) : IClassFixture<ProductionCostApp>
{
    /// <summary>Identity's hash format 3: 0x01, then the PRF, the round count and the salt length, each a big-endian uint32.</summary>
    private const byte IdentityV3 = 0x01;
    private const uint HmacSha512 = 2;

    [Fact]
    public async Task PasswordHash_OfANewPerson_IsPbkdf2Sha512WithAtLeast100000Rounds_AndSignsIn()
    {
        var organization = await app.CreateOrganizationAsync();

        var hash = await StoredHashAsync(organization.Member.Id);

        Assert.Equal(IdentityV3, hash[0]);
        Assert.Equal(HmacSha512, BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(1)));
        Assert.True(BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(5)) >= 100_000, "Passwords are hashed with fewer than 100,000 rounds.");
        await app.SignedInAsync(organization.Member);
    }

    [Fact]
    public async Task JournalKey_MadeAtSignIn_IsDerivedWith210000Rounds_AndOpensTheJournal()
    {
        var organization = await app.CreateOrganizationAsync();
        var client = await app.SignedInAsync(organization.Member);
        var canary = JournalSteps.Canary();

        var id = await client.WriteAsync(canary);

        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CirclesDb>();
            var iterations = await db.PersonalKeys.IgnoreQueryFilters()
                .Where(k => k.UserId == organization.Member.Id).Select(k => k.Iterations).SingleAsync();
            Assert.Equal(210_000, iterations);
        }
        var again = await app.SignedInAsync(organization.Member);
        Assert.Contains(canary, await again.MainTextAsync($"/journal/{id}"), StringComparison.Ordinal);
    }

    private async Task<byte[]> StoredHashAsync(Guid userId)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CirclesDb>();
        var hash = await db.Users.IgnoreQueryFilters().Where(u => u.Id == userId).Select(u => u.PasswordHash).SingleAsync();
        return Convert.FromBase64String(hash!);
    }
}
