using System.Globalization;
using System.Text.RegularExpressions;
using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Crisis;
using Circles.Web.Features.Directory;
using Circles.Web.Features.Invitations;
using Circles.Web.Hosting;
using Circles.Web.Security;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Organizations;

/// <summary>
/// The command-line verbs <c>organization create</c> and <c>organization list</c>: how a real
/// charity (or each member of a coalition) gets its organization, with no demo data, and a
/// one-time invitation for its first coordinator. Everyone after that is invited from inside
/// Circles. Program.cs runs them with the app's configuration and database, without the web server.
/// </summary>
public static partial class OrganizationCommand
{
    public const int Succeeded = 0;
    public const int Refused = 1;
    public const int Usage = 2;

    /// <summary>Long enough to hand over by hand, short enough that a lost note is soon useless.</summary>
    public static readonly TimeSpan FirstInvitationValidFor = TimeSpan.FromHours(24);

    private const string UsageText = """
        Usage:
          dotnet run --project src/Circles.Web -- organization create --slug <slug> --name "<name>"
              creates an organization and prints a one-time invitation (link and code, valid 24 hours) for its first coordinator.
              <slug>: 2 to 60 lower-case letters, digits and dashes, such as riverside-network; it appears in addresses.
          dotnet run --project src/Circles.Web -- organization invite --slug <slug>
              a new first-coordinator invitation, for an organization that has no coordinator yet (the first one was lost or expired).
          dotnet run --project src/Circles.Web -- organization list
              lists the organizations: slug, name, when created and how many people have accounts.
        """;

    public static bool IsInvoked(string[] args) => args.Length > 0 && args[0] == "organization";

    public static async Task<int> RunAsync(string[] args, IServiceProvider services, TextWriter output, CancellationToken cancellationToken = default)
    {
        if (args is ["organization", "list"])
        {
            await ListAsync(services, output, cancellationToken);
            return Succeeded;
        }
        if (args is ["organization", "invite", "--slug", var slugToInvite])
        {
            return await InviteAsync(slugToInvite.Trim(), services, output, cancellationToken);
        }
        if (ParseCreate(args) is not { } create)
        {
            await output.WriteLineAsync(UsageText);
            return Usage;
        }
        return await CreateAsync(create.Slug, create.Name, services, output, cancellationToken);
    }

