using System.Net;
using Circles.IntegrationTests.Features.Directory;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Features.Moderation;
using Microsoft.EntityFrameworkCore;

namespace Circles.IntegrationTests.Features.Moderation;

/// <summary>Blocking someone: once, only within the organization, listed on /me/blocks, and undone there.</summary>
[Collection(SharedApp.Name)]
public sealed class BlockTests(SharedCirclesApp app)
{
    [Fact]
    public async Task Block_ThenUnblock_ChangesTheOneRule()
    {
        var organization = await app.CreateOrganizationAsync();
        var member = await app.SignedInAsync(organization.Member);
        var path = $"/blocks/new?user={organization.PeerSupporter.Id}";
        Task<bool> BetweenAsync() => app.InOrganizationAsync(organization, db =>
            Blocking.BetweenAsync(db, organization.PeerSupporter.Id, organization.Member.Id, CancellationToken.None));

        Assert.Contains(organization.PeerSupporter.UserName, await member.MainTextAsync(path), StringComparison.Ordinal);
        Assert.Equal("/me/blocks?done=blocked", (await member.SubmitFormAsync(path, GroupArrangement.NoFields())).Headers.Location?.OriginalString);
        // A second block (another tab) is still one block.
        await member.PostWithTokenAsync(path, new Dictionary<string, string> { ["user"] = organization.PeerSupporter.Id.ToString() });
        Assert.Equal(1, await app.InOrganizationAsync(organization, db => db.MemberBlocks.CountAsync()));
        Assert.True(await BetweenAsync());
        Assert.Contains(organization.PeerSupporter.UserName, await member.MainTextAsync("/me/blocks"), StringComparison.Ordinal);
        // The blocked person is not told: their own list is empty.
        var peer = await app.SignedInAsync(organization.PeerSupporter);
        Assert.DoesNotContain(organization.Member.UserName, await peer.MainTextAsync("/me/blocks"), StringComparison.Ordinal);

        var unblocked = await member.SubmitFormAsync("/me/blocks", GroupArrangement.NoFields(), "[data-block] form");
        Assert.Equal("/me/blocks?done=unblocked", unblocked.Headers.Location?.OriginalString);
        Assert.False(await BetweenAsync());
    }

    [Fact]
    public async Task Block_Yourself_OrSomeoneOfAnotherOrganization_IsNotFound_AndStaffAreRefusedThePage()
    {
        var organization = await app.CreateOrganizationAsync();
        var other = await app.CreateOrganizationAsync();
        var member = await app.SignedInAsync(organization.Member);

        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/blocks/new?user={organization.Member.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/blocks/new?user={other.Member.Id}")).StatusCode);
        var answer = await member.PostWithTokenAsync($"/blocks/new?user={other.Member.Id}", GroupArrangement.NoFields());
        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        Assert.Equal(0, await app.InOrganizationAsync(organization, db => db.MemberBlocks.CountAsync()));
        var facilitator = await app.SignedInAsync(organization.Facilitator);
        Assert.Equal(HttpStatusCode.Forbidden, (await facilitator.GetAsync($"/blocks/new?user={organization.Member.Id}")).StatusCode);
    }

    [Fact]
    public async Task BlockingStaff_IsAllowed_AndSaysFacilitatorsCanStillModerate()
    {
        var organization = await app.CreateOrganizationAsync();
        var member = await app.SignedInAsync(organization.Member);

        var text = await member.MainTextAsync($"/blocks/new?user={organization.Facilitator.Id}");

        Assert.Contains("facilitators can still look after the discussions", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Block_OfSomeoneConnected_SaysTheConnectionCanBeEndedFromPeers()
    {
        var organization = await app.CreateOrganizationAsync();
        await app.AddDirectMessageAsync(organization, organization.Member, organization.PeerSupporter, "Hi");
        var member = await app.SignedInAsync(organization.Member);

        var page = (await member.GetPageAsync($"/blocks/new?user={organization.PeerSupporter.Id}")).Document;

        Assert.NotNull(page.QuerySelector("main a[href='/peers']"));
    }
}
