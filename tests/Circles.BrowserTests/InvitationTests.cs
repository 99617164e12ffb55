using System.Text.RegularExpressions;
using Circles.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Circles.BrowserTests;

/// <summary>
/// A coordinator invites someone on one phone; the new member joins on another phone with
/// nothing but a pseudonym and a password (SEC-34), reads the exit explanation and lands home.
/// </summary>
public sealed partial class InvitationTests(CirclesServer server)
    : BrowserTest(server), IClassFixture<CirclesServer>
{
    private const string NewPassword = "my own quiet river 7";

    [Fact]
    public async Task JoinWithCode_AsNewMember_LandsOnMemberHome()
    {
        var coordinator = await SignedInPageAsync(DemoAccounts.Coordinator);
        var (code, _) = await CreateInvitationAsync(coordinator, "Member");
        var pseudonym = NewPseudonym();

        var newcomer = await NewPageAsync();
        await newcomer.OpenAsync("/join");
        await newcomer.Locator("input[name='Form.Code']").FillAsync(code);
        await FillJoinFormAsync(newcomer, pseudonym);
        await SubmitJoinAsync(newcomer);

        await AssertWelcomedAsMemberAsync(newcomer, pseudonym);
        await AssertInvitationUsedAsync(coordinator);
    }

    [Fact]
    public async Task JoinWithLink_AsNewMember_LandsOnMemberHome()
    {
        var coordinator = await SignedInPageAsync(DemoAccounts.Coordinator);
        var (_, link) = await CreateInvitationAsync(coordinator, "Member");
        var pseudonym = NewPseudonym();

        var newcomer = await NewPageAsync();
        await newcomer.GotoAsync(link);
        await Expect(newcomer).ToHaveURLAsync(new Regex("/join/[^/?]+$"));
        // With a link, nobody types a code.
        await Expect(newcomer.Locator("input[name='Form.Code']")).ToHaveCountAsync(0);
        await FillJoinFormAsync(newcomer, pseudonym);
        await SubmitJoinAsync(newcomer);

        await AssertWelcomedAsMemberAsync(newcomer, pseudonym);
        await AssertInvitationUsedAsync(coordinator);
    }

    [Fact]
    public async Task JoinWithUsedCode_AsSecondPerson_IsTurnedAway()
    {
        var coordinator = await SignedInPageAsync(DemoAccounts.Coordinator);
        var (code, _) = await CreateInvitationAsync(coordinator, "Member");
        var first = await NewPageAsync();
        await first.OpenAsync("/join");
        await first.Locator("input[name='Form.Code']").FillAsync(code);
        await FillJoinFormAsync(first, NewPseudonym());
        await SubmitJoinAsync(first);
        await Expect(first).ToHaveURLAsync(Journeys.PathPattern("/account/welcome"));

        var second = await NewPageAsync();
        await second.OpenAsync("/join");
        await second.Locator("input[name='Form.Code']").FillAsync(code);
        await FillJoinFormAsync(second, NewPseudonym());
        var answer = await second.SubmitAsync(second.GetByRole(AriaRole.Button, new() { Name = "Join", Exact = true }));

        Assert.Equal(200, answer.Status);
        await Expect(second).ToHaveURLAsync(Journeys.PathPattern("/join"));
        await Expect(second.Locator("main")).ToContainTextAsync("This invitation does not work.");
    }

    /// <summary>Creates an invitation on /invitations and reads the code and link it shows once.</summary>
    private static async Task<(string Code, string Link)> CreateInvitationAsync(IPage coordinator, string role)
    {
        await coordinator.OpenAsync("/invitations");
        await coordinator.Locator("select[name='Form.Role']").SelectOptionAsync(role);
        await coordinator.Locator("select[name='Form.ValidForDays']").SelectOptionAsync(new SelectOptionValue { Index = 0 });
        await coordinator.SubmitAsync(coordinator.GetByRole(AriaRole.Button, new() { Name = "Create invitation" }));

        var code = (await coordinator.Locator("[data-invitation-code]").InnerTextAsync()).Trim();
        var link = (await coordinator.Locator("[data-invitation-link]").InnerTextAsync()).Trim();
        Assert.Matches(CodeFormat(), code);
        // The link leads back to this server: the browser's own origin, then /join/{token}.
        var origin = new Uri(coordinator.Url).GetLeftPart(UriPartial.Authority);
        Assert.StartsWith(origin + "/join/", link, StringComparison.Ordinal);
        return (code, link);
    }

    private static async Task FillJoinFormAsync(IPage page, string pseudonym)
    {
        await page.Locator("input[name='Form.Pseudonym']").FillAsync(pseudonym);
        await page.Locator("input[name='Form.Password']").FillAsync(NewPassword);
        await page.Locator("input[name='Form.ConfirmPassword']").FillAsync(NewPassword);
    }

    private static async Task SubmitJoinAsync(IPage page)
    {
        var answer = await page.SubmitAsync(page.GetByRole(AriaRole.Button, new() { Name = "Join", Exact = true }));
        if (answer.Status != 302)
        {
            throw new InvalidOperationException("Joining was refused: " + await page.Locator("main").InnerTextAsync());
        }
    }

    private static async Task AssertWelcomedAsMemberAsync(IPage page, string pseudonym)
    {
        // A new account starts with the one-time explanation of quick exit (SEC-3).
        await Expect(page).ToHaveURLAsync(Journeys.PathPattern("/account/welcome"));
        await page.AcknowledgeSafetyIntroAsync();
        await Expect(page).ToHaveURLAsync(Journeys.PathPattern("/home/member"));
        await Expect(page.Locator("[data-role-home='member']")).ToBeVisibleAsync();
        await Expect(page.Locator("main h1")).ToContainTextAsync(pseudonym);
    }

    /// <summary>The coordinator's list shows the newest invitation as used.</summary>
    private static async Task AssertInvitationUsedAsync(IPage coordinator)
    {
        await coordinator.OpenAsync("/invitations");
        await coordinator.Locator("main table tbody tr").First.GetByRole(AriaRole.Link, new() { Name = "Details" }).ClickAsync();
        await Expect(coordinator).ToHaveURLAsync(new Regex("/invitations/[0-9a-f-]{36}$"));
        await Expect(coordinator.Locator("[data-invitation-state]")).ToHaveAttributeAsync("data-invitation-state", "Used");
    }

    /// <summary>A fresh pseudonym: letters and a number, as a person might choose.</summary>
    private static string NewPseudonym() => "River " + Random.Shared.Next(1000, 9999) + Guid.NewGuid().ToString("N")[..4];

    [GeneratedRegex("^[A-Z0-9]{5}-[A-Z0-9]{5}$")]
    private static partial Regex CodeFormat();
}
