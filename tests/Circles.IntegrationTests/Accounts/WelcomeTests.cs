using System.Net;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Accounts;

[Collection(SharedApp.Name)]
public sealed class WelcomeTests(SharedCirclesApp app)
{
    /// <summary>SEC-3: the explanation of quick exit and browser history comes first, once.</summary>
    [Fact]
    public async Task FirstSignIn_ShowsTheExitExplanationOnce()
    {
        var organization = await app.CreateOrganizationAsync();
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<CirclesUser>>();
            var member = (await users.FindByIdAsync(organization.Member.Id.ToString()))!;
            member.SafetyIntroSeenAt = null;
            await users.UpdateAsync(member);
        }
        var client = await app.SignedInAsync(organization.Member);

        var redirected = await client.GetAsync("/home/member");
        Assert.Equal("/account/welcome?returnUrl=%2Fhome%2Fmember", redirected.Headers.Location?.OriginalString);
        var welcome = await (await client.GetAsync(redirected.Headers.Location!.OriginalString)).ParseAsync();
        Assert.Contains("does not erase your browser history", welcome.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(welcome.QuerySelector("main a[href='/safer-browsing']"));

        var acknowledged = await client.SubmitFormAsync(redirected.Headers.Location!.OriginalString, new Dictionary<string, string>());
        Assert.Equal("/home/member", acknowledged.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/home/member")).StatusCode);

        var nextTime = await app.SignedInAsync(organization.Member);
        Assert.Equal(HttpStatusCode.OK, (await nextTime.GetAsync("/home/member")).StatusCode);
    }
}

/// <summary>SEC-32 and SEC-33: sign-ins are audited without content, and passwords never reach the logs.</summary>
[Collection(SharedApp.Name)]
public sealed class AuditAndLogTests(SharedCirclesApp app)
{
    [Fact]
    public async Task SignIn_IsAudited_AndPasswordsNeverReachTheLogs()
    {
        var organization = await app.CreateOrganizationAsync();
        const string canary = "canary-password-7f3a9d";
        await app.NewBrowser().SubmitFormAsync("/account/signin", new Dictionary<string, string>
        {
            ["Form.UserName"] = organization.Member.UserName,
            ["Form.Password"] = canary,
        });
        await app.SignedInAsync(organization.Member);

        Assert.DoesNotContain(app.Logs.Lines, line => line.Contains(canary, StringComparison.Ordinal));
        Assert.DoesNotContain(app.Logs.Lines, line => line.Contains(CirclesApp.Password, StringComparison.Ordinal));

        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(organization.Id);
        var actions = await scope.ServiceProvider.GetRequiredService<CirclesDb>().AuditEvents
            .Where(a => a.ActorUserId == organization.Member.Id)
            .Select(a => a.Action)
            .ToListAsync();
        Assert.Contains(Circles.Web.Security.AuditActions.SignInFailed, actions);
        Assert.Contains(Circles.Web.Security.AuditActions.SignedIn, actions);
    }

    [Fact]
    public async Task RoleChange_IsAudited_AndSignsThePersonOut()
    {
        var organization = await app.CreateOrganizationAsync();
        var member = await app.SignedInAsync(organization.Member);
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        var granted = await coordinator.SubmitFormAsync($"/people/{organization.Member.Id}",
            new Dictionary<string, string>(), "form:has(input[name=role][value=Volunteer])");
        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await member.GetAsync("/home/member")).StatusCode);
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(organization.Id);
        var audit = await scope.ServiceProvider.GetRequiredService<CirclesDb>().AuditEvents
            .SingleAsync(a => a.Action == Circles.Web.Security.AuditActions.RoleGranted);
        Assert.Equal(organization.Coordinator.Id, audit.ActorUserId);
        Assert.Equal($"{organization.Member.Id}:{Roles.Volunteer}", audit.Subject);
    }
}
