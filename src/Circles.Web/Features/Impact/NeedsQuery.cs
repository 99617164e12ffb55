using System.Globalization;
using Circles.Web.Features.Needs;
using Circles.Web.Features.Shared;
using Circles.Web.Features.Volunteers;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Impact;

/// <summary>
/// Needs raised in the period by category and how many were met, the outcomes of their
/// referrals, and the median days from raising a need to its being met. Needs of people counted only.
/// </summary>
public static class NeedsQuery
{
    public static async Task<ImpactSection> RunAsync(ImpactContext context, CancellationToken cancellationToken)
    {
        var l = context.L;
        var db = context.Db;
        var (start, end) = (context.Scope.Start, context.Scope.End);
        var community = context.Scope.CommunityId;
        var counted = db.CountedPeople();
        var needs = db.Needs.Where(n => n.CreatedAt >= start && n.CreatedAt < end && counted.Contains(n.MemberUserId));
        // By category and community: counts add up, so one query gives the chosen community and the reference (all).
        var raised = await needs
            .GroupBy(n => new { n.Category, n.CommunityId })
            .Select(g => new { g.Key.Category, g.Key.CommunityId, Raised = g.Count(), Met = g.Count(n => n.Status == NeedStatus.Met) })
            .ToListAsync(cancellationToken);
        var referrals = await db.Referrals
            .Join(needs, r => r.NeedId, n => n.Id, (r, n) => new { n.Category, n.CommunityId, r.Status })
            .GroupBy(x => new { x.Category, x.CommunityId, x.Status })
            .Select(g => new { g.Key.Category, g.Key.CommunityId, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        // The days from raising to meeting, per category: only two dates of each met need leave the database, no one's details.
        var metNeeds = needs.Where(n => n.Status == NeedStatus.Met && n.ClosedAt != null);
        if (community is not null)
        {
            metNeeds = metNeeds.Where(n => n.CommunityId == community);
        }
        var met = await metNeeds.Select(n => new { n.Category, n.CreatedAt, ClosedAt = n.ClosedAt!.Value }).ToListAsync(cancellationToken);

        var categories = Enum.GetValues<NeedCategory>();
        string[] labels = [.. categories.Select(c => l["NeedCategory:" + c].Value)];
        int[,] Needs(bool filtered)
        {
            var table = new int[categories.Length, 2];
            foreach (var row in raised.Where(r => !filtered || community == null || r.CommunityId == community))
            {
                var i = Array.IndexOf(categories, row.Category);
                table[i, 0] += row.Raised;
                table[i, 1] += row.Met;
            }
            return table;
        }
        var statuses = Enum.GetValues<ReferralStatus>();
        int[,] Referrals(bool filtered)
        {
            var table = new int[categories.Length, statuses.Length];
            foreach (var row in referrals.Where(r => !filtered || community == null || r.CommunityId == community))
            {
                table[Array.IndexOf(categories, row.Category), Array.IndexOf(statuses, row.Status)] += row.Count;
            }
            return table;
        }
        var needCounts = SmallNumbers.Suppress(Needs(filtered: true), community is null ? null : Needs(filtered: false), totalsShown: false);
        var medians = categories
            .Select((category, i) => needCounts.Hidden[i, 1] ? null
                : VolunteerStages.Median(met.Where(n => n.Category == category).Select(n => (int)(n.ClosedAt - n.CreatedAt).TotalDays)) is { } median
                    ? median.ToString("0.#", CultureInfo.CurrentCulture) : "–")
            .ToList();
        var needsTable = new ImpactTable
        {
            Key = "needs",
            Caption = l["Needs raised and met, by category"],
            RowHeader = l["Category"],
            Rows = labels,
            Columns = [l["Raised"], l["Met"]],
            Counts = needCounts,
            ShowTotals = false,
            Rates = [new ImpactRate(l["Median days to help"], medians)],
        };
        var referralTable = new ImpactTable
        {
            Key = "referrals",
            Caption = l["Referral outcomes, by category of need"],
            RowHeader = l["Category"],
            Rows = labels,
            Columns = [.. statuses.Select(s => l["ReferralStatus:" + s].Value)],
            Counts = SmallNumbers.Suppress(Referrals(filtered: true), community is null ? null : Referrals(filtered: false), totalsShown: false),
        };
        return new ImpactSection("needs", l["Needs and referrals"],
            l["Needs raised in the period. Median days to help: from raising a need to its being met, for the needs met."],
            [needsTable, referralTable]);
    }
}
