using System.Net;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Partners.Sources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Features.Partners;

/// <summary>
/// SEC-34: "How did you find us?" is counted apart from the person (no user, invitation or exact
/// time, not even a row per person), and the report shows counts from 1 to 4 as "fewer than 5".
/// </summary>
[Collection(SharedApp.Name)]
public sealed class JoinSourceTests(SharedCirclesApp app)
{
    private async Task<string> InviteLinkPathAsync(TestOrganization organization, string role = Roles.Member)
    {
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        var response = await coordinator.SubmitFormAsync("/invitations", new Dictionary<string, string> { ["Form.Role"] = role, ["Form.ValidForDays"] = "7" });
        var page = await response.ParseAsync();
        return new Uri(page.QuerySelector("[data-invitation-link]")!.TextContent.Trim()).AbsolutePath;
    }

    private static Dictionary<string, string> Registration(string foundUs) => new()
    {
        ["Form.Pseudonym"] = "Lina " + Guid.NewGuid().ToString("N")[..6],
        ["Form.Password"] = "quiet river morning",
        ["Form.ConfirmPassword"] = "quiet river morning",
        ["Form.FoundUs"] = foundUs,
    };

    private Task<List<JoinSourceCount>> CountsAsync(TestOrganization organization) =>
        app.WithDbAsync(organization, db => db.JoinSourceCounts.AsNoTracking().ToListAsync());

    [Fact]
    public async Task Joining_WithAPartnerAnswer_AddsToACountThatCannotBeJoinedBackToThePerson()
    {
        var organization = await app.CreateOrganizationAsync();
        var shown = await app.CreatePartnerAsync(organization, "Clinic on the hill", showWhenJoining: true);
        await app.CreatePartnerAsync(organization, "Hidden partner 6620");
        var path = await InviteLinkPathAsync(organization);
        var browser = app.NewBrowser();

        var (_, joinPage) = await browser.GetPageAsync(path);
        var options = joinPage.QuerySelectorAll("#Form_FoundUs option").Select(o => o.TextContent.Trim()).ToList();
        Assert.Contains("Clinic on the hill", options);
        Assert.DoesNotContain("Hidden partner 6620", options);
        Assert.Equal("", joinPage.QuerySelector("#Form_FoundUs option[selected], #Form_FoundUs option")!.GetAttribute("value"));
        var joined = await browser.SubmitFormAsync(path, Registration(JoinSources.PartnerValue(shown)));
        Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);

        var count = Assert.Single(await CountsAsync(organization));
        Assert.Equal(JoinChannel.Partner, count.Channel);
        Assert.Equal(shown, count.PartnerId);
        Assert.Equal(1, count.Count);
        Assert.Null(count.CommunityId);
        Assert.Equal(new DateOnly(2026, 11, 1), count.Month);
        // What the table can hold: no person, no invitation, no time of day.
        using var scope = app.Services.CreateScope();
        var columns = scope.ServiceProvider.GetRequiredService<CirclesDb>().Model.FindEntityType(typeof(JoinSourceCount))!
            .GetProperties().Select(p => p.GetColumnName()).Order(StringComparer.Ordinal);
        Assert.Equal(["Channel", "CommunityId", "Count", "Id", "Month", "OrganizationId", "PartnerId"], columns);

