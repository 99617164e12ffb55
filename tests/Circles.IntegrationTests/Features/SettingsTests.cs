using System.Net;
using Circles.IntegrationTests.Infrastructure;

namespace Circles.IntegrationTests.Features;

/// <summary>Coordinators manage the organization's safety settings; bad input and concurrent edits lose nothing.</summary>
public sealed class SettingsTests(CirclesApp app) : IClassFixture<CirclesApp>
{
    [Fact]
    public async Task Save_AsCoordinator_ChangesTitleIconExitAndCrisisLinesEverywhere()
    {
        var organization = await app.CreateOrganizationAsync();
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        var saved = await coordinator.SubmitFormAsync("/settings", new Dictionary<string, string>
        {
            ["Form.DiscreetTitle"] = "Sunday Book Club",
            ["Form.DiscreetIcon"] = "book",
            ["Form.ExitUrl"] = "https://weather.example/today",
            ["Form.CrisisLines"] = "Helpline: 0800 111 222, any time\n\n  Text line: 12345  ",
            ["Form.MemberIdleMinutes"] = "10",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var member = await app.SignedInAsync(organization.Member);
        var home = await (await member.GetAsync("/home/member")).ParseAsync();
        Assert.EndsWith("· Sunday Book Club", home.Title, StringComparison.Ordinal);
        Assert.Equal("/icons/book.svg", home.QuerySelector("link[rel=icon]")!.GetAttribute("href"));
        Assert.Equal(["Helpline: 0800 111 222, any time", "Text line: 12345"],
            home.QuerySelectorAll(".crisis-lines li").Select(li => li.TextContent).ToArray());
        Assert.Equal("600", home.Body!.GetAttribute("data-idle-seconds"));
        Assert.Equal("https://weather.example/today", (await member.GetAsync("/exit")).Headers.Location?.ToString());
    }

    [Fact]
    public async Task Save_WithInvalidValues_ExplainsAndKeepsWhatWasTyped()
    {
        var organization = await app.CreateOrganizationAsync();
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        var refused = await coordinator.SubmitFormAsync("/settings", new Dictionary<string, string>
        {
            ["Form.Name"] = "New name typed by the coordinator",
            ["Form.ExitUrl"] = "javascript:alert(1)",
            ["Form.MemberIdleMinutes"] = "500",
            ["Form.CrisisLines"] = "Line one typed",
        });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.ParseAsync();
        var summary = page.QuerySelector(".error-summary")!.TextContent;
        Assert.Contains("https://", summary, StringComparison.Ordinal);
        Assert.Contains("between 5 and 60", summary, StringComparison.Ordinal);
        Assert.Equal("New name typed by the coordinator", page.QuerySelector("input[name='Form.Name']")!.GetAttribute("value"));
        Assert.Equal("Line one typed", page.QuerySelector("textarea[name='Form.CrisisLines']")!.TextContent.Trim());
        Assert.Equal("javascript:alert(1)", page.QuerySelector("input[name='Form.ExitUrl']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Save_AfterSomeoneElseSaved_IsRefusedAndKeepsWhatWasTyped()
    {
        var organization = await app.CreateOrganizationAsync();
        var second = await app.AddUserAsync(organization.Id, Circles.Web.Accounts.Roles.Coordinator);
        var alice = await app.SignedInAsync(organization.Coordinator);
        var bob = await app.SignedInAsync(second);

        // Both open the form, then Alice saves first.
        var bobsForm = await (await bob.GetAsync("/settings")).ParseAsync();
        var aliceSaved = await alice.SubmitFormAsync("/settings", new Dictionary<string, string> { ["Form.Name"] = "Alice's name" });
        Assert.Equal(HttpStatusCode.Redirect, aliceSaved.StatusCode);

        var bobSaved = await bob.SubmitAsync(
            (AngleSharp.Html.Dom.IHtmlFormElement)bobsForm.QuerySelector("main form")!,
            "/settings",
            new Dictionary<string, string> { ["Form.Name"] = "Bob's name" });

        Assert.Equal(HttpStatusCode.OK, bobSaved.StatusCode);
        var page = await bobSaved.ParseAsync();
        Assert.Contains("Someone else changed these settings", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Bob's name", page.QuerySelector("input[name='Form.Name']")!.GetAttribute("value"));
        var current = await (await alice.GetAsync("/settings")).ParseAsync();
        Assert.Equal("Alice's name", current.QuerySelector("input[name='Form.Name']")!.GetAttribute("value"));
    }
}
