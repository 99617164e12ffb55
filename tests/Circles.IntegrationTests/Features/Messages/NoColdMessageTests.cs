using System.Net;
using Circles.IntegrationTests.Features.Directory;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Accounts;
using Circles.Web.Features.Peers;

namespace Circles.IntegrationTests.Features.Messages;

/// <summary>
/// The no-cold-message rule: a message exists only inside an active match that involves its
/// writer. Every other way in is refused and stores nothing (SEC-19: other ids answer 404).
/// </summary>
[Collection(SharedApp.Name)]
public sealed class NoColdMessageTests(SharedCirclesApp app)
{
    private static Dictionary<string, string> Text(string text) => new() { ["Form.Text"] = text };

    [Fact]
    public async Task Send_InActiveMatch_AsEitherSide_IsStoredForTheOther()
    {
        var organization = await app.CreateOrganizationAsync();
        var matchId = await app.CreateMatchAsync(organization);
        var member = await app.SignedInAsync(organization.Member);
        var peer = await app.SignedInAsync(organization.PeerSupporter);

        var sent = await member.SendAsync(matchId, "Hello, nice to meet you");
        var replied = await peer.SendAsync(matchId, "Hello to you too");

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.StartsWith(MessageArrangement.PathOf(matchId), sent.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, replied.StatusCode);
        var memberView = await member.MainTextAsync(MessageArrangement.PathOf(matchId));
        Assert.Contains("Hello, nice to meet you", memberView, StringComparison.Ordinal);
        Assert.Contains("Hello to you too", memberView, StringComparison.Ordinal);
        var stored = await app.InOrganizationAsync(organization, db => Task.FromResult(db.DirectMessages.OrderBy(m => m.SentAt).Select(m => new { m.SenderUserId, m.RecipientUserId }).ToList()));
        Assert.Equal(organization.Member.Id, stored[0].SenderUserId);
        Assert.Equal(organization.PeerSupporter.Id, stored[0].RecipientUserId);
        Assert.Equal(organization.PeerSupporter.Id, stored[1].SenderUserId);
        Assert.Equal(organization.Member.Id, stored[1].RecipientUserId);
    }

    [Theory]
    [InlineData(PeerMatchStatus.Proposed)]
    [InlineData(PeerMatchStatus.Declined)]
    [InlineData(PeerMatchStatus.Ended)]
    public async Task Send_InMatchThatIsNotActive_AnswersNotFound_StoresNothing(PeerMatchStatus status)
    {
        var organization = await app.CreateOrganizationAsync();
        var matchId = await app.CreateMatchAsync(organization, status);
        foreach (var person in new[] { organization.Member, organization.PeerSupporter })
        {
            var client = await app.SignedInAsync(person);
            MessageArrangement.AssertNotFound(await client.GetAsync(MessageArrangement.PathOf(matchId)), $"GET as {person.Roles[0]} in a {status} match");
            MessageArrangement.AssertNotFound(await client.PostWithTokenAsync(MessageArrangement.PathOf(matchId), Text("Hello?")), $"POST as {person.Roles[0]} in a {status} match");
        }

        Assert.Equal(0, await app.MessageCountAsync(organization));
    }

