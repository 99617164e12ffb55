using System.Net;
using Circles.IntegrationTests.Features.PublicSite;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Accounts;
using Circles.Web.Features.Groups;
using Circles.Web.Features.Stories;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Features.Stories;

/// <summary>Everyone who may try to read a story, from the author to someone of another organization.</summary>
public enum Reader
{
    Author,
    GroupMember,
    OtherGroupMember,
    GroupFacilitator,
    OtherGroupFacilitator,
    Coordinator,
    PeerSupporter,
    Volunteer,
    Partner,
    Anonymous,
    OtherOrganizationCoordinator,
}

/// <summary>
/// The proof that a story's visibility is enforced where the data is read (issue 16; SEC-19:
/// every reader outside the audience gets nothing, and a single story they may not read is 404,
/// never 403; SEC-21: withdrawal and the end of consent take effect on the next request). Each
/// consent level against each reader, on every surface that shows stories to someone other than
/// their author: the staff list, its count, its search, the group page, the single story page,
/// a campaign's quotes and the home of the public pages. The campaign and the public home quote
/// and feature every story, whatever its level, so it is the reading that must filter. Then
/// withdrawn, not yet approved (in review, awaiting the author, a draft) and ended consent.
/// </summary>
public sealed class StoryAudienceTests(StoryAudienceTests.Arrangement arranged) : IClassFixture<StoryAudienceTests.Arrangement>
{
    private static readonly StoryAudience[] Levels = [StoryAudience.OnlyMe, StoryAudience.Group, StoryAudience.Staff, StoryAudience.Public];

    public static TheoryData<StoryAudience, Reader> Cases
    {
        get
        {
            var data = new TheoryData<StoryAudience, Reader>();
            foreach (var level in Levels)
            {
                foreach (var reader in Enum.GetValues<Reader>())
                {
                    data.Add(level, reader);
                }
            }
            return data;
        }
    }

    /// <summary>The rule, written out independently of StoryVisibility: who may read a published story of this level.</summary>
    private static bool MayRead(StoryAudience level, Reader reader) => level switch
    {
        StoryAudience.Group => reader is Reader.Author or Reader.GroupMember or Reader.GroupFacilitator,
        StoryAudience.Staff => reader is Reader.GroupFacilitator or Reader.OtherGroupFacilitator or Reader.Coordinator,
        StoryAudience.Public => true,
        _ => false,
    };

