using Circles.Web.Data;
using Circles.Web.Features.Stories;
using Circles.Web.Features.Updates;
using Circles.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Demo;

/// <summary>
/// Fictional organizer updates for the volunteer and partner homes, and what staff read of
/// stories: one shared with the staff, one with the group, one public that the current demo
/// campaign quotes and the public home features. Seeded once: nothing is added when updates exist.
/// </summary>
public static class DemoUpdates
{
    public static async Task SeedAsync(CirclesDb db, FieldProtector protector, Guid groupId, IReadOnlyDictionary<string, Guid> users, DateTime now, CancellationToken cancellationToken)
    {
        if (await db.OrganizerUpdates.AnyAsync(cancellationToken))
        {
            return;
        }
        var coordinator = users.GetValueOrDefault("demo-coordinator");
        db.OrganizerUpdates.AddRange(
            new OrganizerUpdate
            {
                Kind = UpdateKind.Win, Audience = UpdateAudience.Both, PostedAt = now.AddDays(-2), PostedByUserId = coordinator,
                Title = "A second group starts in the north (fictional)",
                Body = "Thanks to the hall the library lent us, a second evening group meets from next month. Volunteers: the rota is on the way.",
            },
            new OrganizerUpdate
            {
                Kind = UpdateKind.Setback, Audience = UpdateAudience.Volunteers, PostedAt = now.AddDays(-9), PostedByUserId = coordinator,
                Title = "The Saturday stall is paused (fictional)",
                Body = "The market is closed for repairs until spring. We will look for another place together at the next volunteer evening.",
            },
            new OrganizerUpdate
            {
                Kind = UpdateKind.Win, Audience = UpdateAudience.Partners, PostedAt = now.AddDays(-15), PostedByUserId = coordinator,
                Title = "Referrals answered faster (fictional)",
                Body = "Half of last month's referrals had a first answer within two days. Thank you for keeping your contact details up to date.",
            });

        if (users.GetValueOrDefault("demo-member") is var member && member != Guid.Empty)
        {
            AddStory(db, protector, member, StoryAudience.Staff, null, StoryNaming.FirstLetter, StoryKind.Challenge, now.AddDays(-12),
                "Asking for help was the hard part (fictional)",
                "For weeks I did not ring anyone. When I did, the person on the phone let me take my time. I would tell the staff: that patience is what made me come back.");
            AddStory(db, protector, member, StoryAudience.Group, groupId, StoryNaming.Pseudonym, StoryKind.Success, now.AddDays(-6),
                "Tea on Thursdays (fictional)",
                "I made the tea for everyone last Thursday. Small thing, but a month ago I would not have come in.");
            var open = AddStory(db, protector, member, StoryAudience.Public, null, StoryNaming.NoName, StoryKind.Success, now.AddDays(-4),
                "A calm place to start again (fictional)",
                "Someone at the market gave me a leaflet. Now I meet people every week who understand, and I have a plan for the hard days.");
            var campaign = await db.Campaigns.Where(c => c.Name == DemoCampaigns.CurrentName).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken);
            if (campaign is { } campaignId)
            {
                db.CampaignStories.Add(new CampaignStory { CampaignId = campaignId, StoryId = open, QuotedAt = now });
            }
            db.PublicStoryFeatures.Add(new PublicStoryFeature { StoryId = open, FeaturedAt = now });
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private static Guid AddStory(CirclesDb db, FieldProtector protector, Guid author, StoryAudience audience, Guid? groupId, StoryNaming naming,
        StoryKind kind, DateTime at, string title, string text)
    {
        var story = new Story
        {
            AuthorUserId = author, Kind = kind, Audience = audience, GroupId = groupId, Naming = naming, Status = StoryStatus.Published,
            CreatedAt = at, UpdatedAt = at, PublishedAt = at,
        };
        var version = new StoryVersion
        {
            StoryId = story.Id, Number = 1, ByAuthor = true, WrittenByUserId = author, CreatedAt = at, ApprovedAt = at,
            ProtectedTitle = protector.Protect(FieldPurposes.StoryTitle, title)!,
            ProtectedText = protector.Protect(FieldPurposes.StoryText, text)!,
        };
        story.ApprovedVersionId = version.Id;
        db.Stories.Add(story);
        db.StoryVersions.Add(version);
        return story.Id;
    }
}
