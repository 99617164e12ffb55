using Circles.Web.Data;
using Circles.Web.Features.Communities;
using Circles.Web.Features.Groups;
using Circles.Web.Features.Sessions;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Infrastructure;

/// <summary>Arranges groups and sessions straight in the database, so tests spend their HTTP calls on what they test.</summary>
public static class GroupArrangement
{
    public sealed record ArrangedGroup(Guid Id, Guid CommunityId, string Name);

    public static async Task<ArrangedGroup> CreateGroupAsync(
        this CirclesApp app, TestOrganization organization, int capacity = 12, string timeZone = "Europe/London",
        string place = "Room 4, community centre", IEnumerable<TestUser>? activeMembers = null, int absenceThreshold = 3)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(organization.Id);
        var db = scope.ServiceProvider.GetRequiredService<CirclesDb>();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var community = new Community { Name = "Riverside " + Guid.NewGuid().ToString("N")[..4], CreatedAt = now };
        var group = new SupportGroup
        {
            CommunityId = community.Id,
            Name = "Circle " + Guid.NewGuid().ToString("N")[..6],
            Capacity = capacity,
            TimeZone = timeZone,
            MeetingPlace = place,
            AbsenceThreshold = absenceThreshold,
            CreatedAt = now,
        };
        db.Communities.Add(community);
        db.SupportGroups.Add(group);
        db.GroupFacilitators.Add(new GroupFacilitator { GroupId = group.Id, UserId = organization.Facilitator.Id });
        foreach (var member in activeMembers ?? [])
        {
            db.GroupMemberships.Add(new GroupMembership { GroupId = group.Id, UserId = member.Id, Status = MembershipStatus.Active, UpdatedAt = now });
        }
        await db.SaveChangesAsync();
        return new ArrangedGroup(group.Id, community.Id, group.Name);
    }

    public static async Task<Guid> CreateSessionAsync(this CirclesApp app, TestOrganization organization, Guid groupId, DateTime startsAtUtc)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(organization.Id);
        var db = scope.ServiceProvider.GetRequiredService<CirclesDb>();
        var session = new GroupSession { GroupId = groupId, StartsAt = startsAtUtc, DurationMinutes = 90 };
        db.GroupSessions.Add(session);
        await db.SaveChangesAsync();
        return session.Id;
    }

    public static async Task<T> InOrganizationAsync<T>(this CirclesApp app, TestOrganization organization, Func<CirclesDb, Task<T>> query)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(organization.Id);
        return await query(scope.ServiceProvider.GetRequiredService<CirclesDb>());
    }

    public static Task InOrganizationAsync(this CirclesApp app, TestOrganization organization, Func<CirclesDb, Task> work) =>
        app.InOrganizationAsync(organization, async db => { await work(db); return true; });

    public static Dictionary<string, string> NoFields() => [];
}
