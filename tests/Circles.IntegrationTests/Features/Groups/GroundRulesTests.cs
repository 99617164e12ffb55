using System.Net;
using Circles.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Circles.IntegrationTests.Features.Groups;

/// <summary>Co-created, versioned ground rules: each version kept, with who agreed to which.</summary>
[Collection(SharedApp.Name)]
public sealed class GroundRulesTests(SharedCirclesApp app)
{
    private static Task<HttpResponseMessage> PublishAsync(HttpClient facilitator, Guid groupId, string rules) =>
        facilitator.SubmitFormAsync($"/groups/{groupId}/rules", new Dictionary<string, string> { ["Draft"] = rules }, "form[action*='handler=Publish']");

    private static Task<HttpResponseMessage> AgreeAsync(HttpClient member, Guid groupId) =>
        member.SubmitFormAsync($"/groups/{groupId}/rules", GroupArrangement.NoFields(), "form[action*='handler=Agree']");

    [Fact]
    public async Task NewVersion_AsksForAgreementAgain_AndKeepsWhoAgreedToWhich()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.CreateGroupAsync(organization, activeMembers: [organization.Member]);
        var facilitator = await app.SignedInAsync(organization.Facilitator);
        var member = await app.SignedInAsync(organization.Member);

        await PublishAsync(facilitator, group.Id, "What is said here stays here.\nEveryone can pass.");
        Assert.Equal(HttpStatusCode.Redirect, (await AgreeAsync(member, group.Id)).StatusCode);
        var agreedPage = await (await member.GetAsync($"/groups/{group.Id}/rules")).ParseAsync();
        Assert.NotNull(agreedPage.QuerySelector("[data-agreed]"));

        await PublishAsync(facilitator, group.Id, "What is said here stays here.\nEveryone can pass.\nPhones on silent.");
        var home = await (await member.GetAsync("/home/member")).ParseAsync();
        Assert.NotNull(home.QuerySelector("[data-rules-waiting]"));
        var current = await (await member.GetAsync($"/groups/{group.Id}/rules")).ParseAsync();
        Assert.Equal(3, current.QuerySelectorAll("[data-ground-rules] li").Length);
        Assert.Null(current.QuerySelector("[data-agreed]"));
        await AgreeAsync(member, group.Id);

        var agreements = await app.InOrganizationAsync(organization, db => db.GroundRulesAgreements
            .Join(db.GroundRulesVersions, a => a.VersionId, v => v.Id, (a, v) => new { v.Number, a.UserId })
            .OrderBy(x => x.Number).ToListAsync());
        Assert.Equal([1, 2], agreements.Select(a => a.Number));
        Assert.All(agreements, a => Assert.Equal(organization.Member.Id, a.UserId));
        Assert.Equal(["Everyone can pass.", "Phones on silent.", "What is said here stays here."],
            (await app.InOrganizationAsync(organization, db => db.GroundRulesVersions.Where(v => v.Number == 2).Select(v => v.Text).SingleAsync()))
                .Split('\n').Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Agreeing_ToAnOldVersion_DoesNotCountForTheNewOne()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.CreateGroupAsync(organization, activeMembers: [organization.Member]);
        var facilitator = await app.SignedInAsync(organization.Facilitator);
        var member = await app.SignedInAsync(organization.Member);
        await PublishAsync(facilitator, group.Id, "Rule one.");
        var staleForm = (AngleSharp.Html.Dom.IHtmlFormElement)(await (await member.GetAsync($"/groups/{group.Id}/rules")).ParseAsync())
            .QuerySelector("form[action*='handler=Agree']")!;
        await PublishAsync(facilitator, group.Id, "Rule one.\nRule two.");

        await member.SubmitAsync(staleForm, $"/groups/{group.Id}/rules", GroupArrangement.NoFields());

        Assert.Equal(0, await app.InOrganizationAsync(organization, db => db.GroundRulesAgreements.CountAsync()));
    }

    [Fact]
    public async Task MemberSuggestion_ReachesTheFacilitator_AndIsMarkedWhenTakenIn()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.CreateGroupAsync(organization, activeMembers: [organization.Member]);
        var facilitator = await app.SignedInAsync(organization.Facilitator);
        var member = await app.SignedInAsync(organization.Member);
        await PublishAsync(facilitator, group.Id, "Rule one.");

        await member.SubmitFormAsync($"/groups/{group.Id}/rules", new Dictionary<string, string> { ["Proposal"] = "Tea break halfway" }, "form[action*='handler=Propose']");
        var facilitatorView = await (await facilitator.GetAsync($"/groups/{group.Id}/rules")).ParseAsync();
        var checkbox = facilitatorView.QuerySelector("input[name=takenIn]")!;
        await facilitator.SubmitFormAsync($"/groups/{group.Id}/rules", new Dictionary<string, string>
        {
            ["Draft"] = "Rule one.\nA tea break halfway.",
            ["takenIn"] = checkbox.GetAttribute("value")!,
        }, "form[action*='handler=Publish']");

        var status = await app.InOrganizationAsync(organization, db => db.GroundRulesProposals.Select(p => p.Status).SingleAsync());
        Assert.Equal(Circles.Web.Features.GroundRules.ProposalStatus.TakenIn, status);
    }

    [Fact]
    public async Task Rules_AsSomeoneOutsideTheGroup_Are404()
    {
        var organization = await app.CreateOrganizationAsync();
        var group = await app.CreateGroupAsync(organization);

        var response = await (await app.SignedInAsync(organization.Member)).GetAsync($"/groups/{group.Id}/rules");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
