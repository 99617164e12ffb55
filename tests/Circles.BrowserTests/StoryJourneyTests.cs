using Circles.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Circles.BrowserTests;

/// <summary>
/// Issue 16 from end to end, each person on their own phone: a member writes a story in their
/// private space and shares it publicly with the first letter of their name; a coordinator sees
/// the details that could identify someone marked and suggests an edited version; the member
/// approves that exact version; a fresh anonymous visitor reads the approved text on the public
/// stories page; the member withdraws it and the public page no longer shows it.
/// </summary>
public sealed class StoryJourneyTests(CirclesServer server)
    : BrowserTest(server), IClassFixture<CirclesServer>
{
    private static Task<IResponse> ClickAsync(IPage page, string buttonName) =>
        page.SubmitAsync(page.GetByRole(AriaRole.Button, new() { Name = buttonName, Exact = true }));

    [Fact]
    public async Task StoryJourney_FromDraftToPublicAndWithdrawn_WorksOnPhones()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var title = "The evening I spoke " + suffix;
        var original = $"Then Amira walked with me to Leeds station at 9pm. I spoke for the first time {suffix}.";
        var suggested = $"Someone walked with me one evening. I spoke for the first time {suffix}.";

        // The member writes a story: only theirs.
        var member = await SignedInPageAsync(DemoAccounts.Member);
        await member.OpenAsync("/stories/mine/new");
        await member.AssertNoSeriousViolationsAsync();
        await member.GetByLabel("Something that went well", new() { Exact = true }).CheckAsync();
        await member.GetByLabel("Title", new() { Exact = true }).FillAsync(title);
        await member.GetByLabel("Your story", new() { Exact = true }).FillAsync(original);
        await ClickAsync(member, "Save");
        await Expect(member.Locator("[data-story-status]")).ToHaveAttributeAsync("data-story-status", "Draft");
        var storyPath = member.PathOf();

        // Shared with everyone, named by a first letter: it goes to review.
        await member.GetByRole(AriaRole.Link, new() { Name = "Who may read it", Exact = true }).ClickAsync();
        await member.GetByLabel("everyone, on the public pages", new() { Exact = true }).CheckAsync();
        await member.GetByLabel("the first letter of my name in Circles", new() { Exact = true }).CheckAsync();
        await member.AssertNoSeriousViolationsAsync();
        await ClickAsync(member, "Save");
        await Expect(member.Locator("[data-story-status]")).ToHaveTextAsync("Waiting for review");

        // The coordinator sees the details that could identify someone, and suggests an edit.
        var coordinator = await SignedInPageAsync(DemoAccounts.Coordinator);
        await coordinator.OpenAsync("/stories/review");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).ClickAsync();
        await Expect(coordinator.Locator("[data-author-text] mark[data-detail='Name']").Filter(new() { HasText = "Amira" })).ToBeVisibleAsync();
        await Expect(coordinator.Locator("[data-author-text] mark[data-detail='Time']")).ToHaveTextAsync("9pm");
        await coordinator.AssertNoSeriousViolationsAsync();
        await coordinator.GetByLabel("Suggested text", new() { Exact = true }).FillAsync(suggested);
        await coordinator.GetByLabel("A short note to the author (optional)", new() { Exact = true }).FillAsync("I took out the name, the place and the time.");
        await ClickAsync(coordinator, "Send the suggestion");
        await Expect(coordinator).ToHaveURLAsync(Journeys.PathPattern("/stories/review"));

        // The member reads the suggestion and approves that exact version.
        await member.OpenAsync(storyPath);
        await Expect(member.Locator("[data-suggested-text]")).ToHaveTextAsync(suggested);
        await Expect(member.Locator("[data-review-note]")).ToHaveTextAsync("I took out the name, the place and the time.");
        await member.AssertNoSeriousViolationsAsync();
        await ClickAsync(member, "Approve this version");
        await Expect(member.Locator("[data-story-status]")).ToHaveAttributeAsync("data-story-status", "Published");

        // A visitor with no account, in a fresh browser, reads the approved text only.
        var visitor = await NewPageAsync();
        await visitor.OpenAsync("/public-site/demo/stories");
        var published = visitor.Locator("article[data-public-story]").Filter(new() { HasText = title });
        await Expect(published).ToContainTextAsync(suggested);
        await Expect(published).ToContainTextAsync("By D.");
        await Expect(published).Not.ToContainTextAsync("Amira");
        await visitor.AssertNoSeriousViolationsAsync();

        // The member withdraws it in one step; the public page no longer shows it.
        await member.OpenAsync(storyPath);
        await ClickAsync(member, "Withdraw");
        await Expect(member.Locator("[data-story-status]")).ToHaveAttributeAsync("data-story-status", "Withdrawn");
        await visitor.OpenAsync("/public-site/demo/stories");
        await Expect(visitor.Locator("article[data-public-story]").Filter(new() { HasText = title })).ToHaveCountAsync(0);
    }
}
