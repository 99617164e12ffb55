using System.Net;
using Circles.IntegrationTests.Features.PublicSite;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Accounts;
using Circles.Web.Features.Shared;
using Circles.Web.Features.Stories;
using Circles.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Circles.IntegrationTests.Features.Stories;

/// <summary>
/// Issue 16, a story from draft to public and withdrawn: the draft is its author's alone (SEC-20,
/// sealed with their key, SEC-27); anything shared goes through review, the author approves that
/// exact version (a stale one is refused, SEC-43), review actions are audited without the text
/// (SEC-32), and a withdrawn story is gone from the public page on the very next request, which
/// nothing caches (no-store).
/// </summary>
[Collection(SharedApp.Name)]
public sealed class StoryLifecycleTests(SharedCirclesApp app)
{
    [Fact]
    public async Task Draft_IsSealed_AndPrivateToItsAuthor_EvenFromCoordinators_Sec20_Sec27()
    {
        var organization = await app.CreateOrganizationAsync();
        var other = await app.CreateOrganizationAsync();
        var author = await app.SignedInAsync(organization.Member);
        var canary = StorySteps.Canary();

        var id = await author.WriteStoryAsync("A title " + canary, "My words " + canary);

        Assert.DoesNotContain(canary, await app.RawDatabaseTextAsync(), StringComparison.Ordinal);
        Assert.Contains(canary, (await author.GetPageAsync($"/stories/mine/{id}")).Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(canary, (await author.GetPageAsync("/stories/mine")).Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var anotherMember = await app.AddUserAsync(organization.Id, Roles.Member);
        var cases = new (TestUser Person, string Url, HttpStatusCode Expected)[]
        {
            (organization.Coordinator, $"/stories/review/{id}", HttpStatusCode.NotFound),
            (organization.Coordinator, $"/stories/mine/{id}", HttpStatusCode.Forbidden),
            (organization.Facilitator, $"/stories/review/{id}", HttpStatusCode.Forbidden),
            (anotherMember, $"/stories/mine/{id}", HttpStatusCode.NotFound),
            (anotherMember, $"/stories/mine/{id}/edit", HttpStatusCode.NotFound),
            (anotherMember, $"/stories/mine/{id}/share", HttpStatusCode.NotFound),
            (anotherMember, $"/stories/mine/{id}/delete", HttpStatusCode.NotFound),
            (other.Member, $"/stories/mine/{id}", HttpStatusCode.NotFound),
            (other.Coordinator, $"/stories/review/{id}", HttpStatusCode.NotFound),
        };
        foreach (var (person, url, expected) in cases)
        {
            var client = await app.SignedInAsync(person);
            var response = await client.GetAsync(url);
            Assert.True(expected == response.StatusCode, $"{person.UserName} on {url}: {response.StatusCode}");
            Assert.DoesNotContain(canary, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        Assert.DoesNotContain(canary, await (await coordinator.GetAsync("/stories/review")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(app.Logs.Lines, line => line.Contains(canary, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ShareReviewSuggestApprove_OnlyTheApprovedVersionIsShown_AndReviewIsAuditedWithoutText_Sec32()
    {
        var organization = await app.CreateOrganizationAsync();
        await app.TurnPublicPagesOnAsync(organization);
        var author = await app.SignedInAsync(organization.Member);
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        var secret = StorySteps.Canary();
        var id = await author.WriteStoryAsync("Speaking up", $"Then Amira {secret} met me in Leeds on 12/05 at 9pm.");

        Assert.Equal(HttpStatusCode.Redirect, (await author.ShareAsync(id, "Public", "FirstLetter")).StatusCode);
        Assert.Contains("Waiting for review", (await author.GetPageAsync("/stories/mine")).Document.QuerySelector($"[data-my-story='{id}'] [data-story-status]")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, await app.RawDatabaseTextAsync(), StringComparison.Ordinal);

        // The coordinator sees it in the queue and on the home count, with the details marked.
        Assert.NotNull((await coordinator.GetPageAsync("/stories/review")).Document.QuerySelector($"[data-review-story='{id}']"));
        Assert.Equal("1", (await coordinator.GetPageAsync("/home/coordinator")).Document.QuerySelector("[data-stories-to-review]")!.GetAttribute("data-stories-to-review"));
        var review = (await coordinator.GetPageAsync($"/stories/review/{id}")).Document;
        var marks = review.QuerySelectorAll("[data-author-text] mark").Select(m => (m.TextContent, m.GetAttribute("data-detail"))).ToList();
        Assert.Contains(("Amira", "Name"), marks);
        Assert.Contains(("Leeds", "Name"), marks);
        Assert.Contains(("12/05", "Date"), marks);
        Assert.Contains(("9pm", "Time"), marks);
        Assert.DoesNotContain(marks, m => m.TextContent == "Then");

        var suggested = "Someone met me in a city one evening. " + StorySteps.Canary();
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.SuggestAsync(id, "Speaking up", suggested, "I took out the name, place, date and time.")).StatusCode);

        // Nothing is public before the author approves.
        Assert.DoesNotContain("Speaking up", (await app.PublicStoriesAsync(organization)).Text, StringComparison.Ordinal);

        var page = (await author.GetPageAsync($"/stories/mine/{id}")).Document;
        Assert.Equal(suggested, page.QuerySelector("[data-suggested-text]")!.TextContent);
        Assert.Equal("I took out the name, place, date and time.", page.QuerySelector("[data-review-note]")!.TextContent);
        Assert.Contains("Amira", page.QuerySelector("[data-story-diff] del")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await author.ApproveAsync(id)).StatusCode);

        var (response, text) = await app.PublicStoriesAsync(organization);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.Contains(suggested, text, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        Assert.Contains(organization.Member.UserName[..1].ToUpperInvariant() + ".", text, StringComparison.Ordinal);
        Assert.DoesNotContain(organization.Member.UserName, text, StringComparison.Ordinal);

        var story = await app.InOrganizationAsync(organization, db => db.Stories.SingleAsync(s => s.Id == id));
        Assert.Equal(StoryStatus.Published, story.Status);
        Assert.NotNull(story.PublishedAt);
        var versions = await app.InOrganizationAsync(organization, db => db.StoryVersions.Where(v => v.StoryId == id).OrderBy(v => v.Number).ToListAsync());
        Assert.Equal([true, false], versions.Select(v => v.ByAuthor));
        Assert.Equal(versions[1].Id, story.ApprovedVersionId);
        var audits = await app.InOrganizationAsync(organization, db => db.AuditEvents.Where(a => a.Action.StartsWith("story.")).ToListAsync());
        var suggestedAudit = Assert.Single(audits);
        Assert.Equal(AuditActions.StoryEditSuggested, suggestedAudit.Action);
        Assert.Equal(organization.Coordinator.Id, suggestedAudit.ActorUserId);
        Assert.Equal($"{id}/v2", suggestedAudit.Subject);
    }

    [Fact]
    public async Task ApprovingAStaleOrAnotherVersion_IsRefused_NothingIsPublished_Sec43()
    {
        var organization = await app.CreateOrganizationAsync();
        await app.TurnPublicPagesOnAsync(organization);
        var author = await app.SignedInAsync(organization.Member);
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        var id = await author.WriteStoryAsync("Stale", "First words.");
        await author.ShareAsync(id, "Public", "NoName");
        await coordinator.SuggestAsync(id, "Stale", "Second words, suggested.", "");

        // The author opens the suggestion; meanwhile the coordinator suggests another version.
        var (_, open) = await author.GetPageAsync($"/stories/mine/{id}");
        var staleForm = (AngleSharp.Html.Dom.IHtmlFormElement)open.QuerySelector("form[data-approve-form]")!;
        await coordinator.SuggestAsync(id, "Stale", "Third words, suggested again.", "");

        var refused = await author.SubmitAsync(staleForm, $"/stories/mine/{id}", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.NotNull((await refused.ParseAsync()).QuerySelector("[data-approval-refused]"));

        // Nor can the author's own first version be approved by naming its id.
        var first = await app.InOrganizationAsync(organization, db => db.StoryVersions.SingleAsync(v => v.StoryId == id && v.Number == 1));
        var current = await app.InOrganizationAsync(organization, db => db.Stories.SingleAsync(s => s.Id == id));
        var token = await author.TokenAsync($"/stories/mine/{id}");
        var forged = await author.PostAsync($"/stories/mine/{id}?handler=Approve", token, ("VersionId", first.Id.ToString()), ("StoryVersion", current.Version.ToString()));
        Assert.Equal(HttpStatusCode.Conflict, forged.StatusCode);

        var story = await app.InOrganizationAsync(organization, db => db.Stories.SingleAsync(s => s.Id == id));
        Assert.Equal(StoryStatus.AwaitingAuthor, story.Status);
        Assert.Null(story.ApprovedVersionId);
        Assert.Contains("No stories yet.", (await app.PublicStoriesAsync(organization)).Text, StringComparison.Ordinal);

        // The version now waiting can be approved.
        Assert.Equal(HttpStatusCode.Redirect, (await author.ApproveAsync(id)).StatusCode);
        Assert.Contains("Third words, suggested again.", (await app.PublicStoriesAsync(organization)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishAsWritten_OnlyWhileTheLatestVersionIsTheAuthors_AndAudited()
    {
        var organization = await app.CreateOrganizationAsync();
        await app.TurnPublicPagesOnAsync(organization);
        var author = await app.SignedInAsync(organization.Member);
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        var asWritten = StorySteps.Canary();
        var id = await author.WriteStoryAsync("As written", "Nothing to change here " + asWritten);
        await author.ShareAsync(id, "Public", "NoName");

        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.PublishAsWrittenAsync(id)).StatusCode);
        Assert.Contains(asWritten, (await app.PublicStoriesAsync(organization)).Text, StringComparison.Ordinal);
        var audit = await app.InOrganizationAsync(organization, db => db.AuditEvents.SingleAsync(a => a.Action == AuditActions.StoryPublishedAsWritten));
        Assert.Equal($"{id}/v1", audit.Subject);

        // Once a coordinator suggested a version, only the author can settle it: publishing as written is refused.
        var second = await author.WriteStoryAsync("Suggested", "Some words.");
        await author.ShareAsync(second, "Public", "NoName");
        await coordinator.SuggestAsync(second, "Suggested", "Other words.", "");
        var (_, page) = await coordinator.GetPageAsync($"/stories/review/{second}");
        Assert.Null(page.QuerySelector("form[data-publish-form]"));
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var storyVersion = page.QuerySelector("form[data-suggest-form] input[name='Form.Version']")!.GetAttribute("value")!;
        var forged = await coordinator.PostAsync($"/stories/review/{second}?handler=Publish", token, ("StoryVersion", storyVersion));
        Assert.Equal(HttpStatusCode.Conflict, forged.StatusCode);
        Assert.Equal(StoryStatus.AwaitingAuthor, await app.InOrganizationAsync(organization, db => db.Stories.Where(s => s.Id == second).Select(s => s.Status).SingleAsync()));
    }

    [Fact]
    public async Task Withdraw_GoneFromThePublicPageOnTheNextRequest_NothingCachesIt_TheDraftStaysTheAuthors()
    {
        var organization = await app.CreateOrganizationAsync();
        await app.TurnPublicPagesOnAsync(organization);
        var author = await app.SignedInAsync(organization.Member);
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        var words = StorySteps.Canary();
        var id = await author.WriteStoryAsync("To withdraw", "Shown for a while " + words);
        await author.ShareAsync(id, "Public", "FirstLetter");
        await coordinator.PublishAsWrittenAsync(id);
        var visitor = app.NewBrowser();
        var before = await visitor.GetAsync($"/public-site/{organization.Slug}/stories");
        Assert.Contains(words, await before.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("no-store", before.Headers.CacheControl?.ToString());

        // One button, in the list.
        var withdrawn = await author.SubmitFormAsync("/stories/mine", new Dictionary<string, string>(), $"[data-my-story='{id}'] form[data-withdraw-form]");
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);

        var after = await visitor.GetAsync($"/public-site/{organization.Slug}/stories");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal("no-store", after.Headers.CacheControl?.ToString());
        Assert.DoesNotContain(words, await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var page = (await author.GetPageAsync($"/stories/mine/{id}")).Document;
        Assert.Equal("Withdrawn", page.QuerySelector("[data-story-status]")!.GetAttribute("data-story-status"));
        Assert.Contains(words, page.QuerySelector("[data-story-draft]")!.TextContent, StringComparison.Ordinal);
        var story = await app.InOrganizationAsync(organization, db => db.Stories.SingleAsync(s => s.Id == id));
        Assert.NotNull(story.WithdrawnAt);

        // Narrowing a published story to "only me" is withdrawing too; widening again goes back to review.
        var second = await author.WriteStoryAsync("Narrowed", "Shown to staff.");
        await author.ShareAsync(second, "Staff", "Pseudonym");
        await coordinator.PublishAsWrittenAsync(second);
        await author.ShareAsync(second, "OnlyMe", "NoName");
        Assert.Equal(StoryStatus.Withdrawn, await app.InOrganizationAsync(organization, db => db.Stories.Where(s => s.Id == second).Select(s => s.Status).SingleAsync()));
        await author.ShareAsync(second, "Public", "NoName");
        Assert.Equal(StoryStatus.InReview, await app.InOrganizationAsync(organization, db => db.Stories.Where(s => s.Id == second).Select(s => s.Status).SingleAsync()));
    }

    [Fact]
    public async Task ChangingTheNamingOfAPublishedStory_SendsItBackToReview_MovingOnlyTheEndDateDoesNot()
    {
        var organization = await app.CreateOrganizationAsync();
        await app.TurnPublicPagesOnAsync(organization);
        var author = await app.SignedInAsync(organization.Member);
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        var id = await author.WriteStoryAsync("Named", "Words " + StorySteps.Canary());
        var today = app.Clock.UtcToday();
        await author.ShareAsync(id, "Public", "NoName", today.AddDays(10));
        await coordinator.PublishAsWrittenAsync(id);

        await author.ShareAsync(id, "Public", "NoName", today.AddDays(100));
        var story = await app.InOrganizationAsync(organization, db => db.Stories.SingleAsync(s => s.Id == id));
        Assert.Equal((StoryStatus.Published, today.AddDays(100)), (story.Status, story.ConsentEndsOn));

        await author.ShareAsync(id, "Public", "FirstLetter", today.AddDays(100));
        Assert.Equal(StoryStatus.InReview, await app.InOrganizationAsync(organization, db => db.Stories.Where(s => s.Id == id).Select(s => s.Status).SingleAsync()));
        Assert.Contains("No stories yet.", (await app.PublicStoriesAsync(organization)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Share_RefusesAPseudonymInPublic_APastEndDate_AndAGroupThatIsNotTheirs()
    {
        var organization = await app.CreateOrganizationAsync();
        var author = await app.SignedInAsync(organization.Member);
        var notTheirs = await app.CreateGroupAsync(organization);
        var theirs = await app.CreateGroupAsync(organization, activeMembers: [organization.Member]);
        var id = await author.WriteStoryAsync("Refused", "Words.");

        var pseudonym = await author.ShareAsync(id, "Public", "Pseudonym");
        Assert.Equal(HttpStatusCode.OK, pseudonym.StatusCode);
        Assert.NotNull((await pseudonym.ParseAsync()).QuerySelector(".error-summary"));
        var past = await author.ShareAsync(id, "Staff", "NoName", app.Clock.UtcToday().AddDays(-1));
        Assert.Equal(HttpStatusCode.OK, past.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await author.ShareAsync(id, "Group", "Pseudonym", groupId: notTheirs.Id)).StatusCode);
        Assert.Equal(StoryStatus.Draft, await app.InOrganizationAsync(organization, db => db.Stories.Where(s => s.Id == id).Select(s => s.Status).SingleAsync()));

        Assert.Equal(HttpStatusCode.Redirect, (await author.ShareAsync(id, "Group", "Pseudonym", groupId: theirs.Id)).StatusCode);
        var story = await app.InOrganizationAsync(organization, db => db.Stories.SingleAsync(s => s.Id == id));
        Assert.Equal((StoryStatus.InReview, StoryAudience.Group, theirs.Id), (story.Status, story.Audience, story.GroupId!.Value));
    }

    [Fact]
    public async Task Delete_AfterConfirming_RemovesTheStoryAndEveryVersion()
    {
        var organization = await app.CreateOrganizationAsync();
        var author = await app.SignedInAsync(organization.Member);
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        var id = await author.WriteStoryAsync("Gone", "Words.");
        await author.ShareAsync(id, "Staff", "NoName");
        await coordinator.SuggestAsync(id, "Gone", "Other words.", "");

        Assert.Equal(HttpStatusCode.OK, (await author.GetAsync($"/stories/mine/{id}/delete")).StatusCode);
        var deleted = await author.SubmitFormAsync($"/stories/mine/{id}/delete", new Dictionary<string, string>(), "form[data-delete-form]");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);

        Assert.False(await app.InOrganizationAsync(organization, db => db.Stories.AnyAsync(s => s.Id == id)));
        Assert.False(await app.InOrganizationAsync(organization, db => db.StoryVersions.AnyAsync(v => v.StoryId == id)));
        Assert.Equal(HttpStatusCode.NotFound, (await author.GetAsync($"/stories/mine/{id}")).StatusCode);
    }

    [Fact]
    public async Task ForgedPosts_OnAnotherMembersStory_Are404_AndChangeNothing()
    {
        var organization = await app.CreateOrganizationAsync();
        var other = await app.CreateOrganizationAsync();
        var author = await app.SignedInAsync(organization.Member);
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        var id = await author.WriteStoryAsync("Mine", "Words.");
        await author.ShareAsync(id, "Staff", "NoName");
        await coordinator.PublishAsWrittenAsync(id);
        var story = await app.InOrganizationAsync(organization, db => db.Stories.SingleAsync(s => s.Id == id));

        foreach (var intruder in new[] { await app.AddUserAsync(organization.Id, Roles.Member), other.Member })
        {
            var client = await app.SignedInAsync(intruder);
            var token = await client.TokenAsync("/stories/mine/new");
            var posts = new (string Url, (string, string)[] Fields)[]
            {
                ($"/stories/mine/{id}?handler=Withdraw", []),
                ($"/stories/mine/{id}?handler=Approve", [("VersionId", story.ApprovedVersionId.ToString()!), ("StoryVersion", story.Version.ToString())]),
                ($"/stories/mine/{id}?handler=Reply", [("Reply.Title", "x"), ("Reply.Text", "y")]),
                ($"/stories/mine/{id}/share", [("Form.Audience", "OnlyMe"), ("Form.Naming", "NoName"), ("Form.Version", story.Version.ToString())]),
                ($"/stories/mine/{id}/edit", [("Form.Title", "x"), ("Form.Text", "y"), ("Form.Version", story.Version.ToString())]),
                ($"/stories/mine/{id}/delete", []),
            };
            foreach (var (url, fields) in posts)
            {
                var response = await client.PostAsync(url, token, fields);
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{intruder.UserName} POST {url}: {response.StatusCode}");
            }
        }
        var otherCoordinator = await app.SignedInAsync(other.Coordinator);
        var coordinatorToken = await otherCoordinator.TokenAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await otherCoordinator.PostAsync($"/stories/review/{id}?handler=Suggest", coordinatorToken, ("Form.Title", "x"), ("Form.Text", "y"))).StatusCode);

        var after = await app.InOrganizationAsync(organization, db => db.Stories.SingleAsync(s => s.Id == id));
        Assert.Equal((StoryStatus.Published, story.Version), (after.Status, after.Version));
    }
}
