using Circles.Web.Data;
using Circles.Web.Features.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Feedback;

/// <summary>
/// An anonymous answer: no person, no time of answering, a random id, so that neither a join nor
/// an order can link it to whoever gave it.
/// </summary>
public class FeedbackResponse : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid SessionId { get; set; }

    /// <summary>1 (not at all) to 5 (completely).</summary>
    public int FeltSafe { get; set; }

    /// <summary>1 (not at all) to 5 (very).</summary>
    public int Useful { get; set; }

    public string ShouldChange { get; set; } = "";
    public string Comment { get; set; } = "";
}

internal sealed class FeedbackResponseConfiguration : IEntityTypeConfiguration<FeedbackResponse>
{
    public void Configure(EntityTypeBuilder<FeedbackResponse> builder)
    {
        builder.Property(r => r.ShouldChange).HasMaxLength(500);
        builder.Property(r => r.Comment).HasMaxLength(1000);
        // A session's answers; the scores ride along so the impact dashboard's feedback by month
        // adds them up from the index alone.
        builder.HasIndex(r => new { r.SessionId, r.OrganizationId, r.FeltSafe, r.Useful });
        builder.HasOne<GroupSession>().WithMany().HasForeignKey(r => r.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}
