using Circles.Web.Data;
using Circles.Web.Features.Campaigns;
using Circles.Web.Features.Partners;
using Circles.Web.Features.Partners.Sources;
using Circles.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Demo;

/// <summary>
/// Fictional partners of four kinds, linked to the demo community; an engagement log with one
/// overdue next step; demo-partner linked to the clinic, which owns two tasks of a small
/// campaign; and a few "How did you find us?" counts. Keyed by name: what exists is skipped.
/// </summary>
public static class DemoPartners
{
    public const string ClinicName = "Northside Health Clinic (fictional)";
    public const string CampaignName = "Know your rights week (fictional)";

    public static async Task EnsureSeededAsync(CirclesDb db, FieldProtector protector, IReadOnlyDictionary<string, Guid> users, DateTime now, CancellationToken cancellationToken)
    {
        if (await db.Partners.AnyAsync(p => p.Name == ClinicName, cancellationToken))
        {
            return;
        }
        var today = DateOnly.FromDateTime(now);
        var community = await db.Communities.OrderBy(c => c.CreatedAt).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken);
        Partner Add(string name, PartnerKind kind, PartnerContactWay way, bool showWhenJoining, string? contact = null, string? phone = null, string? email = null)
        {
            var partner = new Partner
            {
                Name = name,
                Kind = kind,
                PreferredContact = way,
                ShowWhenJoining = showWhenJoining,
                ContactNameProtected = protector.Protect(FieldPurposes.PartnerContactName, contact),
                ContactPhoneProtected = protector.Protect(FieldPurposes.PartnerContactPhone, phone),
                ContactEmailProtected = protector.Protect(FieldPurposes.PartnerContactEmail, email),
                CreatedAt = now,
            };
            db.Partners.Add(partner);
            if (community is { } communityId)
            {
                db.PartnerCommunities.Add(new PartnerCommunity { PartnerId = partner.Id, CommunityId = communityId });
            }
            return partner;
        }
        var clinic = Add(ClinicName, PartnerKind.ServiceProvider, PartnerContactWay.Email, true, "Dr Sam Reyes (fictional)", "0800 000 111", "sam.reyes@clinic.example");
        clinic.Notes = "Drop-in on Tuesday mornings. Happy to host a talk in the waiting room.";
        var chapel = Add("Pastor Ana, Riverside chapel (fictional)", PartnerKind.ReligiousLeader, PartnerContactWay.InPerson, true, "Pastor Ana (fictional)");
        var laundrette = Add("Riverside Laundrette (fictional)", PartnerKind.Business, PartnerContactWay.Phone, false, "Mrs Lee (fictional)", "0800 000 222");
        Add("Tenants' association, Mr Okafor (fictional)", PartnerKind.CommunityLeader, PartnerContactWay.ThroughSomeone, false);

        var coordinator = users["demo-coordinator"];
        db.PartnerEngagements.AddRange(
            new PartnerEngagement
            {
                PartnerId = chapel.Id, Kind = EngagementKind.Meeting, OccurredOn = today.AddDays(-20),
                Note = "Met after the Sunday service; open to sharing the group's card.",
                NextStep = "Drop off twenty cards", NextStepDueOn = today.AddDays(-3), NextStepOwnerUserId = coordinator,
                CreatedByUserId = coordinator, CreatedAt = now,
            },
            new PartnerEngagement
            {
                PartnerId = clinic.Id, Kind = EngagementKind.ReferralReceived, OccurredOn = today.AddDays(-10),
                Note = "A patient asked about the Thursday circle.", CreatedByUserId = coordinator, CreatedAt = now,
            },
            new PartnerEngagement
            {
                PartnerId = laundrette.Id, Kind = EngagementKind.Call, OccurredOn = today.AddDays(-5),
                Note = "Agreed to put a poster by the door.",
                NextStep = "Bring the poster", NextStepDueOn = today.AddDays(4), NextStepOwnerUserId = coordinator,
                CreatedByUserId = coordinator, CreatedAt = now,
            });

        if (users.TryGetValue("demo-partner", out var partnerUser))
        {
            db.PartnerAccounts.Add(new PartnerAccount { PartnerId = clinic.Id, UserId = partnerUser });
        }
        var campaign = await db.Campaigns.FirstOrDefaultAsync(c => c.Name == CampaignName, cancellationToken);
        if (campaign is null)
        {
            campaign = new Campaign { Name = CampaignName, StartsOn = today.AddDays(7), EndsOn = today.AddDays(14), CreatedAt = now };
            db.Campaigns.Add(campaign);
        }
        db.CampaignTasks.AddRange(
            new CampaignTask { CampaignId = campaign.Id, Title = "Put leaflets in the waiting room", DueOn = today.AddDays(6), OwnerPartnerId = clinic.Id },
            new CampaignTask { CampaignId = campaign.Id, Title = "Book the room for the talk", DueOn = today.AddDays(2), OwnerPartnerId = clinic.Id, DoneAt = now });

        var month = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        db.JoinSourceCounts.AddRange(
            new JoinSourceCount { Month = month, Channel = JoinChannel.Partner, PartnerId = clinic.Id, Count = 6 },
            new JoinSourceCount { Month = month, Channel = JoinChannel.Partner, PartnerId = chapel.Id, Count = 2 },
            new JoinSourceCount { Month = month, Channel = JoinChannel.FriendOrFamily, Count = 5 });
        await db.SaveChangesAsync(cancellationToken);
    }
}
