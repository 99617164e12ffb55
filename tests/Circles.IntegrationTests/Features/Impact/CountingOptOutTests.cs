using System.Net;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Accounts;
using Circles.Web.Features.Impact;
using Microsoft.EntityFrameworkCore;

namespace Circles.IntegrationTests.Features.Impact;

/// <summary>
/// SEC-34 (small numbers, who is counted): every person turns counting in the organization's
/// figures off and on again on /account/counting; only their own account, whatever their role.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class CountingOptOutTests(SharedCirclesApp app)
{
    private Task<DateTime?> NotCountedSinceAsync(TestOrganization organization, TestUser user) =>
        app.InOrganizationAsync(organization, db => db.Users.Where(u => u.Id == user.Id).Select(u => u.NotCountedSince).SingleAsync());

    private Task<bool> CountedAsync(TestOrganization organization, TestUser user) =>
        app.InOrganizationAsync(organization, db => db.CountedPeople().ContainsAsync(user.Id));

    [Theory]
    [InlineData(Roles.Member)]
    [InlineData(Roles.Coordinator)]
    [InlineData(Roles.Facilitator)]
    [InlineData(Roles.Partner)]
    public async Task Counting_AsAnyRole_IsOnAtFirst_AndTurnsOffAndOnAgain(string role)
    {
        var organization = await app.CreateOrganizationAsync();
        var person = organization.People[role];
        var browser = await app.SignedInAsync(person);

        var (response, page) = await browser.GetPageAsync("/account/counting");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(page.QuerySelector("[data-count-me-in]")!.HasAttribute("checked"));
        Assert.Contains("Count me in the organization's figures", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("without names", page.Body!.TextContent, StringComparison.Ordinal);

        // Unchecked, a checkbox posts nothing.
        var off = await browser.SubmitFormAsync("/account/counting", new Dictionary<string, string> { ["CountMeIn"] = "false" }, "[data-counting-form]");
        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, await NotCountedSinceAsync(organization, person));
        Assert.False(await CountedAsync(organization, person));
        var (_, offPage) = await browser.GetPageAsync("/account/counting?saved=true");
        Assert.False(offPage.QuerySelector("[data-count-me-in]")!.HasAttribute("checked"));
        Assert.NotNull(offPage.QuerySelector("[data-counting-saved]"));

        var on = await browser.SubmitFormAsync("/account/counting", new Dictionary<string, string> { ["CountMeIn"] = "true" }, "[data-counting-form]");
        Assert.Equal(HttpStatusCode.Redirect, on.StatusCode);
        Assert.Null(await NotCountedSinceAsync(organization, person));
        Assert.True(await CountedAsync(organization, person));
    }

    [Fact]
    public async Task AccountPage_LinksToCounting_AndSaysWhetherItIsOn()
    {
        var organization = await app.CreateOrganizationAsync();
        var browser = await app.SignedInAsync(organization.Member);

        var (_, page) = await browser.GetPageAsync("/account");

        Assert.NotNull(page.QuerySelector("a[href='/account/counting']"));
    }

    [Fact]
    public async Task Counting_OfAnotherPerson_CannotBeChanged_EvenByNamingThem()
    {
        var organization = await app.CreateOrganizationAsync();
        var other = await app.CreateOrganizationAsync();
        var browser = await app.SignedInAsync(organization.Member);

        await browser.SubmitFormAsync("/account/counting", new Dictionary<string, string>
        {
            ["CountMeIn"] = "false",
            ["id"] = organization.Coordinator.Id.ToString(),
            ["UserId"] = other.Member.Id.ToString(),
        }, "[data-counting-form]");

        Assert.NotNull(await NotCountedSinceAsync(organization, organization.Member));
        Assert.Null(await NotCountedSinceAsync(organization, organization.Coordinator));
        Assert.Null(await NotCountedSinceAsync(other, other.Member));
    }

    [Fact]
    public async Task Counting_WithoutTheAntiForgeryToken_IsRefused()
    {
        var organization = await app.CreateOrganizationAsync();
        var browser = await app.SignedInAsync(organization.Member);

        var response = await browser.PostAsync("/account/counting", new FormUrlEncodedContent([new("CountMeIn", "false")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(await NotCountedSinceAsync(organization, organization.Member));
    }

    [Fact]
    public async Task Counting_SignedOut_GoesToSignIn()
    {
        var response = await app.NewBrowser().GetAsync("/account/counting");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
