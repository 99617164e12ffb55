using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Circles.IntegrationTests.Features.Directory;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Features.Moderation;
using Circles.Web.Features.Strategies;
using Microsoft.EntityFrameworkCore;

namespace Circles.IntegrationTests.Features.Strategies;

/// <summary>The coping-strategies library: share, check, save, take back; anonymous to other members, per organization.</summary>
[Collection(SharedApp.Name)]
public sealed class StrategiesTests(SharedCirclesApp app)
{
    private static async Task<HttpResponseMessage> ShareAsync(HttpClient client, string title, string text = "Hold a warm cup and breathe slowly.", params string[] tags)
    {
        var values = new List<KeyValuePair<string, string>> { new("Form.Title", title), new("Form.Text", text) };
        values.AddRange(tags.Select(tag => new KeyValuePair<string, string>("Form.Tags", tag)));
        var page = (await client.GetPageAsync("/strategies/new")).Document;
        var token = page.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        values.Add(new("__RequestVerificationToken", token));
        return await client.PostAsync("/strategies/new", new FormUrlEncodedContent(values));
    }

    private static IElement? Card(IHtmlDocument page, string title) =>
        page.QuerySelectorAll("[data-strategy], [data-saved-strategy], [data-shared-strategy], [data-pending-strategy], [data-approved-strategy]")
            .SingleOrDefault(card => card.TextContent.Contains(title, StringComparison.Ordinal));

    private static async Task<HttpResponseMessage> PressAsync(HttpClient client, string pageUrl, string title, string? decision = null)
    {
        var page = (await client.GetPageAsync(pageUrl)).Document;
        var card = Card(page, title) ?? throw new InvalidOperationException($"'{title}' is not on {pageUrl}");
        var form = (IHtmlFormElement)card.QuerySelector("form")!;
        return await client.SubmitAsync(form, pageUrl, decision is null ? GroupArrangement.NoFields() : new Dictionary<string, string> { ["decision"] = decision });
    }

    private async Task ApproveAsync(TestOrganization organization, string title)
    {
        var answer = await PressAsync(await app.SignedInAsync(organization.Coordinator), "/moderation", title, "approve");
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
    }

    [Fact]
    public async Task Library_ShowsStarterStrategies_InTheReadersLanguage_SeededOnce()
    {
        var organization = await app.CreateOrganizationAsync();
        var member = await app.SignedInAsync(organization.Member);

        var english = await member.MainTextAsync("/strategies");
        await member.GetAsync("/strategies");
        member.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");
        var spanish = await member.MainTextAsync("/strategies");

        Assert.Contains("Box breathing", english, StringComparison.Ordinal);
        Assert.DoesNotContain("Respiración en cuadrado", english, StringComparison.Ordinal);
        Assert.Contains("Respiración en cuadrado", spanish, StringComparison.Ordinal);
        Assert.DoesNotContain("Box breathing", spanish, StringComparison.Ordinal);
        Assert.Equal(StrategyLibrary.StarterSet.Count, await app.InOrganizationAsync(organization, db => db.CopingStrategies.CountAsync()));
        Assert.All(await app.InOrganizationAsync(organization, db => db.CopingStrategies.ToListAsync()), s =>
        {
            Assert.Equal(ModerationStatus.Approved, s.Status);
            Assert.Null(s.AuthorUserId);
        });
    }

    [Fact]
    public async Task Library_FilteredByTag_ShowsOnlyThatTag()
    {
        var organization = await app.CreateOrganizationAsync();
        var member = await app.SignedInAsync(organization.Member);

        var page = (await member.GetPageAsync("/strategies?tag=breathing")).Document;

        Assert.NotNull(Card(page, "Box breathing"));
        Assert.NotNull(Card(page, "A longer breath out"));
        Assert.Null(Card(page, "5-4-3-2-1: come back to the room"));
        Assert.Equal("breathing", page.QuerySelector("select[name=tag] option[selected]")?.GetAttribute("value"));
        // An unknown tag shows everything rather than an empty page.
        Assert.NotNull(Card((await member.GetPageAsync("/strategies?tag=nonsense")).Document, "5-4-3-2-1: come back to the room"));
    }

