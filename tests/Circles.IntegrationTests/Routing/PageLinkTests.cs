using System.Net;
using Circles.IntegrationTests.Features.Discussions;
using Circles.IntegrationTests.Features.Peers;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Accounts;
using Circles.Web.Features.Needs;
using Circles.Web.Features.Peers;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Routing;

/// <summary>
/// Links come from routes (<c>asp-page</c>, <c>Url.Page</c>), and a page's folder spells its route.
/// A link to a page that does not exist renders as <c>href=""</c> (or <c>action=""</c>) instead of
/// failing the build, so the main pages are read as each role and searched for one.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class PageLinkTests(SharedCirclesApp app)
{
    [Fact]
    public void EveryPage_LivesInTheFoldersItsRouteNames()
    {
        var pages = app.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items.OfType<PageActionDescriptor>().ToList();
        Assert.True(pages.Count >= 90, $"only {pages.Count} pages found");

        var strays = pages
            .Where(p => !FoldersAgree(p.ViewEnginePath, p.AttributeRouteInfo?.Template ?? ""))
            .Select(p => $"{p.ViewEnginePath} answers on /{p.AttributeRouteInfo?.Template}");
        Assert.Empty(strays);
    }

    [Theory]
    [InlineData("/Groups/Discussion/Thread", "groups/{groupId:guid}/discussion/{threadId:guid}", true)]
    [InlineData("/MySpace/Unlock", "my-space/unlock", true)]
    [InlineData("/Account/SignInTwoFactor", "account/signin/two-factor", true)]
    [InlineData("/Error", "error", true)]
    [InlineData("/Discussions/Index", "groups/{groupId:guid}/discussion", false)]
    [InlineData("/Crisis/Index", "crisis-alerts", false)]
    public void FoldersAgree_ReadsFoldersAsTheRoutesFirstWords(string page, string template, bool agree) =>
        Assert.Equal(agree, FoldersAgree(page, template));

    [Fact]
    public async Task MainPages_AsEachRole_LinkOnlyToPagesThatExist()
    {
        var (organization, urls) = await ArrangeAsync();
        var problems = new List<string>();
        var browsers = new Dictionary<string, HttpClient> { ["anonymous"] = app.NewBrowser() };
        foreach (var role in Roles.All)
        {
            browsers[role] = await app.SignedInAsync(organization.People[role]);
        }
        var seen = 0;
        foreach (var (who, client) in browsers)
        {
            foreach (var url in urls)
            {
                var (response, document) = await client.GetPageAsync(url);
                if (response.StatusCode != HttpStatusCode.OK || document.Body is null)
                {
                    continue;
                }
                seen++;
                foreach (var element in document.All)
                {
                    var empty = element.LocalName switch
                    {
                        "a" => element.GetAttribute("href") is "" ? "href" : null,
                        "form" => element.GetAttribute("action") is "" ? "action" : null,
                        _ => element.HasAttribute("data-live-topic") && string.IsNullOrEmpty(element.GetAttribute("data-live-src")) ? "data-live-src" : null,
                    };
                    if (empty is not null)
                    {
                        problems.Add($"{who} GET {url}: <{element.LocalName}> with an empty {empty} ({Excerpt(element.TextContent)})");
                    }
                    // A tag helper attribute left in the HTML was not processed (not an <a> or <form>, or misspelt).
                    foreach (var attribute in element.Attributes.Where(a => a.Name.StartsWith("asp-", StringComparison.Ordinal)))
                    {
                        problems.Add($"{who} GET {url}: <{element.LocalName}> kept {attribute.Name}=\"{attribute.Value}\"");
                    }
                }
            }
        }
        Assert.True(seen >= 100, $"only {seen} pages answered 200");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems.Take(30)));
    }

    /// <summary>One of each record the main pages are about, so their links to other pages are drawn.</summary>
    private async Task<(TestOrganization Organization, List<string> Urls)> ArrangeAsync()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.GroupAsync(organization);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var session = await app.CreateSessionAsync(organization, group.Id, now.AddHours(1));
        var thread = await (await app.SignedInAsync(organization.Member)).NewThreadAsync(group.Id);
        await app.GivePeerProfileAsync(organization, organization.PeerSupporter);
        var need = new Need { MemberUserId = organization.Member.Id, CreatedAt = now };
        var match = new PeerMatch
        {
            MemberUserId = organization.Member.Id,
            PeerUserId = organization.PeerSupporter.Id,
            ProposedByUserId = organization.Member.Id,
            Status = PeerMatchStatus.Active,
            CreatedAt = now,
            ActiveSince = now,
        };
        await app.AddAsync(organization, need);
        await app.AddAsync(organization, match);
        var service = "";
        await app.ArrangeDirectoryAsync(organization, d => service = d.Service("Links service").Id);

        return (organization,
        [
            "/", "/join", "/account/signin", "/account/reset", "/account/signed-out", "/safer-browsing", "/language",
            "/account", "/account/data", "/account/delete", "/account/password", "/account/two-factor", "/account/sessions", "/account/welcome",
            "/home/coordinator", "/home/facilitator", "/home/member", "/home/peer", "/home/partner", "/home/volunteer",
            "/groups", "/groups/new", $"/groups/{group.Id}", $"/groups/{group.Id}/edit", $"/groups/{group.Id}/sessions",
            $"/groups/{group.Id}/rules", $"/groups/{group.Id}/feedback", $"/groups/{group.Id}/discussion",
            $"/groups/{group.Id}/discussion/{thread}", $"/groups/{group.Id}/discussion/people",
            $"/sessions/{session}", $"/sessions/{session}/run", $"/sessions/{session}/feedback",
            "/communities", "/invitations", "/people", $"/people/{organization.Member.Id}", "/settings", "/settings/crisis-phrases", "/icebreakers",
            "/directory", $"/directory/services/{service}", $"/directory/services/{service}/facts", $"/directory/services/{service}/notes",
            $"/directory/services/{service}/helped", $"/directory/services/{service}/tips",
            "/directory/verification", "/directory/gaps", "/directory/data",
            "/needs", "/needs/new", $"/needs/{need.Id}", $"/needs/{need.Id}/manage", "/needs/triage", "/needs/record", "/needs/partners", "/referrals",
            "/peers", $"/peers/matches/{match.Id}", "/peers/requests", "/peers/supporters", $"/peers/supporters/{organization.PeerSupporter.Id}",
            "/peers/profile", "/peers/supervision", "/messages", $"/messages/{match.Id}",
            "/moderation", "/crisis-alerts", "/follow-ups", "/notifications",
            "/strategies", "/strategies/new", "/me/strategies", "/me/blocks", "/me/contact", "/me/calendar",
            $"/blocks/new?user={organization.Coordinator.Id}", "/my-space", "/my-space/unlock", "/safety-plan", "/journal",
            "/wellbeing", "/wellbeing/check-in", "/wellbeing/overview",
        ]);
    }

    /// <summary>
    /// <c>/Groups/Discussion/Thread</c> and <c>groups/{groupId}/discussion/{threadId}</c> agree: the
    /// page's folders are the route's first words, read without case or hyphens. The page's own name
    /// is free (Details, Thread), and so are route parameters.
    /// </summary>
    private static bool FoldersAgree(string viewEnginePath, string template)
    {
        var folders = viewEnginePath.Trim('/').Split('/')[..^1];
        var words = template.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(s => !s.StartsWith('{')).ToArray();
        return folders.Length <= words.Length
            && folders.Zip(words).All(p => string.Equals(p.First, p.Second.Replace("-", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase));
    }

    private static string Excerpt(string text) => text.Trim() is { Length: > 40 } trimmed ? trimmed[..40] + "…" : text.Trim();
}
