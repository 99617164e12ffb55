using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Groups;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.FormatChanges;

/// <summary>
/// One change to how a group meets (its format, agenda, timing, place, ground rules…), on the day
/// it took effect, so that facilitators read the session feedback beside what changed. Recorded
/// by a facilitator or coordinator, or automatically when the group edit page changes the format,
/// meeting pattern, time zone or place (<see cref="AutomaticChanges"/>). When marked "because of
/// feedback", members of the group read "You said…, we changed…" on the group page: both texts are
/// the facilitator's own summary, never a quote.
/// </summary>
public class GroupFormatChange : ITenantOwned, IVersioned
{
    public const int TextLength = 300;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid GroupId { get; set; }

    /// <summary>The day, in the group's time zone, from which sessions met the new way.</summary>
    public DateOnly TookEffectOn { get; set; }

    public FormatChangeArea Area { get; set; }

    /// <summary>What changed, in the facilitator's words (may be empty for an automatic entry, which has <see cref="Field"/>).</summary>
    public string WhatChanged { get; set; } = "";

    /// <summary>For an automatic entry: the field of the group that changed; shown as "Format: In person → Hybrid" in the reader's language.</summary>
    public GroupField? Field { get; set; }

    public string Before { get; set; } = "";
    public string After { get; set; } = "";

    public bool BecauseOfFeedback { get; set; }

    /// <summary>"You said…": the facilitator's summary of the feedback, never a quote that could single someone out.</summary>
    public string YouSaid { get; set; } = "";

    /// <summary>"We changed…": what the group does differently, in words for its members.</summary>
    public string WeChanged { get; set; } = "";

    /// <summary>Null once that person's account is gone.</summary>
    public Guid? RecordedByUserId { get; set; }

    public DateTime RecordedAt { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

public enum FormatChangeArea
{
    Format,
    Agenda,
    Timing,
    Place,
    GroundRules,
    Other,
}

/// <summary>The fields of a group whose change the edit page records by itself.</summary>
public enum GroupField
{
    Format,
    MeetingPattern,
    TimeZone,
    MeetingPlace,
}

internal sealed class GroupFormatChangeConfiguration : IEntityTypeConfiguration<GroupFormatChange>
{
    public void Configure(EntityTypeBuilder<GroupFormatChange> builder)
    {
        builder.Property(c => c.Area).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Field).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.WhatChanged).HasMaxLength(GroupFormatChange.TextLength);
        builder.Property(c => c.YouSaid).HasMaxLength(GroupFormatChange.TextLength);
        builder.Property(c => c.WeChanged).HasMaxLength(GroupFormatChange.TextLength);
        builder.Property(c => c.Before).HasMaxLength(500);
        builder.Property(c => c.After).HasMaxLength(500);
        builder.HasIndex(c => new { c.GroupId, c.TookEffectOn });
        builder.HasOne<SupportGroup>().WithMany().HasForeignKey(c => c.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(c => c.RecordedByUserId).OnDelete(DeleteBehavior.SetNull);
    }
}
