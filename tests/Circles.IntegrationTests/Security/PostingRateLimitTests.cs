using System.Net;
using Circles.IntegrationTests.Features.Directory;
using Circles.IntegrationTests.Infrastructure;

namespace Circles.IntegrationTests.Security;

public sealed class StrictPostingLimitApp : CirclesApp
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["RateLimits:PostsPerUserPerMinute"] = "3",
    };
}

/// <summary>SEC-26: what a person posts is limited per person, not per address; reading is never limited.</summary>
public sealed class PostingRateLimitTests(StrictPostingLimitApp app) : IClassFixture<StrictPostingLimitApp>
{
    [Fact]
    public async Task Posting_ManyTimesAsOnePerson_Answers429_OthersAndReadingUnaffected()
    {
        var organization = await app.CreateOrganizationAsync();
        var serviceId = await app.AddServiceAsync(organization);
        var member = await app.SignedInAsync(organization.Member);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            var answer = await member.PostWithTokenAsync($"/directory/services/{serviceId}/tips", new Dictionary<string, string> { ["Form.Text"] = "Tip " + i });
            statuses.Add(answer.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], statuses);
        // The same person from a second browser is the same person.
        var secondBrowser = await app.SignedInAsync(organization.Member);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await secondBrowser.PostWithTokenAsync("/strategies/new", new Dictionary<string, string> { ["Form.Title"] = "A", ["Form.Text"] = "B" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync(PeerArrangement.NotesPath(serviceId))).StatusCode);
        // Someone else, from the same address, is not held back.
        var other = await app.SignedInAsync(organization.PeerSupporter);
        Assert.Equal(HttpStatusCode.Redirect, (await other.PostWithTokenAsync($"/directory/services/{serviceId}/helped", new Dictionary<string, string> { ["helped"] = "true" })).StatusCode);
    }
}
