using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Groups;
using Circles.Web.Features.Invitations;
using Circles.Web.Features.Sessions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Calendar;

/// <summary>
/// Calendar downloads: one session as an .ics file, and each person's private feed of their
/// groups' sessions. Titles are the group's neutral calendar title; no place, no group name.
/// </summary>
public static class CalendarEndpoints
{
    public static void MapCalendar(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/sessions/{id:guid}/calendar.ics", SessionAsync).RequireAuthorization(Policies.SignedIn);
        // The secret token is the credential: calendar apps cannot sign in.
        endpoints.MapGet("/calendar/{token}.ics", FeedAsync).AllowAnonymous();
    }

    private static async Task<IResult> SessionAsync(Guid id, HttpContext context, CirclesDb db, IAuthorizationService authorization, TimeProvider clock)
    {
        var session = await db.GroupSessions.FirstOrDefaultAsync(s => s.Id == id, context.RequestAborted);
        if (session is null || !(await authorization.AuthorizeAsync(context.User, session, new SeeSession())).Succeeded)
        {
            return Results.NotFound();
        }
        var group = await db.SupportGroups.FirstAsync(g => g.Id == session.GroupId, context.RequestAborted);
        var ics = new IcsWriter(group.CalendarTitle)
            .Event($"{session.Id}@circles", session.StartsAt, session.EndsAt, group.CalendarTitle,
                clock.GetUtcNow().UtcDateTime, session.Status == SessionStatus.Cancelled);
        return Results.Text(ics.ToString(), "text/calendar; charset=utf-8");
    }

    private static async Task<IResult> FeedAsync(string token, HttpContext context, CirclesDb db, CurrentOrganization organization, TimeProvider clock)
    {
        var hash = InvitationSecrets.Hash(token);
        var feed = await db.CalendarFeeds.IgnoreQueryFilters().FirstOrDefaultAsync(f => f.TokenHash == hash, context.RequestAborted);
        if (feed is null)
        {
            return Results.NotFound();
        }
        organization.Set(feed.OrganizationId);
        var now = clock.GetUtcNow().UtcDateTime;
        var userId = feed.UserId;
        var groupIds = db.GroupMemberships.Where(m => m.UserId == userId && m.Status == MembershipStatus.Active).Select(m => m.GroupId)
            .Union(db.GroupFacilitators.Where(f => f.UserId == userId).Select(f => f.GroupId));
        var sessions = await db.GroupSessions
            .Where(s => groupIds.Contains(s.GroupId) && s.StartsAt > now.AddDays(-30) && s.StartsAt < now.AddDays(180))
            .Join(db.SupportGroups, s => s.GroupId, g => g.Id, (s, g) => new { s.Id, s.StartsAt, s.DurationMinutes, s.Status, g.CalendarTitle })
            .OrderBy(s => s.StartsAt)
            .ToListAsync(context.RequestAborted);
        var ics = new IcsWriter("Calendar");
        foreach (var session in sessions)
        {
            ics.Event($"{session.Id}@circles", session.StartsAt, session.StartsAt.AddMinutes(session.DurationMinutes),
                session.CalendarTitle, now, session.Status == SessionStatus.Cancelled);
        }
        return Results.Text(ics.ToString(), "text/calendar; charset=utf-8");
    }
}
