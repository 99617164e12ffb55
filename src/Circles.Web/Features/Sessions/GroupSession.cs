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

internal sealed class GroupSessionConfiguration : IEntityTypeConfiguration<GroupSession>
{
    public void Configure(EntityTypeBuilder<GroupSession> builder)
    {
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.CancelMessage).HasMaxLength(500);
        builder.Property(s => s.Notes).HasMaxLength(1000);
        builder.Ignore(s => s.EndsAt);
        // A group's sessions in time order; organization and id ride along so the impact dashboard's
        // feedback by month joins sessions of a period without reading their rows (issue 16: about
        // half of that query's time on SQLite at a million attendance rows).
        builder.HasIndex(s => new { s.GroupId, s.StartsAt, s.OrganizationId, s.Id });
        // The impact dashboard: the organization's held sessions of a period.
        builder.HasIndex(s => new { s.OrganizationId, s.Status, s.StartsAt });
        builder.HasOne<SupportGroup>().WithMany().HasForeignKey(s => s.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Icebreaker>().WithMany().HasForeignKey(s => s.IcebreakerId).OnDelete(DeleteBehavior.SetNull);
    }
}
