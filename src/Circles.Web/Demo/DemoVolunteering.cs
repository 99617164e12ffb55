using Circles.Web.Data;
using Circles.Web.Features.Campaigns;
using Circles.Web.Features.Volunteering;
using Microsoft.EntityFrameworkCore;
using Circles.Web.Features.Shared;

namespace Circles.Web.Demo;

/// <summary>
/// The starter requirements; demo-facilitator with every requirement current and co-facilitating
/// the Thursday circle; demo-volunteer with one requirement in its renewal window, helping at a
/// campaign event, and hours in each state (approved, waiting, returned). All fictional.
/// </summary>
public static class DemoVolunteering
{
    public static async Task SeedAsync(CirclesDb db, Guid organizationId, Guid groupId, IReadOnlyDictionary<string, Guid> users, TimeProvider clock, CancellationToken cancellationToken)
    {
        await RequirementDefaults.EnsureSeededAsync(db, organizationId, clock, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = clock.UtcToday();
        var coordinator = users["demo-coordinator"];
        var facilitator = users["demo-facilitator"];
        var volunteer = users["demo-volunteer"];
        var types = await db.RequirementTypes.ToListAsync(cancellationToken);

        void Complete(Guid userId, RequirementType type, DateOnly on) => db.RequirementCompletions.Add(new RequirementCompletion
        {
            RequirementTypeId = type.Id, UserId = userId, CompletedOn = on, RecordedByUserId = coordinator, RecordedAt = now,
        });
        foreach (var type in types)
        {
            Complete(facilitator, type, today.AddMonths(-2));
            if (type.AppliesTo(Accounts.Roles.Volunteer))
            {
                // The confidentiality agreement lapses in 40 days: in its renewal window, reminded on both homes.
                Complete(volunteer, type, type.Name.StartsWith("Confidentiality", StringComparison.Ordinal)
                    ? today.AddMonths(-type.ValidityMonths).AddDays(40)
                    : today.AddMonths(-3));
            }
        }

        db.Assignments.Add(new Assignment
        {
            UserId = facilitator, Kind = AssignmentKind.Group, TargetId = groupId, StartsOn = today.AddMonths(-2), AssignedByUserId = coordinator, CreatedAt = now,
        });
        // A campaign event to help at: the demo's own if there is one, otherwise a small fictional one.
        var eventId = await db.CampaignEvents.OrderBy(e => e.HeldOn).Select(e => (Guid?)e.Id).FirstOrDefaultAsync(cancellationToken);
        if (eventId is null)
        {
            var campaign = new Campaign { Name = "Neighbourhood fair (fictional)", StartsOn = today.AddDays(-20), EndsOn = today.AddDays(20), CreatedAt = now };
            var fair = new CampaignEvent { CampaignId = campaign.Id, Title = "Information stall at the neighbourhood fair", HeldOn = today.AddDays(-6) };
            db.Campaigns.Add(campaign);
            db.CampaignEvents.Add(fair);
            eventId = fair.Id;
        }
        var helping = new Assignment
        {
            UserId = volunteer, Kind = AssignmentKind.CampaignEvent, TargetId = eventId.Value, StartsOn = today.AddDays(-20), EndsOn = today.AddDays(20),
            AssignedByUserId = coordinator, CreatedAt = now,
        };
        db.Assignments.Add(helping);

        db.VolunteerHours.AddRange(
            new VolunteerHours
            {
                UserId = volunteer, WorkedOn = today.AddDays(-6), Quarters = 10, AssignmentId = helping.Id, Note = "Set up the stall and talked with visitors.",
                Status = HoursStatus.Approved, SubmittedAt = now.AddDays(-5), ReviewedByUserId = coordinator, ReviewedAt = now.AddDays(-4),
            },
            new VolunteerHours
            {
                UserId = volunteer, WorkedOn = today.AddDays(-2), Quarters = 6, AssignmentId = helping.Id, Note = "Prepared leaflets.",
                Status = HoursStatus.Submitted, SubmittedAt = now.AddDays(-2),
            },
            new VolunteerHours
            {
                UserId = volunteer, WorkedOn = today.AddDays(-9), Quarters = 12, Note = "Training evening.",
                Status = HoursStatus.Returned, SubmittedAt = now.AddDays(-8), ReturnReason = "The training was two hours; please check the time.",
                ReviewedByUserId = coordinator, ReviewedAt = now.AddDays(-7),
            });
        await db.SaveChangesAsync(cancellationToken);
    }
}
