using System.Net;
using AngleSharp.Html.Dom;
using Circles.IntegrationTests.Features.Directory;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Accounts;
using Microsoft.EntityFrameworkCore;
using static Circles.IntegrationTests.Features.SafetyPlan.SafetyPlanArrangement;

namespace Circles.IntegrationTests.Features.SafetyPlan;

/// <summary>
/// The personal safety plan (issue 6): sealed with the member's own key, readable by them alone,
/// printable without any name on it, and never losing what was typed.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class SafetyPlanTests(SharedCirclesApp app)
{
    private static readonly string[] PlanPages = ["/safety-plan", "/safety-plan/edit", "/safety-plan/print"];

    [Fact]
    public async Task SavePlan_AsMember_IsSealedAtRest_AndShownOnlyToThem()
    {
        // SEC-27: a canary in each part is in no raw byte of the store, yet the member reads it.
        // SEC-20: no other person, role or organization ever gets a page with it. SEC-33: nor do the logs.
        var organization = await app.CreateOrganizationAsync();
        var other = await app.CreateOrganizationAsync();
        var member = await app.SignedInAsync(organization.Member);
        var canaries = Canaries("plan");

        var saved = await member.SavePlanAsync(canaries);

        AssertRedirectTo(saved, "/safety-plan");
        var own = await member.MainTextAsync("/safety-plan");
        Assert.All(canaries.Values, canary => Assert.Contains(canary, own, StringComparison.Ordinal));
        var raw = await app.RawDatabaseTextAsync();
        Assert.All(canaries.Values, canary => Assert.DoesNotContain(canary, raw, StringComparison.Ordinal));
        Assert.Equal(1, await app.InOrganizationAsync(organization, db => db.SafetyPlans.CountAsync(p => p.UserId == organization.Member.Id && p.SealedWarningSigns != null && p.SealedReasons != null)));

        foreach (var role in new[] { Roles.Coordinator, Roles.Facilitator, Roles.Volunteer, Roles.Partner })
        {
            var staff = await app.SignedInAsync(organization.People[role]);
            foreach (var page in PlanPages)
            {
                var response = await staff.GetAsync(page);
                Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{role} on {page}: {response.StatusCode}");
                var body = await response.Content.ReadAsStringAsync();
                Assert.All(canaries.Values, canary => Assert.DoesNotContain(canary, body, StringComparison.Ordinal));
            }
        }
        // Another member and a peer supporter of the same organization, and a member of another one,
        // each see only their own plan: none yet.
        foreach (var person in new[] { await app.AddUserAsync(organization.Id, Roles.Member), organization.PeerSupporter, other.Member })
        {
            var client = await app.SignedInAsync(person);
            var (response, page) = await client.GetPageAsync("/safety-plan");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.NotNull(page.QuerySelector("[data-plan-invitation]"));
            foreach (var url in PlanPages)
            {
                var body = await (await client.GetAsync(url)).Content.ReadAsStringAsync();
                Assert.All(canaries.Values, canary => Assert.DoesNotContain(canary, body, StringComparison.Ordinal));
            }
        }
        Assert.All(canaries.Values, canary => Assert.DoesNotContain(app.Logs.Lines, line => line.Contains(canary, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task SafetyPlan_AsMemberWithoutPlan_InvitesToMakeOne()
    {
        var organization = await app.CreateOrganizationAsync();
        var member = await app.SignedInAsync(organization.Member);

        var (response, page) = await member.GetPageAsync("/safety-plan");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("My plan · Garden Club", page.Title);
        var invitation = page.QuerySelector("[data-plan-invitation]")!;
        Assert.Contains("only for you", invitation.TextContent, StringComparison.Ordinal);
        Assert.NotNull(invitation.QuerySelector($"a[href='{EditPath}']"));
        Assert.Empty(page.QuerySelectorAll("[data-plan-part]"));
    }

    [Fact]
    public async Task SafetyPlan_AsMemberWithPlan_ShowsSixHeadedParts_WithEditAndPrint()
    {
        var organization = await app.CreateOrganizationAsync();
        var member = await app.SignedInAsync(organization.Member);
        await member.SavePlanAsync(new Dictionary<string, string> { ["Form.WarningSigns"] = "I stop sleeping\nI skip meals", ["Form.Reasons"] = "<b>my cat</b>" });

        var (_, page) = await member.GetPageAsync("/safety-plan");

        var parts = page.QuerySelectorAll("[data-plan-part]");
        Assert.Equal(["Warning signs", "Things I can do on my own", "People and places that help", "People I trust and how to reach them", "Crisis lines and services", "What matters to me"],
            parts.Select(p => p.QuerySelector("h2")!.TextContent.Trim()));
        Assert.Equal("I stop sleeping\nI skip meals", parts[0].QuerySelector(".text")!.TextContent);
        // SEC-23: the member's words are text, never markup.
        Assert.Equal("<b>my cat</b>", parts[5].QuerySelector(".text")!.TextContent);
        Assert.Null(parts[5].QuerySelector("b"));
        Assert.NotNull(page.QuerySelector($"main a[href='{EditPath}']"));
        Assert.NotNull(page.QuerySelector("main a[href='/safety-plan/print']"));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ar")]
    public async Task Print_AsMember_ShowsThePlanWithNoNameOnIt_AndKeepsQuickExit(string language)
    {
        var organization = await app.CreateOrganizationAsync();
        var member = await app.SignedInAsync(organization.Member);
        var canaries = Canaries("print");
        canaries["Form.CopingSteps"] = "";
        await member.SavePlanAsync(canaries);
        member.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var (response, page) = await member.GetPageAsync("/safety-plan/print");
        var html = page.DocumentElement.OuterHtml;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(language == "en" ? "My plan" : "خطتي", page.Title);
        foreach (var canary in canaries.Values.Where(v => v.Length > 0))
        {
            Assert.Contains(canary, page.Body!.TextContent, StringComparison.Ordinal);
        }
        // An empty part is left out so that the rest fits on one sheet.
        Assert.Equal(5, page.QuerySelectorAll("[data-plan-part]").Length);
        foreach (var name in new[] { "Circles", "Garden Club", "Test organization" })
        {
            Assert.DoesNotContain(name, page.Title, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(name, page.Body!.TextContent, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(name, html, StringComparison.Ordinal);
        }
        Assert.Null(page.QuerySelector(".brand, nav, .main-nav, .site-footer, link[rel~=icon], img"));
        Assert.NotNull(page.QuerySelector("a.exit-button[href='/exit'][data-quick-exit]"));
        Assert.NotNull(page.QuerySelector("script[src^='/js/quick-exit.']"));
        Assert.Equal(language == "ar" ? "rtl" : "ltr", page.DocumentElement.GetAttribute("dir"));
    }

    [Fact]
    public async Task Save_WithAllPartsEmpty_ShowsError_AndSavesNothing()
    {
        var organization = await app.CreateOrganizationAsync();
        var member = await app.SignedInAsync(organization.Member);

        var response = await member.SavePlanAsync(Fields.ToDictionary(f => f, _ => "  "));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.Contains("at least one part", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await app.InOrganizationAsync(organization, db => db.SafetyPlans.CountAsync(p => p.UserId == organization.Member.Id)));
    }

    [Fact]
    public async Task Save_WithTooLongPart_ShowsError_AndKeepsEverythingTyped()
    {
        var organization = await app.CreateOrganizationAsync();
        var member = await app.SignedInAsync(organization.Member);
        var typed = Canaries("typed");
        typed["Form.TrustedContacts"] = new string('x', 4001);

        var response = await member.SavePlanAsync(typed);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.Contains("People I trust: please use at most 4,000 characters.", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(typed, TypedText(page));
        Assert.Equal(0, await app.InOrganizationAsync(organization, db => db.SafetyPlans.CountAsync(p => p.UserId == organization.Member.Id)));
    }

    [Fact]
    public async Task Save_AfterAnotherWindowSaved_SaysSo_KeepsText_AndSavesOnSecondTry()
    {
        // SEC-43: two windows of the same member; the later save does not silently overwrite.
        var organization = await app.CreateOrganizationAsync();
        var member = await app.SignedInAsync(organization.Member);
        await member.SavePlanAsync(new Dictionary<string, string> { ["Form.WarningSigns"] = "first version" });
        var (_, firstWindow) = await member.GetPageAsync(EditPath);
        Assert.Equal("first version", TypedText(firstWindow)["Form.WarningSigns"]);
        AssertRedirectTo(await member.SavePlanAsync(new Dictionary<string, string> { ["Form.WarningSigns"] = "second window" }), "/safety-plan");

        var response = await member.SubmitAsync((IHtmlFormElement)firstWindow.QuerySelector(FormSelector)!, EditPath,
            new Dictionary<string, string> { ["Form.WarningSigns"] = "first window", ["Form.Reasons"] = "my children" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.Contains("Your plan was changed in another window", page.QuerySelector("[data-conflict]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("first window", TypedText(page)["Form.WarningSigns"]);
        Assert.Equal("my children", TypedText(page)["Form.Reasons"]);
        Assert.Contains("second window", await member.MainTextAsync("/safety-plan"), StringComparison.Ordinal);

        // Saving again from the form that came back keeps this window's words, on purpose.
        AssertRedirectTo(await member.SubmitAsync((IHtmlFormElement)page.QuerySelector(FormSelector)!, EditPath, GroupArrangement.NoFields()), "/safety-plan");
        var now = await member.MainTextAsync("/safety-plan");
        Assert.Contains("first window", now, StringComparison.Ordinal);
        Assert.DoesNotContain("second window", now, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_NewPlanWhenAnotherWindowMadeOne_SaysSo_KeepsText()
    {
        var organization = await app.CreateOrganizationAsync();
        var member = await app.SignedInAsync(organization.Member);
        var (_, firstWindow) = await member.GetPageAsync(EditPath);
        await member.SavePlanAsync(new Dictionary<string, string> { ["Form.CopingSteps"] = "made elsewhere" });

        var response = await member.SubmitAsync((IHtmlFormElement)firstWindow.QuerySelector(FormSelector)!, EditPath,
            new Dictionary<string, string> { ["Form.CopingSteps"] = "made here" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.NotNull(page.QuerySelector("[data-conflict]"));
        Assert.Equal("made here", TypedText(page)["Form.CopingSteps"]);
        Assert.Equal(1, await app.InOrganizationAsync(organization, db => db.SafetyPlans.CountAsync(p => p.UserId == organization.Member.Id)));
    }

    [Fact]
    public async Task AddCrisisLines_AppendsTheOrganizationsLines_AndKeepsEverythingTyped()
    {
        var organization = await app.CreateOrganizationAsync();
        await app.SetCrisisLinesAsync(organization, "Helpline: 0800 111 222, any time\nText line: 12345");
        var member = await app.SignedInAsync(organization.Member);
        var (_, editPage) = await member.GetPageAsync(EditPath);
        var form = (IHtmlFormElement)editPage.QuerySelector(FormSelector)!;
        var button = form.QuerySelector("[data-crisis-suggestion] button[formaction]")!;
        Assert.Equal("Add my organization's crisis lines", button.TextContent.Trim());
        form.SetAttribute("action", button.GetAttribute("formaction"));

        var response = await member.SubmitAsync(form, EditPath, new Dictionary<string, string>
        {
            ["Form.WarningSigns"] = "I stop answering the phone",
            ["Form.CrisisLines"] = "My aunt: 555 0101",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ParseAsync();
        var typed = TypedText(page);
        Assert.Equal("My aunt: 555 0101\nHelpline: 0800 111 222, any time\nText line: 12345", typed["Form.CrisisLines"]);
        Assert.Equal("I stop answering the phone", typed["Form.WarningSigns"]);
        Assert.Null(page.QuerySelector(".error-summary"));
        // The re-rendered form saves to the page itself, not to the add-lines handler in the address bar.
        Assert.Equal(EditPath, page.QuerySelector(FormSelector)!.GetAttribute("action"));
        // Adding lines is not saving; the member saves when ready.
        Assert.Equal(0, await app.InOrganizationAsync(organization, db => db.SafetyPlans.CountAsync(p => p.UserId == organization.Member.Id)));
        AssertRedirectTo(await member.SubmitAsync((IHtmlFormElement)page.QuerySelector(FormSelector)!, EditPath, GroupArrangement.NoFields()), "/safety-plan");
        Assert.Contains("Text line: 12345", (await member.GetPageAsync("/safety-plan")).Document.QuerySelector("[data-plan-part=crisis-lines]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_WhenOrganizationHasNoCrisisLines_OffersNoButton()
    {
        var organization = await app.CreateOrganizationAsync();
        var member = await app.SignedInAsync(organization.Member);

        var (_, page) = await member.GetPageAsync(EditPath);

        Assert.Null(page.QuerySelector("[data-crisis-suggestion]"));
        Assert.Equal(6, TypedText(page).Count);
    }

    [Fact]
    public async Task PlanPages_WithoutTheKeyInThisBrowser_SendToUnlock_AndAPostKeepsTheText()
    {
        var organization = await app.CreateOrganizationAsync();
        var member = await app.SignedInAsync(organization.Member);
        await member.SavePlanAsync(new Dictionary<string, string> { ["Form.Reasons"] = "saved before" });
        var (_, editPage) = await member.GetPageAsync(EditPath);
        app.ForgetPersonalKey(member);

        foreach (var url in PlanPages)
        {
            AssertRedirectTo(await member.GetAsync(url), "/my-space/unlock?returnUrl=" + Uri.EscapeDataString(url));
        }
        var response = await member.SubmitAsync((IHtmlFormElement)editPage.QuerySelector(FormSelector)!, EditPath,
            new Dictionary<string, string> { ["Form.Reasons"] = "typed without the key" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.NotNull(page.QuerySelector("[data-plan-closed] a[href^='/my-space/unlock']"));
        Assert.Equal("typed without the key", TypedText(page)["Form.Reasons"]);
        // Signing in again opens the key, and the plan as it was saved.
        var again = await app.SignedInAsync(organization.Member);
        Assert.Contains("saved before", await again.MainTextAsync("/safety-plan"), StringComparison.Ordinal);
    }
}
