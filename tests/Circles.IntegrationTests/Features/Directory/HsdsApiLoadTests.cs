using System.Net;
using Circles.IntegrationTests.Infrastructure;
using static Circles.IntegrationTests.Features.Directory.HsdsApiArrangement;

namespace Circles.IntegrationTests.Features.Directory;

/// <summary>
/// Related records are loaded per page in a few set-based queries: asking for 25 fully nested
/// documents costs as many database commands as asking for one (no N+1).
/// </summary>
public sealed class HsdsApiQueryCountTests(CommandCountingApp app) : IClassFixture<CommandCountingApp>
{
    [Theory]
    [InlineData("services?full=true")]
    [InlineData("services")]
    [InlineData("service_at_locations?full=true")]
    [InlineData("organizations?full_service=true")]
    [InlineData("taxonomy_terms")]
    public async Task LargerPage_CostsNoMoreQueries(string path)
    {
        // Alike copies, so the first page holds the same kinds of records as the larger one (a
        // confidential place loads fewer relations, which would blur the comparison).
        var example = ExampleRecords(withSafeHouse: false);
        var organization = await app.DirectoryAsync(records: [.. Enumerable.Range(0, 25).SelectMany(copy => HsdsExampleData.Copy(example, copy))]);
        var client = app.NewBrowser();
        // The first request of the minute also reads the organizations' public host names
        // (PublicSite/PublicHostRouting, cached): once a minute, not once per page.
        await client.GetAsync(organization.Api(path));

        var one = await CountAsync(client, organization.Api($"{path}{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}per_page=1"));
        var many = await CountAsync(client, organization.Api($"{path}{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}per_page=25"));

        Assert.True(one.Documents == 1 && many.Documents == 25, $"{one.Documents} and {many.Documents} documents");
        Assert.Equal(one.Commands, many.Commands);
    }

    private async Task<(int Documents, int Commands)> CountAsync(HttpClient client, string url)
    {
        var before = app.Commands;
        var page = await client.GetJsonAsync(url);
        return (page["contents"]!.AsArray().Count, app.Commands - before);
    }
}

/// <summary>A low limit, to see it applied.</summary>
public sealed class StrictApiLimitApp : CirclesApp
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["RateLimits:HsdsApiPerIpPerMinute"] = "3",
    };
}

public sealed class HsdsApiRateLimitTests(StrictApiLimitApp app) : IClassFixture<StrictApiLimitApp>
{
    [Fact]
    public async Task ManyReads_FromOneAddress_Get429()
    {
        var organization = await app.DirectoryAsync();
        var client = app.NewBrowser();

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            answers.Add((await client.GetAsync(organization.Api("services"))).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], answers);
    }
}
