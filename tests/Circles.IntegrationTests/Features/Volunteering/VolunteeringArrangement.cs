using System.Net;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Data;
using Circles.Web.Features.Campaigns;
using Circles.Web.Features.Volunteering;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Features.Volunteering;

/// <summary>Requirements, completions, campaign rows and hours straight in the database, and forged posts.</summary>
public static class VolunteeringArrangement
{
    public static DateOnly Today(this CirclesApp app) => DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);

    public static async Task<T> ArrangeAsync<T>(this CirclesApp app, TestOrganization organization, Func<CirclesDb, T> add)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(organization.Id);
        var db = scope.ServiceProvider.GetRequiredService<CirclesDb>();
        var result = add(db);
        await db.SaveChangesAsync();
        return result;
    }

    public static Task<RequirementType> AddRequirementAsync(this CirclesApp app, TestOrganization organization, string name, string roles, int months = 12, int windowDays = 60) =>
        app.ArrangeAsync(organization, db =>
        {
            var type = new RequirementType { Name = name, Roles = roles, ValidityMonths = months, RenewalWindowDays = windowDays, CreatedAt = app.Clock.GetUtcNow().UtcDateTime };
            db.RequirementTypes.Add(type);
            return type;
        });

    public static Task<RequirementCompletion> CompleteAsync(this CirclesApp app, TestOrganization organization, RequirementType type, TestUser person, DateOnly on) =>
        app.ArrangeAsync(organization, db =>
        {
            var completion = new RequirementCompletion
            {
                RequirementTypeId = type.Id, UserId = person.Id, CompletedOn = on, RecordedByUserId = organization.Coordinator.Id, RecordedAt = app.Clock.GetUtcNow().UtcDateTime,
            };
            db.RequirementCompletions.Add(completion);
            return completion;
        });

    /// <summary>A completion that makes <paramref name="type"/> expire exactly <paramref name="daysLeft"/> days from today.</summary>
    public static Task<RequirementCompletion> ExpiringInAsync(this CirclesApp app, TestOrganization organization, RequirementType type, TestUser person, int daysLeft)
    {
        var expiresOn = app.Today().AddDays(daysLeft);
        var completedOn = expiresOn.AddMonths(-type.ValidityMonths);
        Assert.Equal(expiresOn, RequirementRule.ExpiresOn(completedOn, type.ValidityMonths));
        return app.CompleteAsync(organization, type, person, completedOn);
    }

    public static Task<(Campaign Campaign, CampaignEvent Event, CampaignTask Task)> AddCampaignAsync(this CirclesApp app, TestOrganization organization, string eventTitle = "Stall at the fair", string taskTitle = "Print leaflets") =>
        app.ArrangeAsync(organization, db =>
        {
            var today = app.Today();
            var campaign = new Campaign { Name = "Spring week", StartsOn = today, EndsOn = today.AddDays(30), CreatedAt = app.Clock.GetUtcNow().UtcDateTime };
            var campaignEvent = new CampaignEvent { CampaignId = campaign.Id, Title = eventTitle, HeldOn = today.AddDays(5) };
            var task = new CampaignTask { CampaignId = campaign.Id, Title = taskTitle, DueOn = today.AddDays(10) };
            db.Campaigns.Add(campaign);
            db.CampaignEvents.Add(campaignEvent);
            db.CampaignTasks.Add(task);
            return (campaign, campaignEvent, task);
        });

    public static Task<Assignment> AssignAsync(this CirclesApp app, TestOrganization organization, TestUser person, AssignmentKind kind, Guid targetId) =>
        app.ArrangeAsync(organization, db =>
        {
            var assignment = new Assignment
            {
                UserId = person.Id, Kind = kind, TargetId = targetId, StartsOn = app.Today().AddDays(-30), AssignedByUserId = organization.Coordinator.Id,
                CreatedAt = app.Clock.GetUtcNow().UtcDateTime,
            };
            db.Assignments.Add(assignment);
            return assignment;
        });

    public static Task<VolunteerHours> AddHoursAsync(this CirclesApp app, TestOrganization organization, TestUser person, int quarters, HoursStatus status, DateOnly? on = null, Guid? assignmentId = null) =>
        app.ArrangeAsync(organization, db =>
        {
            var hours = new VolunteerHours
            {
                UserId = person.Id, WorkedOn = on ?? app.Today().AddDays(-1), Quarters = quarters, Status = status, AssignmentId = assignmentId,
                SubmittedAt = app.Clock.GetUtcNow().UtcDateTime,
                ReviewedByUserId = status == HoursStatus.Submitted ? null : organization.Coordinator.Id,
                ReviewedAt = status == HoursStatus.Submitted ? null : app.Clock.GetUtcNow().UtcDateTime,
                ReturnReason = status == HoursStatus.Returned ? "Check the day" : null,
            };
            db.VolunteerHours.Add(hours);
            return hours;
        });

    /// <summary>
    /// A hand-made POST with a valid anti-forgery token of this client (from its password page, which
    /// every role can open), so that only authorization or the handler can refuse it.
    /// </summary>
    public static async Task<HttpResponseMessage> ForgeAsync(this HttpClient client, string url, IDictionary<string, string> fields)
    {
        var (response, page) = await client.GetPageAsync("/account/password");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var all = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        return await client.PostAsync(url, new FormUrlEncodedContent(all));
    }

    public static async Task<string> TextOfAsync(this HttpClient client, string url)
    {
        var (response, page) = await client.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return page.QuerySelector("main")!.TextContent;
    }
}