    private static async Task<int> CreateAsync(string slug, string name, IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        if (!SlugPattern().IsMatch(slug))
        {
            await output.WriteLineAsync($"\"{slug}\" cannot be a slug: use 2 to 60 lower-case letters, digits and dashes, starting and ending with a letter or digit (such as riverside-network). Nothing was created.");
            return Refused;
        }
        if (name.Length > 200)
        {
            await output.WriteLineAsync("The name is longer than 200 characters. Nothing was created.");
            return Refused;
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CirclesDb>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var publicAddress = scope.ServiceProvider.GetRequiredService<PublicAddress>();
        if (publicAddress.Link("/") is null)
        {
            await output.WriteLineAsync(NoPublicAddress);
            return Refused;
        }
        if (await db.Organizations.IgnoreQueryFilters().AnyAsync(o => o.Slug == slug, cancellationToken))
        {
            await output.WriteLineAsync($"An organization with the slug \"{slug}\" exists already (see `organization list`). Nothing was created.");
            return Refused;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var organization = new Organization { Slug = slug, Name = name, CreatedAt = now };
        IssuedInvitation issued;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            db.Organizations.Add(organization);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Someone ran the same command at the same moment.
                await output.WriteLineAsync($"An organization with the slug \"{slug}\" exists already. Nothing was created.");
                return Refused;
            }
            scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(organization.Id);
            // What every organization starts with, as the demo's does at start-up.
            await SurvivorTaxonomy.EnsureSeededAsync(db, organization.Id, cancellationToken);
            await CrisisPhraseSeeds.EnsureSeededAsync(db, organization.Id, clock, cancellationToken);
            await Volunteering.RequirementDefaults.EnsureSeededAsync(db, organization.Id, clock, cancellationToken);

            issued = AddFirstCoordinatorInvitation(scope.ServiceProvider, organization.Id, now);
            scope.ServiceProvider.GetRequiredService<AuditLog>().Record(organization.Id, null, AuditActions.OrganizationCreated, slug);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await output.WriteLineAsync($"Created the organization \"{name}\" ({slug}).");
        await PrintInvitationAsync(slug, issued, publicAddress, scope.ServiceProvider, output);
        return Succeeded;
    }

    private const string NoPublicAddress =
        "Set Circles__PublicUrl (the address people open, such as https://circles.example.org) first: the invitation link is built from it. Nothing was created.";

    private static async Task<int> InviteAsync(string slug, IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CirclesDb>();
        var publicAddress = scope.ServiceProvider.GetRequiredService<PublicAddress>();
        if (publicAddress.Link("/") is null)
        {
            await output.WriteLineAsync(NoPublicAddress);
            return Refused;
        }
        var organizationId = await db.Organizations.IgnoreQueryFilters().Where(o => o.Slug == slug).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(cancellationToken);
        if (organizationId is not { } id)
        {
            await output.WriteLineAsync($"No organization has the slug \"{slug}\" (see `organization list`). Nothing was created.");
            return Refused;
        }
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(id);
        // Once the organization has a coordinator, invitations are made inside Circles, where they are seen and audited by name.
        var coordinatorRole = await db.Roles.Where(r => r.Name == Roles.Coordinator).Select(r => r.Id).FirstAsync(cancellationToken);
        if (await db.UserRoles.AnyAsync(ur => ur.RoleId == coordinatorRole && db.Users.Any(u => u.Id == ur.UserId), cancellationToken))
        {
            await output.WriteLineAsync($"\"{slug}\" has a coordinator already: they invite people from Invitations in Circles. Nothing was created.");
            return Refused;
        }
        var issued = AddFirstCoordinatorInvitation(scope.ServiceProvider, id, scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        await PrintInvitationAsync(slug, issued, publicAddress, scope.ServiceProvider, output);
        return Succeeded;
    }

    private static IssuedInvitation AddFirstCoordinatorInvitation(IServiceProvider services, Guid organizationId, DateTime now)
    {
        var issued = InvitationIssuing.Issue(organizationId, Roles.Coordinator, createdByUserId: null, now, FirstInvitationValidFor);
        services.GetRequiredService<CirclesDb>().Invitations.Add(issued.Invitation);
        services.GetRequiredService<AuditLog>().Record(organizationId, null, AuditActions.InvitationCreated, issued.Invitation.Id.ToString());
        return issued;
    }

    private static async Task PrintInvitationAsync(string slug, IssuedInvitation issued, PublicAddress publicAddress, IServiceProvider services, TextWriter output)
    {
        var joinPage = PagePath(services, "/Join/Index");
        var link = publicAddress.Link(InvitationIssuing.LinkPath(joinPage, issued.Token));
        var until = issued.Invitation.ExpiresAt.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        await output.WriteLineAsync($"""

            The invitation for the first coordinator works once, until {until}:
              link: {link}
              code: {issued.Code}   (to type at {publicAddress.Link(joinPage)})

            Give them to the first coordinator yourself, in person or over a channel you trust;
            they are not shown again (only their hashes are kept). The coordinator chooses a name
            and a password, then sets up two-step sign-in before seeing anyone's information.
            If it is lost or expires before it is used: organization invite --slug {slug}
            """);
    }

    /// <summary>
    /// A page's path from its route (decision 0013). LinkGenerator cannot be used here: a command
    /// runs before the web server would have put the endpoints in place, so the page's route
    /// template is read from its descriptor and filled in the way routing does.
    /// </summary>
    private static string PagePath(IServiceProvider services, string page)
    {
        var template = services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<PageActionDescriptor>()
            .Single(d => d.ViewEnginePath == page)
            .AttributeRouteInfo!.Template!;
        var binder = services.GetRequiredService<TemplateBinderFactory>().Create(RoutePatternFactory.Parse(template));
        return binder.BindValues(new RouteValueDictionary()) ?? throw new InvalidOperationException($"No path for {page}");
    }

    private static async Task ListAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CirclesDb>();
        var organizations = await db.Organizations.IgnoreQueryFilters()
            .OrderBy(o => o.Slug)
            .Select(o => new { o.Id, o.Slug, o.Name, o.CreatedAt })
            .ToListAsync(cancellationToken);
        var people = await db.Users.IgnoreQueryFilters()
            .GroupBy(u => u.OrganizationId)
            .Select(g => new { OrganizationId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.OrganizationId, g => g.Count, cancellationToken);
        if (organizations.Count == 0)
        {
            await output.WriteLineAsync("No organization yet. Create one with: organization create --slug <slug> --name \"<name>\"");
            return;
        }
        var slugWidth = Math.Max(4, organizations.Max(o => o.Slug.Length));
        var nameWidth = Math.Max(4, organizations.Max(o => o.Name.Length));
        await output.WriteLineAsync($"{"slug".PadRight(slugWidth)}  {"name".PadRight(nameWidth)}  {"created",-10}  people");
        foreach (var o in organizations)
        {
            var count = people.GetValueOrDefault(o.Id);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{o.Slug.PadRight(slugWidth)}  {o.Name.PadRight(nameWidth)}  {o.CreatedAt:yyyy-MM-dd}  {count}"));
        }
    }

    private static (string Slug, string Name)? ParseCreate(string[] args)
    {
        if (args.Length != 6 || args[0] != "organization" || args[1] != "create")
        {
            return null;
        }
        string? slug = null, name = null;
        for (var i = 2; i < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--slug" when slug is null:
                    slug = args[i + 1].Trim();
                    break;
                case "--name" when name is null:
                    name = args[i + 1].Trim();
                    break;
                default:
                    return null;
            }
        }
        return slug is null || string.IsNullOrEmpty(name) ? null : (slug, name);
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,58}[a-z0-9]$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
