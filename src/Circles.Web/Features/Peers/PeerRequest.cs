using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Communities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Peers;

/// <summary>
/// A member asking for a peer supporter, with what matters to them. Only the language is
/// required; every other field is a preference the member chose to state.
/// </summary>
public class PeerRequest : ITenantOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid MemberUserId { get; set; }
    public required string Language { get; set; }
    public Guid? CommunityId { get; set; }
    public SharedExperience Experiences { get; set; }
    public PeerTopics Topics { get; set; }
    public PeerGender PreferredGender { get; set; } = PeerGender.NotSaid;
    public Availability Availability { get; set; }
    public PeerRequestStatus Status { get; set; } = PeerRequestStatus.Open;
    public DateTime CreatedAt { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

public enum PeerRequestStatus
{
    Open,
    Matched,
    Withdrawn,
}

internal sealed class PeerRequestConfiguration : IEntityTypeConfiguration<PeerRequest>
{
    public void Configure(EntityTypeBuilder<PeerRequest> builder)
    {
        builder.Property(r => r.Language).HasMaxLength(10);
        builder.Property(r => r.PreferredGender).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(r => new { r.MemberUserId, r.Status });
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(r => r.MemberUserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Community>().WithMany().HasForeignKey(r => r.CommunityId).OnDelete(DeleteBehavior.SetNull);
    }
}
