using System.Globalization;
using Circles.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Circles.BrowserTests;

/// <summary>
/// The whole life of a group, each person on their own phone: a coordinator describes a
/// community and starts a group, invites a new member, the facilitator writes the ground rules
/// and plans a session, the member joins and agrees to the rules, the facilitator takes
/// attendance on a 360 px screen, and the member gives anonymous feedback.
/// </summary>
public sealed class GroupJourneyTests(CirclesServer server)
    : BrowserTest(server), IClassFixture<CirclesServer>
{
    private static Task<IResponse> ClickAsync(IPage page, string buttonName) =>
        page.SubmitAsync(page.GetByRole(AriaRole.Button, new() { Name = buttonName, Exact = true }));

    [Fact]
    public async Task GroupLifecycle_FromCommunityToFeedback_WorksOnPhones()
    {
        var suffix = Guid.NewGuid().ToString("N")[..5];
        var groupName = "Evening circle " + suffix;
        var pseudonym = "Luz " + suffix;

        // The coordinator describes a community and starts a group in it, run by the demo facilitator.
        var coordinator = await SignedInPageAsync(DemoAccounts.Coordinator);
        await coordinator.OpenAsync("/communities");
        await coordinator.Locator("#Form_Name").FillAsync("Harbour community " + suffix);
        await coordinator.GetByLabel("Rural").CheckAsync();
        await coordinator.GetByLabel("Transport").CheckAsync();
        await ClickAsync(coordinator, "Save community");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Start a group in this community" }).ClickAsync();
        await coordinator.Locator("#Form_Name").FillAsync(groupName);
        await coordinator.Locator("#Form_MeetingPlace").FillAsync("Harbour hall, side door");
        await coordinator.GetByLabel(DemoAccounts.Facilitator.UserName).CheckAsync();
        await ClickAsync(coordinator, "Create group");
        await Expect(coordinator.Locator("main h1")).ToHaveTextAsync(groupName);
        var groupPath = coordinator.PathOf();

        // A new member joins Circles with an invitation code.
        await coordinator.OpenAsync("/invitations");
        await coordinator.Locator("select[name='Form.Role']").SelectOptionAsync("Member");
        await ClickAsync(coordinator, "Create invitation");
        var code = (await coordinator.Locator("[data-invitation-code]").InnerTextAsync()).Trim();
        var member = await NewPageAsync();
        await member.OpenAsync("/join");
        await member.Locator("input[name='Form.Code']").FillAsync(code);
        await member.Locator("input[name='Form.Pseudonym']").FillAsync(pseudonym);
        await member.Locator("input[name='Form.Password']").FillAsync("a calm harbour evening");
        await member.Locator("input[name='Form.ConfirmPassword']").FillAsync("a calm harbour evening");
        await ClickAsync(member, "Join");
        await member.AcknowledgeSafetyIntroAsync();

        // The coordinator invites them into the group.
        await coordinator.OpenAsync(groupPath);
        await coordinator.Locator("#invite-user").SelectOptionAsync(new SelectOptionValue { Label = pseudonym });
        await ClickAsync(coordinator, "Invite");
        await Expect(coordinator.Locator($"[data-member='{pseudonym}'] [data-status]")).ToHaveAttributeAsync("data-status", "Invited");

        // The facilitator writes the first ground rules and plans tomorrow's session.
        var facilitator = await SignedInPageAsync(DemoAccounts.Facilitator);
        await facilitator.OpenAsync(groupPath + "/rules");
        await facilitator.Locator("textarea[name='Draft']").FillAsync("Everyone can pass.\nWhat is said here stays here.");
        await ClickAsync(facilitator, "Publish");
        await facilitator.OpenAsync(groupPath + "/sessions");
        var tomorrow = TimeProvider.System.GetUtcNow().AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await facilitator.Locator("input[name='Form.Date']").FillAsync(tomorrow);
        await facilitator.Locator("input[name='Form.Time']").FillAsync("18:00");
        await ClickAsync(facilitator, "Plan");
        await Expect(facilitator.Locator("main li time")).ToHaveCountAsync(1);

        // The member accepts, sees the place, reads and agrees to the rules.
        await member.OpenAsync(groupPath);
        await ClickAsync(member, "Join the group");
        await Expect(member.Locator("[data-meeting-place]")).ToHaveTextAsync("Harbour hall, side door");
        await member.OpenAsync("/home/member");
        await member.Locator("[data-rules-waiting] a").ClickAsync();
        await Expect(member.Locator("[data-ground-rules] li")).ToHaveCountAsync(2);
        await ClickAsync(member, "I agree to these rules");
        await Expect(member.Locator("[data-agreed]")).ToBeVisibleAsync();

        // On a 360 px phone, the facilitator takes attendance in one tap and marks the session held.
        Assert.Equal(360, facilitator.ViewportSize!.Width);
        await facilitator.OpenAsync(groupPath + "/sessions");
        await facilitator.Locator("main li a[href^='/sessions/']").First.ClickAsync();
        await facilitator.GetByRole(AriaRole.Link, new() { Name = "Run this session" }).ClickAsync();
        await Expect(facilitator.Locator("[data-ground-rules] li").First).ToHaveTextAsync("Everyone can pass.");
        var row = facilitator.Locator($"[data-person='{pseudonym}']");
        await facilitator.SubmitAsync(row.GetByRole(AriaRole.Button, new() { Name = "Present " + pseudonym }));
        await Expect(facilitator.Locator($"[data-person='{pseudonym}']")).ToHaveAttributeAsync("data-attendance", "Present");
        var scrollsSideways = await facilitator.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
        Assert.False(scrollsSideways, "the run view scrolls sideways on a 360 px screen");
        await ClickAsync(facilitator, "Mark as held");
        await Expect(facilitator.Locator("[data-session-held]")).ToBeVisibleAsync();

        // The member gives anonymous feedback from their home.
        await member.OpenAsync("/home/member");
        await member.Locator("[data-feedback-waiting] a").ClickAsync();
        await member.Locator("fieldset").Nth(0).GetByLabel("Mostly").CheckAsync();
        await member.Locator("fieldset").Nth(1).GetByLabel("Completely").CheckAsync();
        await member.Locator("textarea[name='Form.ShouldChange']").FillAsync("More time for tea");
        await ClickAsync(member, "Send anonymously");
        await Expect(member).ToHaveURLAsync(Journeys.PathPattern("/home/member"));
        await Expect(member.Locator("[data-feedback-waiting]")).ToHaveCountAsync(0);
    }
}
