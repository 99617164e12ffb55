using System.Net;
using Circles.IntegrationTests.Features.Directory;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Accounts;
using Circles.Web.Features.Discussions;
using Circles.Web.Features.Groups;
using Microsoft.EntityFrameworkCore;

namespace Circles.IntegrationTests.Features.Discussions;

/// <summary>SEC-19: a group's discussion is for its active members, its facilitators and coordinators; everyone else gets 404.</summary>
public sealed class DiscussionAccessTests(CirclesApp app) : IClassFixture<CirclesApp>
{
    [Fact]
    public async Task Discussion_AsEachRole_OnlyTheGroupsPeopleSeeIt()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.GroupAsync(organization);
        var writer = await app.SignedInAsync(organization.Member);
        var threadId = await writer.NewThreadAsync(group.Id);

        // Role → expected, for the page, the thread and both fragments. Volunteer and partner are in no group.
        var expected = new Dictionary<string, HttpStatusCode>
        {
            [Roles.Member] = HttpStatusCode.OK,
            [Roles.PeerSupporter] = HttpStatusCode.OK,
            [Roles.Facilitator] = HttpStatusCode.OK,
            [Roles.Coordinator] = HttpStatusCode.OK,
            [Roles.Volunteer] = HttpStatusCode.NotFound,
            [Roles.Partner] = HttpStatusCode.NotFound,
        };
        foreach (var (role, status) in expected)
        {
            var client = await app.SignedInAsync(organization.People[role]);
            foreach (var url in new[]
            {
                DiscussionArrangement.PagePath(group.Id),
                DiscussionArrangement.PagePath(group.Id) + "?handler=Threads",
                DiscussionArrangement.ThreadPath(group.Id, threadId),
                DiscussionArrangement.ThreadPath(group.Id, threadId) + "?handler=Posts",
            })
            {
                var response = await client.GetAsync(url);
                Assert.True(status == response.StatusCode, $"{role} on {url}: expected {status}, got {response.StatusCode}");
            }
        }
        var anonymous = await app.NewBrowser().GetAsync(DiscussionArrangement.PagePath(group.Id));
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("https://localhost/account/signin", anonymous.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(MembershipStatus.Requested)]
    [InlineData(MembershipStatus.Invited)]
    [InlineData(MembershipStatus.Paused)]
    [InlineData(MembershipStatus.Left)]
    [InlineData(MembershipStatus.Declined)]
    public async Task Discussion_AsMemberNotActive_Answers404(MembershipStatus status)
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.GroupAsync(organization);
        var threadId = await (await app.SignedInAsync(organization.PeerSupporter)).NewThreadAsync(group.Id);
        await app.SetMembershipAsync(organization, group.Id, organization.Member.Id, status);
        var member = await app.SignedInAsync(organization.Member);

        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync(DiscussionArrangement.PagePath(group.Id))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync(DiscussionArrangement.ThreadPath(group.Id, threadId))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync(DiscussionArrangement.ThreadPath(group.Id, threadId) + "?handler=Posts")).StatusCode);
    }

    [Fact]
    public async Task Discussion_OfAnotherGroupOrOrganization_Answers404_AndForeignThreadIdsToo()
    {
        var organization = await app.CreateOrganizationAsync();
        var mine = await app.GroupAsync(organization);
        var otherGroup = await app.CreateGroupAsync(organization, activeMembers: [organization.PeerSupporter]);
        await app.SetModeAsync(organization, otherGroup.Id, DiscussionMode.Always);
        var peer = await app.SignedInAsync(organization.PeerSupporter);
        var otherThread = await peer.NewThreadAsync(otherGroup.Id, body: "Only for the other group");
        var member = await app.SignedInAsync(organization.Member);

        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync(DiscussionArrangement.PagePath(otherGroup.Id))).StatusCode);
        // A thread of another group, reached through a group the member is in.
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync(DiscussionArrangement.ThreadPath(mine.Id, otherThread))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync(DiscussionArrangement.ThreadPath(mine.Id, otherThread) + "?handler=Posts")).StatusCode);

        var elsewhere = await app.CreateOrganizationAsync();
        foreach (var person in new[] { elsewhere.Coordinator, elsewhere.Facilitator, elsewhere.Member })
        {
            var outsider = await app.SignedInAsync(person);
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(DiscussionArrangement.PagePath(mine.Id))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(DiscussionArrangement.ThreadPath(otherGroup.Id, otherThread))).StatusCode);
        }
        // Posting to a foreign thread is refused the same way, and nothing is saved.
        var foreignPost = await member.PostWithTokenAsync(DiscussionArrangement.ThreadPath(mine.Id, otherThread), new Dictionary<string, string> { ["Reply.Body"] = "sneaking in" });
        Assert.Equal(HttpStatusCode.NotFound, foreignPost.StatusCode);
        Assert.Equal(1, await app.InOrganizationAsync(organization, db => db.DiscussionPosts.CountAsync(p => p.ThreadId == otherThread)));
    }

    [Fact]
    public async Task RemovedMember_Gets404_UntilTheRestrictionEnds()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.GroupAsync(organization);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        await app.AddAsync(organization, new DiscussionRestriction
        {
            GroupId = group.Id, UserId = organization.Member.Id, Kind = DiscussionRestrictionKind.Removed,
            Reason = "test", ByUserId = organization.Facilitator.Id, CreatedAt = now, Until = now.AddDays(1),
        });
        var member = await app.SignedInAsync(organization.Member);

        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync(DiscussionArrangement.PagePath(group.Id))).StatusCode);
        var groupPage = await member.GetPageAsync($"/groups/{group.Id}");
        Assert.Null(groupPage.Document.QuerySelector("[data-discussion-link]"));

        app.Clock.Advance(TimeSpan.FromDays(1.5));
        member = await app.SignedInAsync(organization.Member);
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync(DiscussionArrangement.PagePath(group.Id))).StatusCode);
    }

    [Fact]
    public async Task MutedMember_CanRead_CannotPost()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.GroupAsync(organization);
        var threadId = await (await app.SignedInAsync(organization.PeerSupporter)).NewThreadAsync(group.Id, body: "Anyone around tonight?");
        await app.AddAsync(organization, new DiscussionRestriction
        {
            GroupId = group.Id, UserId = organization.Member.Id, Kind = DiscussionRestrictionKind.Muted,
            Reason = "test", ByUserId = organization.Facilitator.Id, CreatedAt = app.Clock.GetUtcNow().UtcDateTime,
        });
        var member = await app.SignedInAsync(organization.Member);

        var (response, page) = await member.GetPageAsync(DiscussionArrangement.ThreadPath(group.Id, threadId));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Anyone around tonight?", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("[data-posting=Muted]"));
        Assert.Null(page.QuerySelector("textarea[name='Reply.Body']"));

        var forced = await member.PostWithTokenAsync(DiscussionArrangement.ThreadPath(group.Id, threadId), new Dictionary<string, string> { ["Reply.Body"] = "still here" });
        Assert.Equal(HttpStatusCode.Conflict, forced.StatusCode);
        var forcedThread = await member.PostWithTokenAsync(DiscussionArrangement.PagePath(group.Id), new Dictionary<string, string> { ["NewThread.Title"] = "t", ["NewThread.Body"] = "b" });
        Assert.Equal(HttpStatusCode.Conflict, forcedThread.StatusCode);
        Assert.Equal(1, await app.InOrganizationAsync(organization, db => db.DiscussionPosts.CountAsync(p => p.GroupId == group.Id)));
    }

    [Fact]
    public async Task ModeOff_MembersGet404_FacilitatorIsToldWhy_SetFromTheGroupForm()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.GroupAsync(organization, DiscussionMode.WhileFacilitatorOnDuty);
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        var (_, editPage) = await coordinator.GetPageAsync($"/groups/{group.Id}/edit");
        Assert.NotNull(editPage.QuerySelector("input[name='Form.DiscussionMode'][value=WhileFacilitatorOnDuty][checked]"));

        var saved = await coordinator.SubmitFormAsync($"/groups/{group.Id}/edit", new Dictionary<string, string> { ["Form.DiscussionMode"] = "Off" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(DiscussionMode.Off, await app.InOrganizationAsync(organization, db => db.SupportGroups.Where(g => g.Id == group.Id).Select(g => g.DiscussionMode).FirstAsync()));

        var member = await app.SignedInAsync(organization.Member);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync(DiscussionArrangement.PagePath(group.Id))).StatusCode);
        var facilitator = await app.SignedInAsync(organization.Facilitator);
        var (response, page) = await facilitator.GetPageAsync(DiscussionArrangement.PagePath(group.Id));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector("[data-posting=Off]"));
        Assert.Null(page.QuerySelector("textarea[name='NewThread.Body']"));
        Assert.Null(page.QuerySelector("form[action*='handler=StartDuty']"));
    }
}
