using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Peers;
using Circles.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Features.Peers;

/// <summary>Becoming a peer supporter, their own profile and pause, and who is refused.</summary>
[Collection(SharedApp.Name)]
public sealed class PeerSupporterTests(SharedCirclesApp app)
{
    private static Task<HttpResponseMessage> MarkTrainingAsync(HttpClient coordinator, Guid personId) =>
        coordinator.SubmitFormAsync($"/people/{personId}", GroupArrangement.NoFields(), "[data-peer-training] form");

    [Fact]
    public async Task TrainingDone_ForAMember_MakesProfileAndRole_AuditedAndSessionsEnded()
    {
        var organization = await app.CreateOrganizationAsync();
        var member = await app.AddUserAsync(organization.Id, Roles.Member);
        var memberBefore = await app.SignedInAsync(member);
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        var answer = await MarkTrainingAsync(coordinator, member.Id);

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        var profile = await app.InOrganizationAsync(organization, db => db.PeerSupporterProfiles.SingleAsync(p => p.UserId == member.Id));
        Assert.Equal(organization.Coordinator.Id, profile.TrainingMarkedByUserId);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, profile.TrainingCompletedAt);
        Assert.Equal(["en"], await app.InOrganizationAsync(organization, db => db.PeerSupporterProfiles.Where(p => p.UserId == member.Id).Select(p => p.Languages).SingleAsync()));
        var actions = await app.InOrganizationAsync(organization, db => db.AuditEvents.Where(a => a.Subject!.StartsWith(member.Id.ToString())).Select(a => a.Action).ToListAsync());
        Assert.Contains(AuditActions.PeerTrainingMarked, actions);
        Assert.Contains(AuditActions.RoleGranted, actions);
        // The old session ended, so the new role applies at the next sign-in.
        Assert.Equal(HttpStatusCode.Redirect, (await memberBefore.GetAsync("/home/member")).StatusCode);
        var memberNow = await app.SignedInAsync(member);
        Assert.Equal(HttpStatusCode.OK, (await memberNow.GetAsync("/peers/profile")).StatusCode);
        Assert.NotNull((await memberNow.GetPageAsync("/home/peer")).Document.QuerySelector("[data-taking-new=true]"));
    }

    [Fact]
    public async Task TrainingDone_UsesThePersonsOwnLanguage()
    {
        var organization = await app.CreateOrganizationAsync();
        var member = await app.AddUserAsync(organization.Id, Roles.Member);
        await app.InOrganizationAsync(organization, db => db.Users.Where(u => u.Id == member.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.PreferredCulture, "es")));

        await MarkTrainingAsync(await app.SignedInAsync(organization.Coordinator), member.Id);

        Assert.Equal(["es"], await app.InOrganizationAsync(organization, db => db.PeerSupporterProfiles.Where(p => p.UserId == member.Id).Select(p => p.Languages).SingleAsync()));
    }

    [Fact]
    public async Task TrainingDone_ForSomeoneWhoIsNotAMember_IsRefused()
    {
        var organization = await app.CreateOrganizationAsync();
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        Assert.Null((await coordinator.GetPageAsync($"/people/{organization.Volunteer.Id}")).Document.QuerySelector("[data-peer-training] form"));

        var answer = await coordinator.PostWithTokenAsync($"/people/{organization.Volunteer.Id}", $"/people/{organization.Volunteer.Id}?handler=TrainingDone");

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("Only members can become peer supporters.", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await app.InOrganizationAsync(organization, db => db.PeerSupporterProfiles.AnyAsync(p => p.UserId == organization.Volunteer.Id)));
    }

    [Fact]
    public async Task GivingThePeerRole_WithoutTraining_IsRefused()
    {
        var organization = await app.CreateOrganizationAsync();
        var member = await app.AddUserAsync(organization.Id, Roles.Member);
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        var answer = await coordinator.PostWithTokenAsync($"/people/{member.Id}", $"/people/{member.Id}?handler=Grant", new Dictionary<string, string> { ["role"] = Roles.PeerSupporter });

        Assert.Contains("mark their training as done", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await InRoleAsync(organization, member, Roles.PeerSupporter));
    }

    [Fact]
    public async Task TrainingDone_ForAnotherOrganizationsPerson_Is404()
    {
        var organization = await app.CreateOrganizationAsync();
        var other = await app.CreateOrganizationAsync();
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        var answer = await coordinator.PostWithTokenAsync($"/people/{organization.Member.Id}", $"/people/{other.Member.Id}?handler=TrainingDone");

        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        Assert.False(await app.InOrganizationAsync(other, db => db.PeerSupporterProfiles.AnyAsync()));
    }

    [Theory]
    [InlineData(Roles.Facilitator)]
    [InlineData(Roles.PeerSupporter)]
    [InlineData(Roles.Member)]
    public async Task TrainingDone_ByNonCoordinator_IsRefused(string role)
    {
        var organization = await app.CreateOrganizationAsync();
        var client = await app.SignedInAsync(organization.People[role]);

        var answer = await client.PostWithTokenAsync("/account", $"/people/{organization.Member.Id}?handler=TrainingDone");

        Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
        Assert.False(await app.InOrganizationAsync(organization, db => db.PeerSupporterProfiles.AnyAsync()));
    }

    [Fact]
    public async Task RemovingThePeerRole_KeepsTheProfile_AndTheyDropOutOfTheList()
    {
        var organization = await app.CreateOrganizationAsync();
        var member = await app.AddUserAsync(organization.Id, Roles.Member);
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        await MarkTrainingAsync(coordinator, member.Id);
        Assert.NotNull((await coordinator.GetPageAsync("/peers/supporters")).Document.QuerySelector($"[data-supporter='{member.Id}']"));
        var wish = new Circles.Web.Features.Peers.PeerWish(organization.Member.Id, "en");
        Assert.Contains(await app.RankAsync(organization, wish), r => r.UserId == member.Id);

        await coordinator.PostWithTokenAsync($"/people/{member.Id}", $"/people/{member.Id}?handler=Remove", new Dictionary<string, string> { ["role"] = Roles.PeerSupporter });

        Assert.False(await InRoleAsync(organization, member, Roles.PeerSupporter));
        Assert.DoesNotContain(await app.RankAsync(organization, wish), r => r.UserId == member.Id);
        Assert.True(await app.InOrganizationAsync(organization, db => db.PeerSupporterProfiles.AnyAsync(p => p.UserId == member.Id)));
        Assert.Null((await coordinator.GetPageAsync("/peers/supporters")).Document.QuerySelector($"[data-supporter='{member.Id}']"));
        // Marking the training again gives the role back without a second profile.
        await MarkTrainingAsync(coordinator, member.Id);
        Assert.True(await InRoleAsync(organization, member, Roles.PeerSupporter));
        Assert.Contains(await app.RankAsync(organization, wish), r => r.UserId == member.Id);
        Assert.Equal(1, await app.InOrganizationAsync(organization, db => db.PeerSupporterProfiles.CountAsync(p => p.UserId == member.Id)));
    }

    [Fact]
    public async Task Profile_WithProblems_KeepsWhatWasTyped_AndSavesNothing()
    {
        var organization = await app.CreateOrganizationAsync();
        await app.GivePeerProfileAsync(organization, organization.PeerSupporter);
        var peer = await app.SignedInAsync(organization.PeerSupporter);
        var page = (await peer.GetPageAsync("/peers/profile")).Document;
        var form = (IHtmlFormElement)page.QuerySelector("[data-profile-form]")!;
        var values = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", form.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value),
            new("Form.Version", form.QuerySelector<IHtmlInputElement>("input[name='Form.Version']")!.Value),
            new("Form.Languages", "es"),
            new("Form.Topics", nameof(PeerTopics.Housing)),
            new("Form.Topics", nameof(PeerTopics.Legal)),
            new("Form.Capacity", "11"),
            new("Form.Gender", nameof(PeerGender.Woman)),
        };

        var answer = await peer.PostAsync("/peers/profile", new FormUrlEncodedContent(values));

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var shown = await answer.ParseAsync();
        Assert.NotNull(shown.QuerySelector(".error-summary"));
        Assert.Equal("11", shown.QuerySelector<IHtmlInputElement>("#Form_Capacity")!.Value);
        Assert.True(shown.QuerySelector<IHtmlInputElement>("input[name='Form.Topics'][value=Housing]")!.IsChecked);
        Assert.True(shown.QuerySelector<IHtmlInputElement>("input[name='Form.Topics'][value=Legal]")!.IsChecked);
        Assert.False(shown.QuerySelector<IHtmlInputElement>("input[name='Form.Topics'][value=Money]")!.IsChecked);
        Assert.True(shown.QuerySelector<IHtmlInputElement>("input[name='Form.Languages'][value=es]")!.IsChecked);
        Assert.True(shown.QuerySelector<IHtmlInputElement>("input[name='Form.Gender'][value=Woman]")!.IsChecked);
        var profile = await app.InOrganizationAsync(organization, db => db.PeerSupporterProfiles.SingleAsync(p => p.UserId == organization.PeerSupporter.Id));
        Assert.Equal(PeerTopics.None, profile.Topics);
        Assert.Equal(2, profile.Capacity);
    }

    [Fact]
    public async Task Profile_Saved_KeepsEverythingTheyChose()
    {
        var organization = await app.CreateOrganizationAsync();
        await app.GivePeerProfileAsync(organization, organization.PeerSupporter);
        var peer = await app.SignedInAsync(organization.PeerSupporter);
        var page = (await peer.GetPageAsync("/peers/profile")).Document;
        var form = (IHtmlFormElement)page.QuerySelector("[data-profile-form]")!;
        var values = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", form.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value),
            new("Form.Version", form.QuerySelector<IHtmlInputElement>("input[name='Form.Version']")!.Value),
            new("Form.Languages", "es"),
            new("Form.Languages", "ar"),
            new("Form.Availability", nameof(Availability.WeekdayEvenings)),
            new("Form.Availability", nameof(Availability.WeekendMornings)),
            new("Form.Experiences", nameof(SharedExperience.Debt)),
            new("Form.Topics", nameof(PeerTopics.Housing)),
            new("Form.Capacity", "4"),
            new("Form.Gender", nameof(PeerGender.NonBinary)),
        };

        var answer = await peer.PostAsync("/peers/profile", new FormUrlEncodedContent(values));

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        var profile = await app.InOrganizationAsync(organization, db => db.PeerSupporterProfiles.SingleAsync(p => p.UserId == organization.PeerSupporter.Id));
        Assert.Equal(Availability.WeekdayEvenings | Availability.WeekendMornings, profile.Availability);
        Assert.Equal(SharedExperience.Debt, profile.Experiences);
        Assert.Equal(PeerTopics.Housing, profile.Topics);
        Assert.Equal(4, profile.Capacity);
        Assert.Equal(PeerGender.NonBinary, profile.Gender);
        Assert.Equal(["ar", "es"], profile.Languages);
    }

    [Fact]
    public async Task Profile_ChangedInTheMeantime_TellsThemAndKeepsTheOtherChange()
    {
        var organization = await app.CreateOrganizationAsync();
        await app.GivePeerProfileAsync(organization, organization.PeerSupporter);
        var first = await app.SignedInAsync(organization.PeerSupporter);
        var second = await app.SignedInAsync(organization.PeerSupporter);
        var staleForm = (IHtmlFormElement)(await second.GetPageAsync("/peers/profile")).Document.QuerySelector("[data-profile-form]")!;

        Assert.Equal(HttpStatusCode.Redirect, (await first.SubmitFormAsync("/peers/profile", new Dictionary<string, string> { ["Form.Capacity"] = "5" }, "[data-profile-form]")).StatusCode);
        var answer = await second.SubmitAsync(staleForm, "/peers/profile", new Dictionary<string, string> { ["Form.Capacity"] = "7" });

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var shown = await answer.ParseAsync();
        Assert.Contains("Someone else changed this in the meantime", shown.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("7", shown.QuerySelector<IHtmlInputElement>("#Form_Capacity")!.Value);
        Assert.Equal(5, await app.InOrganizationAsync(organization, db => db.PeerSupporterProfiles.Where(p => p.UserId == organization.PeerSupporter.Id).Select(p => p.Capacity).SingleAsync()));
    }

    [Fact]
    public async Task PauseAndResume_KeepTheirCurrentPeople()
    {
        var organization = await app.CreateOrganizationAsync();
        await app.GivePeerProfileAsync(organization, organization.PeerSupporter);
        await app.AddActiveMatchAsync(organization, organization.PeerSupporter, organization.Member);
        var peer = await app.SignedInAsync(organization.PeerSupporter);

        Assert.Equal(HttpStatusCode.Redirect, (await peer.SubmitFormAsync("/peers/profile", GroupArrangement.NoFields(), "form[action*=Pause]")).StatusCode);

        var paused = await app.InOrganizationAsync(organization, db => db.PeerSupporterProfiles.SingleAsync(p => p.UserId == organization.PeerSupporter.Id));
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, paused.PausedAt);
        Assert.Equal(PeerMatchStatus.Active, await app.InOrganizationAsync(organization, db => db.PeerMatches.Select(m => m.Status).SingleAsync()));
        var home = (await peer.GetPageAsync("/home/peer")).Document;
        Assert.NotNull(home.QuerySelector("[data-taking-new=false]"));
        Assert.Contains("1 of 2", home.QuerySelector("[data-load]")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await peer.SubmitFormAsync("/peers/profile", GroupArrangement.NoFields(), "form[action*=Resume]")).StatusCode);

        Assert.Null(await app.InOrganizationAsync(organization, db => db.PeerSupporterProfiles.Where(p => p.UserId == organization.PeerSupporter.Id).Select(p => p.PausedAt).SingleAsync()));
        Assert.NotNull((await peer.GetPageAsync("/home/peer")).Document.QuerySelector("[data-taking-new=true]"));
    }

    [Fact]
    public async Task Profile_WithoutTraining_SaysToAskACoordinator_AndCannotPause()
    {
        var organization = await app.CreateOrganizationAsync();
        var peer = await app.SignedInAsync(organization.PeerSupporter);

        Assert.NotNull((await peer.GetPageAsync("/peers/profile")).Document.QuerySelector("[data-no-profile]"));
        Assert.Equal(HttpStatusCode.NotFound, (await peer.PostWithTokenAsync("/account", "/peers/profile?handler=Pause")).StatusCode);
    }

    private async Task<bool> InRoleAsync(TestOrganization organization, TestUser person, string role)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(organization.Id);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CirclesUser>>();
        return await users.IsInRoleAsync((await users.FindByIdAsync(person.Id.ToString()))!, role);
    }
}
