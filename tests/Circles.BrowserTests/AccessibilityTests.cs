using System.Runtime.CompilerServices;
using System.Text;
using Circles.BrowserTests.Infrastructure;
using Circles.Web.Accounts;
using Circles.Web.Demo;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Circles.BrowserTests;

/// <summary>
/// axe-core finds no serious or critical problem on any page, in English (left to right) and
/// in Arabic (right to left), on a phone 320 CSS pixels wide, and no page needs sideways scrolling
/// there (both checked on one opening of the page).
/// Pages are opened as the role that can see them, including the states people meet: form
/// errors, a new invitation, two-factor setup. Signed-in pages reuse one sign-in per demo
/// account and language (these tests look at pages; SignInTests covers signing in).
/// One class per language, each with its own server, so that the two run side by side.
/// </summary>
public abstract class AccessibilityTests(CirclesServer server) : BrowserTest(server)
{
    private const string Anonymous = "anonymous";
    private const string NewAccount = "new account";
    private const string NewVolunteer = "new volunteer";

    /// <summary>
    /// A page to check: who opens it, how they get there once signed in and in their language, and
    /// what the demo organization must hold first (the app's own data, put in through its DbContext).
    /// </summary>
    private sealed record Scenario(string Who, Func<IPage, Task> OpenAsync, Func<CirclesServer, Task>? ArrangeAsync = null);

    private static async Task ReferredNeedAsync(CirclesServer server) => await server.EnsureReferredNeedAsync();

    private static async Task ActiveMatchAsync(CirclesServer server) => await server.EnsureActiveMatchAsync();

    private static async Task ConfidentialAddressGivenAsync(CirclesServer server) => await server.EnsureConfidentialAddressGivenAsync();

    /// <summary>
    /// The server of the scenario being opened, for the scenarios that need an id it made. Set by
    /// <see cref="OpenScenarioAsync"/> and flowing into the scenario's steps; the classes of the
    /// two languages run at the same time against servers of their own.
    /// </summary>
    private static readonly AsyncLocal<CirclesServer?> ScenarioServer = new();

    /// <summary>The need arranged by <see cref="ConfidentialAddressGivenAsync"/> on this scenario's server (it already exists: found, not made).</summary>
    private static Task<Guid> ConfidentialAddressNeedIdAsync() =>
        (ScenarioServer.Value ?? throw new InvalidOperationException("No scenario is being opened.")).EnsureConfidentialAddressGivenAsync();

    /// <summary>Opens demo-member's conversation with demo-peer from the list of conversations.</summary>
    private static async Task OpenConversationAsync(IPage page)
    {
        await page.OpenAsync("/messages");
        await page.Locator("main [data-conversation] a").First.ClickAsync();
        await Expect(page.Locator("form[data-send-form]")).ToBeVisibleAsync();
    }

