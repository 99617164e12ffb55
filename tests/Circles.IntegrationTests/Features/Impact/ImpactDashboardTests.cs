using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Features.Feedback;
using Circles.Web.Features.Needs;
using Circles.Web.Features.Partners;
using Circles.Web.Features.Partners.Sources;
using Circles.Web.Features.Volunteering;
using Circles.Web.Features.Wellbeing;
using Microsoft.EntityFrameworkCore;
using static Circles.IntegrationTests.Features.Impact.ImpactArrangement;

namespace Circles.IntegrationTests.Features.Impact;

/// <summary>
/// The impact dashboard (issue 16): each section's figures on known data, only people counted
/// (the opt-out) and never another organization's; the filters; the small-numbers rule the same
/// on screen, in the CSV and in print (SEC-34); CSV formula neutralising (SEC-23); coordinators only.
/// The clock stands at 2 November 2026, so "the last 12 months" run from December 2025 (row 0)
/// to November 2026 (row 11): September is row 9, October row 10.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class ImpactDashboardTests(SharedCirclesApp app)
{
    private const int September = 9;
    private const int October = 10;

    private sealed record Arranged(TestOrganization Organization, Guid North, Guid South, Guid NorthGroup, Guid SouthGroup, Guid[] People, Guid OptedOut);

    /// <summary>
    /// North: one group, six people counted and one who opted out came in September, three of the
    /// six and the one who opted out in October. South: one group, one person in October. East: no group.
    /// </summary>
    private async Task<Arranged> ArrangeAsync(string northGroupName = "Maple")
    {
        var organization = await app.CreateOrganizationAsync();
        var people = await app.AddPeopleAsync(organization, 7);
        var optedOut = (await app.AddPeopleAsync(organization, 1))[0];
        await app.InOrganizationAsync(organization, db =>
            db.Users.Where(u => u.Id == optedOut).ExecuteUpdateAsync(u => u.SetProperty(x => x.NotCountedSince, Utc(2026, 1, 1))));
        var north = await app.AddCommunityAsync(organization, "North");
        var south = await app.AddCommunityAsync(organization, "South");
        await app.AddCommunityAsync(organization, "East");
        var northGroup = await app.AddGroupAsync(organization, north, northGroupName, [.. people[..6], optedOut]);
        var southGroup = await app.AddGroupAsync(organization, south, "Birch", people[6]);
        var september = await app.AddHeldSessionAsync(organization, northGroup, Utc(2026, 9, 10), [.. people[..6], optedOut]);
        await app.AddHeldSessionAsync(organization, northGroup, Utc(2026, 10, 8), [.. people[..3], optedOut]);
        await app.AddHeldSessionAsync(organization, southGroup, Utc(2026, 10, 9), people[6]);
        await app.InOrganizationAsync(organization, async db =>
        {
            for (var i = 0; i < 6; i++)
            {
                db.FeedbackResponses.Add(new FeedbackResponse { SessionId = september, FeltSafe = 4, Useful = 5 });
            }
            await db.SaveChangesAsync();
        });

        // Another organization with the same shape: none of it may show.
        var other = await app.CreateOrganizationAsync();
        var theirs = await app.AddPeopleAsync(other, 9);
        var theirCommunity = await app.AddCommunityAsync(other, "North");
        var theirGroup = await app.AddGroupAsync(other, theirCommunity, "Oak", theirs);
        await app.AddHeldSessionAsync(other, theirGroup, Utc(2026, 9, 11), theirs);
        await app.AddHeldSessionAsync(other, theirGroup, Utc(2026, 10, 11), theirs);
        return new Arranged(organization, north, south, northGroup, southGroup, people, optedOut);
    }

    private static string Cell(IHtmlDocument page, string table, int row, int column) =>
        page.QuerySelector($"[data-impact-table='{table}'] tbody tr:nth-child({row + 1}) [data-cell='{row}-{column}']")?.TextContent.Trim()
        ?? throw new InvalidOperationException($"No cell {row}-{column} in {table}");

    private static IReadOnlyList<string> RowTexts(IHtmlDocument page, string table) =>
        [.. page.QuerySelectorAll($"[data-impact-table='{table}'] tbody tr").Select(r => string.Join("|", r.Children.Select(c => c.TextContent.Trim())))];

    private static async Task<string[]> CsvAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        return Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public async Task ActiveMembersAndAttendance_CountOnlyPeopleCounted_OfThisOrganization_WithSmallNumbersHidden()
    {
        var arranged = await ArrangeAsync();
        var coordinator = await app.SignedInAsync(arranged.Organization.Coordinator);

        var (response, page) = await coordinator.GetPageAsync("/impact");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(12, page.QuerySelectorAll("[data-impact-table='active-months'] tbody tr").Length);
        // Six people counted in September, not seven (one opted out), nor sixteen (another organization's nine).
        Assert.Equal("6", Cell(page, "active-months", September, 0));
        // Three of North and one of South in October: four people.
        Assert.Equal("fewer than 5", Cell(page, "active-months", October, 0));
        Assert.Equal("0", Cell(page, "active-months", 0, 0));
        Assert.Equal("7", Cell(page, "active-period", 0, 0));
        // By group: Maple had six in September; Birch one in October.
        Assert.Equal(["Maple (North)", "Birch (South)"], page.QuerySelectorAll("[data-impact-table='attendance-groups'] tbody th").Select(t => t.TextContent.Trim()));
        Assert.Equal("6", Cell(page, "attendance-groups", 0, September));
        Assert.Equal("fewer than 5", Cell(page, "attendance-groups", 0, October));
        Assert.Equal("fewer than 5", Cell(page, "attendance-groups", 1, October));
        // Retention: of Maple's six, three came in two months: hidden, and the rate built on it too.
        Assert.Equal("6", Cell(page, "retention-groups", 0, 0));
        Assert.Equal("fewer than 5", Cell(page, "retention-groups", 0, 1));
        Assert.DoesNotContain("50%", page.QuerySelector("[data-impact-table='retention-groups']")!.TextContent);
        // Sessions are not people: one held in September, two in October, shown as they are.
        Assert.Equal("1", Cell(page, "sessions", September, 0));
        Assert.Equal("2", Cell(page, "sessions", October, 0));
        Assert.NotNull(page.QuerySelector("svg[role=img][data-impact-chart='chart-active'] title"));
        Assert.NotNull(page.QuerySelector("[data-impact-rule]"));
    }

    [Fact]
    public async Task Coverage_CountsMembersPerCommunity_AndNamesCommunitiesWithoutAGroupThatMet()
    {
        var arranged = await ArrangeAsync();
        var coordinator = await app.SignedInAsync(arranged.Organization.Coordinator);

        var (_, page) = await coordinator.GetPageAsync("/impact");

        Assert.Equal(["East|0|0", "North|1|1", "South|1|1"], RowTexts(page, "coverage-groups"));
        // North: six members counted (the seventh opted out); South: one.
        Assert.Equal(["East|0", "North|6", "South|fewer than 5"], RowTexts(page, "coverage-members"));
        Assert.Contains("East", page.QuerySelector("[data-impact-section='coverage'] [data-impact-line]")!.TextContent);
    }

    [Fact]
    public async Task FeedbackNeedsWellbeingHoursAndPartners_ShowTheirFigures()
    {
        var arranged = await ArrangeAsync();
        var (organization, people) = (arranged.Organization, arranged.People);
        await app.InOrganizationAsync(organization, async db =>
        {
            // Housing: six raised by people counted, five met ten days later; one by the person who opted out.
            for (var i = 0; i < 6; i++)
            {
                var need = new Need { MemberUserId = people[i], Category = NeedCategory.Housing, CreatedAt = Utc(2026, 9, 1), CommunityId = arranged.North };
                if (i < 5)
                {
                    (need.Status, need.ClosedAt) = (NeedStatus.Met, Utc(2026, 9, 11));
                }
                db.Needs.Add(need);
                db.Referrals.Add(new Referral { NeedId = need.Id, ServiceId = "svc", Status = ReferralStatus.HelpReceived, CreatedAt = Utc(2026, 9, 2), StatusChangedAt = Utc(2026, 9, 5) });
            }
            db.Needs.Add(new Need { MemberUserId = arranged.OptedOut, Category = NeedCategory.Housing, CreatedAt = Utc(2026, 9, 1) });
            db.Needs.Add(new Need { MemberUserId = people[0], Category = NeedCategory.Legal, CreatedAt = Utc(2026, 9, 1), Status = NeedStatus.Met, ClosedAt = Utc(2026, 9, 3) });
            // WHO-5: five people, first all 2s (40%), latest all 3s (60%).
            for (var i = 0; i < 5; i++)
            {
                db.WellbeingCheckIns.Add(new WellbeingCheckIn { UserId = people[i], TakenAt = Utc(2026, 3, 1), Item1 = 2, Item2 = 2, Item3 = 2, Item4 = 2, Item5 = 2 });
                db.WellbeingCheckIns.Add(new WellbeingCheckIn { UserId = people[i], TakenAt = Utc(2026, 9, 1), Item1 = 3, Item2 = 3, Item3 = 3, Item4 = 3, Item5 = 3 });
                // Five volunteers, an hour each in October, approved; hours waiting for approval do not count.
                db.VolunteerHours.Add(new VolunteerHours { UserId = people[i], WorkedOn = new DateOnly(2026, 10, 3), Quarters = 4, Status = HoursStatus.Approved });
                db.VolunteerHours.Add(new VolunteerHours { UserId = people[i], WorkedOn = new DateOnly(2026, 10, 4), Quarters = 40, Status = HoursStatus.Submitted });
            }
            var partner = new Partner { Name = "Library", Kind = PartnerKind.Other };
            db.Partners.Add(partner);
            db.PartnerEngagements.Add(new PartnerEngagement { PartnerId = partner.Id, Kind = EngagementKind.Meeting, OccurredOn = new DateOnly(2026, 10, 1), Note = "", CreatedAt = Utc(2026, 10, 1) });
            db.JoinSourceCounts.Add(new JoinSourceCount { Month = new DateOnly(2026, 10, 1), Channel = JoinChannel.Online, Count = 7, CommunityId = arranged.North });
            db.JoinSourceCounts.Add(new JoinSourceCount { Month = new DateOnly(2026, 10, 1), Channel = JoinChannel.FriendOrFamily, Count = 2, CommunityId = arranged.North });
            await db.SaveChangesAsync();
        });
        var coordinator = await app.SignedInAsync(organization.Coordinator);

        var (_, page) = await coordinator.GetPageAsync("/impact");

        // Feedback: September's six answers (October has none, so it is not listed).
        Assert.Equal(["September 2026|6|4.0|5.0"], RowTexts(page, "feedback"));
        var needs = RowTexts(page, "needs");
        Assert.Contains("A place to live|6|5|10", needs);
        Assert.Contains(needs, row => row == "Legal help|fewer than 5|fewer than 5|not shown");
        Assert.Contains(RowTexts(page, "referrals"), row => row.StartsWith("A place to live|", StringComparison.Ordinal) && row.Contains("|6|", StringComparison.Ordinal));
        Assert.Equal(["With two or more check-ins|5|40%|60%"], RowTexts(page, "wellbeing"));
        Assert.Equal("5", Cell(page, "hours", October, 0));
        Assert.EndsWith("|5|5", RowTexts(page, "hours")[October], StringComparison.Ordinal);
        Assert.Contains("Meeting|1|1", RowTexts(page, "engagements"));
        var sources = RowTexts(page, "sources");
        Assert.Contains(sources, row => row.EndsWith("|7", StringComparison.Ordinal));
        Assert.Contains(sources, row => row.EndsWith("|fewer than 5", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Filters_CommunityAndPeriod_NarrowTheFigures_AndTheFormKeepsTheChoice()
    {
        var arranged = await ArrangeAsync();
        var coordinator = await app.SignedInAsync(arranged.Organization.Coordinator);

        var (_, south) = await coordinator.GetPageAsync($"/impact?community={arranged.South}");
        Assert.Equal(["Birch"], south.QuerySelectorAll("[data-impact-table='attendance-groups'] tbody th").Select(t => t.TextContent.Trim()));
        Assert.Equal("0", Cell(south, "active-months", September, 0));
        Assert.Equal("fewer than 5", Cell(south, "active-months", October, 0));
        Assert.Equal("1", Cell(south, "sessions", October, 0));
        Assert.Equal(arranged.South.ToString(), south.QuerySelector("select[name=community] option[selected]")?.GetAttribute("value"));

        var (_, three) = await coordinator.GetPageAsync("/impact?period=3");
        Assert.Equal(3, three.QuerySelectorAll("[data-impact-table='active-months'] tbody tr").Length);
        Assert.Equal("3", three.QuerySelector("select[name=period] option[selected]")?.GetAttribute("value"));

        var (_, chosen) = await coordinator.GetPageAsync("/impact?period=months&from=2026-09&to=2026-10");
        Assert.Equal(["September 2026|6", "October 2026|fewer than 5"], RowTexts(chosen, "active-months"));
        Assert.Equal("2026-09", chosen.QuerySelector("select[name=from] option[selected]")?.GetAttribute("value"));
        Assert.Equal("2026-10", chosen.QuerySelector("select[name=to] option[selected]")?.GetAttribute("value"));
        // The links to the report and the CSV carry the same filters.
        Assert.Contains("from=2026-09", chosen.QuerySelector("[data-impact-report]")?.GetAttribute("href"));
        Assert.Contains("to=2026-10", chosen.QuerySelector("[data-impact-csv='active-months']")?.GetAttribute("href"));

        // Another organization's community is no filter: every community is shown.
        var (_, foreign) = await coordinator.GetPageAsync($"/impact?community={Guid.NewGuid()}");
        Assert.Equal(2, foreign.QuerySelectorAll("[data-impact-table='attendance-groups'] tbody tr").Length);
    }

    [Fact]
    public async Task SmallNumbers_ReadTheSame_OnScreen_InTheCsv_AndInPrint_Sec34()
    {
        var arranged = await ArrangeAsync();
        var coordinator = await app.SignedInAsync(arranged.Organization.Coordinator);
        const string filters = "period=months&from=2026-09&to=2026-10";

        var (_, screen) = await coordinator.GetPageAsync("/impact?" + filters);
        var (report, print) = await coordinator.GetPageAsync("/impact/report?" + filters);
        var csv = await CsvAsync(coordinator, "/impact/csv?table=active-months&" + filters);

        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Equal("fewer than 5", Cell(screen, "active-months", 1, 0));
        Assert.Equal("fewer than 5", Cell(print, "active-months", 1, 0));
        Assert.Equal(["Month,People who came", "September 2026,6", "October 2026,fewer than 5"], csv);
        Assert.Equal(RowTexts(screen, "attendance-groups"), RowTexts(print, "attendance-groups"));
        Assert.Contains("fewer than 5", print.QuerySelector("[data-impact-rule]")!.TextContent);
        Assert.Null(print.QuerySelector("[data-impact-filters]"));
    }

    [Fact]
    public async Task Csv_EveryTable_IsExported_AndATextThatStartsLikeAFormula_IsPrefixed_Sec23()
    {
        var arranged = await ArrangeAsync(northGroupName: "=HYPERLINK(\"http://evil.example\")");
        var coordinator = await app.SignedInAsync(arranged.Organization.Coordinator);
        var (_, page) = await coordinator.GetPageAsync("/impact");
        var keys = page.QuerySelectorAll("[data-impact-table]").Select(t => t.GetAttribute("data-impact-table")!).ToList();
        Assert.Equal(keys.Count, page.QuerySelectorAll("[data-impact-csv]").Length);

        foreach (var key in keys)
        {
            var lines = await CsvAsync(coordinator, "/impact/csv?table=" + key);
            Assert.Equal(page.QuerySelectorAll($"[data-impact-table='{key}'] tbody tr, [data-impact-table='{key}'] tfoot tr").Length + 1, lines.Length);
        }
        var groups = await CsvAsync(coordinator, "/impact/csv?table=attendance-groups&period=months&from=2026-09&to=2026-10");
        Assert.Equal("Group,September 2026,October 2026", groups[0]);
        Assert.Equal("\"'=HYPERLINK(\"\"http://evil.example\"\") (North)\",6,fewer than 5", groups[1]);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync("/impact/csv?table=nothing")).StatusCode);
    }

    [Theory]
    [InlineData("/impact")]
    [InlineData("/impact/report")]
    [InlineData("/impact/csv?table=sessions")]
    public async Task OtherRoles_AreForbidden(string url)
    {
        var organization = await app.CreateOrganizationAsync();
        foreach (var person in new[] { organization.Facilitator, organization.Member, organization.Volunteer, organization.Partner, organization.PeerSupporter })
        {
            var client = await app.SignedInAsync(person);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(url)).StatusCode);
        }
    }
}
