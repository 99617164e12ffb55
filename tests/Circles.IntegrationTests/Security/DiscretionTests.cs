using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Accounts;

namespace Circles.IntegrationTests.Security;

/// <summary>SEC-6: page titles and the sign-in page never say what Circles is for, in any language.</summary>
[Collection(SharedApp.Name)]
public sealed class DiscretionTests(SharedCirclesApp app)
{
    private static readonly string[] RevealingWords =
    [
        "traffick", "exploit", "survivor", "victim", "abuse", "slavery", "shelter",
        "trata", "explotaci", "sobreviviente", "víctima", "victima", "abuso", "esclavitud", "refugio",
        "اتجار", "ضحية", "استغلال", "ناج",
    ];

    private static readonly string[] AnonymousPages = ["/", "/account/signin", "/join", "/safer-browsing", "/account/signed-out", "/account/deleted", "/status/404"];

    private static readonly Dictionary<string, string[]> PagesByRole = new()
    {
        [Roles.Coordinator] = ["/home/coordinator", "/people", "/invitations", "/settings", "/account", "/account/two-factor", "/account/password", "/account/sessions", "/communities", "/groups", "/groups/new", "/moderation", "/directory/data", "/needs/triage", "/needs/partners", "/directory/gaps", "/directory", "/directory/verification", "/peers/supporters", "/wellbeing/overview", "/partners", "/partners/new", "/partners/sources", "/volunteers", "/volunteering", "/volunteering/requirements", "/volunteering/hours", "/settings/public-pages", "/campaigns", "/campaigns/new", "/stories", "/updates", "/updates/new", "/stories/review", "/impact", "/impact/report"],
        [Roles.Facilitator] = ["/home/facilitator", "/account", "/follow-ups", "/icebreakers", "/groups", "/needs/record", "/moderation", "/stories"],
        [Roles.Member] = ["/home/member", "/account", "/account/sessions", "/groups", "/me/contact", "/me/calendar", "/strategies", "/strategies/new", "/me/strategies", "/needs", "/needs/new", "/directory", "/messages", "/me/blocks", "/safety-plan", "/safety-plan/edit", "/safety-plan/print", "/my-space", "/journal", "/journal/new", "/wellbeing", "/wellbeing/check-in", "/account/data", "/account/delete", "/account/counting", "/stories/mine", "/stories/mine/new"],
        [Roles.PeerSupporter] = ["/home/peer", "/peers/profile", "/peers/supervision", "/messages"],
        [Roles.Volunteer] = ["/home/volunteer", "/volunteering/hours/mine", "/volunteering/hours/log"],
        [Roles.Partner] = ["/home/partner", "/referrals", "/directory"],
    };