    private static readonly Dictionary<string, Scenario> Scenarios = new()
    {
        ["front door /"] = new(Anonymous, page => page.OpenAsync("/")),
        ["/account/signin"] = new(Anonymous, page => page.OpenAsync("/account/signin")),
        ["/account/signin, wrong password"] = new(Anonymous, async page =>
        {
            await page.OpenAsync("/account/signin");
            await page.Locator("input[name='Form.UserName']").FillAsync("someone");
            await page.Locator("input[name='Form.Password']").FillAsync("not a password anyone has");
            // The password form's button; the passkey form beside it has its own.
            await page.SubmitAsync(page.Locator("main form:not([data-passkey]) button[type=submit]"));
            await Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
        }),
        ["/join"] = new(Anonymous, page => page.OpenAsync("/join")),
        ["/join, empty form sent"] = new(Anonymous, async page =>
        {
            await page.OpenAsync("/join");
            await page.SubmitAsync(page.Locator("main form button[type=submit]"));
            await Expect(page.Locator("main .field-validation-error, main .validation-summary-errors, main [role=alert]").First).ToBeVisibleAsync();
        }),
        ["/safer-browsing"] = new(Anonymous, page => page.OpenAsync("/safer-browsing")),
        ["/account/signed-out"] = new(Anonymous, page => page.OpenAsync("/account/signed-out")),
        ["/account/welcome"] = new(NewAccount, page => page.OpenAsync("/account/welcome")),
        ["/home/coordinator"] = new("coordinator", page => page.OpenAsync("/home/coordinator")),
        ["/home/facilitator"] = new("facilitator", page => page.OpenAsync("/home/facilitator")),
        ["/home/member"] = new("member", page => page.OpenAsync("/home/member")),
        ["/home/peer"] = new("peer", page => page.OpenAsync("/home/peer")),
        ["/wellbeing/check-in"] = new("member", page => page.OpenAsync("/wellbeing/check-in")),
        ["/wellbeing/check-in, empty form sent"] = new("member", async page =>
        {
            await page.OpenAsync("/wellbeing/check-in");
            // The radios are required in the browser too; the server's own answer is what is checked here.
            await page.EvaluateAsync("() => document.querySelectorAll('main form [required]').forEach(e => e.removeAttribute('required'))");
            await page.SubmitAsync(page.Locator("main form button[type=submit]"));
            await Expect(page.Locator("main .error-summary")).ToBeVisibleAsync();
        }),
        ["/wellbeing"] = new("member", page => page.OpenAsync("/wellbeing")),
        ["/wellbeing/overview"] = new("coordinator", page => page.OpenAsync("/wellbeing/overview")),
        ["/impact"] = new("coordinator", page => page.OpenAsync("/impact")),
        ["/impact/report"] = new("coordinator", page => page.OpenAsync("/impact/report")),
        ["/home/volunteer"] = new("volunteer", page => page.OpenAsync("/home/volunteer")),
        ["/home/partner"] = new("partner", page => page.OpenAsync("/home/partner")),
        ["/account"] = new("member", page => page.OpenAsync("/account")),
        ["/account/password"] = new("member", page => page.OpenAsync("/account/password")),
        ["/account/delete"] = new("member", page => page.OpenAsync("/account/delete")),
        ["/account/deleted"] = new(Anonymous, page => page.OpenAsync("/account/deleted")),
        ["/account/two-factor"] = new("member", page => page.OpenAsync("/account/two-factor")),
        ["/account/two-factor, setting up"] = new(NewVolunteer, async page =>
        {
            await page.OpenAsync("/account/two-factor");
            await page.SubmitAsync(page.Locator("main form[action*='handler=start' i] button[type=submit]"));
            await Expect(page.Locator("main input[name='Code']")).ToBeVisibleAsync();
        }),
        ["/account/two-factor, staff"] = new("coordinator", page => page.OpenAsync("/account/two-factor")),
        ["/account/sessions"] = new("member", page => page.OpenAsync("/account/sessions")),
        ["/account/passkeys"] = new("member", page => page.OpenAsync("/account/passkeys")),
        ["/account/confirm"] = new("member", page => page.OpenAsync("/account/confirm?returnUrl=%2Faccount%2Fpasskeys")),
        ["/account/confirm, staff"] = new("coordinator", page => page.OpenAsync("/account/confirm?returnUrl=%2Fdirectory%2Fdata")),
        ["/account/data"] = new("member", page => page.OpenAsync("/account/data")),
        ["/account/counting"] = new("member", page => page.OpenAsync("/account/counting")),
        ["/invitations"] = new("coordinator", page => page.OpenAsync("/invitations")),
        ["/invitations, invitation created"] = new("coordinator", async page =>
        {
            await page.OpenAsync("/invitations");
            await page.Locator("select[name='Form.Role']").SelectOptionAsync("Member");
            await page.SubmitAsync(page.Locator("main form[action*='handler=create' i] button[type=submit]"));
            await Expect(page.Locator("[data-invitation-code]")).ToBeVisibleAsync();
        }),
        ["/invitations/{id}"] = new("coordinator", async page =>
        {
            await page.OpenAsync("/invitations");
            if (await page.Locator("main a[href^='/invitations/']").CountAsync() == 0)
            {
                await page.SubmitAsync(page.Locator("main form[action*='handler=create' i] button[type=submit]"));
            }
            await page.Locator("main a[href^='/invitations/']").First.ClickAsync();
            await Expect(page.Locator("[data-invitation-state]")).ToBeVisibleAsync();
        }),
        ["/people"] = new("coordinator", page => page.OpenAsync("/people")),
        // The volunteer pipeline (issue 15), on the demo's fictional applicants (Demo/DemoVolunteers.cs).
        ["/volunteers"] = new("coordinator", page => page.OpenAsync("/volunteers")),
        ["/volunteers?stage=Left"] = new("coordinator", page => page.OpenAsync("/volunteers?stage=Left")),
        ["/volunteers/{id}"] = new("coordinator", async page =>
        {
            await page.OpenAsync("/volunteers");
            await page.Locator("main section[data-stage='Training'] li[data-applicant] a").First.ClickAsync();
            await Expect(page.Locator("main form[data-move-form]")).ToBeVisibleAsync();
        }),
        ["/volunteers/{id}, move refused"] = new("coordinator", async page =>
        {
            await page.OpenAsync("/volunteers");
            await page.Locator("main section[data-stage='Interest'] li[data-applicant] a").First.ClickAsync();
            // A date in the future: the browser's own check is lifted so the server's answer is what is checked.
            await page.EvaluateAsync("() => document.querySelector('main form[data-move-form] input[type=date]').removeAttribute('max')");
            await page.Locator("main form[data-move-form] input[type=date]").FillAsync("2099-01-01");
            await page.SubmitAsync(page.Locator("main form[data-move-form] button[type=submit]"));
            await Expect(page.Locator("main .error-summary")).ToBeVisibleAsync();
        }),
        ["/volunteers/{id}/delete"] = new("coordinator", async page =>
        {
            await page.OpenAsync("/volunteers?stage=Left");
            await page.Locator("main section[data-stage='Left'] li[data-applicant] a").First.ClickAsync();
            await page.Locator("main a[href$='/delete']").ClickAsync();
            await Expect(page.Locator("main form[data-delete-form]")).ToBeVisibleAsync();
        }),
        ["/people/{id}"] = new("coordinator", async page =>
        {
            await page.OpenAsync("/people");
            await page.Locator("main a[href^='/people/']").Filter(new() { HasText = DemoAccounts.Member.UserName }).ClickAsync();
            await Expect(page.Locator("main h1")).ToHaveTextAsync(DemoAccounts.Member.UserName);
        }),
        // Issue 14: the confirmation before closing an account, and the two-coordinator two-step reset (only looked at, nothing sent).
        ["/people/{id}/close"] = new("coordinator", async page =>
        {
            await OpenPersonAsync(page, DemoAccounts.Volunteer.UserName);
            await page.Locator("main a[href$='/close']").ClickAsync();
            await Expect(page.Locator("main form button[type=submit]")).ToBeVisibleAsync();
        }),
        ["/people/{id}/two-step-reset"] = new("coordinator", async page =>
        {
            await OpenPersonAsync(page, DemoAccounts.Facilitator.UserName);
            var personPath = new Uri(page.Url).AbsolutePath;
            await page.OpenAsync(personPath + "/two-step-reset");
        }),
        ["/people/two-step-resets"] = new("coordinator", page => page.OpenAsync("/people/two-step-resets")),
        ["/settings"] = new("coordinator", page => page.OpenAsync("/settings")),
        ["not found (404)"] = new("coordinator", page => page.OpenAsync("/people/00000000-0000-0000-0000-000000000001", expectedStatus: 404)),
        ["/communities"] = new("coordinator", page => page.OpenAsync("/communities")),
        ["/communities/{id}"] = new("coordinator", async page =>
        {
            await page.OpenAsync("/communities");
            await page.Locator("main a[href^='/communities/']").First.ClickAsync();
            await Expect(page.Locator("main form textarea").First).ToBeVisibleAsync();
        }),
        // Partners (issue 15): the demo seeds four fictional partners (Demo/DemoPartners.cs).
        ["/partners"] = new("coordinator", page => page.OpenAsync("/partners")),
        ["/partners/new"] = new("coordinator", page => page.OpenAsync("/partners/new")),
        ["/partners/{id}"] = new("coordinator", async page =>
        {
            await page.OpenAsync("/partners");
            await page.Locator("main [data-partners-table] a").First.ClickAsync();
            await Expect(page.Locator("main form[data-engagement-form]")).ToBeVisibleAsync();
        }),
        ["/partners/{id}/edit"] = new("coordinator", async page =>
        {
            await page.OpenAsync("/partners");
            await page.Locator("main [data-partners-table] a").First.ClickAsync();
            await page.Locator("main a[href$='/edit']").ClickAsync();
            await Expect(page.Locator("main #Form_Name")).ToBeVisibleAsync();
        }),
        ["/partners/sources"] = new("coordinator", page => page.OpenAsync("/partners/sources")),
        ["/groups, coordinator"] = new("coordinator", page => page.OpenAsync("/groups")),
        ["/groups/new"] = new("coordinator", page => page.OpenAsync("/groups/new")),
        ["/groups/{id}/edit"] = new("coordinator", async page => await OpenDemoGroupAsync(page, "/edit")),
        ["/groups, member"] = new("member", page => page.OpenAsync("/groups")),
        ["/groups/{id}, member"] = new("member", page => OpenDemoGroupAsync(page, "")),
        ["/groups/{id}, facilitator"] = new("facilitator", page => OpenDemoGroupAsync(page, "")),
        ["/groups/{id}/rules, member"] = new("member", page => OpenDemoGroupAsync(page, "/rules")),
        ["/groups/{id}/rules, facilitator"] = new("facilitator", page => OpenDemoGroupAsync(page, "/rules")),
        ["/groups/{id}/sessions"] = new("facilitator", page => OpenDemoGroupAsync(page, "/sessions")),
        ["/groups/{id}/feedback"] = new("facilitator", page => OpenDemoGroupAsync(page, "/feedback")),
        // Issue 16: the group's changes (the demo seeds two, Demo/DemoFormatChanges.cs), beside the feedback.
        ["/groups/{id}/changes"] = new("facilitator", page => OpenDemoGroupAsync(page, "/changes")),
        ["/groups/{id}/changes/new"] = new("facilitator", page => OpenDemoGroupAsync(page, "/changes/new")),
        ["/groups/{id}/changes/new, empty form sent"] = new("facilitator", async page =>
        {
            await OpenDemoGroupAsync(page, "/changes/new");
            await page.SubmitAsync(page.Locator("main form[data-change-form] button[type=submit]"));
            await Expect(page.Locator("main .error-summary")).ToBeVisibleAsync();
        }),
        ["/groups/{id}/changes/{changeId}/edit"] = new("facilitator", async page =>
        {
            await OpenDemoGroupAsync(page, "/changes");
            await page.Locator("main [data-change] a[href$='/edit']").First.ClickAsync();
            await Expect(page.Locator("main form[data-change-form]")).ToBeVisibleAsync();
        }),
        ["/groups/{id}/changes/{changeId}/delete"] = new("facilitator", async page =>
        {
            await OpenDemoGroupAsync(page, "/changes");
            await page.Locator("main [data-change] a[href$='/delete']").First.ClickAsync();
            await Expect(page.Locator("main form[data-delete-form]")).ToBeVisibleAsync();
        }),
        ["/groups/{id}/discussion, member"] = new("member", page => OpenDemoGroupAsync(page, "/discussion")),
        ["/groups/{id}/discussion, facilitator"] = new("facilitator", page => OpenDemoGroupAsync(page, "/discussion")),
        ["/groups/{id}/discussion/{thread}, member"] = new("member", async page =>
        {
            await OpenDemoGroupAsync(page, "/discussion");
            var thread = await page.Locator("main [data-thread] a").First.GetAttributeAsync("href");
            await page.OpenAsync(thread!);
            await Expect(page.Locator("main [data-content-warning]").First).ToBeVisibleAsync();
        }),
        ["/sessions/{id}"] = new("facilitator", async page =>
        {
            await OpenDemoGroupAsync(page, "/sessions");
            await page.Locator("main a[href^='/sessions/']").First.ClickAsync();
            await Expect(page.Locator("#agenda")).ToBeVisibleAsync();
        }),
        ["/sessions/{id}/run"] = new("facilitator", async page =>
        {
            await page.OpenAsync("/home/facilitator");
            await page.Locator("main a[href$='/run']").First.ClickAsync();
            await Expect(page.Locator(".attendance")).ToBeVisibleAsync();
        }),
        ["/icebreakers"] = new("facilitator", page => page.OpenAsync("/icebreakers")),
        ["/follow-ups"] = new("facilitator", page => page.OpenAsync("/follow-ups")),
        ["/me/contact"] = new("member", page => page.OpenAsync("/me/contact")),
        ["/me/calendar"] = new("member", page => page.OpenAsync("/me/calendar")),
        ["/strategies"] = new("member", page => page.OpenAsync("/strategies")),
        ["/strategies/new"] = new("member", page => page.OpenAsync("/strategies/new")),
        ["/strategies/new, empty form sent"] = new("member", async page =>
        {
            await page.OpenAsync("/strategies/new");
            await page.SubmitAsync(page.Locator("main form button[type=submit]"));
            await Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
        }),
        ["/me/strategies"] = new("member", page => page.OpenAsync("/me/strategies")),
        ["/my-space"] = new("member", page => page.OpenAsync("/my-space")),
        ["/journal"] = new("member", page => page.OpenAsync("/journal")),
        ["/journal/new"] = new("member", page => page.OpenAsync("/journal/new")),
        ["/moderation"] = new("coordinator", page => page.OpenAsync("/moderation")),
        ["/directory/data"] = new("coordinator", page => page.OpenAsync("/directory/data")),
        ["/directory/data, import with problems"] = new("coordinator", async page =>
        {
            // A refused import writes nothing, so the demo directory stays as it was.
            await page.OpenAsync("/directory/data");
            await page.Locator("main input[type=file][name=upload]").SetInputFilesAsync(new FilePayload
            {
                Name = "service_with_problems.json",
                MimeType = "application/json",
                Buffer = Encoding.UTF8.GetBytes("""{"id": "s1", "name": "A service", "status": "open", "organization_id": "an-organization-that-is-not-there", "assured_date": "31/12/2024"}"""),
            });
            await page.SubmitAsync(page.Locator("main form[action*='handler=import' i] button[type=submit]"));
            await Expect(page.Locator("main .hsds-report li").First).ToBeVisibleAsync();
        }),
        ["/needs"] = new("member", page => page.OpenAsync("/needs"), ReferredNeedAsync),
        ["/needs/new"] = new("member", page => page.OpenAsync("/needs/new")),
        ["/needs/new, empty form sent"] = new("member", async page =>
        {
            await page.OpenAsync("/needs/new");
            // The browser's own check would stop an empty form; this looks at the server's answer.
            await page.EvaluateAsync("() => document.querySelectorAll('main [required]').forEach(e => e.removeAttribute('required'))");
            await page.SubmitAsync(page.Locator("main form button[type=submit]"));
            await Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
        }),
        ["/needs/{id}, referred"] = new("member", async page =>
        {
            await page.OpenAsync("/needs");
            await page.Locator("main [data-need] a").First.ClickAsync();
            await Expect(page.Locator("[data-referral]").First).ToBeVisibleAsync();
        }, ReferredNeedAsync),
        ["/needs/{id}, confidential address given and opened"] = new("member", async page =>
        {
            await page.OpenAsync($"/needs/{await ConfidentialAddressNeedIdAsync()}");
            await page.Locator("details[data-address-given] summary").ClickAsync();
            await Expect(page.Locator("details[data-address-given] [data-address]")).ToBeVisibleAsync();
        }, ConfidentialAddressGivenAsync),
        ["/needs/record"] = new("facilitator", page => page.OpenAsync("/needs/record")),
        ["/needs/triage"] = new("coordinator", page => page.OpenAsync("/needs/triage"), ReferredNeedAsync),
        ["/needs/{id}/manage"] = new("coordinator", async page =>
        {
            await page.OpenAsync("/needs/triage");
            await page.Locator("main [data-triage] a").First.ClickAsync();
            await Expect(page.Locator("[data-referral]").First).ToBeVisibleAsync();
        }, ReferredNeedAsync),
        ["/needs/{id}/manage, confidential address given"] = new("coordinator", async page =>
        {
            await page.OpenAsync($"/needs/{await ConfidentialAddressNeedIdAsync()}/manage");
            await Expect(page.Locator("[data-address-given]")).ToBeVisibleAsync();
        }, ConfidentialAddressGivenAsync),
        ["/needs/partners"] = new("coordinator", page => page.OpenAsync("/needs/partners"), ReferredNeedAsync),
        ["/referrals"] = new("partner", async page =>
        {
            await page.OpenAsync("/referrals");
            await Expect(page.Locator("[data-partner-referral]").First).ToBeVisibleAsync();
        }, ReferredNeedAsync),
        ["/directory/gaps"] = new("coordinator", page => page.OpenAsync("/directory/gaps"), ReferredNeedAsync),
        ["/directory"] = new("member", page => page.OpenAsync("/directory")),
        ["/directory, filtered"] = new("member", page => page.OpenAsync("/directory?q=advice&free=true&nodocs=true")),
        ["/directory/services/{id}"] = new("member", page => page.OpenAsync("/directory/services/" + DemoDirectory.Id(104))),
        ["/directory/services/{id}, coordinator"] = new("coordinator", page => page.OpenAsync("/directory/services/" + DemoDirectory.Id(101))),
        ["/directory/services/{id}/facts"] = new("coordinator", page => page.OpenAsync("/directory/services/" + DemoDirectory.Id(104) + "/facts")),
        ["/directory/verification"] = new("coordinator", page => page.OpenAsync("/directory/verification")),
        // Peer supporters (issue 5): demo-peer has a profile and a check-in planned (Demo/DemoPeers.cs).
        ["/peers/profile"] = new("peer", page => page.OpenAsync("/peers/profile")),
        ["/peers/supervision"] = new("peer", page => page.OpenAsync("/peers/supervision")),
        ["/peers/supporters"] = new("coordinator", page => page.OpenAsync("/peers/supporters")),
        ["/peers/supporters/{id}"] = new("coordinator", async page =>
        {
            await page.OpenAsync("/peers/supporters");
            await page.Locator("main a[href^='/peers/supporters/']").Filter(new() { HasText = "demo-peer" }).ClickAsync();
            await Expect(page.Locator("main h1")).ToHaveTextAsync("demo-peer");
        }),
        // Peer matching: demo-member and demo-peer are connected (Demo/DemoMatches.cs); the peer also sees the request form for themselves.
        ["/peers"] = new("member", page => page.OpenAsync("/peers")),
        ["/peers, peer supporter"] = new("peer", page => page.OpenAsync("/peers")),
        ["/peers/requests"] = new("coordinator", page => page.OpenAsync("/peers/requests")),
        ["/peers/matches/{id}"] = new("member", async page =>
        {
            await page.OpenAsync("/peers");
            await page.Locator("main a[href^='/peers/matches/']").First.ClickAsync();
            await Expect(page.Locator("main form[action*='handler=end' i]")).ToBeVisibleAsync();
        }),
        ["/messages"] = new("member", page => page.OpenAsync("/messages"), ActiveMatchAsync),
        ["/messages/{id}"] = new("member", OpenConversationAsync, ActiveMatchAsync),
        ["/messages/{id}, empty message sent"] = new("member", async page =>
        {
            await OpenConversationAsync(page);
            await page.EvaluateAsync("() => document.querySelectorAll('main [required]').forEach(e => e.removeAttribute('required'))");
            await page.SubmitAsync(page.Locator("main form[data-send-form] button[type=submit]"));
            await Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
        }, ActiveMatchAsync),
        ["/messages/{id}, peer supporter with a message"] = new("peer", async page =>
        {
            await page.OpenAsync("/messages");
            await page.Locator("main [data-conversation] a").First.ClickAsync();
            await page.Locator("#Form_Text").FillAsync("A first hello");
            await page.SubmitAsync(page.Locator("main form[data-send-form] button[type=submit]"));
            await Expect(page.Locator(".conversation [data-text]").First).ToBeVisibleAsync();
        }, ActiveMatchAsync),
        ["/moderation, facilitator"] = new("facilitator", page => page.OpenAsync("/moderation")),
        ["/me/blocks"] = new("member", page => page.OpenAsync("/me/blocks")),
        ["/groups/{id}/discussion/people"] = new("facilitator", page => OpenDemoGroupAsync(page, "/discussion/people")),
        ["/groups/{id}/discussion/people, empty form sent"] = new("facilitator", async page =>
        {
            await OpenDemoGroupAsync(page, "/discussion/people");
            await page.SubmitAsync(page.Locator("main form[method=post]:not([action*='handler=Lift' i]) button[type=submit]").Last);
            await Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
        }),
        ["/notifications"] = new("member", page => page.OpenAsync("/notifications")),
        ["/crisis-alerts"] = new("facilitator", page => page.OpenAsync("/crisis-alerts")),
        ["/settings/crisis-phrases"] = new("coordinator", page => page.OpenAsync("/settings/crisis-phrases")),
        ["/settings/crisis-phrases, empty phrase sent"] = new("coordinator", async page =>
        {
            await page.OpenAsync("/settings/crisis-phrases");
            await page.Locator("form[data-add-phrase] button[type=submit]").ClickAsync();
            await page.WaitForLoadStateAsync();
        }),
        // Personal safety plan (issue 6): the member's own, its form with the server's answer, and the page without any name on it.
        ["/safety-plan"] = new("member", page => page.OpenAsync("/safety-plan")),
        ["/safety-plan/edit"] = new("member", page => page.OpenAsync("/safety-plan/edit")),
        ["/safety-plan/edit, empty form sent"] = new("member", async page =>
        {
            await page.OpenAsync("/safety-plan/edit");
            await page.EvaluateAsync("() => document.querySelectorAll('main form[data-plan-form] textarea').forEach(a => a.value = '')");
            await page.SubmitAsync(page.Locator("main form[data-plan-form] .actions button[type=submit]"));
            await Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
        }),
        ["/safety-plan, with a plan"] = new("member", async page =>
        {
            await page.OpenAsync("/safety-plan/edit");
            await page.Locator("#Form_WarningSigns").FillAsync("I stop sleeping well");
            await page.SubmitAsync(page.Locator("main form[data-plan-form] .actions button[type=submit]"));
            await Expect(page.Locator("[data-plan-part]").First).ToBeVisibleAsync();
        }),
        ["/safety-plan/print"] = new("member", page => page.OpenAsync("/safety-plan/print")),
        // Volunteers' requirements, assignments and hours (issue 15), on the demo's data.
        ["/volunteering"] = new("coordinator", page => page.OpenAsync("/volunteering")),
        ["/volunteering/requirements"] = new("coordinator", page => page.OpenAsync("/volunteering/requirements")),
        ["/volunteering/requirements/{id}"] = new("coordinator", async page =>
        {
            await page.OpenAsync("/volunteering/requirements");
            await page.OpenAsync(await page.Locator("main a[href^='/volunteering/requirements/']").First.GetAttributeAsync("href") ?? "");
        }),
        ["/volunteering/people/{id}"] = new("coordinator", async page =>
        {
            await page.OpenAsync("/volunteering");
            await page.OpenAsync(await page.Locator("main a[href^='/volunteering/people/']").Filter(new() { HasText = "demo-volunteer" }).GetAttributeAsync("href") ?? "");
        }),
        ["/volunteering/hours"] = new("coordinator", page => page.OpenAsync("/volunteering/hours")),
        ["/volunteering/hours/mine"] = new("volunteer", page => page.OpenAsync("/volunteering/hours/mine")),
        ["/volunteering/hours/log"] = new("volunteer", page => page.OpenAsync("/volunteering/hours/log")),
        // The public pages (issue 15), anonymous, in the demo organization where they are on.
        ["public /public-site/demo"] = new(Anonymous, page => page.OpenAsync("/public-site/demo")),
        ["public /public-site/demo/signs"] = new(Anonymous, page => page.OpenAsync("/public-site/demo/signs")),
        ["public /public-site/demo/help"] = new(Anonymous, page => page.OpenAsync("/public-site/demo/help")),
        ["public /public-site/demo/self-check"] = new(Anonymous, page => page.OpenAsync("/public-site/demo/self-check")),
        ["public /public-site/demo/self-check, answered"] = new(Anonymous, async page =>
        {
            await page.OpenAsync("/public-site/demo/self-check");
            await page.Locator("input[data-answer=yes]").First.CheckAsync();
            await page.Locator("[data-self-check-show]").ClickAsync();
            await Expect(page.Locator("[data-result=some]")).ToBeVisibleAsync();
        }),
        ["public /public-site/demo/volunteer"] = new(Anonymous, page => page.OpenAsync("/public-site/demo/volunteer")),
        ["public /public-site/demo/volunteer, empty form sent"] = new(Anonymous, async page =>
        {
            await page.OpenAsync("/public-site/demo/volunteer");
            await page.SubmitAsync(page.Locator("main form.stacked button[type=submit]"));
            await Expect(page.Locator("main .field-validation-error, main .validation-summary-errors, main [role=alert]").First).ToBeVisibleAsync();
        }),
        ["public /public-site/demo/volunteer/thanks"] = new(Anonymous, page => page.OpenAsync("/public-site/demo/volunteer/thanks")),
        ["public /public-site/demo/impact"] = new(Anonymous, page => page.OpenAsync("/public-site/demo/impact")),
        ["/settings/public-pages"] = new("coordinator", page => page.OpenAsync("/settings/public-pages?text=SelfCheck")),
        ["/settings/public-pages, preview with history"] = new("coordinator", async page =>
        {
            await page.OpenAsync("/settings/public-pages?text=Volunteer");
            await page.SubmitAsync(page.Locator("main form.stacked button[type=submit]").First);
            await page.SubmitAsync(page.Locator("main form.stacked button[type=submit]").Nth(1));
            await Expect(page.Locator("#preview-heading")).ToBeVisibleAsync();
        }),
        // Awareness campaigns (issue 15), on the demo's current campaign (Demo/DemoCampaigns.cs).
        ["/campaigns"] = new("coordinator", page => page.OpenAsync("/campaigns")),
        ["/campaigns/new"] = new("coordinator", page => page.OpenAsync("/campaigns/new")),
        ["/campaigns/new, refused"] = new("coordinator", async page =>
        {
            await page.OpenAsync("/campaigns/new");
            await page.EvaluateAsync("() => document.querySelectorAll('main form [required]').forEach(e => e.removeAttribute('required'))");
            await page.SubmitAsync(page.Locator("main form button[type=submit]"));
            await Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
        }),
        ["/campaigns/{id}"] = new("coordinator", page => OpenDemoCampaignAsync(page, null)),
        ["/campaigns/{id}/edit"] = new("coordinator", page => OpenDemoCampaignAsync(page, "/edit")),
        ["/campaigns/{id}/tasks/{taskId}"] = new("coordinator", page => OpenDemoCampaignAsync(page, "/tasks/")),
        ["/campaigns/{id}/events/{eventId}"] = new("coordinator", page => OpenDemoCampaignAsync(page, "/events/")),
        ["/campaigns/{id}/goals/{goalId}"] = new("coordinator", page => OpenDemoCampaignAsync(page, "/goals/")),
        // Stories read by staff and organizer updates (issue 16), on the demo's stories and updates (Demo/DemoUpdates.cs).
        ["/stories"] = new("coordinator", page => page.OpenAsync("/stories")),
        ["/stories, searched"] = new("facilitator", page => page.OpenAsync("/stories?kind=Success&q=calm")),
        ["/stories/{id}"] = new("coordinator", async page =>
        {
            await page.OpenAsync("/stories?kind=Success&q=calm");
            var href = await page.Locator("main [data-story] a").First.GetAttributeAsync("href");
            await page.OpenAsync(href!);
            await Expect(page.Locator("form[action*='handler=Quote']")).ToBeVisibleAsync();
        }),
        ["/updates"] = new("coordinator", page => page.OpenAsync("/updates")),
        ["/updates/new"] = new("coordinator", page => page.OpenAsync("/updates/new")),
        ["/updates/new, refused"] = new("coordinator", async page =>
        {
            await page.OpenAsync("/updates/new");
            await page.EvaluateAsync("() => document.querySelectorAll('main form [required]').forEach(e => e.removeAttribute('required'))");
            await page.SubmitAsync(page.Locator("main form button[type=submit]"));
            await Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
        }),
        ["/updates/{id}/edit"] = new("coordinator", async page =>
        {
            await page.OpenAsync("/updates");
            var href = await page.Locator("main [data-update] a").First.GetAttributeAsync("href");
            await page.OpenAsync(href!);
        }),
        // Stories (issue 16), on the demo's fictional stories (Demo/DemoStories.cs): demo-member has one with a suggested version waiting.
        ["/stories/mine"] = new("member", page => page.OpenAsync("/stories/mine")),
        ["/stories/mine/new"] = new("member", page => page.OpenAsync("/stories/mine/new")),
        ["/stories/mine/new, empty form sent"] = new("member", async page =>
        {
            await page.OpenAsync("/stories/mine/new");
            await page.EvaluateAsync("() => document.querySelectorAll('main form [required]').forEach(e => e.removeAttribute('required'))");
            await page.SubmitAsync(page.Locator("main form button[type=submit]"));
            await Expect(page.Locator("main .error-summary")).ToBeVisibleAsync();
        }),
        ["/stories/mine/{id}, a suggested version waits"] = new("member", page => OpenDemoStoryAsync(page, "AwaitingAuthor", "")),
        ["/stories/mine/{id}/edit"] = new("member", page => OpenDemoStoryAsync(page, "Published", "/edit")),
        ["/stories/mine/{id}/share"] = new("member", page => OpenDemoStoryAsync(page, "Published", "/share")),
        ["/stories/mine/{id}/delete"] = new("member", page => OpenDemoStoryAsync(page, "Withdrawn", "/delete")),
        ["/stories/review"] = new("coordinator", page => page.OpenAsync("/stories/review")),
        ["/stories/review/{id}"] = new("coordinator", async page =>
        {
            await page.OpenAsync("/stories/review");
            await page.OpenAsync(await page.Locator("main [data-review-story] a").First.GetAttributeAsync("href") ?? "");
            await Expect(page.Locator("main [data-author-text] mark").First).ToBeVisibleAsync();
        }),
        ["public /public-site/demo/stories"] = new(Anonymous, page => page.OpenAsync("/public-site/demo/stories")),
    };

