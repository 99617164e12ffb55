using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Peers;

/// <summary>One connection as the person in it sees it: the other person's pseudonym and where it stands.</summary>
public sealed record MatchRow(
    Guid Id,
    Guid? RequestId,
    bool IAmMember,
    string OtherName,
    PeerMatchStatus Status,
    bool IAccepted,
    bool OtherAccepted,
    bool EndedByOther,
    DateTime CreatedAt,
    DateTime? EndedAt)
{
    /// <summary>A proposal that waits for this person's answer.</summary>
    public bool WaitsForMe => Status == PeerMatchStatus.Proposed && !IAccepted;
}

public static class MatchRows
{
    /// <summary>
    /// The person's open connections (proposed or active) and those that ended since
    /// <paramref name="endedSince"/>, on both sides (as the member, as the peer), in one query.
    /// </summary>
    public static async Task<IReadOnlyList<MatchRow>> OfAsync(CirclesDb db, Guid me, DateTime endedSince, CancellationToken cancellationToken)
    {
        var rows = await db.PeerMatches
            .Where(m => m.MemberUserId == me || m.PeerUserId == me)
            .Where(m => m.Status == PeerMatchStatus.Proposed || m.Status == PeerMatchStatus.Active || m.EndedAt >= endedSince)
            .Join(db.Users, m => m.MemberUserId == me ? m.PeerUserId : m.MemberUserId, u => u.Id, (m, u) => new { m, Other = u.UserName })
            .OrderBy(x => x.m.CreatedAt)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(x =>
        {
            var asMember = x.m.MemberUserId == me;
            return new MatchRow(
                x.m.Id, x.m.RequestId, asMember, x.Other ?? "", x.m.Status,
                IAccepted: (asMember ? x.m.MemberAcceptedAt : x.m.PeerAcceptedAt) is not null,
                OtherAccepted: (asMember ? x.m.PeerAcceptedAt : x.m.MemberAcceptedAt) is not null,
                EndedByOther: x.m.EndedByUserId is { } by && by != me,
                x.m.CreatedAt, x.m.EndedAt);
        })];
    }
}