    [Fact]
    public async Task Send_AfterTheMatchEnded_IsRefusedKindly_KeepsTheText_StoresNothingNew()
    {
        var organization = await app.CreateOrganizationAsync();
        var matchId = await app.CreateMatchAsync(organization);
        var member = await app.SignedInAsync(organization.Member);
        await member.SendAsync(matchId, "Before the end");
        // The form was on the page while the match was active; the other side ends it meanwhile.
        var (_, page) = await member.GetPageAsync(MessageArrangement.PathOf(matchId));
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector("form[data-send-form]")!;
        await app.SetMatchStatusAsync(organization, matchId, PeerMatchStatus.Ended);

        var answer = await member.SubmitAsync(form, MessageArrangement.PathOf(matchId), Text("After the end"));

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var shown = await answer.ParseAsync();
        Assert.Contains("This connection has ended; messages can no longer be sent", shown.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("After the end", shown.QuerySelector("#kept-text")!.TextContent);
        Assert.Null(shown.QuerySelector("form[data-send-form]"));
        Assert.Equal(1, await app.MessageCountAsync(organization));
        // Still readable, without a form, while retention keeps the messages.
        var (response, readOnly) = await member.GetPageAsync(MessageArrangement.PathOf(matchId));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Before the end", readOnly.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(readOnly.QuerySelector("[data-conversation-ended]"));
        Assert.Null(readOnly.QuerySelector("form[data-send-form]"));
    }

    [Fact]
    public async Task Send_WithoutAnyMatch_OrToAUserId_AnswersNotFound_StoresNothing()
    {
        var organization = await app.CreateOrganizationAsync();
        var member = await app.SignedInAsync(organization.Member);

        // A user id is never an address: not as the conversation id, not as an extra field.
        MessageArrangement.AssertNotFound(await member.PostWithTokenAsync(MessageArrangement.PathOf(organization.PeerSupporter.Id), Text("Hi")), "a person's id as the conversation");
        MessageArrangement.AssertNotFound(await member.PostWithTokenAsync(MessageArrangement.PathOf(Guid.NewGuid()), Text("Hi")), "an unknown id");
        MessageArrangement.AssertNotFound(await member.GetAsync(MessageArrangement.PathOf(organization.PeerSupporter.Id)), "GET with a person's id");

        Assert.Equal(0, await app.MessageCountAsync(organization));
    }

    [Fact]
    public async Task Send_OverPostingTheRecipient_StillGoesOnlyToTheMatchedPerson()
    {
        var organization = await app.CreateOrganizationAsync();
        var matchId = await app.CreateMatchAsync(organization);
        var member = await app.SignedInAsync(organization.Member);

        var answer = await member.PostWithTokenAsync(MessageArrangement.PathOf(matchId), new Dictionary<string, string>
        {
            ["Form.Text"] = "Only for my peer",
            ["RecipientUserId"] = organization.Volunteer.Id.ToString(),
            ["Form.RecipientUserId"] = organization.Volunteer.Id.ToString(),
        });

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        var recipients = await app.InOrganizationAsync(organization, db => Task.FromResult(db.DirectMessages.Select(m => m.RecipientUserId).ToList()));
        Assert.Equal([organization.PeerSupporter.Id], recipients);
    }

    [Fact]
    public async Task Conversation_OfOtherPeople_AnswersNotFound_ToSomeoneNotInIt()
    {
        var organization = await app.CreateOrganizationAsync();
        var otherMember = await app.AddUserAsync(organization.Id, Roles.Member);
        var matchId = await app.CreateMatchAsync(organization, member: otherMember);
        var member = await app.SignedInAsync(organization.Member);

        MessageArrangement.AssertNotFound(await member.GetAsync(MessageArrangement.PathOf(matchId)), "GET someone else's conversation");
        MessageArrangement.AssertNotFound(await member.GetAsync(MessageArrangement.PathOf(matchId) + "?handler=List"), "GET someone else's list");
        MessageArrangement.AssertNotFound(await member.PostWithTokenAsync(MessageArrangement.PathOf(matchId), Text("Hi")), "POST into someone else's conversation");

        Assert.Equal(0, await app.MessageCountAsync(organization));
        Assert.DoesNotContain(matchId.ToString(), await (await member.GetAsync("/messages")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Conversation_OfAnotherOrganization_AnswersNotFound()
    {
        var organization = await app.CreateOrganizationAsync();
        var other = await app.CreateOrganizationAsync();
        var foreignMatch = await app.CreateMatchAsync(other);
        var member = await app.SignedInAsync(organization.Member);
        var peer = await app.SignedInAsync(organization.PeerSupporter);

        foreach (var client in new[] { member, peer })
        {
            MessageArrangement.AssertNotFound(await client.GetAsync(MessageArrangement.PathOf(foreignMatch)), "GET another organization's conversation");
            MessageArrangement.AssertNotFound(await client.PostWithTokenAsync(MessageArrangement.PathOf(foreignMatch), Text("Hi")), "POST into another organization's conversation");
        }

        Assert.Equal(0, await app.MessageCountAsync(other));
    }

    [Theory]
    [InlineData(Roles.Coordinator)]
    [InlineData(Roles.Facilitator)]
    [InlineData(Roles.Volunteer)]
    [InlineData(Roles.Partner)]
    public async Task Conversation_AsStaffOrOtherRoles_IsForbidden_CoordinatorsNeverReadMessages(string role)
    {
        var organization = await app.CreateOrganizationAsync();
        var matchId = await app.CreateMatchAsync(organization, coordinatorUserId: organization.Coordinator.Id);
        var member = await app.SignedInAsync(organization.Member);
        await member.SendAsync(matchId, "Private words");
        var client = await app.SignedInAsync(organization.People[role]);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(MessageArrangement.PathOf(matchId))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(MessageArrangement.PathOf(matchId) + "?handler=List")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostWithTokenAsync(MessageArrangement.PathOf(matchId), Text("Hi"))).StatusCode);
        Assert.Equal(1, await app.MessageCountAsync(organization));
    }

    [Fact]
    public async Task Send_WhenEitherBlockedTheOther_IsRefusedCalmly_KeepsTheText_StoresNothing()
    {
        var organization = await app.CreateOrganizationAsync();
        var matchId = await app.CreateMatchAsync(organization);
        var member = await app.SignedInAsync(organization.Member);
        var peer = await app.SignedInAsync(organization.PeerSupporter);
        var (_, page) = await member.GetPageAsync(MessageArrangement.PathOf(matchId));
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector("form[data-send-form]")!;
        await app.BlockAsync(organization, organization.PeerSupporter, organization.Member);

        var answer = await member.SubmitAsync(form, MessageArrangement.PathOf(matchId), Text("Are you there?"));

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var shown = await answer.ParseAsync();
        Assert.Contains("Messages cannot be sent in this conversation.", shown.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Are you there?", shown.QuerySelector("#kept-text")!.TextContent);
        // The one who blocked cannot write either, and neither page offers the form.
        var peerPage = (await peer.GetPageAsync(MessageArrangement.PathOf(matchId))).Document;
        Assert.NotNull(peerPage.QuerySelector("[data-conversation-blocked]"));
        Assert.Null(peerPage.QuerySelector("form[data-send-form]"));
        Assert.Equal(HttpStatusCode.OK, (await peer.PostWithTokenAsync(MessageArrangement.PathOf(matchId), Text("Hello"))).StatusCode);
        Assert.Equal(0, await app.MessageCountAsync(organization));
    }
}
