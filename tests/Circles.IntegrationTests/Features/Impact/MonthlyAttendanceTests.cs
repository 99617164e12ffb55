using Circles.IntegrationTests.Infrastructure;
using Circles.Web;
using Circles.Web.Data;
using Circles.Web.Features.Impact;
using Circles.Web.Features.MyData;
using Circles.Web.Features.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using static Circles.IntegrationTests.Features.Impact.ImpactArrangement;

namespace Circles.IntegrationTests.Features.Impact;

/// <summary>
/// Issue 17: the dashboard reads a monthly summary of attendance (<see cref="MonthlyAttendance"/>),
/// so every change to attendance or to a held session must move its figures at once, and an
/// erased person's summary goes with them (SEC-36). The clock stands at 2 November 2026: the last
/// 12 months run from December 2025 (row 0), so September 2026 is row 9.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class MonthlyAttendanceTests(SharedCirclesApp app)
{
    private const int September = 9;

    /// <summary>People who came in September, as the dashboard counts them (the raw count, before the small-numbers rule).</summary>
    private async Task<(int Month, int Group)> SeptemberAsync(TestOrganization organization)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(organization.Id);
        var dashboard = new ImpactDashboard(scope.ServiceProvider.GetRequiredService<CirclesDb>(), scope.ServiceProvider.GetRequiredService<IStringLocalizer<SharedResource>>());
        var scopeOfFigures = new ImpactFilter { Period = ImpactFilter.Last12 }.Resolve(DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime));
        var sections = await dashboard.BuildAsync(scopeOfFigures, CancellationToken.None);
        var tables = sections.SelectMany(s => s.Tables).ToDictionary(t => t.Key);
        return (tables["active-months"].Counts.Values[September, 0], tables["attendance-groups"].Counts.Values[0, September]);
    }

    private Task SetAttendanceAsync(TestOrganization organization, Guid sessionId, Guid userId, AttendanceStatus status) =>
        app.InOrganizationAsync(organization, async db =>
        {
            var record = await db.Attendances.SingleOrDefaultAsync(a => a.SessionId == sessionId && a.UserId == userId);
            if (record is null)
            {
                record = new Attendance { SessionId = sessionId, UserId = userId, RecordedAt = app.Clock.GetUtcNow().UtcDateTime };
                db.Attendances.Add(record);
            }
            record.Status = status;
            await db.SaveChangesAsync();
        });

    [Fact]
    public async Task RecordingCorrectingAndHoldingSessions_MoveTheMonthsFiguresAtOnce()
    {
        var organization = await app.CreateOrganizationAsync();
        var people = await app.AddPeopleAsync(organization, 7);
        var community = await app.AddCommunityAsync(organization, "North");
        var group = await app.AddGroupAsync(organization, community, "Maple", people);
        var first = await app.AddHeldSessionAsync(organization, group, Utc(2026, 9, 3), people[..6]);
        var second = await app.AddHeldSessionAsync(organization, group, Utc(2026, 9, 17), people[0]);
        Assert.Equal((6, 6), await SeptemberAsync(organization));

        // A present corrected to absent: that person no longer came in September.
        await SetAttendanceAsync(organization, first, people[1], AttendanceStatus.Absent);
        Assert.Equal((5, 5), await SeptemberAsync(organization));

        // Someone who also came to another session of the month still counts.
        await SetAttendanceAsync(organization, first, people[0], AttendanceStatus.Absent);
        Assert.Equal((5, 5), await SeptemberAsync(organization));

        // Attendance taken before the session is marked held counts once it is held, not before.
        var third = await app.InOrganizationAsync(organization, async db =>
        {
            var session = new GroupSession { GroupId = group, StartsAt = Utc(2026, 9, 24) };
            db.GroupSessions.Add(session);
            await db.SaveChangesAsync();
            return session.Id;
        });
        await SetAttendanceAsync(organization, third, people[6], AttendanceStatus.Present);
        Assert.Equal((5, 5), await SeptemberAsync(organization));
        await app.InOrganizationAsync(organization, async db =>
        {
            var session = await db.GroupSessions.SingleAsync(s => s.Id == third);
            session.Status = SessionStatus.Held;
            await db.SaveChangesAsync();
        });
        Assert.Equal((6, 6), await SeptemberAsync(organization));

        // A late record at a held session counts too, and the summary holds what the attendance holds.
        await SetAttendanceAsync(organization, second, people[1], AttendanceStatus.Present);
        Assert.Equal((7, 7), await SeptemberAsync(organization));
        var summary = await app.InOrganizationAsync(organization, db =>
            db.MonthlyAttendances.Where(m => m.GroupId == group).OrderBy(m => m.UserId).Select(m => new { m.UserId, m.Month, m.Sessions }).ToListAsync());
        Assert.All(summary, m => Assert.Equal(new DateOnly(2026, 9, 1), m.Month));
        Assert.Equal(people.Order().Select(p => (p, 1)), summary.Select(m => (m.UserId, m.Sessions)));
    }

    [Fact]
    public async Task ErasingAPerson_TakesTheirSummaryRowsAndTheirPlaceInTheFigures()
    {
        var organization = await app.CreateOrganizationAsync();
        var people = await app.AddPeopleAsync(organization, 6);
        var community = await app.AddCommunityAsync(organization, "North");
        var group = await app.AddGroupAsync(organization, community, "Maple", people);
        await app.AddHeldSessionAsync(organization, group, Utc(2026, 9, 3), people);
        await app.AddHeldSessionAsync(organization, group, Utc(2026, 10, 3), people[0]);
        Assert.Equal((6, 6), await SeptemberAsync(organization));

        using (var scope = app.Services.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(organization.Id);
            var db = scope.ServiceProvider.GetRequiredService<CirclesDb>();
            var user = await db.Users.SingleAsync(u => u.Id == people[0]);
            await scope.ServiceProvider.GetRequiredService<AccountErasure>().EraseAsync(user, CancellationToken.None);
        }

        Assert.Equal((5, 5), await SeptemberAsync(organization));
        var left = await app.InOrganizationAsync(organization, db => db.MonthlyAttendances.IgnoreQueryFilters().CountAsync(m => m.UserId == people[0]));
        Assert.Equal(0, left);
    }
}
