using System.Globalization;
using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Circles.Web.Features.Shared;

namespace Circles.Web.Features.Partners.Sources;

/// <summary>
/// Where people come from: how many new members named each partner or channel, per community,
/// for a period of months, through SmallNumbers.Suppress (counts from 1 to 4 read "fewer than 5",
/// and enough other figures are not shown that none can be worked out from the totals); and
/// the referrals partners sent us, from the engagement logs.
/// </summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class IndexModel(CirclesDb db, TimeProvider clock) : PageModel
{
    /// <summary>First month of the period, "yyyy-MM"; 11 months before the current one when not given.</summary>
    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    /// <summary>Last month of the period, "yyyy-MM"; the current month when not given.</summary>
    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    public DateOnly FromMonth { get; private set; }
    public DateOnly ToMonth { get; private set; }
    public bool PeriodInvalid { get; private set; }

    /// <summary>The columns: communities with answers, in name order; null for "no community given".</summary>
    public IReadOnlyList<(Guid? Id, string? Name)> Columns { get; private set; } = [];

    public IReadOnlyList<SourceRow> Rows { get; private set; } = [];

    /// <summary>The counts of <see cref="Rows"/> after the small-numbers rule, with primary and secondary suppression (SEC-34).</summary>
    public SuppressedTable Table { get; private set; } = SmallNumbers.Suppress(new int[0, 0]);
    public IReadOnlyList<(Guid Id, string Name, int Count)> ReferralsReceived { get; private set; } = [];

    /// <summary>A partner (Name set) or a channel, and its count per column.</summary>
    public sealed record SourceRow(JoinChannel Channel, string? PartnerName, IReadOnlyList<int> Counts);

    public async Task OnGetAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        var today = clock.UtcToday();
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        ToMonth = ParseMonth(To) ?? thisMonth;
        FromMonth = ParseMonth(From) ?? ToMonth.AddMonths(-11);
        if ((From is not null && ParseMonth(From) is null) || (To is not null && ParseMonth(To) is null) || FromMonth > ToMonth)
        {
            PeriodInvalid = true;
            ToMonth = thisMonth;
            FromMonth = thisMonth.AddMonths(-11);
        }
        From = FromMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        To = ToMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture);

        var counts = await db.JoinSourceCounts
            .Where(c => c.Month >= FromMonth && c.Month <= ToMonth)
            .GroupBy(c => new { c.Channel, c.PartnerId, c.CommunityId })
            .Select(g => new { g.Key.Channel, g.Key.PartnerId, g.Key.CommunityId, Count = g.Sum(c => c.Count) })
            .ToListAsync(cancellationToken);
        var communityIds = counts.Where(c => c.CommunityId != null).Select(c => c.CommunityId!.Value).Distinct().ToList();
        var communityNames = await db.Communities.Where(c => communityIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var partnerIds = counts.Where(c => c.PartnerId != null).Select(c => c.PartnerId!.Value).Distinct().ToList();
        var partnerNames = await db.Partners.Where(p => partnerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);

        var columns = communityNames.OrderBy(c => c.Value, StringComparer.CurrentCulture).Select(c => ((Guid?)c.Key, (string?)c.Value)).ToList();
        if (counts.Any(c => c.CommunityId is null || !communityNames.ContainsKey(c.CommunityId.Value)))
        {
            columns.Add((null, null));
        }
        Columns = columns;
        int Column(Guid? communityId) => communityId is { } id && communityNames.ContainsKey(id) ? columns.FindIndex(c => c.Item1 == id) : columns.FindIndex(c => c.Item1 is null);

        var rows = new List<SourceRow>();
        // Partners by name (a partner deleted since counts as "Other"), then channels in their order.
        foreach (var partner in counts.Where(c => c.Channel == JoinChannel.Partner && c.PartnerId is { } id && partnerNames.ContainsKey(id))
            .GroupBy(c => c.PartnerId!.Value).OrderBy(g => partnerNames[g.Key], StringComparer.CurrentCulture))
        {
            var cells = new int[columns.Count];
            foreach (var count in partner)
            {
                cells[Column(count.CommunityId)] += count.Count;
            }
            rows.Add(new SourceRow(JoinChannel.Partner, partnerNames[partner.Key], cells));
        }
        foreach (var channel in JoinSources.Channels)
        {
            var cells = new int[columns.Count];
            foreach (var count in counts.Where(c => c.Channel == channel
                || (channel == JoinChannel.Other && c.Channel == JoinChannel.Partner && (c.PartnerId is null || !partnerNames.ContainsKey(c.PartnerId.Value)))))
            {
                cells[Column(count.CommunityId)] += count.Count;
            }
            rows.Add(new SourceRow(channel, null, cells));
        }
        Rows = rows;
        var table = new int[rows.Count, columns.Count];
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                table[r, c] = rows[r].Counts[c];
            }
        }
        Table = SmallNumbers.Suppress(table);

        var fromDay = FromMonth;
        var toDay = ToMonth.AddMonths(1);
        ReferralsReceived = [.. (await db.PartnerEngagements
            .Where(e => e.Kind == EngagementKind.ReferralReceived && e.OccurredOn >= fromDay && e.OccurredOn < toDay)
            .GroupBy(e => e.PartnerId)
            .Select(g => new { PartnerId = g.Key, Count = g.Count() })
            .Join(db.Partners, g => g.PartnerId, p => p.Id, (g, p) => new { p.Id, p.Name, g.Count })
            .ToListAsync(cancellationToken))
            .OrderByDescending(r => r.Count).ThenBy(r => r.Name, StringComparer.CurrentCulture)
            .Select(r => (r.Id, r.Name, r.Count))];
    }

    private static DateOnly? ParseMonth(string? value) =>
        DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) ? month : null;
}
