using Circles.Web.Data;
using Circles.Web.Features.Campaigns;
using Circles.Web.Features.Communities;
using Circles.Web.Features.Partners;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Demo;

/// <summary>
/// Two fictional awareness campaigns for the demo: one under way and one finished, with goals,
/// events, reach figures and tasks (one owned by a partner). Seeded once: nothing is added when
/// a campaign of the same name exists. The demo partner is looked up by name first, because the
/// partners' demo may have made it.
/// </summary>
public static class DemoCampaigns
{
    public const string CurrentName = "Know where to turn (fictional)";
    public const string PastName = "Spring market stalls (fictional)";
    public const string PartnerName = "Riverside Community Centre (fictional)";

    public static async Task EnsureSeededAsync(CirclesDb db, IReadOnlyDictionary<string, Guid> users, DateTime now, CancellationToken cancellationToken)
    {
        if (await db.Campaigns.AnyAsync(c => c.Name == CurrentName || c.Name == PastName, cancellationToken))
        {
            return;
        }
        var today = DateOnly.FromDateTime(now);
        var partner = await db.Partners.FirstOrDefaultAsync(p => p.Name == PartnerName, cancellationToken);
        if (partner is null)
        {
            partner = new Partner { Name = PartnerName, Kind = PartnerKind.ServiceProvider, CreatedAt = now };
            db.Partners.Add(partner);
        }
        var community = await db.Communities.OrderBy(c => c.CreatedAt).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken);
        var coordinator = users.GetValueOrDefault("demo-coordinator");
        var volunteer = users.GetValueOrDefault("demo-volunteer");

        var current = new Campaign
        {
            Name = CurrentName,
            Summary = "Help families at the Saturday market know where to find a calm group and a crisis line.",
            StartsOn = today.AddDays(-30),
            EndsOn = today.AddDays(45),
            CreatedAt = now,
        };
        db.Campaigns.Add(current);
        if (community is { } communityId)
        {
            db.CampaignCommunities.Add(new CampaignCommunity { CampaignId = current.Id, CommunityId = communityId });
        }
        db.CampaignPartners.Add(new CampaignPartner { CampaignId = current.Id, PartnerId = partner.Id, Role = "hosts the talks" });
        db.CampaignGoals.AddRange(
            new CampaignGoal { CampaignId = current.Id, Measure = "People reached", Kind = GoalKind.Reach, Target = 500 },
            new CampaignGoal { CampaignId = current.Id, Measure = "Talks held", Kind = GoalKind.EventsHeld, Target = 6 },
            new CampaignGoal { CampaignId = current.Id, Measure = "People at the talks", Kind = GoalKind.EventAttendance, Target = 120 },
            new CampaignGoal { CampaignId = current.Id, Measure = "Partners endorsing", Kind = GoalKind.Other, Target = 4, EnteredActual = 2 });
        db.CampaignEvents.AddRange(
            new CampaignEvent { CampaignId = current.Id, Title = "Talk at the community centre", HeldOn = today.AddDays(-20), Place = "Community centre, hall", CommunityId = community, Attendance = 34 },
            new CampaignEvent { CampaignId = current.Id, Title = "Stall at the Saturday market", HeldOn = today.AddDays(-6), Place = "Market square", CommunityId = community, Attendance = 51 },
            new CampaignEvent { CampaignId = current.Id, Title = "Talk for parents at the school", HeldOn = today.AddDays(10), Place = "Riverside school, library", CommunityId = community });
        db.CampaignReachFigures.AddRange(
            new CampaignReach { CampaignId = current.Id, RecordedOn = today.AddDays(-25), Channel = ReachChannel.Leaflets, Count = 120, Note = "Market, first weekend", CreatedAt = now },
            new CampaignReach { CampaignId = current.Id, RecordedOn = today.AddDays(-18), Channel = ReachChannel.SocialMedia, Count = 85, CreatedAt = now },
            new CampaignReach { CampaignId = current.Id, RecordedOn = today.AddDays(-9), Channel = ReachChannel.Radio, Count = 60, Note = "Local radio interview", CreatedAt = now },
            new CampaignReach { CampaignId = current.Id, RecordedOn = today.AddDays(-2), Channel = ReachChannel.Posters, Count = 40, CreatedAt = now });
        db.CampaignTasks.AddRange(
            new CampaignTask { CampaignId = current.Id, Title = "Print 500 leaflets", DueOn = today.AddDays(-24), OwnerUserId = coordinator == Guid.Empty ? null : coordinator, DoneAt = now.AddDays(-25), DoneByUserId = coordinator == Guid.Empty ? null : coordinator },
            new CampaignTask { CampaignId = current.Id, Title = "Book the hall for the next talk", DueOn = today.AddDays(3), OwnerPartnerId = partner.Id },
            new CampaignTask { CampaignId = current.Id, Title = "Ask the school for a date", DueOn = today.AddDays(-2), OwnerUserId = volunteer == Guid.Empty ? null : volunteer });

        var past = new Campaign
        {
            Name = PastName,
            Summary = "Stalls at the spring markets with leaflets in three languages.",
            StartsOn = today.AddDays(-200),
            EndsOn = today.AddDays(-140),
            CreatedAt = now,
        };
        db.Campaigns.Add(past);
        db.CampaignGoals.AddRange(
            new CampaignGoal { CampaignId = past.Id, Measure = "Leaflets handed out", Kind = GoalKind.Reach, Target = 300 },
            new CampaignGoal { CampaignId = past.Id, Measure = "Stalls held", Kind = GoalKind.EventsHeld, Target = 3 });
        db.CampaignEvents.AddRange(
            new CampaignEvent { CampaignId = past.Id, Title = "First market stall", HeldOn = today.AddDays(-190), Place = "Market square", Attendance = 40 },
            new CampaignEvent { CampaignId = past.Id, Title = "Second market stall", HeldOn = today.AddDays(-170), Place = "Market square", Attendance = 55 },
            new CampaignEvent { CampaignId = past.Id, Title = "Third market stall", HeldOn = today.AddDays(-150), Place = "Market square", Attendance = 38 });
        db.CampaignReachFigures.AddRange(
            new CampaignReach { CampaignId = past.Id, RecordedOn = today.AddDays(-190), Channel = ReachChannel.Leaflets, Count = 110, CreatedAt = now },
            new CampaignReach { CampaignId = past.Id, RecordedOn = today.AddDays(-170), Channel = ReachChannel.Leaflets, Count = 130, CreatedAt = now },
            new CampaignReach { CampaignId = past.Id, RecordedOn = today.AddDays(-150), Channel = ReachChannel.Leaflets, Count = 95, CreatedAt = now });
        db.CampaignTasks.Add(new CampaignTask { CampaignId = past.Id, Title = "Translate the leaflet", DueOn = today.AddDays(-195), OwnerUserId = coordinator == Guid.Empty ? null : coordinator, DoneAt = now.AddDays(-196), DoneByUserId = coordinator == Guid.Empty ? null : coordinator });
        await db.SaveChangesAsync(cancellationToken);
    }
}
