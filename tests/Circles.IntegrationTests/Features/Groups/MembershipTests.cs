using System.Net;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Accounts;
using Circles.Web.Features.Groups;
using Microsoft.EntityFrameworkCore;

namespace Circles.IntegrationTests.Features.Groups;

[Collection(SharedApp.Name)]
public sealed class MembershipTests(SharedCirclesApp app)
{
    private static Task<HttpResponseMessage> PressAsync(HttpClient client, string page, string handler) =>
        client.SubmitFormAsync(page, GroupArrangement.NoFields(), $"form[action*='handler={handler}']");

    private Task<MembershipStatus?> StatusAsync(TestOrganization organization, Guid groupId, Guid userId) =>
        app.InOrganizationAsync(organization, db => db.GroupMemberships
            .Where(m => m.GroupId == groupId && m.UserId == userId).Select(m => (MembershipStatus?)m.Status).FirstOrDefaultAsync());

    [Fact]
    public async Task RequestToJoin_ThenFacilitatorApproves_MakesAnActiveMemberWithHistory()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.CreateGroupAsync(organization);
        var member = await app.SignedInAsync(organization.Member);

        var requested = await PressAsync(member, $"/groups/{group.Id}", "Join");
        Assert.Equal(HttpStatusCode.Redirect, requested.StatusCode);
        Assert.Equal(MembershipStatus.Requested, await StatusAsync(organization, group.Id, organization.Member.Id));

        var facilitator = await app.SignedInAsync(organization.Facilitator);
        var approved = await PressAsync(facilitator, $"/groups/{group.Id}", "Approve");
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(MembershipStatus.Active, await StatusAsync(organization, group.Id, organization.Member.Id));

        var history = await app.InOrganizationAsync(organization, db => db.MembershipChanges.OrderBy(c => c.Id).Select(c => c.To).ToListAsync());
        Assert.Equal([MembershipStatus.Requested, MembershipStatus.Active], history);
    }

    [Fact]
    public async Task Member_CannotApproveTheirOwnRequest()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.CreateGroupAsync(organization);
        var member = await app.SignedInAsync(organization.Member);
        await PressAsync(member, $"/groups/{group.Id}", "Join");
        var token = (await (await member.GetAsync($"/groups/{group.Id}")).ParseAsync())
            .QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var forged = await member.PostAsync($"/groups/{group.Id}?handler=Resume",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.Conflict, forged.StatusCode);
        Assert.Equal(MembershipStatus.Requested, await StatusAsync(organization, group.Id, organization.Member.Id));
    }

    [Fact]
    public async Task Approve_WhenTheGroupIsFull_IsRefusedAndSaysWhy()
    {
        var organization = await app.CreateOrganizationAsync();
        var first = await app.AddUserAsync(organization.Id, Roles.Member);
        var second = await app.AddUserAsync(organization.Id, Roles.Member);
        var group = await app.CreateGroupAsync(organization, capacity: 2, activeMembers: [first, second]);
        await PressAsync(await app.SignedInAsync(organization.Member), $"/groups/{group.Id}", "Join");

        var refused = await PressAsync(await app.SignedInAsync(organization.Facilitator), $"/groups/{group.Id}", "Approve");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("The group is full", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(MembershipStatus.Requested, await StatusAsync(organization, group.Id, organization.Member.Id));
    }

    [Fact]
    public async Task Invitation_AcceptedByTheMember_MakesThemActive()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.CreateGroupAsync(organization);
        var facilitator = await app.SignedInAsync(organization.Facilitator);

        var invited = await facilitator.SubmitFormAsync($"/groups/{group.Id}",
            new Dictionary<string, string> { ["userId"] = organization.Member.Id.ToString() }, "form[action*='handler=Invite']");
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        Assert.Equal(MembershipStatus.Invited, await StatusAsync(organization, group.Id, organization.Member.Id));

        await PressAsync(await app.SignedInAsync(organization.Member), $"/groups/{group.Id}", "Accept");
        Assert.Equal(MembershipStatus.Active, await StatusAsync(organization, group.Id, organization.Member.Id));
    }

    [Fact]
    public async Task Member_PausesResumesAndLeaves_FromTheirOwnPage_WithoutGivingAReason()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.CreateGroupAsync(organization, activeMembers: [organization.Member]);
        var member = await app.SignedInAsync(organization.Member);

        await PressAsync(member, $"/groups/{group.Id}", "Pause");
        Assert.Equal(MembershipStatus.Paused, await StatusAsync(organization, group.Id, organization.Member.Id));
        await PressAsync(member, $"/groups/{group.Id}", "Resume");
        Assert.Equal(MembershipStatus.Active, await StatusAsync(organization, group.Id, organization.Member.Id));
        var page = await (await member.GetAsync($"/groups/{group.Id}")).ParseAsync();
        Assert.Empty(page.QuerySelectorAll("form[action*='handler=Leave'] textarea, form[action*='handler=Leave'] select"));
        await PressAsync(member, $"/groups/{group.Id}", "Leave");
        Assert.Equal(MembershipStatus.Left, await StatusAsync(organization, group.Id, organization.Member.Id));
    }

    [Fact]
    public async Task MeetingPlace_IsShownToActiveMembersOnly()
    {
        var organization = await app.CreateOrganizationAsync();
        var outsider = await app.AddUserAsync(organization.Id, Roles.Member);
        var group = await app.CreateGroupAsync(organization, place: "Back room, Elm Street 12", activeMembers: [organization.Member]);

        var insiderPage = await (await app.SignedInAsync(organization.Member)).GetAsync($"/groups/{group.Id}");
        var outsiderPage = await (await app.SignedInAsync(outsider)).GetAsync($"/groups/{group.Id}");

        Assert.Contains("Back room, Elm Street 12", await insiderPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, outsiderPage.StatusCode);
        Assert.DoesNotContain("Elm Street", await outsiderPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GroupPage_AsVolunteerOrOtherOrganization_Is404()
    {
        var organization = await app.CreateOrganizationAsync();
        var other = await app.CreateOrganizationAsync();
        var group = await app.CreateGroupAsync(organization);

        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignedInAsync(organization.Volunteer)).GetAsync($"/groups/{group.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignedInAsync(other.Member)).GetAsync($"/groups/{group.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignedInAsync(other.Coordinator)).GetAsync($"/groups/{group.Id}")).StatusCode);
        var list = await (await app.SignedInAsync(other.Coordinator)).GetAsync("/groups");
        Assert.DoesNotContain(group.Name, await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FacilitatorOfAnotherGroup_CannotManageThisOne()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.CreateGroupAsync(organization);
        var otherFacilitator = await app.AddUserAsync(organization.Id, Roles.Facilitator);
        await PressAsync(await app.SignedInAsync(organization.Member), $"/groups/{group.Id}", "Join");

        var client = await app.SignedInAsync(otherFacilitator);
        var page = await (await client.GetAsync($"/groups/{group.Id}")).ParseAsync();

        Assert.Empty(page.QuerySelectorAll("form[action*='handler=Approve']"));
        Assert.DoesNotContain(organization.Member.UserName, page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
