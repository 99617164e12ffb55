using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Data;
using Circles.Web.Features.Stories;
using Circles.Web.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Features.Stories;

/// <summary>
/// Arranges stories straight in the database in the state a test needs: by default published to
/// an audience, with one version the author approved, its title and text encrypted as the app
/// does (FieldProtector, FieldPurposes.StoryTitle/StoryText). Reviewing and approving are the
/// member's and reviewer's pages' to test; these tests are about who reads the result.
/// </summary>
public static class StoryFixtures
{
    public static async Task<Guid> PublishStoryAsync(
        this CirclesApp app, TestOrganization organization, TestUser author, StoryAudience audience,
        Guid? groupId = null, StoryNaming naming = StoryNaming.NoName, DateOnly? consentEndsOn = null, bool withdrawn = false,
        StoryStatus status = StoryStatus.Published, StoryKind kind = StoryKind.Success,
        string title = "A good week", string text = "We found our feet.", DateTime? publishedAt = null)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(organization.Id);
        var db = scope.ServiceProvider.GetRequiredService<CirclesDb>();
        var protector = scope.ServiceProvider.GetRequiredService<FieldProtector>();
        var now = publishedAt ?? app.Clock.GetUtcNow().UtcDateTime;
        var story = new Story
        {
            AuthorUserId = author.Id,
            Kind = kind,
            Audience = audience,
            GroupId = groupId,
            Naming = naming,
            Status = withdrawn ? StoryStatus.Withdrawn : status,
            ConsentEndsOn = consentEndsOn,
            WithdrawnAt = withdrawn ? now : null,
            CreatedAt = now,
            UpdatedAt = now,
            PublishedAt = now,
        };
        var version = new StoryVersion
        {
            StoryId = story.Id,
            Number = 1,
            ProtectedTitle = protector.Protect(FieldPurposes.StoryTitle, title)!,
            ProtectedText = protector.Protect(FieldPurposes.StoryText, text)!,
            ByAuthor = true,
            WrittenByUserId = author.Id,
            CreatedAt = now,
            ApprovedAt = now,
        };
        story.ApprovedVersionId = version.Id;
        db.Stories.Add(story);
        db.StoryVersions.Add(version);
        await db.SaveChangesAsync();
        return story.Id;
    }

    /// <summary>Quotes a story on a campaign, whatever its audience (the page reading it must still filter).</summary>
    public static Task QuoteOnCampaignAsync(this CirclesApp app, TestOrganization organization, Guid campaignId, Guid storyId) =>
        app.InOrganizationAsync(organization, async db =>
        {
            db.CampaignStories.Add(new CampaignStory { CampaignId = campaignId, StoryId = storyId, QuotedAt = app.Clock.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync();
        });

    /// <summary>Features a story on the public home, whatever its audience (the page reading it must still filter).</summary>
    public static Task FeatureOnPublicHomeAsync(this CirclesApp app, TestOrganization organization, Guid storyId) =>
        app.InOrganizationAsync(organization, async db =>
        {
            db.PublicStoryFeatures.Add(new PublicStoryFeature { StoryId = storyId, FeaturedAt = app.Clock.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync();
        });

    /// <summary>A campaign to quote on, running today.</summary>
    public static Task<Guid> CreateCampaignAsync(this CirclesApp app, TestOrganization organization, string name = "Spring campaign") =>
        app.InOrganizationAsync(organization, async db =>
        {
            var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
            var campaign = new Circles.Web.Features.Campaigns.Campaign { Name = name, StartsOn = today.AddDays(-5), EndsOn = today.AddDays(30), CreatedAt = app.Clock.GetUtcNow().UtcDateTime };
            db.Campaigns.Add(campaign);
            await db.SaveChangesAsync();
            return campaign.Id;
        });

    /// <summary>What the author does in one step: withdraw it.</summary>
    public static Task WithdrawAsync(this CirclesApp app, TestOrganization organization, Guid storyId) =>
        app.InOrganizationAsync(organization, async db =>
        {
            var story = await db.Stories.FindAsync(storyId);
            story!.Status = StoryStatus.Withdrawn;
            story.WithdrawnAt = app.Clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync();
        });
}