    /// <summary>Opens the first of demo-member's stories in a state, then one of its pages.</summary>
    private static async Task OpenDemoStoryAsync(IPage page, string status, string subPath)
    {
        await page.OpenAsync("/stories/mine");
        var href = await page.Locator($"main [data-my-story][data-status='{status}'] h2 a").First.GetAttributeAsync("href");
        await page.OpenAsync(href + subPath);
    }

    /// <summary>Opens the demo's current campaign, then the first of its pages whose address contains <paramref name="subPath"/>.</summary>
    private static async Task OpenDemoCampaignAsync(IPage page, string? subPath)
    {
        await page.OpenAsync("/campaigns");
        var href = await page.Locator("main [data-phase='Current'] a[href^='/campaigns/']").First.GetAttributeAsync("href");
        await page.OpenAsync(href!);
        await Expect(page.Locator("[data-campaign-dates]")).ToBeVisibleAsync();
        if (subPath is not null)
        {
            var link = await page.Locator($"main a[href*='{subPath}']").First.GetAttributeAsync("href");
            await page.OpenAsync(link!);
        }
    }

    /// <summary>The demo group's address as each shared page found it in its group list (a navigation saved on every later scenario).</summary>
    private static readonly ConditionalWeakTable<IPage, string> DemoGroupPaths = [];

