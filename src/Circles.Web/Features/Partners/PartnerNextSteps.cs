using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Circles.Web.Features.Shared;

namespace Circles.Web.Features.Partners;

/// <summary>
/// Open next steps of partners' engagement logs that are late or due within
/// <see cref="DaysAhead"/> days, for the coordinator's home.
/// </summary>
public sealed class PartnerNextSteps(CirclesDb db, TimeProvider clock)
{
    public const int DaysAhead = 7;

    public sealed record Step(Guid PartnerId, string Partner, Guid EntryId, string NextStep, DateOnly DueOn, string? Owner, bool Overdue);

    public async Task<IReadOnlyList<Step>> DueSoonAsync(CancellationToken cancellationToken)
    {
        var today = clock.UtcToday();
        var until = today.AddDays(DaysAhead);
        var rows = await db.PartnerEngagements
            .Where(e => e.NextStep != null && e.NextStepDoneAt == null && e.NextStepDueOn != null && e.NextStepDueOn <= until)
            .Join(db.Partners, e => e.PartnerId, p => p.Id, (e, p) => new
            {
                PartnerId = p.Id,
                Partner = p.Name,
                EntryId = e.Id,
                NextStep = e.NextStep!,
                DueOn = e.NextStepDueOn!.Value,
                Owner = db.Users.Where(u => u.Id == e.NextStepOwnerUserId).Select(u => u.UserName).FirstOrDefault(),
            })
            .OrderBy(s => s.DueOn)
            .Take(20)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new Step(r.PartnerId, r.Partner, r.EntryId, r.NextStep, r.DueOn, r.Owner, r.DueOn < today))];
    }
}
