using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Peers;

/// <summary>
/// A member and a peer supporter. Nobody can contact anyone until both have accepted; either
/// can end it at any time without giving a reason. Direct messages exist only inside an active
/// match.
/// </summary>
public class PeerMatch : ITenantOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid? RequestId { get; set; }
    public Guid MemberUserId { get; set; }
    public Guid PeerUserId { get; set; }

    /// <summary>Who proposed it: the member themselves or a coordinator on their behalf.</summary>
    public Guid ProposedByUserId { get; set; }

    /// <summary>The coordinator who looks after this match (crisis alerts go to them); null means any coordinator.</summary>
    public Guid? CoordinatorUserId { get; set; }

    public PeerMatchStatus Status { get; set; } = PeerMatchStatus.Proposed;
    public DateTime? MemberAcceptedAt { get; set; }
    public DateTime? PeerAcceptedAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ActiveSince { get; set; }
    public DateTime? EndedAt { get; set; }
    public Guid? EndedByUserId { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    public bool IsActive => Status == PeerMatchStatus.Active;

    public bool Involves(Guid userId) => MemberUserId == userId || PeerUserId == userId;

    public Guid OtherThan(Guid userId) => MemberUserId == userId ? PeerUserId : MemberUserId;
}

public enum PeerMatchStatus
{
    /// <summary>Waiting for one or both sides to accept.</summary>
    Proposed,
    Active,

    /// <summary>One side said no before it began.</summary>
    Declined,
    Ended,
}

internal sealed class PeerMatchConfiguration : IEntityTypeConfiguration<PeerMatch>
{
    public void Configure(EntityTypeBuilder<PeerMatch> builder)
    {
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(m => m.IsActive);
        builder.HasIndex(m => new { m.MemberUserId, m.Status });
        builder.HasIndex(m => new { m.PeerUserId, m.Status });
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(m => m.MemberUserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(m => m.PeerUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PeerRequest>().WithMany().HasForeignKey(m => m.RequestId).OnDelete(DeleteBehavior.SetNull);
    }
}
