using Circles.Web.Features.Sessions;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Impact;

/// <summary>Sessions held, month by month. Not a count of people, so nothing is hidden.</summary>
public static class SessionsHeldQuery
{
    public static async Task<ImpactSection> RunAsync(ImpactContext context, CancellationToken cancellationToken)
    {
        var l = context.L;
        var (start, end) = (context.Scope.Start, context.Scope.End);
        var community = context.Scope.CommunityId;
        var rows = await context.Db.GroupSessions
            .Where(s => s.Status == SessionStatus.Held && s.StartsAt >= start && s.StartsAt < end)
            .Join(context.Db.SupportGroups, s => s.GroupId, g => g.Id, (s, g) => new { s.StartsAt, g.CommunityId })
            .Where(x => community == null || x.CommunityId == community)
            .GroupBy(x => (x.StartsAt.Year * 12) + x.StartsAt.Month)
            .Select(g => new { Month = g.Key, Sessions = g.Count() })
            .ToListAsync(cancellationToken);
        var table = new int[context.Scope.Months.Count, 1];
        foreach (var row in rows)
        {
            if (context.Scope.RowOf(row.Month) is var r and >= 0)
            {
                table[r, 0] = row.Sessions;
            }
        }
        var sessions = new ImpactTable
        {
            Key = "sessions",
            Caption = l["Sessions held by month"],
            RowHeader = l["Month"],
            Rows = context.MonthLabels,
            Columns = [l["Sessions held"]],
            Counts = ImpactTable.NotOfPeople(table),
            OfPeople = false,
            ShowTotals = true,
        };
        return new ImpactSection("sessions", l["Sessions held"], null, [sessions],
            ImpactChart.OfColumn("chart-sessions", sessions, 0, context.ShortMonthLabels, l));
    }
}
