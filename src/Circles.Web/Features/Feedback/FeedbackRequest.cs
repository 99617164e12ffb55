using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Feedback;

/// <summary>
/// That a person was asked for feedback on a session, and whether they answered; never what
/// they answered. Kept apart from <see cref="FeedbackResponse"/> so answers cannot be traced back.
/// </summary>
public class FeedbackRequest : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid SessionId { get; set; }
    public Guid UserId { get; set; }
    public bool Answered { get; set; }
}

internal sealed class FeedbackRequestConfiguration : IEntityTypeConfiguration<FeedbackRequest>
{
    public void Configure(EntityTypeBuilder<FeedbackRequest> builder)
    {
        builder.HasIndex(r => new { r.SessionId, r.UserId }).IsUnique();
        builder.HasOne<GroupSession>().WithMany().HasForeignKey(r => r.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
