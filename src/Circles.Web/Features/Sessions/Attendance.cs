using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Sessions;

/// <summary>Whether one member came to one session.</summary>
public class Attendance : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid SessionId { get; set; }
    public Guid UserId { get; set; }
    public AttendanceStatus Status { get; set; }
    public AbsenceReason? Reason { get; set; }
    public DateTime RecordedAt { get; set; }
}

public enum AttendanceStatus
{
    Present,
    Absent,
    Excused,
}

/// <summary>A short list, so that nobody has to write a reason down; "not known" is the default.</summary>
public enum AbsenceReason
{
    Unwell,
    Work,
    Childcare,
    Transport,
    NotSafeToCome,
    Other,
}

internal sealed class AttendanceConfiguration : IEntityTypeConfiguration<Attendance>
{
    public void Configure(EntityTypeBuilder<Attendance> builder)
    {
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Reason).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(a => new { a.SessionId, a.UserId }).IsUnique();
        // The impact dashboard's attendance figures: a held session's present people, read from the index alone.
        builder.HasIndex(a => new { a.OrganizationId, a.SessionId, a.Status, a.UserId });
        builder.HasOne<GroupSession>().WithMany().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
