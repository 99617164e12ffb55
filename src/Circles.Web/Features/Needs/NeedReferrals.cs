using Circles.Web.Data;
using Circles.Web.Features.Directory;
using Circles.Web.Features.Directory.Hsds;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Needs;

/// <summary>The referrals of some needs with their service's name and consent, in two queries (no N+1).</summary>
public sealed class NeedReferrals(CirclesDb db)
{
    public sealed record Row(
        Guid Id, Guid NeedId, string ServiceId, string ServiceName, ReferralStatus Status, DateTime CreatedAt, DateTime StatusChangedAt,
        bool SharesMemberDetails, MemberAnswer? Answer, DateTime? AnsweredAt, Guid Version, ConsentRow? Consent, IntakeStatus Intake)
    {
        public bool IsClosedByService => Status is ReferralStatus.Declined or ReferralStatus.NotSuitable;

        /// <summary>Sharing now: marked so and standing on an active consent (SEC-21).</summary>
        public bool SharingNow => SharesMemberDetails && Consent is { IsActive: true };
    }

    public sealed record ConsentRow(Guid Id, DateTime GivenAt, Guid RecordedByUserId, DateTime? WithdrawnAt, bool IsOverride, Guid? ApprovedByUserId)
    {
        public bool IsActive => WithdrawnAt is null && (!IsOverride || ApprovedByUserId is not null);
    }

    public async Task<IReadOnlyList<Row>> ForNeedsAsync(IReadOnlyCollection<Guid> needIds, CancellationToken cancellationToken)
    {
        var rows = await db.Referrals
            .Where(r => needIds.Contains(r.NeedId))
            .OrderBy(r => r.CreatedAt)
            .GroupJoin(db.Consents, r => r.ConsentId, c => c.Id, (r, c) => new { r, c })
            .SelectMany(x => x.c.DefaultIfEmpty(), (x, c) => new { x.r, c })
            .ToListAsync(cancellationToken);
        var serviceIds = rows.Select(x => x.r.ServiceId).Distinct().ToList();
        var names = await db.Set<HsdsService>().Where(s => serviceIds.Contains(s.Id))
            .Select(s => new { s.Id, s.Name }).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        var intake = await db.ServiceFacts.Where(f => serviceIds.Contains(f.ServiceId))
            .Select(f => new { f.ServiceId, f.Intake }).ToDictionaryAsync(f => f.ServiceId, f => f.Intake, cancellationToken);
        return [.. rows.Select(x => new Row(
            x.r.Id, x.r.NeedId, x.r.ServiceId, names.GetValueOrDefault(x.r.ServiceId) ?? x.r.ServiceId, x.r.Status, x.r.CreatedAt, x.r.StatusChangedAt,
            x.r.SharesMemberDetails, x.r.MemberSaysHelpArrived, x.r.MemberAnsweredAt, x.r.Version,
            x.c is null ? null : new ConsentRow(x.c.Id, x.c.GivenAt, x.c.RecordedByUserId, x.c.WithdrawnAt, x.c.ProtectedOverrideReason != null, x.c.OverrideApprovedByUserId),
            intake.GetValueOrDefault(x.r.ServiceId, IntakeStatus.Unknown)))];
    }

    /// <summary>A referral waiting for its member's answer, and the need it is for.</summary>
    public sealed record Awaiting(Guid ReferralId, Guid NeedId);

    /// <summary>
    /// Referrals whose member has not yet said whether the help arrived (or said "not yet" a
    /// week ago or more), on needs still open: the "Did the help arrive?" question. A member has
    /// a handful of referrals, so callers pick the ones for a need from this list.
    /// </summary>
    public async Task<IReadOnlyList<Awaiting>> AwaitingAnswerAsync(Guid memberUserId, DateTime now, CancellationToken cancellationToken) =>
        await AwaitingAnswerOf(db, memberUserId, now.AddDays(-7)).ToListAsync(cancellationToken);

    // Compiled once (issue 17): the member home asks on every visit.
    private static readonly Func<CirclesDb, Guid, DateTime, IAsyncEnumerable<Awaiting>> AwaitingAnswerOf = EF.CompileAsyncQuery(
        (CirclesDb db, Guid memberUserId, DateTime askAgainAfter) => db.Referrals
            .Where(r => r.Status != ReferralStatus.Declined && r.Status != ReferralStatus.NotSuitable)
            .Where(r => r.MemberSaysHelpArrived == null || (r.MemberSaysHelpArrived == MemberAnswer.NotYet && r.MemberAnsweredAt <= askAgainAfter))
            .Where(r => db.Needs.Any(n => n.Id == r.NeedId && n.MemberUserId == memberUserId && n.Status != NeedStatus.Met && n.Status != NeedStatus.Closed))
            .Select(r => new Awaiting(r.Id, r.NeedId)));

    public static NeedWords.ReferralLine Line(Row row) => new(row.ServiceName, row.Status, row.Answer);
}
