using System.Net;
using AngleSharp.Html.Dom;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Features.Directory.Peers;
using Circles.Web.Features.Moderation;
using Microsoft.EntityFrameworkCore;

namespace Circles.IntegrationTests.Features.Directory;

/// <summary>"This helped me" and tips on a service: counts only, moderated tips that never say who wrote them.</summary>
[Collection(SharedApp.Name)]
public sealed class PeerNotesTests(SharedCirclesApp app)
{
    private static Task<HttpResponseMessage> MarkAsync(HttpClient client, string serviceId) =>
        client.SubmitFormAsync(PeerArrangement.NotesPath(serviceId), GroupArrangement.NoFields(), "form[data-helped-form]");

    private static Task<HttpResponseMessage> TipAsync(HttpClient client, string serviceId, string text) =>
        client.SubmitFormAsync(PeerArrangement.NotesPath(serviceId), new Dictionary<string, string> { ["Form.Text"] = text }, "form[data-tip-form]");

    private static async Task<string?> HelpedCountAsync(HttpClient client, string serviceId) =>
        (await client.GetPageAsync(PeerArrangement.NotesPath(serviceId))).Document.QuerySelector("[data-helped-count]")?.GetAttribute("data-helped-count");

    private async Task ModerateTipAsync(TestOrganization organization, string text, string decision)
    {
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        var page = (await coordinator.GetPageAsync("/moderation")).Document;
        var item = page.QuerySelectorAll("[data-pending-tip], [data-approved-tip]").Single(li => li.TextContent.Contains(text, StringComparison.Ordinal));
        var form = (IHtmlFormElement)item.QuerySelector("form")!;
        var answer = await coordinator.SubmitAsync(form, "/moderation", new Dictionary<string, string> { ["decision"] = decision });
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
    }

    [Fact]
    public async Task HelpedMark_SentTwice_CountsOnce_AndTakingItBackRemovesIt()
    {
        var organization = await app.CreateOrganizationAsync();
        var serviceId = await app.AddServiceAsync(organization);
        var member = await app.SignedInAsync(organization.Member);
        var peer = await app.SignedInAsync(organization.PeerSupporter);
        Assert.Equal("0", await HelpedCountAsync(member, serviceId));

        // The same form sent twice (a double tap) says "helped" twice: still one mark.
        var page = (await member.GetPageAsync(PeerArrangement.NotesPath(serviceId))).Document;
        var form = (IHtmlFormElement)page.QuerySelector("form[data-helped-form]")!;
        var first = await member.SubmitAsync(form, PeerArrangement.NotesPath(serviceId), GroupArrangement.NoFields());
        await member.SubmitAsync(form, PeerArrangement.NotesPath(serviceId), GroupArrangement.NoFields());
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal($"/directory/services/{serviceId}/notes#peer-notes", first.Headers.Location?.OriginalString);
        Assert.Equal("1", await HelpedCountAsync(peer, serviceId));
        Assert.Contains("1 person said this helped them.", await peer.MainTextAsync(PeerArrangement.NotesPath(serviceId)), StringComparison.Ordinal);

        await MarkAsync(peer, serviceId);
        Assert.Equal("2", await HelpedCountAsync(member, serviceId));
        Assert.Contains("2 people said this helped them.", await member.MainTextAsync(PeerArrangement.NotesPath(serviceId)), StringComparison.Ordinal);
        Assert.Contains("You said this helped you.", await member.MainTextAsync(PeerArrangement.NotesPath(serviceId)), StringComparison.Ordinal);

        // The form now offers to take the mark back.
        await MarkAsync(member, serviceId);
        Assert.Equal("1", await HelpedCountAsync(peer, serviceId));
        var after = (await member.GetPageAsync(PeerArrangement.NotesPath(serviceId))).Document;
        Assert.Null(after.QuerySelector("[data-marked-helped]"));
        Assert.Equal("true", after.QuerySelector("form[data-helped-form] input[name=helped]")!.GetAttribute("value"));
        Assert.Equal(1, await app.InOrganizationAsync(organization, db => db.ServiceHelpedMarks.CountAsync(m => m.ServiceId == serviceId)));
    }

