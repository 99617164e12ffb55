using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Peers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Messages;

/// <summary>
/// A message between the two people of a match. There is no other kind of direct message: no
/// match, no message. The text is encrypted (SEC-27) and deleted after the organization's
/// retention period (SEC-35).
/// </summary>
public class DirectMessage : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid MatchId { get; set; }
    public Guid SenderUserId { get; set; }
    public Guid RecipientUserId { get; set; }
    public required string ProtectedBody { get; set; }
    public DateTime SentAt { get; set; }

    /// <summary>When the recipient opened it: drives unread counts; shown to the sender only if the recipient shares read receipts.</summary>
    public DateTime? ReadAt { get; set; }

    /// <summary>Set by a moderator; hidden messages show a placeholder to both sides.</summary>
    public DateTime? HiddenAt { get; set; }
    public Guid? HiddenByUserId { get; set; }
    public string? HiddenReason { get; set; }
}

internal sealed class DirectMessageConfiguration : IEntityTypeConfiguration<DirectMessage>
{
    public void Configure(EntityTypeBuilder<DirectMessage> builder)
    {
        builder.Property(m => m.ProtectedBody).HasMaxLength(16000);
        builder.Property(m => m.HiddenReason).HasMaxLength(500);
        builder.HasIndex(m => new { m.MatchId, m.SentAt });
        builder.HasIndex(m => new { m.RecipientUserId, m.ReadAt });
        builder.HasIndex(m => m.SentAt);
        builder.HasOne<PeerMatch>().WithMany().HasForeignKey(m => m.MatchId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(m => m.SenderUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(m => m.RecipientUserId).OnDelete(DeleteBehavior.Restrict);
    }
}
