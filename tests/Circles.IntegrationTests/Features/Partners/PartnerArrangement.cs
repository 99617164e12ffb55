using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Data;
using Circles.Web.Features.Campaigns;
using Circles.Web.Features.Communities;
using Circles.Web.Features.Partners;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Features.Partners;

/// <summary>Partner records, links and campaign tasks written straight to the database, as the organization's.</summary>
public static class PartnerArrangement
{
    public static async Task<T> WithDbAsync<T>(this CirclesApp app, TestOrganization organization, Func<CirclesDb, Task<T>> work)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(organization.Id);
        var db = scope.ServiceProvider.GetRequiredService<CirclesDb>();
        var result = await work(db);
        await db.SaveChangesAsync();
        return result;
    }

    public static Task<Guid> CreatePartnerAsync(this CirclesApp app, TestOrganization organization, string name, PartnerKind kind = PartnerKind.Other, Guid? communityId = null, bool showWhenJoining = false) =>
        app.WithDbAsync(organization, db =>
        {
            var partner = new Partner { Name = name, Kind = kind, ShowWhenJoining = showWhenJoining, CreatedAt = app.Clock.GetUtcNow().UtcDateTime };
            db.Partners.Add(partner);
            if (communityId is { } id)
            {
                db.PartnerCommunities.Add(new PartnerCommunity { PartnerId = partner.Id, CommunityId = id });
            }
            return Task.FromResult(partner.Id);
        });

    public static Task<Guid> CreateCommunityAsync(this CirclesApp app, TestOrganization organization, string name, string trustedLeaders = "") =>
        app.WithDbAsync(organization, db =>
        {
            var community = new Community { Name = name, TrustedLeaders = trustedLeaders, CreatedAt = app.Clock.GetUtcNow().UtcDateTime };
            db.Communities.Add(community);
            return Task.FromResult(community.Id);
        });

    public static Task<Guid> CreatePartnerTaskAsync(this CirclesApp app, TestOrganization organization, Guid? partnerId, string title, string campaign = "Spring week") =>
        app.WithDbAsync(organization, db =>
        {
            var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
            var record = new Campaign { Name = campaign, StartsOn = today, EndsOn = today.AddDays(7), CreatedAt = app.Clock.GetUtcNow().UtcDateTime };
            db.Campaigns.Add(record);
            var task = new CampaignTask { CampaignId = record.Id, Title = title, DueOn = today.AddDays(3), OwnerPartnerId = partnerId };
            db.CampaignTasks.Add(task);
            return Task.FromResult(task.Id);
        });

    public static Task<Guid> LinkPartnerAccountAsync(this CirclesApp app, TestOrganization organization, Guid userId, Guid partnerId) =>
        app.WithDbAsync(organization, db =>
        {
            var link = new PartnerAccount { UserId = userId, PartnerId = partnerId };
            db.PartnerAccounts.Add(link);
            return Task.FromResult(link.Id);
        });
}