    [Fact]
    public async Task SharedStrategy_WaitsForACheck_ThenOthersSeeAndSaveIt_WithoutTheAuthor()
    {
        var organization = await app.CreateOrganizationAsync();
        var author = await app.SignedInAsync(organization.Member);
        var other = await app.SignedInAsync(organization.PeerSupporter);
        const string title = "Count the blue things";

        var shared = await ShareAsync(author, title, "Look around and count everything blue.", "grounding", "anxiety");
        Assert.Equal(HttpStatusCode.Redirect, shared.StatusCode);
        Assert.Equal("/me/strategies?done=shared", shared.Headers.Location?.OriginalString);

        // Pending: the author sees it waiting; the library shows it to nobody; the coordinator sees it.
        var mine = (await author.GetPageAsync("/me/strategies")).Document;
        Assert.Equal("Pending", Card(mine, title)!.GetAttribute("data-status"));
        Assert.Contains("Waiting for a check", Card(mine, title)!.TextContent, StringComparison.Ordinal);
        Assert.Null(Card((await other.GetPageAsync("/strategies")).Document, title));
        Assert.Null(Card((await author.GetPageAsync("/strategies")).Document, title));

        await ApproveAsync(organization, title);

        var library = (await other.GetPageAsync("/strategies?tag=grounding")).Document;
        Assert.NotNull(Card(library, title));
        Assert.Contains("Grounding · Worry", Card(library, title)!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Approved", Card((await author.GetPageAsync("/me/strategies")).Document, title)!.GetAttribute("data-status"));
        var saved = await PressAsync(other, "/strategies?tag=grounding", title);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.StartsWith("/strategies?tag=grounding#strategy-", saved.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.NotNull(Card((await other.GetPageAsync("/strategies")).Document, title)!.QuerySelector("[data-saved]"));
        Assert.NotNull(Card((await other.GetPageAsync("/me/strategies")).Document, title));

        // Saving twice keeps one; the author's own saved list does not gain it.
        await other.PostWithTokenAsync($"/strategies?handler=Save&id={await StrategyIdAsync(organization, title)}", new Dictionary<string, string>());
        Assert.Equal(1, await app.InOrganizationAsync(organization, db => db.SavedStrategies.CountAsync()));

        // SEC-20: the author's name and id appear on no page another member sees.
        foreach (var url in new[] { "/strategies", "/strategies?tag=grounding", "/me/strategies" })
        {
            var html = await other.GetStringAsync(url);
            Assert.DoesNotContain(organization.Member.UserName, html, StringComparison.Ordinal);
            Assert.DoesNotContain(organization.Member.Id.ToString(), html, StringComparison.OrdinalIgnoreCase);
        }

        // Removing it from the saved list, from the library page.
        var removed = await PressAsync(other, "/strategies", title);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Null(Card((await other.GetPageAsync("/me/strategies")).Document, title));
    }

    private Task<Guid> StrategyIdAsync(TestOrganization organization, string title) =>
        app.InOrganizationAsync(organization, db => db.CopingStrategies.Where(s => s.Title == title).Select(s => s.Id).SingleAsync());

    [Fact]
    public async Task SavedStrategy_RemovedFromMySpace_AndAnotherMemberCannotRemoveIt()
    {
        var organization = await app.CreateOrganizationAsync();
        var owner = await app.SignedInAsync(organization.Member);
        var other = await app.SignedInAsync(organization.PeerSupporter);
        await PressAsync(owner, "/strategies", "Box breathing");
        var savedId = await app.InOrganizationAsync(organization, db => db.SavedStrategies.Select(s => s.Id).SingleAsync());

        var refused = await other.PostWithTokenAsync($"/me/strategies?handler=Remove&id={savedId}", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.NotNull(Card((await owner.GetPageAsync("/me/strategies")).Document, "Box breathing"));

        var removed = await PressAsync(owner, "/me/strategies", "Box breathing");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        var mine = await owner.MainTextAsync("/me/strategies?done=removed");
        Assert.Contains("Removed from your space.", mine, StringComparison.Ordinal);
        Assert.Contains("Nothing saved yet.", mine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SharedStrategy_TakenBackByItsAuthor_LeavesTheLibrary_OthersCannotTakeItBack()
    {
        var organization = await app.CreateOrganizationAsync();
        var author = await app.SignedInAsync(organization.Member);
        var other = await app.SignedInAsync(organization.PeerSupporter);
        const string title = "Hum a tune";
        await ShareAsync(author, title);
        await ApproveAsync(organization, title);
        await PressAsync(other, "/strategies", title);
        var id = await StrategyIdAsync(organization, title);

        Assert.Equal(HttpStatusCode.NotFound, (await other.PostWithTokenAsync($"/me/strategies?handler=Withdraw&id={id}", new Dictionary<string, string>())).StatusCode);
        Assert.NotNull(Card((await other.GetPageAsync("/strategies")).Document, title));

        var withdrawn = await PressAsync(author, "/me/strategies", title);

        Assert.Equal("/me/strategies?done=withdrawn", withdrawn.Headers.Location?.OriginalString);
        Assert.Null(Card((await other.GetPageAsync("/strategies")).Document, title));
        Assert.Null(Card((await other.GetPageAsync("/me/strategies")).Document, title));
    }

    [Fact]
    public async Task Rejected_OrPending_CannotBeSaved_AndTakenDownLeavesSavedLists()
    {
        var organization = await app.CreateOrganizationAsync();
        var author = await app.SignedInAsync(organization.Member);
        var other = await app.SignedInAsync(organization.PeerSupporter);
        await ShareAsync(author, "Still waiting");
        var pendingId = await StrategyIdAsync(organization, "Still waiting");
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostWithTokenAsync($"/strategies?handler=Save&id={pendingId}", new Dictionary<string, string>())).StatusCode);

        await ShareAsync(author, "Shown then taken down");
        await ApproveAsync(organization, "Shown then taken down");
        await PressAsync(other, "/strategies", "Shown then taken down");
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        var takenDown = await PressAsync(coordinator, "/moderation", "Shown then taken down", "reject");
        Assert.Equal("/moderation?done=rejected", takenDown.Headers.Location?.OriginalString);

        Assert.Null(Card((await other.GetPageAsync("/strategies")).Document, "Shown then taken down"));
        Assert.Null(Card((await other.GetPageAsync("/me/strategies")).Document, "Shown then taken down"));
        Assert.Equal("Rejected", Card((await author.GetPageAsync("/me/strategies")).Document, "Shown then taken down")!.GetAttribute("data-status"));
    }

    [Fact]
    public async Task Share_WithProblems_IsRefusedWithTheWordsKept()
    {
        var organization = await app.CreateOrganizationAsync();
        var member = await app.SignedInAsync(organization.Member);
        var longTitle = new string('t', 121);
        const string text = "My words, which must not be lost.";

        var answer = await ShareAsync(member, longTitle, text, "sleep", "not-a-tag");

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var page = await answer.ParseAsync();
        var summary = page.QuerySelector(".error-summary")!.TextContent;
        Assert.Contains("Use at most 120 characters.", summary, StringComparison.Ordinal);
        Assert.Contains("Choose topics from the list.", summary, StringComparison.Ordinal);
        Assert.Equal(longTitle, page.QuerySelector("input[name='Form.Title']")!.GetAttribute("value"));
        Assert.Equal(text, ((IHtmlTextAreaElement)page.QuerySelector("textarea[name='Form.Text']")!).Value);
        Assert.NotNull(page.QuerySelector("input[name='Form.Tags'][value=sleep][checked]"));

        var tooLong = await ShareAsync(member, "Fine title", new string('w', 1001));
        Assert.Contains("Use at most 1000 characters.", (await tooLong.ParseAsync()).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await app.InOrganizationAsync(organization, db => db.CopingStrategies.CountAsync(s => s.AuthorUserId != null)));
    }

    [Fact]
    public async Task StrategyWithScript_RendersAsText_OnEveryPage_SEC23()
    {
        var organization = await app.CreateOrganizationAsync();
        var author = await app.SignedInAsync(organization.Member);
        const string title = "<script>alert('title')</script>";
        const string text = "<img src=x onerror=alert(1)>";
        await ShareAsync(author, title, text);
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        var moderation = await coordinator.GetStringAsync("/moderation");
        Assert.DoesNotContain(title, moderation, StringComparison.Ordinal);
        Assert.DoesNotContain(text, moderation, StringComparison.Ordinal);
        await ApproveAsync(organization, "alert('title')");
        var other = await app.SignedInAsync(organization.PeerSupporter);
        await PressAsync(other, "/strategies", "alert('title')");

        foreach (var (client, url) in new[] { (other, "/strategies"), (other, "/me/strategies"), (author, "/me/strategies"), (coordinator, "/moderation") })
        {
            var html = await client.GetStringAsync(url);
            Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        }
        var page = (await other.GetPageAsync("/strategies")).Document;
        Assert.Equal(title, Card(page, "alert('title')")!.QuerySelector("h2")!.TextContent);
    }

    [Fact]
    public async Task OtherOrganizationsStrategies_NeverShow_AndTheirIdsAnswer404_SEC19()
    {
        var ours = await app.CreateOrganizationAsync();
        var theirs = await app.CreateOrganizationAsync();
        var theirMember = await app.SignedInAsync(theirs.Member);
        await ShareAsync(theirMember, "Theirs, approved");
        await ApproveAsync(theirs, "Theirs, approved");
        await ShareAsync(theirMember, "Theirs, waiting");
        await PressAsync(theirMember, "/strategies", "Box breathing");
        var approvedId = await StrategyIdAsync(theirs, "Theirs, approved");
        var waitingId = await StrategyIdAsync(theirs, "Theirs, waiting");
        var theirSavedId = await app.InOrganizationAsync(theirs, db => db.SavedStrategies.Select(s => s.Id).SingleAsync());
        var ourMember = await app.SignedInAsync(ours.Member);
        var ourCoordinator = await app.SignedInAsync(ours.Coordinator);

        Assert.DoesNotContain("Theirs", await ourMember.MainTextAsync("/strategies"), StringComparison.Ordinal);
        Assert.DoesNotContain("Theirs", await ourCoordinator.MainTextAsync("/moderation"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await ourMember.PostWithTokenAsync($"/strategies?handler=Save&id={approvedId}", new Dictionary<string, string>())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ourMember.PostWithTokenAsync($"/me/strategies?handler=Remove&id={theirSavedId}", new Dictionary<string, string>())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ourMember.PostWithTokenAsync($"/me/strategies?handler=Withdraw&id={approvedId}", new Dictionary<string, string>())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ourCoordinator.PostWithTokenAsync($"/moderation?handler=Strategy&id={waitingId}", new Dictionary<string, string> { ["decision"] = "approve" })).StatusCode);
        Assert.Equal(ModerationStatus.Pending, await app.InOrganizationAsync(theirs, db => db.CopingStrategies.Where(s => s.Id == waitingId).Select(s => s.Status).SingleAsync()));
        Assert.Equal(1, await app.InOrganizationAsync(theirs, db => db.SavedStrategies.CountAsync()));
    }

    [Fact]
    public async Task Moderation_SecondDecision_KeepsTheFirst_AndHomesLinkIn()
    {
        var organization = await app.CreateOrganizationAsync();
        await ShareAsync(await app.SignedInAsync(organization.Member), "Decided once");
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        var home = (await coordinator.GetPageAsync("/home/coordinator")).Document;
        Assert.Equal("1", home.QuerySelector("a[href='/moderation'][data-waiting-for-check]")?.GetAttribute("data-waiting-for-check"));
        var page = (await coordinator.GetPageAsync("/moderation")).Document;
        var form = (IHtmlFormElement)Card(page, "Decided once")!.QuerySelector("form")!;

        await coordinator.SubmitAsync(form, "/moderation", new Dictionary<string, string> { ["decision"] = "reject" });
        var second = await coordinator.SubmitAsync(form, "/moderation", new Dictionary<string, string> { ["decision"] = "approve" });

        Assert.Equal("/moderation?done=already", second.Headers.Location?.OriginalString);
        Assert.Equal(ModerationStatus.Rejected, await app.InOrganizationAsync(organization, db => db.CopingStrategies.Where(s => s.Title == "Decided once").Select(s => s.Status).SingleAsync()));
        Assert.Equal("0", (await coordinator.GetPageAsync("/home/coordinator")).Document.QuerySelector("[data-waiting-for-check]")?.GetAttribute("data-waiting-for-check"));
        Assert.NotNull((await (await app.SignedInAsync(organization.Member)).GetPageAsync("/home/member")).Document.QuerySelector("main a[href='/strategies']"));
        Assert.NotNull((await (await app.SignedInAsync(organization.PeerSupporter)).GetPageAsync("/home/peer")).Document.QuerySelector("main a[href='/strategies']"));
    }

    [Fact]
    public async Task Share_AsVolunteerPartnerOrStaff_IsRefused()
    {
        var organization = await app.CreateOrganizationAsync();
        foreach (var person in new[] { organization.Volunteer, organization.Partner, organization.Facilitator, organization.Coordinator })
        {
            var client = await app.SignedInAsync(person);
            var answer = await client.PostWithTokenAsync("/strategies/new", new Dictionary<string, string> { ["Form.Title"] = "Staff idea", ["Form.Text"] = "Text" });
            Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
        }
        Assert.Equal(0, await app.InOrganizationAsync(organization, db => db.CopingStrategies.CountAsync(s => s.AuthorUserId != null)));
    }
}
