using Circles.IntegrationTests.Features.Discussions;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Features.Notifications;

namespace Circles.IntegrationTests.Features.Home;

/// <summary>
/// What every signed-in page pays (issue 17): the session check, the organization's settings for
/// the layout (read once and kept a few seconds) and the unread badges (one query) stay a fixed,
/// small number of queries, however many groups, updates or posts someone has.
/// </summary>
public sealed class SignedInPageQueryCountTests(CommandCountingApp app) : IClassFixture<CommandCountingApp>
{
    /// <summary>Session check 1, badges 1, the page's own 7 (groups with each one's next session and rules to agree, the next session's rules, cancelled, feedback, help arrived, the wellbeing offer, story reminders); 14, then 11, before issue 17's work.</summary>
    private const int MemberHomeQueries = 9;

    /// <summary>Session check 1, badges 1, the group with what the member is to it 1, community and count 1, facilitators 1, discussion link 2 (who may read it, what is unread with the blocks inside), format changes 1, stories 1 (the reader from what the page already knows of the viewer); 14 before the group and the viewer, and the community and the count, were read in one query each, and the blocks inside the count.</summary>
    private const int GroupPageQueries = 9;

    [Fact]
    public async Task MemberHome_MoreGroupsAndUpdates_SameFewQueries()
    {
        var organization = await app.CreateOrganizationAsync();
        var first = await app.CreateGroupAsync(organization, activeMembers: [organization.Member]);
        await app.CreateSessionAsync(organization, first.Id, app.Clock.GetUtcNow().UtcDateTime.AddDays(2));
        var member = await app.SignedInAsync(organization.Member);
        await member.GetAsync("/home/member");

        var withFew = await CountAsync(() => member.GetAsync("/home/member"));
        for (var i = 0; i < 3; i++)
        {
            await app.CreateGroupAsync(organization, activeMembers: [organization.Member]);
        }
        await app.InOrganizationAsync(organization, db =>
        {
            for (var i = 0; i < 5; i++)
            {
                db.Notifications.Add(new Notification { UserId = organization.Member.Id, Kind = NotificationKind.NewMessage, Link = "/messages", CreatedAt = app.Clock.GetUtcNow().UtcDateTime });
            }
            return db.SaveChangesAsync();
        });
        HttpResponseMessage? response = null;
        var withMany = await CountAsync(async () => response = await member.GetAsync("/home/member"));

        var page = await response!.ParseAsync();
        Assert.Equal("5", page.QuerySelector("[data-live-unread=notifications]")!.TextContent.Trim());
        Assert.Equal(withFew, withMany);
        Assert.InRange(withMany, 1, MemberHomeQueries);
    }

    [Fact]
    public async Task GroupPage_AsMemberWithADiscussion_FixedFewQueries()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.GroupAsync(organization);
        var peer = await app.SignedInAsync(organization.PeerSupporter);
        var thread = await peer.NewThreadAsync(group.Id);
        var member = await app.SignedInAsync(organization.Member);
        await member.GetAsync($"/groups/{group.Id}");

        var withOnePost = await CountAsync(() => member.GetAsync($"/groups/{group.Id}"));
        for (var i = 0; i < 3; i++)
        {
            await peer.ReplyAsync(group.Id, thread, $"Reply {i}");
        }
        HttpResponseMessage? response = null;
        var withMore = await CountAsync(async () => response = await member.GetAsync($"/groups/{group.Id}"));

        var page = await response!.ParseAsync();
        Assert.Equal("4", page.QuerySelector("[data-discussion-link] [data-unread]")!.GetAttribute("data-unread"));
        Assert.Equal(withOnePost, withMore);
        Assert.InRange(withMore, 1, GroupPageQueries);
    }

    [Fact]
    public async Task APage_RunsAllItsQueriesOnOneConnection()
    {
        var organization = await app.CreateOrganizationAsync();
        await app.CreateGroupAsync(organization, activeMembers: [organization.Member]);
        var member = await app.SignedInAsync(organization.Member);
        await member.GetAsync("/home/member");

        var connectionsBefore = app.ConnectionsOpened;
        var queries = await CountAsync(() => member.GetAsync("/home/member"));

        Assert.True(queries > 1);
        // At most one: on SQLite a pooled context's connection is usually still open from an
        // earlier request (KeptOpenSqliteConnection), so the page may open none.
        Assert.InRange(app.ConnectionsOpened - connectionsBefore, TestDatabase.IsPostgres ? 1 : 0, 1);
    }

    private async Task<int> CountAsync(Func<Task<HttpResponseMessage>> request)
    {
        var before = app.Commands;
        (await request()).EnsureSuccessStatusCode();
        return app.Commands - before;
    }
}