    /// <summary>Opens a page of the demo organization's group, found through the group list the first time.</summary>
    private static async Task OpenDemoGroupAsync(IPage page, string subPath)
    {
        if (!DemoGroupPaths.TryGetValue(page, out var href))
        {
            await page.OpenAsync("/groups");
            href = await page.Locator("main a[href^='/groups/']:not([href='/groups/new'])").First.GetAttributeAsync("href")
                ?? throw new InvalidOperationException("The group list links to no group.");
            DemoGroupPaths.AddOrUpdate(page, href);
        }
        await page.OpenAsync(href + subPath);
    }

    private static async Task OpenPersonAsync(IPage page, string userName)
    {
        await page.OpenAsync("/people");
        await page.Locator("main a[href^='/people/']").Filter(new() { HasText = userName }).ClickAsync();
        await Expect(page.Locator("main h1")).ToHaveTextAsync(userName);
    }

    /// <summary>Every scenario in one language; each derived class gives its own <c>Pages()</c> with it.</summary>
    protected static TheoryData<string, string> PagesIn(string language, Func<string, bool>? which = null)
    {
        var data = new TheoryData<string, string>();
        foreach (var name in Scenarios.Keys.Where(which ?? (_ => true)))
        {
            data.Add(name, language);
        }
        return data;
    }

