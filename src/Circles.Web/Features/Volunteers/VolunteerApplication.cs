using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Volunteers;

/// <summary>
/// Someone who offered to volunteer through the public form, and where they are on the way to
/// becoming an active volunteer. Holds only what the form asks; how to reach them and what they
/// wrote about themselves are encrypted (SEC-27).
/// </summary>
public class VolunteerApplication : ITenantOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }

    /// <summary>What they would like to be called.</summary>
    public required string Name { get; set; }

    /// <summary>An email address or phone number, as they gave it.</summary>
    public string? ProtectedContact { get; set; }

    public string? ProtectedMotivation { get; set; }
    public string? ProtectedWorries { get; set; }
    public string Skills { get; set; } = "";
    public string Languages { get; set; } = "";
    public string Availability { get; set; } = "";

    /// <summary>How they heard of the organization, as they wrote it.</summary>
    public string HeardFrom { get; set; } = "";

    public VolunteerStage Stage { get; set; } = VolunteerStage.Interest;

    /// <summary>When they entered <see cref="Stage"/>, for the time spent in it.</summary>
    public DateTime StageEnteredAt { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>Their account, once an active volunteer's invitation has been redeemed.</summary>
    public Guid? UserId { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>The account invitation issued when they became active; Join links <see cref="UserId"/> when it is redeemed.</summary>
    public Guid? InvitationId { get; set; }
}

/// <summary>The stages of the pipeline, in order; Paused and Left can be reached from any stage.</summary>
public enum VolunteerStage
{
    Interest,
    Conversation,
    Screening,
    Training,
    Active,
    Paused,
    Left,
}

internal sealed class VolunteerApplicationConfiguration : IEntityTypeConfiguration<VolunteerApplication>
{
    public void Configure(EntityTypeBuilder<VolunteerApplication> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(100);
        builder.Property(a => a.ProtectedContact).HasMaxLength(1000);
        builder.Property(a => a.ProtectedMotivation).HasMaxLength(8000);
        builder.Property(a => a.ProtectedWorries).HasMaxLength(8000);
        builder.Property(a => a.Skills).HasMaxLength(500);
        builder.Property(a => a.Languages).HasMaxLength(200);
        builder.Property(a => a.Availability).HasMaxLength(500);
        builder.Property(a => a.HeardFrom).HasMaxLength(200);
        builder.Property(a => a.Stage).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(a => new { a.OrganizationId, a.Stage });
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Features.Invitations.Invitation>().WithMany().HasForeignKey(a => a.InvitationId).OnDelete(DeleteBehavior.SetNull);
    }
}