    /// <summary>Pages of one group ({group}) and one of its recorded changes ({change}), signed in as the group's facilitator.</summary>
    private static readonly string[] GroupPagesForFacilitator =
    [
        "/groups/{group}/feedback", "/groups/{group}/changes", "/groups/{group}/changes/new",
        "/groups/{group}/changes/{change}/edit", "/groups/{group}/changes/{change}/delete", "/groups/{group}",
    ];

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    [InlineData("ar")]
    public async Task EveryTitle_InEachLanguage_IsNeutral(string language)
    {
        var organization = await app.CreateOrganizationAsync();
        var problems = new List<string>();
        async Task CheckAsync(HttpClient client, string url)
        {
            client.DefaultRequestHeaders.AcceptLanguage.Clear();
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
            var page = await (await client.GetAsync(url)).ParseAsync();
            var visibleToOutsiders = page.Title + " " + page.QuerySelector(".brand")?.TextContent;
            foreach (var word in RevealingWords.Where(w => visibleToOutsiders.Contains(w, StringComparison.OrdinalIgnoreCase)))
            {
                problems.Add($"{url} ({language}): \"{visibleToOutsiders}\" contains \"{word}\"");
            }
            if (string.IsNullOrWhiteSpace(page.Title))
            {
                problems.Add($"{url} ({language}) has no title");
            }
        }

        foreach (var url in AnonymousPages)
        {
            await CheckAsync(app.NewBrowser(), url);
        }
        foreach (var (role, urls) in PagesByRole)
        {
            var client = await app.SignedInAsync(organization.People[role]);
            foreach (var url in urls)
            {
                await CheckAsync(client, url);
            }
        }
        var group = await app.CreateGroupAsync(organization, activeMembers: [organization.Member]);
        var change = await app.InOrganizationAsync(organization, async db =>
        {
            var row = new Circles.Web.Features.FormatChanges.GroupFormatChange
            {
                GroupId = group.Id, TookEffectOn = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime), WhatChanged = "Chairs in a circle",
                BecauseOfFeedback = true, YouSaid = "Hard to see everyone", WeChanged = "Chairs in a circle", RecordedAt = app.Clock.GetUtcNow().UtcDateTime,
            };
            db.GroupFormatChanges.Add(row);
            await db.SaveChangesAsync();
            return row.Id;
        });
        var facilitator = await app.SignedInAsync(organization.Facilitator);
        foreach (var url in GroupPagesForFacilitator)
        {
            await CheckAsync(facilitator, url.Replace("{group}", group.Id.ToString(), StringComparison.Ordinal).Replace("{change}", change.ToString(), StringComparison.Ordinal));
        }
        Assert.Empty(problems);
    }

    /// <summary>What the public pages are called; no page outside them may say it in its title.</summary>
    private static readonly string[] PublicSectionWords =
    [
        "Signs to look for", "Get help now", "Volunteer with us", "Could this be happening",
        "Señales a las que", "Pide ayuda ahora", "voluntariado", "Podría estar pasando",
        "علامات تستحق", "اطلب المساعدة الآن", "تطوّع", "هل يمكن أن يكون",
    ];

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    [InlineData("ar")]
    public async Task PagesOutsideThePublicSection_NeverNameItInTheirTitle(string language)
    {
        // The section is on, with texts of its own: still, sign-in, the front door and the
        // settings (which call them neutrally "Public pages") never name it in their titles.
        var organization = await app.CreateOrganizationAsync();
        await app.InOrganizationAsync(organization, async db =>
        {
            var row = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(db.Organizations);
            row.PublicSiteEnabled = true;
            await db.SaveChangesAsync();
        });
        var anonymous = app.NewBrowser();
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        var problems = new List<string>();
        foreach (var (client, url) in new[]
        {
            (anonymous, "/"), (anonymous, "/account/signin"), (anonymous, "/join"), (anonymous, "/safer-browsing"),
            (coordinator, "/home/coordinator"), (coordinator, "/settings"), (coordinator, "/settings/public-pages"),
            (coordinator, "/settings/public-pages?text=SelfCheck&language=" + language),
        })
        {
            client.DefaultRequestHeaders.AcceptLanguage.Clear();
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
            var page = await (await client.GetAsync(url)).ParseAsync();
            foreach (var word in PublicSectionWords.Concat(RevealingWords).Where(w => page.Title!.Contains(w, StringComparison.OrdinalIgnoreCase)))
            {
                problems.Add($"{url} ({language}): \"{page.Title}\" contains \"{word}\"");
            }
        }
        Assert.Empty(problems);
    }

    [Fact]
    public async Task SettingsPage_NamesThePublicPagesNeutrally()
    {
        var organization = await app.CreateOrganizationAsync();
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        var settings = await (await coordinator.GetAsync("/settings")).ParseAsync();
        var editor = await (await coordinator.GetAsync("/settings/public-pages")).ParseAsync();

        Assert.Contains("Public pages", settings.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Public pages · Garden Club", editor.Title);
    }

    [Fact]
    public async Task SignInPage_ShowsOnlyTheNeutralDeploymentTitle()
    {
        var page = await (await app.NewBrowser().GetAsync("/account/signin")).ParseAsync();

        Assert.Equal("Sign in · Circles", page.Title);
    }
}
