using System.Net;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Data;
using Circles.Web.Features.Crisis;
using Circles.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Features.Crisis;

/// <summary>Every organization starts with the English and Spanish lists; coordinators add and remove phrases, and removed ones stay removed.</summary>
[Collection(SharedApp.Name)]
public sealed class CrisisPhrasesTests(SharedCirclesApp app)
{
    [Fact]
    public async Task Detect_InANewOrganization_FindsBothSeededLanguages()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.CreateGroupAsync(organization, activeMembers: [organization.Member]);

        var english = await app.WritePostAsync(organization, group.Id, organization.Member, "Honestly some nights I want to die.");
        var spanish = await app.WritePostAsync(organization, group.Id, organization.Member, "Si se entera, me va a matar");
        var neither = await app.WritePostAsync(organization, group.Id, organization.Member, "I learnt a new skill: myselfie photos, muy bien");

        Assert.Equal(("want to die", CrisisCategory.SelfHarm), (english.Outcome.Match?.Phrase, english.Outcome.Match?.Category));
        Assert.Equal(("me va a matar", CrisisCategory.ImmediateDanger), (spanish.Outcome.Match?.Phrase, spanish.Outcome.Match?.Category));
        Assert.False(neither.Outcome.Matched);
        Assert.Equal([organization.Facilitator.Id], english.Outcome.Responders);
    }

    [Fact]
    public async Task Page_AsCoordinator_ListsEachLanguageAndExplainsNothingLeaves()
    {
        var organization = await app.CreateOrganizationAsync();
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        var page = await (await coordinator.GetAsync("/settings/crisis-phrases")).ParseAsync();

        var english = page.QuerySelectorAll("[data-phrase-language='en'] [data-phrase]").Select(li => li.GetAttribute("data-phrase")).ToList();
        var spanish = page.QuerySelectorAll("[data-phrase-language='es'] [data-phrase]").Select(li => li.GetAttribute("data-phrase")).ToList();
        Assert.Contains("kill myself", english);
        Assert.Contains("quiero morir", spanish);
        Assert.Equal(CrisisPhraseSeeds.English.Count, english.Count);
        Assert.Equal(CrisisPhraseSeeds.Spanish.Count, spanish.Count);
        Assert.Contains("Nothing is sent outside Circles", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remove_AsCoordinator_PhraseStaysRemovedAndNoLongerMatches()
    {
        var organization = await app.CreateOrganizationAsync();
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        var page = await (await coordinator.GetAsync("/settings/crisis-phrases")).ParseAsync();
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector("[data-phrase='suicide'] form")!;

        var removed = await coordinator.SubmitAsync(form, "/settings/crisis-phrases", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        // Start-up seeding runs again (as after a restart): the phrase does not come back.
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CirclesDb>();
            await CrisisPhraseSeeds.EnsureSeededAsync(db, organization.Id, app.Clock, CancellationToken.None);
        }
        var after = await (await coordinator.GetAsync("/settings/crisis-phrases")).ParseAsync();
        Assert.Null(after.QuerySelector("[data-phrase='suicide']"));
        Assert.NotNull(after.QuerySelector("[data-phrase='kill myself']"));
        var group = await app.CreateGroupAsync(organization);
        Assert.False((await app.WritePostAsync(organization, group.Id, organization.Member, "thinking about suicide")).Outcome.Matched);
        var changes = await app.InOrganizationAsync(organization, db => db.AuditEvents.CountAsync(e => e.Action == AuditActions.SettingsChanged && e.Subject == "crisis-phrases"));
        Assert.Equal(1, changes);
    }

    [Fact]
    public async Task Add_AsCoordinator_NewPhraseMatchesInItsLanguage()
    {
        var organization = await app.CreateOrganizationAsync();
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        var added = await coordinator.SubmitFormAsync("/settings/crisis-phrases", new Dictionary<string, string>
        {
            ["Form.Language"] = "ar",
            ["Form.Phrase"] = "أريد أن أموت",
            ["Form.Category"] = "SelfHarm",
        }, "form[data-add-phrase]");

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var page = await (await coordinator.GetAsync("/settings/crisis-phrases")).ParseAsync();
        Assert.NotNull(page.QuerySelector("[data-phrase-language='ar'] [data-phrase='أريد أن أموت']"));
        var group = await app.CreateGroupAsync(organization);
        var written = await app.WritePostAsync(organization, group.Id, organization.Member, "اريد ان اموت اليوم");
        Assert.Equal(("أريد أن أموت", "ar"), (written.Outcome.Match?.Phrase, written.Outcome.Match?.Language));
    }

    [Theory]
    [InlineData("en", "", "SelfHarm", "Write the phrase to look for.")]
    [InlineData("en", "!!", "SelfHarm", "at least one word")]
    [InlineData("en", "I'm in danger", "ImmediateDanger", "already on the list")]
    [InlineData("xx", "some words", "SelfHarm", "Choose a language from the list.")]
    public async Task Add_WithBadInput_ExplainsAndKeepsWhatWasTyped(string language, string phrase, string category, string problem)
    {
        var organization = await app.CreateOrganizationAsync();
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        var refused = await coordinator.SubmitFormAsync("/settings/crisis-phrases", new Dictionary<string, string>
        {
            ["Form.Language"] = language,
            ["Form.Phrase"] = phrase,
            ["Form.Category"] = category,
        }, "form[data-add-phrase]");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.ParseAsync();
        Assert.Contains(problem, page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(phrase, page.QuerySelector("input[name='Form.Phrase']")!.GetAttribute("value") ?? "");
    }

    [Fact]
    public async Task Remove_AnotherOrganizationsPhrase_ChangesNothing()
    {
        var mine = await app.CreateOrganizationAsync();
        var theirs = await app.CreateOrganizationAsync();
        var theirCoordinator = await app.SignedInAsync(theirs.Coordinator);
        await theirCoordinator.GetAsync("/settings/crisis-phrases");
        var theirPhrase = await app.InOrganizationAsync(theirs, db => db.CrisisPhrases.Select(p => p.Id).FirstAsync());
        var coordinator = await app.SignedInAsync(mine.Coordinator);
        var page = await (await coordinator.GetAsync("/settings/crisis-phrases")).ParseAsync();
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector("[data-phrase] form")!;
        form.Action = "/settings/crisis-phrases?handler=Remove&id=" + theirPhrase;

        var response = await coordinator.SubmitAsync(form, "/settings/crisis-phrases", new Dictionary<string, string>());

        Assert.Equal("/settings/crisis-phrases?done=gone", response.Headers.Location?.OriginalString);
        Assert.True(await app.InOrganizationAsync(theirs, db => db.CrisisPhrases.AnyAsync(p => p.Id == theirPhrase)));
    }
}
