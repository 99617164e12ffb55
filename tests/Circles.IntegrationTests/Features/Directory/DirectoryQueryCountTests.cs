using Circles.IntegrationTests.Infrastructure;

namespace Circles.IntegrationTests.Features.Directory;

/// <summary>The directory pages ask the database the same number of times for 3 services as for 20 (no query per card).</summary>
public sealed class DirectoryQueryCountTests(CommandCountingApp app) : IClassFixture<CommandCountingApp>
{
    [Theory]
    [InlineData("/directory")]
    [InlineData("/directory?q=advice&open=true")]
    [InlineData("/directory?free=true&nodocs=true&lang=es")]
    public async Task Directory_MoreServicesOnThePage_SameNumberOfQueries(string url)
    {
        var organization = await app.CreateOrganizationAsync();
        void AddServices(DirectoryBuilder d, int count)
        {
            for (var i = 0; i < count; i++)
            {
                var service = d.Service($"Advice {Guid.NewGuid():N}", organizationName: "Provider");
                d.Facts(service, f => { f.IsFree = true; f.RequiresId = false; f.RequiresImmigrationDocuments = false; });
                d.Language(service, "es", "Español");
                d.Language(service, "ar", "العربية");
                d.Schedule(service, "MO,TU,WE,TH,FR,SA,SU", "00:00", "00:00");
            }
        }
        await app.ArrangeDirectoryAsync(organization, d => AddServices(d, 3));
        var member = await app.SignedInAsync(organization.Member);
        await member.GetAsync(url);

        var before = app.Commands;
        var few = await DirectorySearchTests.ResultsAsync(member, url["/directory".Length..]);
        var withFew = app.Commands - before;
        await app.ArrangeDirectoryAsync(organization, d => AddServices(d, 17));
        before = app.Commands;
        var many = await DirectorySearchTests.ResultsAsync(member, url["/directory".Length..]);
        var withMany = app.Commands - before;

        Assert.Equal(3, few.Count);
        Assert.Equal(20, many.Count);
        Assert.True(withFew > 0);
        Assert.Equal(withFew, withMany);
    }
}
