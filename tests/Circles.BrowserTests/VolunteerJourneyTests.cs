using Circles.BrowserTests.Infrastructure;
using Circles.Web.Accounts;
using Circles.Web.Features.Volunteering;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Circles.BrowserTests;

/// <summary>
/// Issue 15 from end to end, each person on their own phone: someone offers to volunteer on the
/// public pages without an account; the coordinator takes them through the pipeline (recording
/// the screening checks), invites them to an account; they join; the coordinator records the
/// facilitator requirements, gives them the Facilitator role and assigns them to a demo group as
/// co-facilitator; they log 2.5 hours for it, the coordinator approves, and their home shows it.
/// </summary>
public sealed class VolunteerJourneyTests(CirclesServer server)
    : BrowserTest(server), IClassFixture<CirclesServer>
{
    private const string Password = "a steady lighthouse 42";

    private static Task<IResponse> ClickAsync(IPage page, string buttonName) =>
        page.SubmitAsync(page.GetByRole(AriaRole.Button, new() { Name = buttonName, Exact = true }));

    [Fact]
    public async Task VolunteerJourney_FromPublicFormToApprovedHours_WorksOnPhones()
    {
        var suffix = Guid.NewGuid().ToString("N")[..5];
        var applicantName = "Noor " + suffix;
        var pseudonym = "Noor H " + suffix;

        // An anonymous visitor offers to volunteer on the public pages.
        var visitor = await NewPageAsync();
        await visitor.OpenAsync("/public-site/demo/volunteer");
        await visitor.AssertNoSeriousViolationsAsync();
        await visitor.GetByLabel("What would you like to be called?", new() { Exact = true }).FillAsync(applicantName);
        await visitor.GetByLabel("How can we reach you? (email or phone)", new() { Exact = true }).FillAsync($"noor.{suffix}@example.org");
        await visitor.GetByLabel("Why would you like to volunteer?", new() { Exact = true }).FillAsync("I came through a group like this myself.");
        await visitor.GetByLabel("Is there anything you are unsure or worried about?", new() { Exact = true }).FillAsync("Whether I have enough time.");
        await visitor.GetByLabel("Skills you would like to share", new() { Exact = true }).FillAsync("Listening, cooking");
        await visitor.GetByLabel("Languages you speak", new() { Exact = true }).FillAsync("Arabic, English");
        await visitor.GetByLabel("When are you usually available?", new() { Exact = true }).FillAsync("Tuesday evenings");
        await visitor.GetByLabel("How did you hear about us?", new() { Exact = true }).FillAsync("A friend");
        await ClickAsync(visitor, "Send");
        await Expect(visitor.Locator("main h1")).ToHaveTextAsync("Thank you");

        // The coordinator finds them on the board and moves them one stage at a time.
        var coordinator = await SignedInPageAsync(DemoAccounts.Coordinator);
        await coordinator.OpenAsync("/volunteers");
        await coordinator.Locator("[data-stage='Interest']").GetByRole(AriaRole.Link, new() { Name = applicantName, Exact = true }).ClickAsync();
        await Expect(coordinator.Locator("main h1")).ToHaveTextAsync(applicantName);
        await Expect(coordinator.Locator("[data-motivation]")).ToHaveTextAsync("I came through a group like this myself.");
        await MoveAsync(coordinator, "Conversation");
        await MoveAsync(coordinator, "Screening");
        // Screening: references and the background check are recorded (only that, and when) before Training.
        foreach (var check in new[] { "References checked", "Background check" })
        {
            await coordinator.GetByLabel("Check", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = check });
            await ClickAsync(coordinator, "Record as done");
        }
        await Expect(coordinator.Locator("[data-screening='References']")).Not.ToContainTextAsync("not recorded yet");
        await Expect(coordinator.Locator("[data-screening='BackgroundCheck']")).Not.ToContainTextAsync("not recorded yet");
        await MoveAsync(coordinator, "Training");
        await MoveAsync(coordinator, "Active");

        // Active, they can be invited to an account: a one-time link.
        await ClickAsync(coordinator, "Invite to an account");
        var link = (await coordinator.Locator("[data-invitation-link]").InnerTextAsync()).Trim();
        var applicationPath = coordinator.PathOf();

        // On their own phone, they join with a pseudonym and a password and read the safety explanation.
        var volunteer = await NewPageAsync();
        await volunteer.GotoAsync(link);
        await volunteer.GetByLabel("A name to use here", new() { Exact = true }).FillAsync(pseudonym);
        await volunteer.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await volunteer.GetByLabel("Password again", new() { Exact = true }).FillAsync(Password);
        var joined = await ClickAsync(volunteer, "Join");
        Assert.True(joined.Status == 302, "Joining was refused: " + await volunteer.Locator("main").InnerTextAsync());
        await volunteer.AcknowledgeSafetyIntroAsync();
        await Expect(volunteer).ToHaveURLAsync(Journeys.PathPattern("/home/volunteer"));
        await Expect(volunteer.Locator("[data-role-home='volunteer']")).ToBeVisibleAsync();

        // The application now shows the account.
        await coordinator.OpenAsync(applicationPath);
        await Expect(coordinator.Locator("[data-account='linked']")).ToContainTextAsync(pseudonym);

        // Co-facilitating needs the Facilitator role, and the role needs the facilitator requirements
        // (the demo's defaults): the gate refuses first, naming what is missing.
        await coordinator.OpenAsync("/people");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = pseudonym, Exact = true }).ClickAsync();
        var peoplePath = coordinator.PathOf();
        await ClickAsync(coordinator, "Give this role Facilitator");
        await Expect(coordinator.Locator("main [role='alert']")).ToContainTextAsync($"{pseudonym} cannot facilitate");

        await coordinator.OpenAsync("/volunteering");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = pseudonym, Exact = true }).ClickAsync();
        var volunteeringPath = coordinator.PathOf();
        foreach (var (requirement, _, _) in RequirementDefaults.All.Where(r => r.Roles.Split(',').Contains(Roles.Facilitator)))
        {
            await coordinator.GetByLabel("Requirement", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = requirement });
            await ClickAsync(coordinator, "Record completion");
            await Expect(coordinator.Locator("main [role='status']")).ToHaveTextAsync("Saved.");
        }

        await coordinator.OpenAsync(peoplePath);
        await ClickAsync(coordinator, "Give this role Facilitator");
        await Expect(coordinator.GetByRole(AriaRole.Button, new() { Name = "Remove Facilitator", Exact = true })).ToBeVisibleAsync();

        // Assigned to a demo group as co-facilitator.
        await coordinator.OpenAsync(volunteeringPath);
        var group = coordinator.Locator("#Assign_Target optgroup[label='Co-facilitating a group'] option").First;
        var groupName = (await group.InnerTextAsync()).Trim();
        await coordinator.GetByLabel("Assign to", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = groupName });
        await ClickAsync(coordinator, "Assign");
        await Expect(coordinator.Locator("main [role='status']")).ToHaveTextAsync("Saved.");
        await Expect(coordinator.Locator("[data-assignment]")).ToContainTextAsync("Co-facilitating a group: " + groupName);

        // A new role signs them out everywhere; they sign in again and log 2.5 hours for the group.
        await volunteer.SignInAsync(pseudonym, Password);
        await volunteer.OpenAsync("/home/volunteer");
        await Expect(volunteer.Locator("[data-my-assignments]")).ToContainTextAsync(groupName);
        await volunteer.GetByRole(AriaRole.Link, new() { Name = "Log hours", Exact = true }).ClickAsync();
        await Expect(volunteer).ToHaveURLAsync(Journeys.PathPattern("/volunteering/hours/log"));
        await volunteer.GetByLabel("Hours", new() { Exact = true }).FillAsync("2.5");
        await volunteer.GetByLabel("For", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Co-facilitating a group: " + groupName });
        await volunteer.GetByLabel("Note (optional)", new() { Exact = true }).FillAsync("First evening session");
        await ClickAsync(volunteer, "Log hours");
        await volunteer.OpenAsync("/home/volunteer");
        await Expect(volunteer.Locator("[data-waiting]")).ToContainTextAsync("2.5");

        // The coordinator approves them.
        await coordinator.OpenAsync("/volunteering/hours");
        var entry = coordinator.Locator("[data-hours]").Filter(new() { HasText = pseudonym });
        await Expect(entry).ToContainTextAsync("2.5 hours");
        await Expect(entry).ToContainTextAsync(groupName);
        await coordinator.SubmitAsync(entry.GetByRole(AriaRole.Button, new() { Name = "Approve", Exact = true }));
        await Expect(coordinator.Locator("[data-hours]").Filter(new() { HasText = pseudonym })).ToHaveCountAsync(0);

        // Their home shows 2.5 approved hours, nothing waiting.
        await volunteer.OpenAsync("/home/volunteer");
        await Expect(volunteer.Locator("[data-approved]")).ToHaveTextAsync("Approved: 2.5 hours");
        await Expect(volunteer.Locator("[data-waiting]")).ToHaveTextAsync("Waiting for approval: 0 hours");
        await volunteer.AssertNoSeriousViolationsAsync();
    }

    /// <summary>Moves the applicant on their page to the next stage, dated today (the form's default).</summary>
    private static async Task MoveAsync(IPage coordinator, string stage)
    {
        await coordinator.GetByLabel("Move to", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = stage });
        await ClickAsync(coordinator, "Move");
        await Expect(coordinator.Locator("p[data-stage]")).ToHaveAttributeAsync("data-stage", stage);
    }
}
