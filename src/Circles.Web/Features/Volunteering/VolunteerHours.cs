using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Volunteering;

/// <summary>
/// Hours a volunteer logged for one day, in quarter hours, against one of their assignments or
/// "other" (no assignment). Submitted, then approved (final: nobody changes it again) or returned
/// with a reason (the volunteer corrects it and it is submitted again). Only approved hours count.
/// </summary>
public class VolunteerHours : ITenantOwned, IVersioned
{
    public const int MaxNoteLength = 500;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid UserId { get; set; }
    public DateOnly WorkedOn { get; set; }

    /// <summary>Quarter hours, 1 to 96 (0.25 to 24 hours): whole numbers sum exactly on every database.</summary>
    public int Quarters { get; set; }

    /// <summary>One of their assignments; null for "other".</summary>
    public Guid? AssignmentId { get; set; }

    public string Note { get; set; } = "";
    public HoursStatus Status { get; set; } = HoursStatus.Submitted;
    public DateTime SubmittedAt { get; set; }

    /// <summary>Why a coordinator returned them; cleared when they are submitted again.</summary>
    public string? ReturnReason { get; set; }

    public Guid? ReviewedByUserId { get; set; }
    public DateTime? ReviewedAt { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    public decimal Hours => Quarters / 4m;
}

public enum HoursStatus
{
    Submitted,
    Approved,
    Returned,
}

internal sealed class VolunteerHoursConfiguration : IEntityTypeConfiguration<VolunteerHours>
{
    public void Configure(EntityTypeBuilder<VolunteerHours> builder)
    {
        builder.Ignore(h => h.Hours);
        builder.Property(h => h.Note).HasMaxLength(VolunteerHours.MaxNoteLength);
        builder.Property(h => h.ReturnReason).HasMaxLength(500);
        builder.Property(h => h.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(h => new { h.OrganizationId, h.Status });
        builder.HasIndex(h => new { h.OrganizationId, h.UserId, h.WorkedOn });
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(h => h.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(h => h.ReviewedByUserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Assignment>().WithMany().HasForeignKey(h => h.AssignmentId).OnDelete(DeleteBehavior.SetNull);
    }
}
