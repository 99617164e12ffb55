using System.Net;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Features;

[Collection(SharedApp.Name)]
public sealed class LocalizationTests(SharedCirclesApp app)
{
    [Fact]
    public async Task SignInPage_InSpanish_IsTranslated()
    {
        var client = app.NewBrowser();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");

        var page = await (await client.GetAsync("/account/signin")).ParseAsync();

        Assert.Equal("es", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("ltr", page.DocumentElement.GetAttribute("dir"));
        Assert.NotEqual("Sign in", page.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task AnyPage_InArabic_IsRightToLeft()
    {
        var client = app.NewBrowser();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ar");

        var page = await (await client.GetAsync("/account/signin")).ParseAsync();

        Assert.Equal("ar", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
    }

    [Fact]
    public async Task LanguageSwitcher_RemembersTheChoice_InTheBrowserAndTheAccount()
    {
        var organization = await app.CreateOrganizationAsync();
        var client = await app.SignedInAsync(organization.Member);

        var switched = await client.SubmitFormAsync("/home/member", new Dictionary<string, string> { ["culture"] = "es" }, "form.language-switcher");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/home/member", switched.Headers.Location?.OriginalString);
        var page = await (await client.GetAsync("/home/member")).ParseAsync();
        Assert.Equal("es", page.DocumentElement.GetAttribute("lang"));

        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CirclesUser>>();
        Assert.Equal("es", (await users.FindByIdAsync(organization.Member.Id.ToString()))!.PreferredCulture);

        // After quick exit clears cookies, the next sign-in restores the language.
        var fresh = await app.SignedInAsync(organization.Member);
        var again = await (await fresh.GetAsync("/home/member")).ParseAsync();
        Assert.Equal("es", again.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task SessionDates_InSpanish_ReadAsSpanishWritesThem()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.CreateGroupAsync(organization, timeZone: "UTC", activeMembers: [organization.Member]);
        await app.CreateSessionAsync(organization, group.Id, new DateTime(2027, 3, 18, 18, 0, 0, DateTimeKind.Utc));
        var member = await app.SignedInAsync(organization.Member);
        member.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");

        var home = await (await member.GetAsync("/home/member")).ParseAsync();

        Assert.Equal("jueves 18 de marzo, 18:00", home.QuerySelector("[data-next-session] time")!.TextContent);
    }

    [Fact]
    public async Task LanguageSwitcher_WithForeignReturnUrl_StaysOnThisSite()
    {
        var client = app.NewBrowser();

        var switched = await client.SubmitFormAsync("/", new Dictionary<string, string>
        {
            ["culture"] = "ar",
            ["returnUrl"] = "https://evil.example/",
        }, "form.language-switcher");

        Assert.Equal("/", switched.Headers.Location?.OriginalString);
    }
}
