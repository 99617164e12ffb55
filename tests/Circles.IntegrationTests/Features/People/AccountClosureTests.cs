using System.Net;
using Circles.IntegrationTests.Features.Discussions;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.People;
using Circles.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Features.People;

/// <summary>Issue 14: when someone leaves, a coordinator closes their account and their access ends at once (SEC-14, SEC-16, SEC-19, SEC-32).</summary>
[Collection(SharedApp.Name)]
public sealed class AccountClosureTests(SharedCirclesApp app)
{
    [Fact]
    public async Task Close_AsCoordinator_FacilitatorIsSignedOutAtOnce_CannotSignIn_AndItIsAudited_Sec16_Sec14_Sec32()
    {
        var organization = await app.CreateOrganizationAsync();
        var facilitatorBrowser = await app.SignedInAsync(organization.Facilitator);
        Assert.Equal(HttpStatusCode.OK, (await facilitatorBrowser.GetAsync("/home/facilitator")).StatusCode);
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        var closed = await coordinator.CloseAsync(organization.Facilitator.Id);

        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        // The cookie they still hold no longer works: the next request is signed out.
        var next = await facilitatorBrowser.GetAsync("/home/facilitator");
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.StartsWith("https://localhost/account/signin", next.Headers.Location!.ToString(), StringComparison.Ordinal);
        // The right password gets the same answer as a wrong one for an account that never existed.
        var rightPassword = await app.SignInAnswerAsync(organization.Facilitator.UserName, CirclesApp.Password);
        var noSuchAccount = await app.SignInAnswerAsync("nobody-" + Guid.NewGuid().ToString("N")[..6], CirclesApp.Password);
        Assert.Equal(noSuchAccount, rightPassword);
        var audit = Assert.Single(await app.AuditAsync(organization, AuditActions.AccountClosed));
        Assert.Equal(organization.Coordinator.Id, audit.ActorUserId);
        Assert.Equal(organization.Facilitator.Id.ToString(), audit.Subject);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, audit.At);
        var (_, people) = await coordinator.GetPageAsync("/people");
        Assert.Contains("Closed account", people.QuerySelector($"a[href='/people/{organization.Facilitator.Id}']")!.Closest("tr")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Close_Facilitator_TheirPostsStayUnderTheirName_AndTheGroupNoLongerListsThemAsFacilitator()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.GroupAsync(organization);
        var facilitator = await app.SignedInAsync(organization.Facilitator);
        var threadId = await facilitator.NewThreadAsync(group.Id, body: "Welcome, I run this circle on Tuesdays.");
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.CloseAsync(organization.Facilitator.Id)).StatusCode);

        var member = await app.SignedInAsync(organization.Member);
        var (response, thread) = await member.GetPageAsync(DiscussionArrangement.ThreadPath(group.Id, threadId));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Welcome, I run this circle on Tuesdays.", thread.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(organization.Facilitator.UserName, thread.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var (groupResponse, _) = await coordinator.GetPageAsync($"/groups/{group.Id}");
        Assert.Equal(HttpStatusCode.OK, groupResponse.StatusCode);
        Assert.Equal(0, await app.InOrganizationAsync(organization, db => db.GroupFacilitators.CountAsync(f => f.UserId == organization.Facilitator.Id)));
        var (_, person) = await coordinator.GetPageAsync($"/people/{organization.Facilitator.Id}");
        Assert.NotNull(person.QuerySelector("[data-account-closed]"));
    }

    [Fact]
    public async Task Close_AsFacilitator_IsForbidden()
    {
        var organization = await app.CreateOrganizationAsync();
        var facilitator = await app.SignedInAsync(organization.Facilitator);

        Assert.Equal(HttpStatusCode.Forbidden, (await facilitator.GetAsync(StaffAccountArrangement.ClosePath(organization.Volunteer.Id))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await facilitator.PostWithTokenAsync(StaffAccountArrangement.ClosePath(organization.Volunteer.Id))).StatusCode);
        Assert.Null(await ClosedAtAsync(organization, organization.Volunteer.Id));
    }

    [Fact]
    public async Task Close_AsCoordinatorOfAnotherOrganization_IsNotFound_Sec19()
    {
        var organization = await app.CreateOrganizationAsync();
        var other = await app.CreateOrganizationAsync();
        var outsider = await app.SignedInAsync(other.Coordinator);

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(StaffAccountArrangement.ClosePath(organization.Facilitator.Id))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostWithTokenAsync(StaffAccountArrangement.ClosePath(organization.Facilitator.Id))).StatusCode);
        Assert.Null(await ClosedAtAsync(organization, organization.Facilitator.Id));
    }

    [Fact]
    public async Task Close_Yourself_OrAMember_IsRefused()
    {
        var organization = await app.CreateOrganizationAsync();
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        var (_, own) = await coordinator.GetPageAsync(StaffAccountArrangement.ClosePath(organization.Coordinator.Id));
        Assert.NotNull(own.QuerySelector("[data-close-refused]"));
        Assert.Null(own.QuerySelector("main form"));
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostWithTokenAsync(StaffAccountArrangement.ClosePath(organization.Coordinator.Id))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostWithTokenAsync(StaffAccountArrangement.ClosePath(organization.Member.Id))).StatusCode);

        Assert.Null(await ClosedAtAsync(organization, organization.Coordinator.Id));
        Assert.Null(await ClosedAtAsync(organization, organization.Member.Id));
    }

    [Fact]
    public async Task Close_AnotherCoordinator_IsAllowed_ButNeverTheLastOne()
    {
        var organization = await app.CreateOrganizationAsync();
        var second = await app.AddUserAsync(organization.Id, Roles.Coordinator);
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.CloseAsync(second.Id)).StatusCode);

        // Now the only coordinator left. Only a coordinator can close, and never themselves, so the
        // last one is reached by the rule itself (as when two close each other at once, below).
        var refusal = await CloseDirectlyAsync(organization, organization.Coordinator.Id, closedBy: second.Id);
        Assert.Equal(AccountClosure.Refusal.LastCoordinator, refusal);
        Assert.Null(await ClosedAtAsync(organization, organization.Coordinator.Id));
    }

    [Fact]
    public async Task Close_TwoCoordinatorsCloseEachOtherAtOnce_OneOfThemStays()
    {
        var organization = await app.CreateOrganizationAsync();
        var second = await app.AddUserAsync(organization.Id, Roles.Coordinator);

        var results = await Task.WhenAll(
            CloseDirectlyAsync(organization, second.Id, closedBy: organization.Coordinator.Id),
            CloseDirectlyAsync(organization, organization.Coordinator.Id, closedBy: second.Id));

        Assert.Single(results, r => r == AccountClosure.Refusal.None);
        var stillOpen = await app.InOrganizationAsync(organization, db =>
            db.Users.CountAsync(u => (u.Id == second.Id || u.Id == organization.Coordinator.Id) && u.ClosedAt == null));
        Assert.Equal(1, stillOpen);
    }

    private Task<DateTime?> ClosedAtAsync(TestOrganization organization, Guid userId) =>
        app.InOrganizationAsync(organization, db => db.Users.Where(u => u.Id == userId).Select(u => u.ClosedAt).FirstAsync());

    private async Task<AccountClosure.Refusal> CloseDirectlyAsync(TestOrganization organization, Guid personId, Guid closedBy)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(organization.Id);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CirclesUser>>();
        var person = (await users.FindByIdAsync(personId.ToString()))!;
        return await scope.ServiceProvider.GetRequiredService<AccountClosure>().CloseAsync(person, closedBy, CancellationToken.None);
    }
}