        // A second person with the same answer adds to the same row: no row per person.
        await app.NewBrowser().SubmitFormAsync(await InviteLinkPathAsync(organization), Registration(JoinSources.PartnerValue(shown)));
        Assert.Equal(2, Assert.Single(await CountsAsync(organization)).Count);
    }

    [Fact]
    public async Task Joining_PreferringNotToSay_OrWithAnAnswerNotOffered_StoresNothing()
    {
        var organization = await app.CreateOrganizationAsync();
        var hidden = await app.CreatePartnerAsync(organization, "Not shown");
        var other = await app.CreateOrganizationAsync();
        var theirs = await app.CreatePartnerAsync(other, "Theirs", showWhenJoining: true);

        foreach (var answer in new[] { "", JoinSources.PartnerValue(hidden), JoinSources.PartnerValue(theirs), "channel:Partner", "channel:Nonsense" })
        {
            var joined = await app.NewBrowser().SubmitFormAsync(await InviteLinkPathAsync(organization), Registration(answer));
            Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);
        }

        Assert.Empty(await CountsAsync(organization));
        Assert.Empty(await CountsAsync(other));
    }

    [Fact]
    public async Task Joining_WithACode_OffersTheChannels_AndCountsOne()
    {
        var organization = await app.CreateOrganizationAsync();
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        var response = await coordinator.SubmitFormAsync("/invitations", new Dictionary<string, string> { ["Form.Role"] = Roles.Member, ["Form.ValidForDays"] = "7" });
        var code = (await response.ParseAsync()).QuerySelector("[data-invitation-code]")!.TextContent.Trim();
        var fields = Registration(JoinSources.ChannelValue(JoinChannel.Online));
        fields["Form.Code"] = code;

        var joined = await app.NewBrowser().SubmitFormAsync("/join", fields);

        Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);
        var count = Assert.Single(await CountsAsync(organization));
        Assert.Equal(JoinChannel.Online, count.Channel);
        Assert.Null(count.PartnerId);
    }

    [Fact]
    public async Task Report_ShowsSmallCountsAsFewerThan5_AndNoTotalThatWouldRevealThem()
    {
        var organization = await app.CreateOrganizationAsync();
        var clinic = await app.CreatePartnerAsync(organization, "Clinic");
        var school = await app.CreatePartnerAsync(organization, "School");
        var hillside = await app.CreateCommunityAsync(organization, "Hillside");
        var month = new DateOnly(2026, 10, 1);
        await app.WithDbAsync(organization, db =>
        {
            db.JoinSourceCounts.AddRange(
                new JoinSourceCount { Month = month, Channel = JoinChannel.Partner, PartnerId = clinic, Count = 3 },
                new JoinSourceCount { Month = month, Channel = JoinChannel.Partner, PartnerId = clinic, CommunityId = hillside, Count = 6 },
                new JoinSourceCount { Month = month, Channel = JoinChannel.Partner, PartnerId = school, Count = 4 },
                new JoinSourceCount { Month = month.AddMonths(-1), Channel = JoinChannel.Partner, PartnerId = school, Count = 1 },
                new JoinSourceCount { Month = month, Channel = JoinChannel.Online, Count = 7 },
                new JoinSourceCount { Month = month.AddMonths(-6), Channel = JoinChannel.EventOrTalk, Count = 2 });
            db.PartnerEngagements.Add(new Circles.Web.Features.Partners.PartnerEngagement { PartnerId = school, Kind = Circles.Web.Features.Partners.EngagementKind.ReferralReceived, OccurredOn = new DateOnly(2026, 10, 5), Note = "One referral" });
            return Task.FromResult(0);
        });
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        var (response, page) = await coordinator.GetPageAsync("/partners/sources?From=2026-09&To=2026-10");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string[] Cells(string source) => [.. page.QuerySelectorAll($"[data-source='{source}'] td").Select(c => c.TextContent.Trim())];
        // Columns: Hillside, then "No community given", then the total. SEC-34 secondary
        // suppression (SmallNumbers.Suppress): the hidden 3 needs a second hidden cell in its row
        // (6) and in its column (School's 5); each of those lines needs a second in turn (the
        // Hillside total 6, School's total, Online's total and cell 7, the total of the second
        // column), so that no line of the table is an equation with a single unknown.
        Assert.Equal(["not shown", "fewer than 5", "9"], Cells("Clinic"));
        Assert.Equal(["0", "not shown", "not shown"], Cells("School"));
        Assert.Equal(["0", "not shown", "not shown"], Cells("Online"));
        Assert.Equal(["0", "0", "0"], Cells("Event or talk"));
        Assert.Equal(["not shown", "not shown", "21"], [.. page.QuerySelectorAll("[data-source-totals] td").Select(c => c.TextContent.Trim())]);
        Assert.DoesNotContain(">3<", page.QuerySelector("[data-sources-table]")!.InnerHtml, StringComparison.Ordinal);
        Assert.Contains("School: 1", page.QuerySelector("[data-referrals-received]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_OfAnotherOrganization_ShowsNothingOfIt()
    {
        var organization = await app.CreateOrganizationAsync();
        var other = await app.CreateOrganizationAsync();
        var theirs = await app.CreatePartnerAsync(other, "Their clinic 8812");
        await app.WithDbAsync(other, db =>
        {
            db.JoinSourceCounts.Add(new JoinSourceCount { Month = new DateOnly(2026, 11, 1), Channel = JoinChannel.Partner, PartnerId = theirs, Count = 9 });
            return Task.FromResult(0);
        });
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        var (_, page) = await coordinator.GetPageAsync("/partners/sources");

        Assert.NotNull(page.QuerySelector("[data-no-sources]"));
        Assert.DoesNotContain("Their clinic 8812", page.Body!.TextContent, StringComparison.Ordinal);
    }
}
