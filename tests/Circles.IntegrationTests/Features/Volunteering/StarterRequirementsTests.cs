using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Organizations;
using Circles.Web.Features.Volunteering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Features.Volunteering;

/// <summary>Issue 15: <c>organization create</c> gives a new organization the starter requirements, once.</summary>
public sealed class StarterRequirementsTests(PublicAddressApp app) : IClassFixture<PublicAddressApp>
{
    [Fact]
    public async Task OrganizationCreate_SeedsTheStarterRequirements()
    {
        var slug = "charity-" + Guid.NewGuid().ToString("N")[..10];
        using (var output = new StringWriter())
        {
            Assert.Equal(OrganizationCommand.Succeeded, await OrganizationCommand.RunAsync(["organization", "create", "--slug", slug, "--name", "Starter Network"], app.Services, output));
        }

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CirclesDb>();
        var organizationId = await db.Organizations.IgnoreQueryFilters().Where(o => o.Slug == slug).Select(o => o.Id).SingleAsync();
        var types = await db.RequirementTypes.IgnoreQueryFilters().Where(t => t.OrganizationId == organizationId).OrderBy(t => t.Name).ToListAsync();

        Assert.Equal(
            [("Background check", Roles.Facilitator, 36), ("Confidentiality agreement", "Volunteer,Facilitator,PeerSupporter", 12),
             ("Safeguarding training", "Volunteer,Facilitator,PeerSupporter", 12), ("Trauma-informed care training", "Volunteer,Facilitator,PeerSupporter", 24)],
            types.Select(t => (t.Name, t.Roles, t.ValidityMonths)));
        Assert.All(types, t => Assert.Equal(RequirementType.DefaultRenewalWindowDays, t.RenewalWindowDays));
    }
}
