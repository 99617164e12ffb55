using Circles.Web.Data;
using Circles.Web.Features.Communities;
using Circles.Web.Features.Discussions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Groups;

/// <summary>A support group: the safe space at the heart of Circles.</summary>
public class SupportGroup : ITenantOwned, IVersioned
{
    public const int DefaultAbsenceThreshold = 3;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid CommunityId { get; set; }
    public required string Name { get; set; }

    /// <summary>The language the group meets in (a code such as "es").</summary>
    public string Language { get; set; } = "en";

    public GroupFormat Format { get; set; }

    /// <summary>Who the group is for, in the coordinator's words ("women", "labour exploitation").</summary>
    public string Focus { get; set; } = "";

    public int Capacity { get; set; } = 12;
    public string MeetingPattern { get; set; } = "";

    /// <summary>Where the group meets; shown only to its active members and facilitators.</summary>
    public string MeetingPlace { get; set; } = "";

    /// <summary>IANA time zone of the meetings, so that sessions stay at 18:00 across daylight saving.</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>What calendars show for this group's sessions; neutral by default (SEC-6).</summary>
    public string CalendarTitle { get; set; } = "Meeting";

    /// <summary>How many held sessions in a row a member may miss before someone reaches out.</summary>
    public int AbsenceThreshold { get; set; } = DefaultAbsenceThreshold;

    /// <summary>Whether the group has an online discussion and when it is open (closed unless a facilitator is on duty, by default).</summary>
    public DiscussionMode DiscussionMode { get; set; } = DiscussionMode.WhileFacilitatorOnDuty;

    public DateTime CreatedAt { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

public enum GroupFormat
{
    InPerson,
    Online,
    Hybrid,
}

internal sealed class SupportGroupConfiguration : IEntityTypeConfiguration<SupportGroup>
{
    public void Configure(EntityTypeBuilder<SupportGroup> builder)
    {
        builder.Property(g => g.Name).HasMaxLength(120);
        builder.Property(g => g.Language).HasMaxLength(10);
        builder.Property(g => g.Focus).HasMaxLength(120);
        builder.Property(g => g.MeetingPattern).HasMaxLength(200);
        builder.Property(g => g.MeetingPlace).HasMaxLength(500);
        builder.Property(g => g.TimeZone).HasMaxLength(64);
        builder.Property(g => g.CalendarTitle).HasMaxLength(60);
        builder.Property(g => g.Format).HasConversion<string>().HasMaxLength(20);
        // Groups that existed before discussions get the safe default too.
        builder.Property(g => g.DiscussionMode).HasConversion<string>().HasMaxLength(30).HasDefaultValue(DiscussionMode.WhileFacilitatorOnDuty);
        builder.HasOne<Community>().WithMany().HasForeignKey(g => g.CommunityId).OnDelete(DeleteBehavior.Restrict);
    }
}