    /// <summary>The narrowest screen WCAG 1.4.10 Reflow asks for (320 CSS pixels), a phone too.</summary>
    protected static readonly ViewportSize NarrowPhone = new() { Width = 320, Height = 640 };

    /// <summary>
    /// axe-core finds no serious or critical violation, and, for WCAG 1.4.10 Reflow, which axe does
    /// not check, nothing makes the page scroll sideways at 320 CSS pixels (wide tables may scroll
    /// inside their own wrapper). One opening of the page for both: opening it is most of a
    /// scenario's cost in the browser (the theory lives in each language's class).
    /// </summary>
    protected async Task PassesAxeAndNeedsNoSidewaysScrollingAsync(string pageName, string language)
    {
        var page = await OpenScenarioAsync(pageName, language, NarrowPhone);

        var overflow = await SidewaysOverflowAsync(page);
        var serious = await page.SeriousViolationsAsync();

        var problems = new List<string>();
        if (serious.Count > 0)
        {
            problems.Add(Axe.Describe($"\"{pageName}\" in {language} ({page.Url})", serious));
        }
        if (overflow.Length > 0)
        {
            problems.Add($"\"{pageName}\" in {language} ({page.Url}) scrolls sideways: {overflow}");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>Empty when the page fits the screen's width; otherwise how wide it is and the innermost elements that stick out.</summary>
    private static Task<string> SidewaysOverflowAsync(IPage page) => page.EvaluateAsync<string>("""
        () => {
          const width = document.documentElement.clientWidth;
          if (document.documentElement.scrollWidth <= width) { return ""; }
          const outside = [...document.querySelectorAll("body *")]
            .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.right > width + 0.5 || r.left < -0.5); });
          // The innermost ones are the culprits; their ancestors only stick out because of them.
          const culprits = outside.filter(e => !outside.some(other => other !== e && e.contains(other)))
            .map(e => e.outerHTML.slice(0, 160));
          return `the page is ${document.documentElement.scrollWidth}px wide on a ${width}px screen; sticking out: ` + culprits.slice(0, 10).join(" | ");
        }
        """);

    /// <summary>Opens a scenario's page as its person, in the language given.</summary>
    private async Task<IPage> OpenScenarioAsync(string pageName, string language, ViewportSize viewport)
    {
        var scenario = Scenarios[pageName];
        ScenarioServer.Value = Server;
        if (scenario.ArrangeAsync is { } arrange)
        {
            await arrange(Server);
        }
        IPage page;
        switch (scenario.Who)
        {
            case Anonymous:
                // Anonymous scenarios only look too (the forms they send are refused), and leave nothing behind.
                page = await SharedAnonymousPageAsync(viewport, language);
                break;
            case NewAccount:
                page = await NewPageAsync(viewport);
                await page.SignInAsync(await Server.CreateNewAccountAsync());
                await Expect(page).ToHaveURLAsync(Journeys.PathPattern("/account/welcome"));
                break;
            case NewVolunteer:
                page = await NewPageAsync(viewport);
                await page.SignInAsync(await Server.CreateNewAccountAsync(Roles.Volunteer));
                await page.AcknowledgeSafetyIntroAsync();
                break;
            default:
                // Every signed-in scenario starts by opening its page and only looks, so one page
                // per account, language and screen serves them all; its saved session carries the
                // language's cookie, so the page comes in it.
                page = await SharedPageWithSessionOfAsync(DemoAccounts.ForRole(scenario.Who), viewport, language);
                break;
        }
        if (scenario.Who is Anonymous or NewAccount or NewVolunteer)
        {
            await page.UseLanguageAsync(language);
        }

        await scenario.OpenAsync(page);

        await AssertLanguageAsync(page, language);
        return page;
    }

    private static async Task AssertLanguageAsync(IPage page, string language)
    {
        var html = page.Locator("html");
        await Expect(html).ToHaveAttributeAsync("lang", language);
        await Expect(html).ToHaveAttributeAsync("dir", language == "ar" ? "rtl" : "ltr");
    }
}

/// <summary>Every page in English, left to right.</summary>
public sealed class EnglishAccessibilityTests(CirclesServer server) : AccessibilityTests(server), IClassFixture<CirclesServer>
{
    public static TheoryData<string, string> Pages() => PagesIn("en");

    [Theory]
    [MemberData(nameof(Pages))]
    public Task Page_AsRoleWhoSeesIt_PassesAxeAndNeedsNoSidewaysScrolling(string pageName, string language) =>
        PassesAxeAndNeedsNoSidewaysScrollingAsync(pageName, language);

    /// <summary>
    /// The check itself: every page above passes only if a page that breaks axe's rules fails.
    /// An image without a text alternative and a button without a name are put into a page, which
    /// has axe already (installed once for its browser context, before the page's own scripts).
    /// </summary>
    [Fact]
    public async Task Axe_OnAPageWithPlantedViolations_ReportsEachAndWhereItIs()
    {
        var page = await SharedAnonymousPageAsync(NarrowPhone, "en");
        await page.SeriousViolationsAsync();
        await page.OpenAsync("/safer-browsing");
        Assert.True(await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"), "axe-core is not installed on pages opened after its first run.");

        await page.EvaluateAsync("""
            () => document.querySelector("main").insertAdjacentHTML("beforeend",
              '<img src="/favicon.svg" id="planted-image"><button type="button" id="planted-button"></button>')
            """);
        var violations = await page.SeriousViolationsAsync();

        Assert.Equal(["button-name", "image-alt"], violations.Select(v => v.Id).Order());
        Assert.Contains("#planted-image", violations.Single(v => v.Id == "image-alt").Nodes.Single().Target, StringComparison.Ordinal);
        Assert.Contains("planted-button", Axe.Describe("the planted page", violations), StringComparison.Ordinal);
    }
}

/// <summary>Every page in Arabic, right to left.</summary>
public sealed class ArabicAccessibilityTests(CirclesServer server) : AccessibilityTests(server), IClassFixture<CirclesServer>
{
    public static TheoryData<string, string> Pages() => PagesIn("ar");

    [Theory]
    [MemberData(nameof(Pages))]
    public Task Page_AsRoleWhoSeesIt_PassesAxeAndNeedsNoSidewaysScrolling(string pageName, string language) =>
        PassesAxeAndNeedsNoSidewaysScrollingAsync(pageName, language);
}

/// <summary>
/// Spanish too, for the pages every visitor may read and their editor (issue 15), and for the
/// pages of issue 16: stories, updates, the impact dashboard and report, a group's changes and
/// its feedback timeline. One class, so one server, for all of them.
/// </summary>
public sealed class SpanishPublicPagesAccessibilityTests(CirclesServer server) : AccessibilityTests(server), IClassFixture<CirclesServer>
{
    public static TheoryData<string, string> Pages() =>
        PagesIn("es", name => name.StartsWith("public ", StringComparison.Ordinal) || name.StartsWith("/settings/public-pages", StringComparison.Ordinal)
            || name.StartsWith("/stories", StringComparison.Ordinal) || name.StartsWith("/updates", StringComparison.Ordinal)
            || name.StartsWith("/impact", StringComparison.Ordinal) || name == "/account/counting"
            || name.StartsWith("/groups/{id}/changes", StringComparison.Ordinal) || name == "/groups/{id}/feedback" || name == "/groups/{id}, member");

    [Theory]
    [MemberData(nameof(Pages))]
    public Task Page_AsRoleWhoSeesIt_PassesAxeAndNeedsNoSidewaysScrolling(string pageName, string language) =>
        PassesAxeAndNeedsNoSidewaysScrollingAsync(pageName, language);
}
