using Circles.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Circles.BrowserTests;

/// <summary>
/// From a need to help, each person on their own phone: the member asks for help, the
/// coordinator finds it in triage, refers it to a directory service (sharing nothing by
/// default) and records "help received"; the member reads "Help received" and closes the loop.
/// The service is put into the demo organization through the app's DbContext (DemoNeeds), so
/// the journey does not depend on whatever directory the demo seed holds.
/// </summary>
public sealed class NeedJourneyTests(CirclesServer server)
    : BrowserTest(server), IClassFixture<CirclesServer>
{
    private static Task<IResponse> ClickAsync(IPage page, string buttonName) =>
        page.SubmitAsync(page.GetByRole(AriaRole.Button, new() { Name = buttonName, Exact = true }));

    [Fact]
    public async Task MemberAsks_CoordinatorRefersAndRecordsHelp_MemberSeesHelpReceived()
    {
        await Server.EnsureServiceAsync();

        // The member asks for help from their home.
        var member = await SignedInPageAsync(DemoAccounts.Member);
        await member.GetByRole(AriaRole.Link, new() { Name = "Ask for help with something" }).ClickAsync();
        await member.GetByLabel("Legal help").CheckAsync();
        await member.Locator("#Form_Description").FillAsync("A question about my work contract");
        await ClickAsync(member, "Send my request");
        await Expect(member.Locator("[data-need-status]")).ToHaveTextAsync("Waiting for someone to look at it");
        var needPath = member.PathOf();

        // The coordinator finds it in triage and refers it through a directory search.
        var coordinator = await SignedInPageAsync(DemoAccounts.Coordinator);
        await coordinator.OpenAsync("/needs/triage");
        await coordinator.Locator($"[data-need='{needPath.Split('/')[2]}'] a").ClickAsync();
        await Expect(coordinator.Locator("[data-need-description]")).ToHaveTextAsync("A question about my work contract");
        await coordinator.Locator("#service-search").FillAsync(DemoNeeds.ServiceName);
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Find services", Exact = true }).ClickAsync(); // a GET form
        await Expect(coordinator).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"[?&]q="));
        var service = coordinator.Locator($"[data-service='{DemoNeeds.ServiceName}']");
        await Expect(service.GetByLabel("Nothing: the person contacts them themselves")).ToBeCheckedAsync();
        await coordinator.SubmitAsync(service.GetByRole(AriaRole.Button, new() { Name = "Refer " + DemoNeeds.ServiceName }));
        var referral = coordinator.Locator($"[data-referral='{DemoNeeds.ServiceName}']");
        await Expect(referral.Locator("[data-sharing]")).ToHaveAttributeAsync("data-sharing", "none");

        // The member sees where it stands in plain words.
        await member.OpenAsync(needPath);
        await Expect(member.Locator("[data-need-status]")).ToHaveTextAsync($"Referred to {DemoNeeds.ServiceName} — waiting for them");

        // The coordinator records the outcome.
        await referral.Locator("select[name='status']").SelectOptionAsync("HelpReceived");
        await coordinator.SubmitAsync(referral.GetByRole(AriaRole.Button, new() { Name = "Save outcome " + DemoNeeds.ServiceName }));
        await Expect(coordinator.Locator($"[data-referral='{DemoNeeds.ServiceName}'] [data-referral-status]")).ToHaveAttributeAsync("data-referral-status", "HelpReceived");

        // The member reads "Help received" and says the help arrived.
        await member.OpenAsync("/needs");
        await Expect(member.Locator($"[data-need='{needPath.Split('/')[2]}'] [data-need-status]")).ToHaveTextAsync("Help received");
        await member.OpenAsync(needPath);
        await ClickAsync(member, "Yes");
        await Expect(member.Locator("[data-member-answer]")).ToHaveAttributeAsync("data-member-answer", "Yes");
    }
}
