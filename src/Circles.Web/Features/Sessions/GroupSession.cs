using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Groups;
using Circles.Web.Features.Icebreakers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Sessions;

/// <summary>One meeting of a group. Times are stored in UTC and shown in the group's time zone.</summary>
public class GroupSession : ITenantOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid GroupId { get; set; }

    /// <summary>Sessions scheduled together as a weekly series share this id.</summary>
    public Guid? SeriesId { get; set; }

    public DateTime StartsAt { get; set; }
    public int DurationMinutes { get; set; } = 90;
    public SessionStatus Status { get; set; }
    public string CancelMessage { get; set; } = "";
    public Guid? IcebreakerId { get; set; }

    /// <summary>People who came without being members; counted, never named.</summary>
    public int WalkInGuests { get; set; }

    /// <summary>Short notes for the facilitators; the page asks that they name nobody.</summary>
    public string Notes { get; set; } = "";

    public DateTime? HeldAt { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTime EndsAt => StartsAt.AddMinutes(DurationMinutes);
}

public enum SessionStatus
{
    Scheduled,
    Held,
    Cancelled,
}

/// <summary>An optional, reorderable item of a session's agenda.</summary>
public class AgendaItem : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid SessionId { get; set; }
    public int Position { get; set; }
    public required string Title { get; set; }
    public int? Minutes { get; set; }
}

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

internal sealed class SessionConfiguration :
    IEntityTypeConfiguration<GroupSession>,
    IEntityTypeConfiguration<AgendaItem>,
    IEntityTypeConfiguration<Attendance>
{
    public void Configure(EntityTypeBuilder<GroupSession> builder)
    {
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.CancelMessage).HasMaxLength(500);
        builder.Property(s => s.Notes).HasMaxLength(1000);
        builder.Ignore(s => s.EndsAt);
        builder.HasIndex(s => new { s.GroupId, s.StartsAt });
        builder.HasOne<SupportGroup>().WithMany().HasForeignKey(s => s.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Icebreaker>().WithMany().HasForeignKey(s => s.IcebreakerId).OnDelete(DeleteBehavior.SetNull);
    }

    public void Configure(EntityTypeBuilder<AgendaItem> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(120);
        builder.HasIndex(a => new { a.SessionId, a.Position });
        builder.HasOne<GroupSession>().WithMany().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<Attendance> builder)
    {
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Reason).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(a => new { a.SessionId, a.UserId }).IsUnique();
        builder.HasOne<GroupSession>().WithMany().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