    [Fact]
    public async Task HelpedPage_WithoutTheComponent_MarksAndReturnsToTheNotes()
    {
        var organization = await app.CreateOrganizationAsync();
        var serviceId = await app.AddServiceAsync(organization);
        var member = await app.SignedInAsync(organization.Member);

        var answer = await member.SubmitFormAsync($"/directory/services/{serviceId}/helped", GroupArrangement.NoFields());

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal("1", await HelpedCountAsync(member, serviceId));
        Assert.NotNull((await member.GetPageAsync($"/directory/services/{serviceId}/helped")).Document.QuerySelector("[data-marked-helped]"));
    }

    [Fact]
    public async Task Tip_ThroughModeration_PendingForAuthorOnly_ApprovedForAllWithoutAuthor_TakenDownForAll()
    {
        var organization = await app.CreateOrganizationAsync();
        var serviceId = await app.AddServiceAsync(organization);
        var author = await app.SignedInAsync(organization.Member);
        var other = await app.SignedInAsync(organization.PeerSupporter);
        var partner = await app.SignedInAsync(organization.Partner);
        const string text = "Ask for Rosa at the desk, she speaks Spanish.";

        var sent = await TipAsync(author, serviceId, text);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal($"/directory/services/{serviceId}/notes#peer-notes", sent.Headers.Location?.OriginalString);

        // Pending: the author sees it waiting for a check; nobody else sees it.
        var authorPage = (await author.GetPageAsync(PeerArrangement.NotesPath(serviceId))).Document;
        var waiting = Assert.Single(authorPage.QuerySelectorAll("[data-tip-waiting]"));
        Assert.Contains(text, waiting.TextContent, StringComparison.Ordinal);
        Assert.Contains("waiting for a check", waiting.TextContent, StringComparison.Ordinal);
        Assert.Empty(authorPage.QuerySelectorAll("[data-tip]"));
        Assert.DoesNotContain(text, await other.MainTextAsync(PeerArrangement.NotesPath(serviceId)), StringComparison.Ordinal);

        await ModerateTipAsync(organization, text, "approve");

        // Approved: every signed-in reader sees it, with the month only, never the author.
        foreach (var reader in new[] { other, partner, author })
        {
            var page = (await reader.GetPageAsync(PeerArrangement.NotesPath(serviceId))).Document;
            var tip = Assert.Single(page.QuerySelectorAll("[data-tip]"));
            Assert.Contains(text, tip.TextContent, StringComparison.Ordinal);
            Assert.Contains(app.Clock.GetUtcNow().UtcDateTime.ToString("MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture), tip.TextContent, StringComparison.Ordinal);
            Assert.Empty(page.QuerySelectorAll("[data-tip-waiting]"));
        }
        var otherHtml = await other.GetStringAsync(PeerArrangement.NotesPath(serviceId));
        Assert.DoesNotContain(organization.Member.UserName, otherHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(organization.Member.Id.ToString(), otherHtml, StringComparison.OrdinalIgnoreCase);

        // Taken down: gone for everyone, the author included.
        await ModerateTipAsync(organization, text, "reject");
        Assert.DoesNotContain(text, await other.MainTextAsync(PeerArrangement.NotesPath(serviceId)), StringComparison.Ordinal);
        Assert.DoesNotContain(text, await author.MainTextAsync(PeerArrangement.NotesPath(serviceId)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tip_Rejected_IsGoneForTheAuthorToo_AndModerationIsRecorded()
    {
        var organization = await app.CreateOrganizationAsync();
        var serviceId = await app.AddServiceAsync(organization);
        var author = await app.SignedInAsync(organization.Member);
        const string text = "Not a kind tip";
        await TipAsync(author, serviceId, text);

        await ModerateTipAsync(organization, text, "reject");

        Assert.DoesNotContain(text, await author.MainTextAsync(PeerArrangement.NotesPath(serviceId)), StringComparison.Ordinal);
        var tip = await app.InOrganizationAsync(organization, db => db.ServiceTips.SingleAsync());
        Assert.Equal(ModerationStatus.Rejected, tip.Status);
        Assert.Equal(organization.Coordinator.Id, tip.ModeratedByUserId);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, tip.ModeratedAt!.Value, TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Tip_TooLongOrEmpty_IsRefusedWithTheWordsKept()
    {
        var organization = await app.CreateOrganizationAsync();
        var serviceId = await app.AddServiceAsync(organization);
        var member = await app.SignedInAsync(organization.Member);
        var tooLong = "Bring a friend. " + new string('x', 490);

        var answer = await TipAsync(member, serviceId, tooLong);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var page = await answer.ParseAsync();
        Assert.NotNull(page.QuerySelector(".error-summary"));
        Assert.Contains("Use at most 500 characters.", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(tooLong, ((IHtmlTextAreaElement)page.QuerySelector("textarea[name='Form.Text']")!).Value);
        // The way back still leads to the notes page the member came from.
        Assert.Equal(PeerNotes.ReturnToNotes, page.QuerySelector("input[name=returnTo]")?.GetAttribute("value"));

        var empty = await TipAsync(member, serviceId, "   ");
        Assert.Contains("Write your tip first.", (await empty.ParseAsync()).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await app.InOrganizationAsync(organization, db => db.ServiceTips.CountAsync()));
    }

    [Fact]
    public async Task Tip_WithScript_RendersAsText_SEC23()
    {
        var organization = await app.CreateOrganizationAsync();
        var serviceId = await app.AddServiceAsync(organization);
        const string script = "<script>alert('tip')</script><b>bold</b>";
        await TipAsync(await app.SignedInAsync(organization.Member), serviceId, script);
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        var moderation = await coordinator.GetStringAsync("/moderation");
        Assert.DoesNotContain(script, moderation, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", moderation, StringComparison.Ordinal);

        await ModerateTipAsync(organization, "alert('tip')", "approve");

        var other = await app.SignedInAsync(organization.PeerSupporter);
        var html = await other.GetStringAsync(PeerArrangement.NotesPath(serviceId));
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>bold</b>", html, StringComparison.Ordinal);
        var page = await (await other.GetAsync(PeerArrangement.NotesPath(serviceId))).ParseAsync();
        Assert.Equal(script, page.QuerySelector("[data-tip] .peer-text")!.TextContent);
    }

    [Fact]
    public async Task UnknownService_Answers404_ForEveryPageAndPost()
    {
        var organization = await app.CreateOrganizationAsync();
        var member = await app.SignedInAsync(organization.Member);

        foreach (var page in new[] { "notes", "tips", "helped" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/directory/services/nothing-here/{page}")).StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await member.PostWithTokenAsync("/directory/services/nothing-here/helped", new Dictionary<string, string> { ["helped"] = "true" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await member.PostWithTokenAsync("/directory/services/nothing-here/tips", new Dictionary<string, string> { ["Form.Text"] = "hello" })).StatusCode);
        Assert.Equal(0, await app.InOrganizationAsync(organization, db => db.ServiceTips.CountAsync()));
    }

    [Fact]
    public async Task OtherOrganizationsService_Answers404_AndItsNotesNeverShow_SEC19()
    {
        var ours = await app.CreateOrganizationAsync();
        var theirs = await app.CreateOrganizationAsync();
        var theirOnly = await app.AddServiceAsync(theirs);
        // Both directories hold an HSDS service with the same id: each keeps its own notes.
        const string sharedId = "same-hsds-id";
        await app.AddServiceAsync(ours, sharedId);
        await app.AddServiceAsync(theirs, sharedId);
        var theirMember = await app.SignedInAsync(theirs.Member);
        await MarkAsync(theirMember, sharedId);
        await TipAsync(theirMember, sharedId, "Their tip, theirs only");
        await ModerateTipAsync(theirs, "Their tip, theirs only", "approve");
        var ourMember = await app.SignedInAsync(ours.Member);

        Assert.Equal(HttpStatusCode.NotFound, (await ourMember.GetAsync(PeerArrangement.NotesPath(theirOnly))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ourMember.GetAsync($"/directory/services/{theirOnly}/tips")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ourMember.PostWithTokenAsync($"/directory/services/{theirOnly}/helped", new Dictionary<string, string> { ["helped"] = "true" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ourMember.PostWithTokenAsync($"/directory/services/{theirOnly}/tips", new Dictionary<string, string> { ["Form.Text"] = "hello" })).StatusCode);
        Assert.Equal("0", await HelpedCountAsync(ourMember, sharedId));
        Assert.DoesNotContain("Their tip", await ourMember.MainTextAsync(PeerArrangement.NotesPath(sharedId)), StringComparison.Ordinal);
        Assert.Equal("1", await HelpedCountAsync(theirMember, sharedId));

        // Their pending tip is not ours to moderate.
        await TipAsync(theirMember, sharedId, "Another of theirs");
        var theirTipId = await app.InOrganizationAsync(theirs, db => db.ServiceTips.Where(t => t.Status == ModerationStatus.Pending).Select(t => t.Id).SingleAsync());
        var ourCoordinator = await app.SignedInAsync(ours.Coordinator);
        Assert.DoesNotContain("Another of theirs", await ourCoordinator.MainTextAsync("/moderation"), StringComparison.Ordinal);
        var answer = await ourCoordinator.PostWithTokenAsync($"/moderation?handler=Tip&id={theirTipId}", new Dictionary<string, string> { ["decision"] = "approve" });
        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        Assert.Equal(ModerationStatus.Pending, await app.InOrganizationAsync(theirs, db => db.ServiceTips.Where(t => t.Id == theirTipId).Select(t => t.Status).SingleAsync()));
    }

    [Fact]
    public async Task PartnerAndVolunteer_SeeNotesWithoutForms_AndCannotPost()
    {
        var organization = await app.CreateOrganizationAsync();
        var serviceId = await app.AddServiceAsync(organization);
        foreach (var person in new[] { organization.Partner, organization.Volunteer, organization.Facilitator, organization.Coordinator })
        {
            var client = await app.SignedInAsync(person);
            var page = (await client.GetPageAsync(PeerArrangement.NotesPath(serviceId))).Document;
            Assert.NotNull(page.QuerySelector("[data-helped-count]"));
            Assert.Empty(page.QuerySelectorAll("main form"));

            var helped = await client.PostWithTokenAsync($"/directory/services/{serviceId}/helped", new Dictionary<string, string> { ["helped"] = "true" });
            var tip = await client.PostWithTokenAsync($"/directory/services/{serviceId}/tips", new Dictionary<string, string> { ["Form.Text"] = "From staff" });
            Assert.Equal(HttpStatusCode.Forbidden, helped.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, tip.StatusCode);
        }
        Assert.Equal(0, await app.InOrganizationAsync(organization, db => db.ServiceTips.CountAsync()));
        Assert.Equal(0, await app.InOrganizationAsync(organization, db => db.ServiceHelpedMarks.CountAsync()));
    }

    [Fact]
    public async Task Moderation_AsMemberOrFacilitator_IsRefused()
    {
        var organization = await app.CreateOrganizationAsync();
        var serviceId = await app.AddServiceAsync(organization);
        await TipAsync(await app.SignedInAsync(organization.Member), serviceId, "Waiting tip");
        var tipId = await app.InOrganizationAsync(organization, db => db.ServiceTips.Select(t => t.Id).SingleAsync());

        foreach (var person in new[] { organization.Member, organization.PeerSupporter, organization.Facilitator, organization.Partner })
        {
            var client = await app.SignedInAsync(person);
            // Facilitators open /moderation for reported posts of their groups, not for tips.
            var expected = person == organization.Facilitator ? HttpStatusCode.OK : HttpStatusCode.Forbidden;
            Assert.Equal(expected, (await client.GetAsync("/moderation")).StatusCode);
            var answer = await client.PostWithTokenAsync($"/moderation?handler=Tip&id={tipId}", new Dictionary<string, string> { ["decision"] = "approve" });
            Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
        }
        Assert.Equal(ModerationStatus.Pending, await app.InOrganizationAsync(organization, db => db.ServiceTips.Select(t => t.Status).SingleAsync()));
    }
}
