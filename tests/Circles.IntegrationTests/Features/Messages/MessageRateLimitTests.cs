using System.Net;
using Circles.IntegrationTests.Features.Directory;
using Circles.IntegrationTests.Infrastructure;
using Circles.IntegrationTests.Security;

namespace Circles.IntegrationTests.Features.Messages;

/// <summary>SEC-26: sending messages is limited per person (3 a minute in this app); reading the conversation is not.</summary>
public sealed class MessageRateLimitTests(StrictPostingLimitApp app) : IClassFixture<StrictPostingLimitApp>
{
    [Fact]
    public async Task Sending_ManyMessagesAsOnePerson_Answers429_StoresOnlyTheAllowedOnes()
    {
        var organization = await app.CreateOrganizationAsync();
        var matchId = await app.CreateMatchAsync(organization);
        var member = await app.SignedInAsync(organization.Member);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            var answer = await member.PostWithTokenAsync(MessageArrangement.PathOf(matchId), new Dictionary<string, string> { ["Form.Text"] = "Message " + i });
            statuses.Add(answer.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(3, await app.MessageCountAsync(organization));
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync(MessageArrangement.PathOf(matchId))).StatusCode);
        // The other person can still answer.
        var peer = await app.SignedInAsync(organization.PeerSupporter);
        Assert.Equal(HttpStatusCode.Redirect, (await peer.PostWithTokenAsync(MessageArrangement.PathOf(matchId), new Dictionary<string, string> { ["Form.Text"] = "Reply" })).StatusCode);
    }
}
