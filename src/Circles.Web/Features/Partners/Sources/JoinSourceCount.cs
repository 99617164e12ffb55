using Circles.Web.Data;
using Circles.Web.Features.Communities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Partners.Sources;

/// <summary>
/// How many people who joined in a month said they found us through a partner or a channel.
/// A counter, not a row per person: no user, no invitation, no exact time, and not even an
/// insertion order, so nothing here can be joined back to who answered (see
/// docs/decisions/0016-trusted-leaders-to-partners.md and docs/security.md, SEC-34).
/// </summary>
public class JoinSourceCount : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }

    /// <summary>The first day of the month they joined in.</summary>
    public DateOnly Month { get; set; }

    /// <summary>When the way in named one; none today (invitations carry no community).</summary>
    public Guid? CommunityId { get; set; }

    public JoinChannel Channel { get; set; }

    /// <summary>Set when <see cref="Channel"/> is <see cref="JoinChannel.Partner"/>.</summary>
    public Guid? PartnerId { get; set; }

    public int Count { get; set; }
}

/// <summary>The answers to "How did you find us?" besides "prefer not to say", which stores nothing.</summary>
public enum JoinChannel
{
    Partner,
    FriendOrFamily,
    AnotherMember,
    ServiceOrAgency,
    Online,
    EventOrTalk,
    Other,
}

internal sealed class JoinSourceCountConfiguration : IEntityTypeConfiguration<JoinSourceCount>
{
    public void Configure(EntityTypeBuilder<JoinSourceCount> builder)
    {
        builder.Property(c => c.Channel).HasConversion<string>().HasMaxLength(30);
        builder.HasIndex(c => new { c.OrganizationId, c.Month });
        builder.HasOne<Partner>().WithMany().HasForeignKey(c => c.PartnerId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Community>().WithMany().HasForeignKey(c => c.CommunityId).OnDelete(DeleteBehavior.SetNull);
    }
}
