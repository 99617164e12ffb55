using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Organizations;
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
        if (await db.Organizations.IgnoreQueryFilters().AnyAsync())
        {
            return;
        }

        var clock = services.GetRequiredService<TimeProvider>();
        var organization = new Organization
        {
            Slug = Slug,
            Name = "Riverside Demo Network (fictional)",
            DiscreetTitle = "Riverside Circle",
            CrisisLines = "Demo crisis line (fictional): 0800 000 000, any time\nDemo text line (fictional): text HELLO to 00000",
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

        app.Logger.LogInformation("Demo organization created with accounts {Accounts}", string.Join(", ", Accounts.Select(a => a.UserName)));
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
