using Circles.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Circles.BrowserTests;

/// <summary>
/// Issue 6 on a phone: a member writes in their journal, answers the WHO-5 check-in and sees it
/// in their trend, makes a safety plan (with the organization's crisis lines) and prints it
/// without any name on it; after signing out and in again the journal still opens, because
/// signing in re-opens their own key. Every page fits a 360 px screen without sideways scrolling.
/// </summary>
public sealed class PrivateSpaceJourneyTests(CirclesServer server)
    : BrowserTest(server), IClassFixture<CirclesServer>
{
    private const string JournalWords = "Walked by the river with my sister. It helped.";
    private const string WarningSigns = "I stop answering my phone.";

    private static Task<IResponse> ClickAsync(IPage page, string buttonName) =>
        page.SubmitAsync(page.GetByRole(AriaRole.Button, new() { Name = buttonName, Exact = true }));

    private static async Task AssertFitsThePhoneAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"{page.PathOf()} scrolls sideways by {overflow} px on a phone");
    }

    [Fact]
    public async Task MemberWritesChecksInAndMakesAPlan_OnAPhone_AndFindsThemAgainAfterSigningIn()
    {
        var member = await SignedInPageAsync(DemoAccounts.Member, Phone);

        // My space says who can read it, and the journal is open because signing in opened the key.
        await member.OpenAsync("/my-space");
        await Expect(member.Locator("[data-private-space='closed']")).ToHaveCountAsync(0);
        await AssertFitsThePhoneAsync(member);

        // Journal: write an entry with a mood and a reflection question.
        await member.GetByRole(AriaRole.Link, new() { Name = "Journal", Exact = true }).ClickAsync();
        await member.GetByRole(AriaRole.Link, new() { Name = "Write", Exact = true }).ClickAsync();
        await AssertFitsThePhoneAsync(member);
        await member.Locator("#Form_PromptId").SelectOptionAsync("helped-this-week");
        await member.Locator("#Form_Text").FillAsync(JournalWords);
        await member.GetByLabel("Good", new() { Exact = true }).CheckAsync();
        await ClickAsync(member, "Save");
        await Expect(member.Locator("[data-journal-text]")).ToHaveTextAsync(JournalWords);
        await Expect(member.Locator("main")).ToContainTextAsync("What helped this week?");
        var entryPath = member.PathOf();

        // Wellbeing: the five WHO-5 questions, "Most of the time" each: 20 of 25, shown as 80 %.
        await member.OpenAsync("/my-space");
        await member.GetByRole(AriaRole.Link, new() { Name = "How I am doing", Exact = true }).ClickAsync();
        await member.Locator("[data-check-in-now]").ClickAsync();
        await AssertFitsThePhoneAsync(member);
        for (var item = 1; item <= 5; item++)
        {
            await member.Locator($"[data-who5-item='{item}']").GetByLabel("Most of the time", new() { Exact = true }).CheckAsync();
        }
        await ClickAsync(member, "Save my check-in");
        await Expect(member.Locator("[data-wellbeing-saved]")).ToHaveAttributeAsync("data-wellbeing-saved", "80");
        await Expect(member.Locator("[data-wellbeing-chart]")).ToBeVisibleAsync();
        await Expect(member.Locator("[data-wellbeing-table]")).ToContainTextAsync("80");
        await AssertFitsThePhoneAsync(member);

        // Safety plan: a warning sign, the organization's crisis lines added without retyping them.
        await member.OpenAsync("/my-space");
        await member.GetByRole(AriaRole.Link, new() { Name = "My plan for hard moments", Exact = true }).ClickAsync();
        await member.GetByRole(AriaRole.Link, new() { Name = "Make my plan", Exact = true }).ClickAsync();
        await member.Locator("#Form_WarningSigns").FillAsync(WarningSigns);
        await ClickAsync(member, "Add my organization's crisis lines");
        await Expect(member.Locator("#Form_WarningSigns")).ToHaveValueAsync(WarningSigns);
        await Expect(member.Locator("#Form_CrisisLines")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("Demo crisis line"));
        await AssertFitsThePhoneAsync(member);
        await ClickAsync(member, "Save my plan");
        await Expect(member.Locator("[data-plan-part]").First).ToContainTextAsync(WarningSigns);

        // The printable page carries the plan and no name: not Circles, not the organization.
        await member.GetByRole(AriaRole.Link, new() { Name = "Print my plan", Exact = true }).ClickAsync();
        await Expect(member).ToHaveTitleAsync("My plan");
        await Expect(member.Locator("main")).ToContainTextAsync(WarningSigns);
        await Expect(member.Locator("body")).Not.ToContainTextAsync("Circles");
        await Expect(member.Locator("#quick-exit")).ToBeVisibleAsync();
        await AssertFitsThePhoneAsync(member);

        // Signing out forgets the key in this browser; signing in again opens it once more.
        await member.OpenAsync("/account");
        await member.SubmitAsync(member.GetByRole(AriaRole.Button, new() { Name = "Sign out", Exact = true }));
        await member.SignInToHomeAsync(DemoAccounts.Member);
        await member.OpenAsync(entryPath);
        await Expect(member.Locator("[data-journal-text]")).ToHaveTextAsync(JournalWords);
    }
}
