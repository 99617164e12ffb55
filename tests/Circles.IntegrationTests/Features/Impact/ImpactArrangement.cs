using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Accounts;
using Circles.Web.Features.Communities;
using Circles.Web.Features.Groups;
using Circles.Web.Features.Sessions;

namespace Circles.IntegrationTests.Features.Impact;

/// <summary>People, communities, groups and held sessions for the impact figures, written straight into the database.</summary>
public static class ImpactArrangement
{
    /// <summary>People who never sign in in the test (no password: quick to make).</summary>
    public static async Task<Guid[]> AddPeopleAsync(this CirclesApp app, TestOrganization organization, int count)
    {
        var ids = new Guid[count];
        await app.InOrganizationAsync(organization, async db =>
        {
            for (var i = 0; i < count; i++)
            {
                var name = "person-" + Guid.NewGuid().ToString("N")[..10];
                var user = new CirclesUser
                {
                    UserName = name,
                    NormalizedUserName = name.ToUpperInvariant(),
                    OrganizationId = organization.Id,
                    SecurityStamp = Guid.NewGuid().ToString(),
                    CreatedAt = app.Clock.GetUtcNow().UtcDateTime,
                };
                db.Users.Add(user);
                ids[i] = user.Id;
            }
            await db.SaveChangesAsync();
        });
        return ids;
    }

    public static async Task<Guid> AddCommunityAsync(this CirclesApp app, TestOrganization organization, string name)
    {
        var community = new Community { Name = name, CreatedAt = app.Clock.GetUtcNow().UtcDateTime };
        await app.InOrganizationAsync(organization, async db =>
        {
            db.Communities.Add(community);
            await db.SaveChangesAsync();
        });
        return community.Id;
    }

    public static async Task<Guid> AddGroupAsync(this CirclesApp app, TestOrganization organization, Guid communityId, string name, params Guid[] activeMembers)
    {
        var group = new SupportGroup { CommunityId = communityId, Name = name, CreatedAt = app.Clock.GetUtcNow().UtcDateTime };
        await app.InOrganizationAsync(organization, async db =>
        {
            db.SupportGroups.Add(group);
            foreach (var member in activeMembers)
            {
                db.GroupMemberships.Add(new GroupMembership { GroupId = group.Id, UserId = member, Status = MembershipStatus.Active, UpdatedAt = group.CreatedAt });
            }
            await db.SaveChangesAsync();
        });
        return group.Id;
    }

    /// <summary>A held session with these people present.</summary>
    public static async Task<Guid> AddHeldSessionAsync(this CirclesApp app, TestOrganization organization, Guid groupId, DateTime startsAt, params Guid[] present)
    {
        var session = new GroupSession { GroupId = groupId, StartsAt = startsAt, Status = SessionStatus.Held, HeldAt = startsAt.AddHours(2) };
        await app.InOrganizationAsync(organization, async db =>
        {
            db.GroupSessions.Add(session);
            foreach (var person in present)
            {
                db.Attendances.Add(new Attendance { SessionId = session.Id, UserId = person, Status = AttendanceStatus.Present, RecordedAt = startsAt });
            }
            await db.SaveChangesAsync();
        });
        return session.Id;
    }

    public static DateTime Utc(int year, int month, int day) => new(year, month, day, 17, 0, 0, DateTimeKind.Utc);
}