    /// <summary>Who may open the staff pages of this organization at all (coordinators and facilitators).</summary>
    private static bool StaffHere(Reader reader) => reader is Reader.GroupFacilitator or Reader.OtherGroupFacilitator or Reader.Coordinator;

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Story_AtEachConsentLevel_ReachesItsAudienceOnly_InListCountSearchGroupPageStoryPageCampaignAndPublicHome(StoryAudience level, Reader reader)
    {
        var client = await arranged.ClientAsync(reader);
        var storyId = arranged.Stories[level];
        var marker = arranged.Markers[level];
        var reads = MayRead(level, reader);
        var because = $"{reader} reading a story for {level}";

        // The staff list, its count and its search.
        var list = await client.GetAsync("/stories");
        var search = await client.GetAsync("/stories?q=" + marker);
        if (StaffHere(reader))
        {
            Assert.Equal(HttpStatusCode.OK, list.StatusCode);
            var page = await list.ParseAsync();
            Assert.True(reads == (page.QuerySelector($"[data-story='{storyId}']") is not null), because + " in the list");
            var expectedCount = Levels.Count(l => MayRead(l, reader));
            Assert.Equal(expectedCount.ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector("[data-story-count]")!.GetAttribute("data-story-count"));
            var found = await search.ParseAsync();
            Assert.Equal(reads ? "1" : "0", found.QuerySelector("[data-story-count]")!.GetAttribute("data-story-count"));
            Assert.True(reads == (found.QuerySelector($"[data-story='{storyId}']") is not null), because + " in the search");
        }
        else if (reader == Reader.OtherOrganizationCoordinator)
        {
            // Their own organization's list, which has none of these stories, public or not.
            Assert.Equal("0", (await list.ParseAsync()).QuerySelector("[data-story-count]")!.GetAttribute("data-story-count"));
            Assert.Equal("0", (await search.ParseAsync()).QuerySelector("[data-story-count]")!.GetAttribute("data-story-count"));
        }
        else
        {
            Assert.NotEqual(HttpStatusCode.OK, list.StatusCode);
            Assert.NotEqual(HttpStatusCode.OK, search.StatusCode);
        }
        // The words of the page (the search box echoes what was typed in its value, which is not the story).
        Assert.True((reads && StaffHere(reader)) == (await list.ParseAsync()).DocumentElement.TextContent.Contains(marker, StringComparison.Ordinal), because + ": the list");
        Assert.True((reads && StaffHere(reader)) == (await search.ParseAsync()).DocumentElement.TextContent.Contains(marker, StringComparison.Ordinal), because + ": the search");

        // The story's own page: readable, or answered exactly as a story that does not exist.
        var single = await client.GetAsync($"/stories/{storyId}");
        if (reads && StaffHere(reader))
        {
            Assert.Equal(HttpStatusCode.OK, single.StatusCode);
            Assert.Contains(marker, await single.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        else
        {
            var none = await client.GetAsync($"/stories/{Guid.NewGuid()}");
            Assert.True(none.StatusCode == single.StatusCode, $"{because}: {single.StatusCode} tells it exists ({none.StatusCode} for none)");
            Assert.NotEqual(HttpStatusCode.OK, single.StatusCode);
            Assert.DoesNotContain(marker, await single.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            if (StaffHere(reader) || reader == Reader.OtherOrganizationCoordinator)
            {
                Assert.Equal(HttpStatusCode.NotFound, single.StatusCode);
            }
        }

        // The group's page: its stories, for its active members and facilitators.
        var group = await (await client.GetAsync($"/groups/{arranged.GroupId}")).Content.ReadAsStringAsync();
        var onGroupPage = level == StoryAudience.Group && reads;
        Assert.True(onGroupPage == group.Contains(marker, StringComparison.Ordinal), because + " on the group page");

        // A campaign's quotes (coordinators' page): staff and public stories, read through the rule.
        var campaign = await (await client.GetAsync($"/campaigns/{arranged.CampaignId}")).Content.ReadAsStringAsync();
        var onCampaign = reader == Reader.Coordinator && level is StoryAudience.Staff or StoryAudience.Public;
        Assert.True(onCampaign == campaign.Contains(marker, StringComparison.Ordinal), because + " on the campaign page");

        // The home of the public pages: public stories only, for anyone, never stored.
        var home = await client.GetAsync($"/public-site/{arranged.Organization.Slug}");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.True((level == StoryAudience.Public) == (await home.Content.ReadAsStringAsync()).Contains(marker, StringComparison.Ordinal), because + " on the public home");
        Assert.Contains("no-store", home.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublicHome_WithFourFeaturedStories_ShowsTheThreeNewest()
    {
        var app = arranged.App;
        var organization = await app.CreateOrganizationAsync();
        await app.TurnPublicPagesOnAsync(organization);
        var start = app.Clock.GetUtcNow().UtcDateTime.AddDays(-10);
        foreach (var day in new[] { 1, 4, 2, 3 })
        {
            var id = await app.PublishStoryAsync(organization, organization.Member, StoryAudience.Public, text: $"Marker day {day}", publishedAt: start.AddDays(day));
            await app.FeatureOnPublicHomeAsync(organization, id);
        }

        var home = await app.NewBrowser().GetStringAsync($"/public-site/{organization.Slug}");

        Assert.DoesNotContain("Marker day 1", home, StringComparison.Ordinal);
        int[] shown = [home.IndexOf("Marker day 4", StringComparison.Ordinal), home.IndexOf("Marker day 3", StringComparison.Ordinal), home.IndexOf("Marker day 2", StringComparison.Ordinal)];
        Assert.All(shown, at => Assert.True(at >= 0));
        Assert.Equal(shown.Order(), shown);
    }

    [Fact]
    public async Task Story_Withdrawn_DisappearsFromEveryAudienceOnTheNextRequest_AndNoPageIsStored()
    {
        var app = arranged.App;
        var organization = await app.CreateOrganizationAsync();
        await app.TurnPublicPagesOnAsync(organization);
        var group = await app.CreateGroupAsync(organization, activeMembers: [organization.Member]);
        var campaignId = await app.CreateCampaignAsync(organization);
        var publicId = await app.PublishStoryAsync(organization, organization.Member, StoryAudience.Public, text: "Marker harbour lights");
        var staffId = await app.PublishStoryAsync(organization, organization.Member, StoryAudience.Staff, text: "Marker quiet morning");
        var groupId = await app.PublishStoryAsync(organization, organization.Member, StoryAudience.Group, groupId: group.Id, text: "Marker kitchen table");
        await app.QuoteOnCampaignAsync(organization, campaignId, publicId);
        await app.QuoteOnCampaignAsync(organization, campaignId, staffId);
        await app.FeatureOnPublicHomeAsync(organization, publicId);
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        var member = await app.SignedInAsync(organization.Member);
        var anonymous = app.NewBrowser();
        var pages = new (HttpClient Client, string Url, string Marker)[]
        {
            (coordinator, "/stories", "Marker harbour lights"),
            (coordinator, "/stories", "Marker quiet morning"),
            (coordinator, "/stories?q=marker", "Marker quiet morning"),
            (coordinator, $"/stories/{publicId}", "Marker harbour lights"),
            (coordinator, $"/campaigns/{campaignId}", "Marker harbour lights"),
            (coordinator, $"/campaigns/{campaignId}", "Marker quiet morning"),
            (anonymous, $"/public-site/{organization.Slug}", "Marker harbour lights"),
            (member, $"/public-site/{organization.Slug}", "Marker harbour lights"),
            (member, $"/groups/{group.Id}", "Marker kitchen table"),
        };
        foreach (var (client, url, marker) in pages)
        {
            var response = await client.GetAsync(url);
            Assert.True((await response.Content.ReadAsStringAsync()).Contains(marker, StringComparison.Ordinal), $"before: {marker} on {url}");
            Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        }

        foreach (var id in new[] { publicId, staffId, groupId })
        {
            await app.WithdrawAsync(organization, id);
        }

        foreach (var (client, url, marker) in pages)
        {
            var response = await client.GetAsync(url);
            Assert.False((await response.Content.ReadAsStringAsync()).Contains(marker, StringComparison.Ordinal), $"after withdrawal: {marker} still on {url}");
            Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/stories/{publicId}")).StatusCode);
        Assert.Equal("0", (await (await coordinator.GetAsync("/stories")).ParseAsync()).QuerySelector("[data-story-count]")!.GetAttribute("data-story-count"));
    }

    [Theory]
    [InlineData(StoryStatus.Draft)]
    [InlineData(StoryStatus.InReview)]
    [InlineData(StoryStatus.AwaitingAuthor)]
    public async Task Story_NotYetApprovedForItsAudience_IsShownToNobody(StoryStatus status)
    {
        var app = arranged.App;
        var organization = await app.CreateOrganizationAsync();
        await app.TurnPublicPagesOnAsync(organization);
        var group = await app.CreateGroupAsync(organization, activeMembers: [organization.Member]);
        var campaignId = await app.CreateCampaignAsync(organization);
        // Even with a version marked approved (an earlier one, say), the status decides.
        var publicId = await app.PublishStoryAsync(organization, organization.Member, StoryAudience.Public, status: status, text: "Marker waiting public");
        var groupStoryId = await app.PublishStoryAsync(organization, organization.Member, StoryAudience.Group, groupId: group.Id, status: status, text: "Marker waiting group");
        await app.QuoteOnCampaignAsync(organization, campaignId, publicId);
        await app.FeatureOnPublicHomeAsync(organization, publicId);
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        var facilitator = await app.SignedInAsync(organization.Facilitator);
        var member = await app.SignedInAsync(organization.Member);

        foreach (var (client, url) in new[]
        {
            (coordinator, "/stories"), (facilitator, "/stories"), (coordinator, "/stories?q=marker"), (coordinator, $"/campaigns/{campaignId}"),
            (app.NewBrowser(), $"/public-site/{organization.Slug}"), (member, $"/groups/{group.Id}"), (facilitator, $"/groups/{group.Id}"),
        })
        {
            var body = await (await client.GetAsync(url)).Content.ReadAsStringAsync();
            Assert.DoesNotContain("Marker waiting", body, StringComparison.Ordinal);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/stories/{publicId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await facilitator.GetAsync($"/stories/{groupStoryId}")).StatusCode);
    }

    [Fact]
    public async Task Stories_KindFilterAndSearch_NarrowTheVisibleRows_NewestFirst_WithTheBylineTheAuthorChose()
    {
        var app = arranged.App;
        var organization = await app.CreateOrganizationAsync();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var older = await app.PublishStoryAsync(organization, organization.Member, StoryAudience.Staff, kind: StoryKind.Challenge,
            naming: StoryNaming.FirstLetter, title: "A hard month", text: "The bus stopped running.", publishedAt: now.AddDays(-3));
        var newer = await app.PublishStoryAsync(organization, organization.PeerSupporter, StoryAudience.Staff, kind: StoryKind.Success,
            naming: StoryNaming.Pseudonym, title: "Back at work", text: "The bus runs again.", publishedAt: now.AddDays(-1));
        var hidden = await app.PublishStoryAsync(organization, organization.Member, StoryAudience.OnlyMe, title: "Mine alone", text: "The bus is mine.");
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        var all = await (await coordinator.GetAsync("/stories")).ParseAsync();
        Assert.Equal(new[] { newer.ToString(), older.ToString() }, all.QuerySelectorAll("[data-story]").Select(e => e.GetAttribute("data-story")!).ToArray());
        Assert.Contains("By " + organization.PeerSupporter.UserName, all.QuerySelector($"[data-story='{newer}']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("By " + char.ToUpperInvariant(organization.Member.UserName[0]) + ".", all.QuerySelector($"[data-story='{older}']")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(organization.Member.UserName, all.Body!.TextContent, StringComparison.Ordinal);

        var challenges = await (await coordinator.GetAsync("/stories?kind=Challenge")).ParseAsync();
        Assert.Equal(new[] { older.ToString() }, challenges.QuerySelectorAll("[data-story]").Select(e => e.GetAttribute("data-story")!).ToArray());

        var bus = await (await coordinator.GetAsync("/stories?q=BUS+again")).ParseAsync();
        Assert.Equal(new[] { newer.ToString() }, bus.QuerySelectorAll("[data-story]").Select(e => e.GetAttribute("data-story")!).ToArray());
        Assert.Equal("1", bus.QuerySelector("[data-story-count]")!.GetAttribute("data-story-count"));
        var mine = await (await coordinator.GetAsync("/stories?q=mine")).ParseAsync();
        Assert.Equal("0", mine.QuerySelector("[data-story-count]")!.GetAttribute("data-story-count"));
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/stories/{hidden}")).StatusCode);
    }

    [Fact]
    public async Task Quote_AndFeature_ByACoordinator_ShowOnCampaignAndPublicHome_OthersCannot_AndAreAudited()
    {
        var app = arranged.App;
        var organization = await app.CreateOrganizationAsync();
        await app.TurnPublicPagesOnAsync(organization);
        var campaignId = await app.CreateCampaignAsync(organization, "Open doors");
        var storyId = await app.PublishStoryAsync(organization, organization.Member, StoryAudience.Public, text: "Marker open doors");
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        var url = $"/stories/{storyId}";

        var quoted = await coordinator.SubmitFormAsync(url, new Dictionary<string, string> { ["campaignId"] = campaignId.ToString() }, "form[action*='handler=Quote']");
        Assert.Equal(HttpStatusCode.Redirect, quoted.StatusCode);
        var featured = await coordinator.SubmitFormAsync(url, GroupArrangement.NoFields(), "form[action*='handler=Feature']");
        Assert.Equal(HttpStatusCode.Redirect, featured.StatusCode);
        Assert.Contains("Marker open doors", await (await coordinator.GetAsync($"/campaigns/{campaignId}")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Marker open doors", await (await app.NewBrowser().GetAsync($"/public-site/{organization.Slug}")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var actions = await app.InOrganizationAsync(organization, db => Task.FromResult(db.AuditEvents.Select(e => e.Action).ToList()));
        Assert.Contains(Circles.Web.Security.AuditActions.StoryQuoted, actions);
        Assert.Contains(Circles.Web.Security.AuditActions.StoryFeatured, actions);

        // A facilitator reads the story but may not quote or feature it.
        var facilitator = await app.SignedInAsync(organization.Facilitator);
        var page = await (await facilitator.GetAsync(url)).ParseAsync();
        Assert.Null(page.QuerySelector("form[action*='handler=Quote']"));
        var token = page.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        foreach (var handler in new[] { "Unfeature", "Feature", "Quote", "Unquote" })
        {
            var refused = await facilitator.PostAsync($"{url}?handler={handler}", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["campaignId"] = campaignId.ToString(),
            }));
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        var unfeatured = await coordinator.SubmitFormAsync(url, GroupArrangement.NoFields(), "form[action*='handler=Unfeature']");
        Assert.Equal(HttpStatusCode.Redirect, unfeatured.StatusCode);
        Assert.DoesNotContain("Marker open doors", await (await app.NewBrowser().GetAsync($"/public-site/{organization.Slug}")).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Another organization's coordinator: the story is not there for them.
        var other = await app.CreateOrganizationAsync();
        var outsider = await app.SignedInAsync(other.Coordinator);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(url)).StatusCode);
    }

    /// <summary>One organization with two groups, the four stories (one per level) quoted on a campaign and featured on the public home, and a client per reader.</summary>
    public sealed class Arrangement : IAsyncLifetime
    {
        private readonly Dictionary<Reader, HttpClient> _clients = [];
        private readonly SemaphoreSlim _lock = new(1, 1);
        private readonly Dictionary<Reader, TestUser> _people = [];

        public CirclesApp App { get; } = new();
        public TestOrganization Organization { get; private set; } = null!;
        public Guid GroupId { get; private set; }
        public Guid CampaignId { get; private set; }
        public Dictionary<StoryAudience, Guid> Stories { get; } = [];
        public Dictionary<StoryAudience, string> Markers { get; } = [];

        public async Task InitializeAsync()
        {
            var organization = Organization = await App.CreateOrganizationAsync();
            await App.TurnPublicPagesOnAsync(organization);
            var groupMember = await App.AddUserAsync(organization.Id, Roles.Member);
            var otherGroupMember = await App.AddUserAsync(organization.Id, Roles.Member);
            var otherFacilitator = await App.AddUserAsync(organization.Id, Roles.Facilitator);
            var group = await App.CreateGroupAsync(organization, activeMembers: [organization.Member, groupMember]);
            var otherGroup = await App.CreateGroupAsync(organization, activeMembers: [otherGroupMember]);
            await App.InOrganizationAsync(organization, async db =>
            {
                // The arrangement makes the organization's facilitator run every group: the other facilitator runs only the other one.
                db.GroupFacilitators.Add(new GroupFacilitator { GroupId = otherGroup.Id, UserId = otherFacilitator.Id });
                await db.SaveChangesAsync();
            });
            GroupId = group.Id;
            CampaignId = await App.CreateCampaignAsync(organization);
            foreach (var level in Levels)
            {
                var marker = "marker" + level.ToString().ToLowerInvariant() + Guid.NewGuid().ToString("N")[..6];
                Markers[level] = marker;
                Stories[level] = await App.PublishStoryAsync(organization, organization.Member, level,
                    groupId: level == StoryAudience.Group ? group.Id : null, naming: StoryNaming.FirstLetter,
                    title: "Story for " + level, text: "The words of it: " + marker);
                await App.QuoteOnCampaignAsync(organization, CampaignId, Stories[level]);
                await App.FeatureOnPublicHomeAsync(organization, Stories[level]);
            }
            var other = await App.CreateOrganizationAsync();
            _people[Reader.Author] = organization.Member;
            _people[Reader.GroupMember] = groupMember;
            _people[Reader.OtherGroupMember] = otherGroupMember;
            _people[Reader.GroupFacilitator] = organization.Facilitator;
            _people[Reader.OtherGroupFacilitator] = otherFacilitator;
            _people[Reader.Coordinator] = organization.Coordinator;
            _people[Reader.PeerSupporter] = organization.PeerSupporter;
            _people[Reader.Volunteer] = organization.Volunteer;
            _people[Reader.Partner] = organization.Partner;
            _people[Reader.OtherOrganizationCoordinator] = other.Coordinator;
        }

        public async Task<HttpClient> ClientAsync(Reader reader)
        {
            await _lock.WaitAsync();
            try
            {
                if (!_clients.TryGetValue(reader, out var client))
                {
                    client = reader == Reader.Anonymous ? App.NewBrowser() : await App.SignedInAsync(_people[reader]);
                    _clients[reader] = client;
                }
                return client;
            }
            finally
            {
                _lock.Release();
            }
        }

        public Task DisposeAsync()
        {
            App.Dispose();
            return Task.CompletedTask;
        }
    }
}
