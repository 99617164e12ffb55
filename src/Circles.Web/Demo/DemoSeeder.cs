using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Communities;
using Circles.Web.Features.GroundRules;
using Circles.Web.Features.Groups;
using Circles.Web.Features.Icebreakers;
using Circles.Web.Features.Organizations;
using Circles.Web.Features.Sessions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Demo;

/// <summary>
/// Demo mode (Demo:Enabled, on in Development): an empty database gets a fictional
/// organization with one account per role, so a newcomer can sign in at once.
/// </summary>
public static class DemoSeeder
{
    public const string Slug = "demo";
    public const string DefaultPassword = "demo-circles-password";

    public static readonly IReadOnlyList<(string UserName, string Role)> Accounts =
    [
        ("demo-coordinator", Roles.Coordinator),
        ("demo-facilitator", Roles.Facilitator),
        ("demo-member", Roles.Member),
        ("demo-peer", Roles.PeerSupporter),
        ("demo-volunteer", Roles.Volunteer),
        ("demo-partner", Roles.Partner),
    ];

    public static async Task SeedRolesAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole<Guid>(role));
            }
        }
    }

    public static async Task SeedDemoAsync(this WebApplication app)
    {
        if (!app.Configuration.GetValue<bool>("Demo:Enabled"))
        {
            return;
        }
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<CirclesDb>();
        var clock = services.GetRequiredService<TimeProvider>();
        if (await db.Organizations.IgnoreQueryFilters().AnyAsync())
        {
            // A demo database made before the directory existed gets it now; nothing else changes.
            var demo = await db.Organizations.IgnoreQueryFilters().FirstOrDefaultAsync(o => o.Slug == Slug);
            if (demo is not null)
            {
                services.GetRequiredService<CurrentOrganization>().Set(demo.Id);
                var coordinator = await db.Users.Where(u => u.UserName == "demo-coordinator").Select(u => (Guid?)u.Id).FirstOrDefaultAsync();
                if (coordinator is { } coordinatorId)
                {
                    await DemoDirectory.EnsureSeededAsync(db, demo.Id, coordinatorId, clock.GetUtcNow().UtcDateTime, CancellationToken.None);
                }
            }
            return;
        }

        var organization = new Organization
        {
            Slug = Slug,
            Name = "Riverside Demo Network (fictional)",
            DiscreetTitle = "Riverside Circle",
            CrisisLines = "Demo crisis line (fictional): 0800 000 000, any time\nDemo text line (fictional): text HELLO to 00000",
            DirectoryApiAccess = DirectoryApiAccess.Public, // the demo directory is fictional; its HSDS API is open to try
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Organizations.Add(organization);
        await db.SaveChangesAsync();
        services.GetRequiredService<CurrentOrganization>().Set(organization.Id);

        var users = services.GetRequiredService<UserManager<CirclesUser>>();
        var password = app.Configuration["Demo:Password"] is { Length: > 0 } configured ? configured : DefaultPassword;
        foreach (var (userName, role) in Accounts)
        {
            var user = new CirclesUser
            {
                UserName = userName,
                OrganizationId = organization.Id,
                CreatedAt = clock.GetUtcNow().UtcDateTime,
            };
            await Check(users.CreateAsync(user));
            await Check(users.AddToRoleAsync(user, role));
            if (role == Roles.PeerSupporter)
            {
                await Check(users.AddToRoleAsync(user, Roles.Member));
            }
            await Check(users.AddPasswordAsync(user, password));
        }

        await SeedGroupAsync(services, organization, clock);
        await DemoPublicSite.SeedAsync(db, organization);
        await DemoImpact.SeedAsync(db, organization);
        app.Logger.LogInformation("Demo organization created with accounts {Accounts}", string.Join(", ", Accounts.Select(a => a.UserName)));
    }

    /// <summary>A fictional community and group with rules and sessions, so every home has something to show.</summary>
    private static async Task SeedGroupAsync(IServiceProvider services, Organization organization, TimeProvider clock)
    {
        var db = services.GetRequiredService<CirclesDb>();
        var now = clock.GetUtcNow().UtcDateTime;
        var users = await db.Users.ToDictionaryAsync(u => u.UserName!, u => u.Id);
        var community = new Community
        {
            Name = "Riverside neighbourhood (fictional)",
            Kind = CommunityKind.Urban,
            Region = "Riverside",
            Languages = "English, Spanish",
            Barriers = AccessBarriers.Transport | AccessBarriers.Childcare,
            CreatedAt = now,
        };
        var group = new SupportGroup
        {
            CommunityId = community.Id,
            Name = "Thursday circle",
            Language = "en",
            Format = GroupFormat.InPerson,
            Focus = "Women",
            Capacity = 12,
            MeetingPattern = "Thursdays, 18:00",
            MeetingPlace = "Community library, back room (fictional)",
            TimeZone = "Europe/London",
            CreatedAt = now,
        };
        db.Communities.Add(community);
        db.SupportGroups.Add(group);
        db.GroupFacilitators.Add(new GroupFacilitator { GroupId = group.Id, UserId = users["demo-facilitator"] });
        foreach (var member in new[] { "demo-member", "demo-peer" })
        {
            var membership = new GroupMembership { GroupId = group.Id, UserId = users[member], Status = MembershipStatus.Active, UpdatedAt = now };
            db.GroupMemberships.Add(membership);
            db.MembershipChanges.Add(new MembershipChange { MembershipId = membership.Id, To = MembershipStatus.Active, At = now, ByUserId = users["demo-facilitator"] });
        }
        db.GroundRulesVersions.Add(new GroundRulesVersion
        {
            GroupId = group.Id,
            Number = 1,
            Text = "What is said here stays here.\nEveryone can pass.\nWe listen without judging.\nWe use the names people choose.",
            CreatedAt = now,
            CreatedByUserId = users["demo-facilitator"],
        });
        var today = DateOnly.FromDateTime(SessionTimes.ToLocal(now, group.TimeZone));
        foreach (var start in SessionTimes.Weekly(today, new TimeOnly(18, 0), group.TimeZone, 6))
        {
            db.GroupSessions.Add(new GroupSession { GroupId = group.Id, StartsAt = start, DurationMinutes = 90 });
        }
        await db.SaveChangesAsync();
        await IcebreakerLibrary.EnsureSeededAsync(db, organization.Id, CancellationToken.None);
        await Features.Strategies.StrategyLibrary.EnsureSeededAsync(db, organization.Id, now, CancellationToken.None);
        await DemoDirectory.EnsureSeededAsync(db, organization.Id, users["demo-coordinator"], now, CancellationToken.None);
        await DemoPeers.EnsureSeededAsync(db, users, now, CancellationToken.None);
        await DemoMatches.SeedAsync(db, users, now, CancellationToken.None);
        await DemoDiscussions.SeedAsync(db, services.GetRequiredService<Security.FieldProtector>(), group.Id, users, now, CancellationToken.None);
        await DemoCampaigns.EnsureSeededAsync(db, users, now, CancellationToken.None);
        await DemoPartners.EnsureSeededAsync(db, services.GetRequiredService<Security.FieldProtector>(), users, now, CancellationToken.None);
        await DemoVolunteers.SeedAsync(db, services.GetRequiredService<Security.FieldProtector>(), users, now, CancellationToken.None);
        await DemoVolunteering.SeedAsync(db, organization.Id, group.Id, users, clock, CancellationToken.None);
        // Stories first: DemoStories seeds only into an organization without stories, and DemoUpdates adds its quoted ones.
        await DemoStories.SeedAsync(db, services.GetRequiredService<Security.FieldProtector>(), group.Id, users, now, CancellationToken.None);
        await DemoUpdates.SeedAsync(db, services.GetRequiredService<Security.FieldProtector>(), group.Id, users, now, CancellationToken.None);
        await DemoFormatChanges.SeedAsync(db, group.Id, users, now, CancellationToken.None);
    }

    private static async Task Check(Task<IdentityResult> operation)
    {
        var result = await operation;
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Could not create the demo accounts: " + string.Join(" ", result.Errors.Select(e => e.Code)));
        }
    }
}
