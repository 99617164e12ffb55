using System.Net;
using Circles.IntegrationTests.Infrastructure;

namespace Circles.IntegrationTests.Security;

/// <summary>SEC-19: a coordinator of another organization never sees this one's records.</summary>
[Collection(SharedApp.Name)]
public sealed class TenantIsolationTests(SharedCirclesApp app)
{
    [Fact]
    public async Task PeopleList_AsOtherOrganizationsCoordinator_ShowsNoneOfOurs()
    {
        var ours = await app.CreateOrganizationAsync();
        var theirs = await app.CreateOrganizationAsync();
        var client = await app.SignedInAsync(theirs.Coordinator);

        var html = await (await client.GetAsync("/people")).Content.ReadAsStringAsync();

        Assert.Contains(theirs.Member.UserName, html, StringComparison.Ordinal);
        foreach (var person in ours.People.Values)
        {
            Assert.DoesNotContain(person.UserName, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task PersonById_AsOtherOrganizationsCoordinator_Is404()
    {
        var ours = await app.CreateOrganizationAsync();
        var theirs = await app.CreateOrganizationAsync();
        var client = await app.SignedInAsync(theirs.Coordinator);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/people/{ours.Member.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/people/{theirs.Member.Id}")).StatusCode);
    }

    [Fact]
    public async Task GrantRole_OnOtherOrganizationsPerson_Is404AndChangesNothing()
    {
        var ours = await app.CreateOrganizationAsync();
        var theirs = await app.CreateOrganizationAsync();
        var client = await app.SignedInAsync(theirs.Coordinator);
        var form = await (await client.GetAsync($"/people/{theirs.Member.Id}")).ParseAsync();
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await client.PostAsync($"/people/{ours.Member.Id}?handler=Grant", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["role"] = "Coordinator",
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var ourCoordinator = await app.SignedInAsync(ours.Coordinator);
        var page = await (await ourCoordinator.GetAsync($"/people/{ours.Member.Id}")).ParseAsync();
        Assert.Contains("Coordinator: No", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvitationById_AsOtherOrganizationsCoordinator_Is404()
    {
        var ours = await app.CreateOrganizationAsync();
        var theirs = await app.CreateOrganizationAsync();
        var ourCoordinator = await app.SignedInAsync(ours.Coordinator);
        await ourCoordinator.SubmitFormAsync("/invitations", new Dictionary<string, string> { ["Form.Role"] = "Member" });
        var list = await (await ourCoordinator.GetAsync("/invitations")).ParseAsync();
        var detailsUrl = list.QuerySelector("a[href^='/invitations/']")!.GetAttribute("href")!;

        var theirCoordinator = await app.SignedInAsync(theirs.Coordinator);

        Assert.Equal(HttpStatusCode.NotFound, (await theirCoordinator.GetAsync(detailsUrl)).StatusCode);
        var theirList = await (await theirCoordinator.GetAsync("/invitations")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(detailsUrl, theirList, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Settings_OverPostedOrganizationId_IsIgnored()
    {
        var ours = await app.CreateOrganizationAsync();
        var theirs = await app.CreateOrganizationAsync();
        var client = await app.SignedInAsync(theirs.Coordinator);

        var response = await client.SubmitFormAsync("/settings", new Dictionary<string, string>
        {
            ["Form.Name"] = "Renamed by them",
            ["OrganizationId"] = ours.Id.ToString(),
            ["Form.OrganizationId"] = ours.Id.ToString(),
            ["Form.Id"] = ours.Id.ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var ourSettings = await (await (await app.SignedInAsync(ours.Coordinator)).GetAsync("/settings")).ParseAsync();
        Assert.Equal("Test organization", ourSettings.QuerySelector("input[name='Form.Name']")!.GetAttribute("value"));
    }
}
