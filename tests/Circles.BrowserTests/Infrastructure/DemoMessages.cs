using Circles.Web.Data;
using Circles.Web.Demo;
using Circles.Web.Features.Peers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.BrowserTests.Infrastructure;

/// <summary>
/// An active match between demo-member and demo-peer, put into the demo organization through the
/// app's own DbContext (the demo seed may or may not hold one; these tests must not depend on it).
/// </summary>
public static class DemoMessages
{
    private static readonly SemaphoreSlim Lock = new(1, 1);

    /// <summary>The id of an active match between demo-member and demo-peer, made if there is none.</summary>
    public static async Task<Guid> EnsureActiveMatchAsync(this CirclesServer server)
    {
        await Lock.WaitAsync();
        try
        {
            await using var scope = server.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CirclesDb>();
            var organizationId = await db.Organizations.IgnoreQueryFilters().Where(o => o.Slug == DemoSeeder.Slug).Select(o => o.Id).SingleAsync();
            scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(organizationId);
            var member = await db.Users.Where(u => u.UserName == DemoAccounts.Member.UserName).Select(u => u.Id).SingleAsync();
            var peer = await db.Users.Where(u => u.UserName == DemoAccounts.Peer.UserName).Select(u => u.Id).SingleAsync();
            var existing = await db.PeerMatches
                .Where(m => m.MemberUserId == member && m.PeerUserId == peer && m.Status == PeerMatchStatus.Active)
                .Select(m => (Guid?)m.Id)
                .FirstOrDefaultAsync();
            if (existing is { } found)
            {
                return found;
            }
            var now = TimeProvider.System.GetUtcNow().UtcDateTime;
            var match = new PeerMatch
            {
                MemberUserId = member,
                PeerUserId = peer,
                ProposedByUserId = member,
                Status = PeerMatchStatus.Active,
                CreatedAt = now,
                MemberAcceptedAt = now,
                PeerAcceptedAt = now,
                ActiveSince = now,
            };
            db.PeerMatches.Add(match);
            await db.SaveChangesAsync();
            return match.Id;
        }
        finally
        {
            Lock.Release();
        }
    }
}
