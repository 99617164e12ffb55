using System.Net;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Features.Volunteers;
using Circles.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Features.PublicSite;

/// <summary>
/// The public pages (issue 15): off unless turned on, readable without an account in every
/// language, no cookie on reading, served under the organization's own host name where nothing
/// else of Circles is, and a volunteer form that keeps only what it asks, encrypted (SEC-27).
/// </summary>
[Collection(SharedApp.Name)]
public sealed class PublicSiteTests(SharedCirclesApp app)
{
    private static readonly string[] SectionPages = ["", "/signs", "/help", "/volunteer", "/volunteer/thanks", "/self-check", "/stories"];

    [Fact]
    public async Task SectionOff_EveryPageIs404()
    {
        var organization = await app.CreateOrganizationAsync();
        var browser = app.NewBrowser();

        foreach (var page in SectionPages)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/public-site/{organization.Slug}{page}")).StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/public-site/no-such-organization/signs")).StatusCode);
    }

    [Theory]
    [InlineData("en", "Control", "السيطرة")]
    [InlineData("es", "Control", "السيطرة")]
    [InlineData("ar", "السيطرة", "Control")]
    public async Task SectionOn_EveryPageWithoutAccount_InEachLanguage_NoCookieQuickExitNoStore(string language, string expected, string notExpected)
    {
        var organization = await app.CreateOrganizationAsync();
        await app.TurnPublicPagesOnAsync(organization);
        var browser = app.NewBrowser();
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        foreach (var page in SectionPages.Where(p => p != "/volunteer"))
        {
            var response = await browser.GetAsync($"/public-site/{organization.Slug}{page}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.False(response.Headers.Contains("Set-Cookie"), $"{page} set a cookie");
            Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
            var document = await response.ParseAsync();
            Assert.Equal(language, document.DocumentElement.GetAttribute("lang"));
            Assert.NotNull(document.QuerySelector("a[data-quick-exit][href='/exit']"));
            Assert.Contains("Test organization", document.Title, StringComparison.Ordinal);
            Assert.NotNull(document.QuerySelector("select[name=culture]"));
        }
        var signs = await (await browser.GetAsync($"/public-site/{organization.Slug}/signs")).ParseAsync();
        Assert.Contains(expected, signs.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(notExpected, signs.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        // The form's page sets only the anti-forgery cookie.
        var form = await browser.GetAsync($"/public-site/{organization.Slug}/volunteer");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.All(form.Headers.GetValues("Set-Cookie"), cookie => Assert.Matches("^(__Host-)?af=", cookie));
    }

    [Fact]
    public async Task HelpPage_ListsTheCrisisLinesFromTheSettings()
    {
        var organization = await app.CreateOrganizationAsync();
        await app.TurnPublicPagesOnAsync(organization, crisisLines: "Riverside line: 0800 123 456, any time");

        var help = await (await app.NewBrowser().GetAsync($"/public-site/{organization.Slug}/help")).ParseAsync();

        Assert.Contains("Riverside line: 0800 123 456, any time", help.QuerySelector(".crisis-lines")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SelfCheck_ShowsEveryQuestionAndBothResultsWithoutJavaScript_AndHasNoFormToSend()
    {
        var organization = await app.CreateOrganizationAsync();
        await app.TurnPublicPagesOnAsync(organization);

        var page = await (await app.NewBrowser().GetAsync($"/public-site/{organization.Slug}/self-check")).ParseAsync();

        Assert.InRange(page.QuerySelectorAll("[data-self-check] fieldset").Length, 8, 10);
        Assert.NotNull(page.QuerySelector("[data-result=some] a[href=help]"));
        Assert.NotNull(page.QuerySelector("[data-result=none] a[href=help]"));
        Assert.Null(page.QuerySelector("main form"));
    }

    [Fact]
    public async Task LanguageChoice_AnonymousVisitor_SwitchesThePublicPages()
    {
        var organization = await app.CreateOrganizationAsync();
        await app.TurnPublicPagesOnAsync(organization);
        var browser = app.NewBrowser();

        var chosen = await browser.SubmitFormAsync($"/public-site/{organization.Slug}/signs", new Dictionary<string, string> { ["culture"] = "es" }, "form.language-switcher");
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        Assert.Equal($"/public-site/{organization.Slug}/signs", chosen.Headers.Location!.OriginalString);

        var signs = await (await browser.GetAsync($"/public-site/{organization.Slug}/signs")).ParseAsync();
        Assert.Equal("es", signs.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Señales a las que prestar atención", signs.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OwnHostName_ServesTheSectionAtTheRoot_AndNothingElseOfCircles()
    {
        var organization = await app.CreateOrganizationAsync();
        var host = $"learn-{organization.Slug}.example.org";
        await app.TurnPublicPagesOnAsync(organization, host);
        var visitor = app.NewBrowser($"https://{host}");

        var home = await visitor.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        var document = await home.ParseAsync();
        Assert.Equal("/signs", document.QuerySelector("nav.main-nav a")!.GetAttribute("href"));
        foreach (var page in new[] { "/signs", "/help", "/volunteer", "/self-check", "/volunteer/thanks" })
        {
            Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(page)).StatusCode);
        }
        foreach (var page in new[] { "/account/signin", "/join", "/settings", "/home/member", "/safer-browsing", "/status/404", "/api/hsds/" + organization.Slug + "/", "/healthz", $"/public-site/{organization.Slug}/signs" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(page)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/css/site.css")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/js/self-check.js")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await visitor.GetAsync("/exit")).StatusCode);

        // The volunteer form works under the host name too.
        var sent = await visitor.SubmitFormAsync("/volunteer", new Dictionary<string, string>
        {
            ["Form.Name"] = "Sam",
            ["Form.Contact"] = "sam@example.org",
        }, "main form.stacked");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal("/volunteer/thanks", sent.Headers.Location!.OriginalString);

        // Circles' own address still serves the section and the rest.
        Assert.Equal(HttpStatusCode.OK, (await app.NewBrowser().GetAsync($"/public-site/{organization.Slug}/signs")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.NewBrowser().GetAsync("/account/signin")).StatusCode);
    }

    [Fact]
    public async Task VolunteerForm_StoresOnlyWhatItAsks_Encrypted_AtInterest()
    {
        var organization = await app.CreateOrganizationAsync();
        await app.TurnPublicPagesOnAsync(organization);
        var browser = app.NewBrowser();

        var sent = await browser.SubmitFormAsync($"/public-site/{organization.Slug}/volunteer", new Dictionary<string, string>
        {
            ["Form.Name"] = "Robin",
            ["Form.Contact"] = "+44 7700 900123",
            ["Form.Motivation"] = "I have time on Saturdays and want to help.",
            ["Form.Worries"] = "Whether I know enough.",
            ["Form.Skills"] = "Cooking",
            ["Form.Languages"] = "English, Polish",
            ["Form.Availability"] = "Saturday mornings",
            ["Form.HeardFrom"] = "A friend",
        }, "main form.stacked");

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal($"/public-site/{organization.Slug}/volunteer/thanks", sent.Headers.Location!.OriginalString);
        var application = await app.InOrganizationAsync(organization, db => db.VolunteerApplications.SingleAsync());
        Assert.Equal("Robin", application.Name);
        Assert.Equal(VolunteerStage.Interest, application.Stage);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, application.StageEnteredAt);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, application.CreatedAt);
        Assert.Equal("Cooking", application.Skills);
        Assert.Equal("English, Polish", application.Languages);
        Assert.Equal("Saturday mornings", application.Availability);
        Assert.Equal("A friend", application.HeardFrom);
        Assert.DoesNotContain("7700", application.ProtectedContact, StringComparison.Ordinal);
        Assert.DoesNotContain("Saturdays", application.ProtectedMotivation, StringComparison.Ordinal);
        var protector = app.Services.GetRequiredService<FieldProtector>();
        Assert.Equal("+44 7700 900123", protector.Unprotect(FieldPurposes.VolunteerContact, application.ProtectedContact));
        Assert.Equal("I have time on Saturdays and want to help.", protector.Unprotect(FieldPurposes.VolunteerMotivation, application.ProtectedMotivation));
        Assert.Equal("Whether I know enough.", protector.Unprotect(FieldPurposes.VolunteerWorries, application.ProtectedWorries));
        Assert.Null(application.UserId);
    }

    [Fact]
    public async Task VolunteerForm_BadContact_ShowsTheProblemAndKeepsWhatWasTyped()
    {
        var organization = await app.CreateOrganizationAsync();
        await app.TurnPublicPagesOnAsync(organization);

        var response = await app.NewBrowser().SubmitFormAsync($"/public-site/{organization.Slug}/volunteer", new Dictionary<string, string>
        {
            ["Form.Name"] = "Robin",
            ["Form.Contact"] = "not a way to reach me",
            ["Form.Motivation"] = "Kept text",
        }, "main form.stacked");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.Contains("Enter an email address or a phone number.", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Robin", page.QuerySelector("input[name='Form.Name']")!.GetAttribute("value"));
        Assert.Equal("not a way to reach me", page.QuerySelector("input[name='Form.Contact']")!.GetAttribute("value"));
        Assert.Equal("Kept text", page.QuerySelector("textarea[name='Form.Motivation']")!.TextContent.Trim());
        Assert.Equal(0, await app.InOrganizationAsync(organization, db => db.VolunteerApplications.CountAsync()));
    }

    [Fact]
    public async Task VolunteerForm_WithoutAntiForgeryToken_IsRefused()
    {
        var organization = await app.CreateOrganizationAsync();
        await app.TurnPublicPagesOnAsync(organization);

        var response = await app.NewBrowser().PostAsync($"/public-site/{organization.Slug}/volunteer", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.Name"] = "Robin",
            ["Form.Contact"] = "robin@example.org",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}

/// <summary>SEC-13: the volunteer form is limited per client address (here 2 an hour instead of 5).</summary>
public sealed class PublicFormLimitTests(PublicFormLimitTests.LimitedApp app) : IClassFixture<PublicFormLimitTests.LimitedApp>
{
    public sealed class LimitedApp : CirclesApp
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["RateLimits:PublicFormPerIpPerHour"] = "2" };
    }

    [Fact]
    public async Task VolunteerForm_TooManyFromOneAddress_Answers429_ReadingStillWorks()
    {
        var organization = await app.CreateOrganizationAsync();
        await app.TurnPublicPagesOnAsync(organization);
        var browser = app.NewBrowser();
        var form = new Dictionary<string, string> { ["Form.Name"] = "Robin", ["Form.Contact"] = "robin@example.org" };

        Assert.Equal(HttpStatusCode.Redirect, (await browser.SubmitFormAsync($"/public-site/{organization.Slug}/volunteer", form, "main form.stacked")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SubmitFormAsync($"/public-site/{organization.Slug}/volunteer", form, "main form.stacked")).StatusCode);
        var third = await browser.SubmitFormAsync($"/public-site/{organization.Slug}/volunteer", form, "main form.stacked");

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal(2, await app.InOrganizationAsync(organization, db => db.VolunteerApplications.CountAsync()));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/public-site/{organization.Slug}/volunteer")).StatusCode);
    }
}
