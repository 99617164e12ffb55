using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Volunteers;

/// <summary>
/// One move of a volunteer applicant from one stage to the next: the date it happened (as the
/// coordinator says), a note, who moved them and when it was recorded. Never changed afterwards;
/// the history and the board's time-in-stage figures are read from these rows.
/// </summary>
public class VolunteerStageMove : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid ApplicationId { get; set; }
    public VolunteerStage From { get; set; }
    public VolunteerStage To { get; set; }

    /// <summary>The day of the move, in the organization's sense of the day.</summary>
    public DateOnly On { get; set; }

    public string? Note { get; set; }
    public Guid? MovedByUserId { get; set; }
    public DateTime RecordedAt { get; set; }
}

/// <summary>The two screening records needed before training. Only that they were done, and when: never what they found.</summary>
public enum ScreeningCheckKind
{
    References,
    BackgroundCheck,
}

/// <summary>
/// A screening check recorded as done on a date, by whom and when it was recorded. Deliberately
/// has no field for the result: the content of references and background checks stays outside
/// Circles (issue 15).
/// </summary>
public class VolunteerScreeningCheck : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid ApplicationId { get; set; }
    public ScreeningCheckKind Kind { get; set; }
    public DateOnly DoneOn { get; set; }
    public Guid? RecordedByUserId { get; set; }
    public DateTime RecordedAt { get; set; }
}

internal sealed class VolunteerStageMoveConfiguration : IEntityTypeConfiguration<VolunteerStageMove>
{
    public void Configure(EntityTypeBuilder<VolunteerStageMove> builder)
    {
        builder.Property(m => m.From).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.To).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Note).HasMaxLength(VolunteerStages.NoteMaximumLength);
        builder.HasIndex(m => new { m.ApplicationId, m.On });
        builder.HasOne<VolunteerApplication>().WithMany().HasForeignKey(m => m.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(m => m.MovedByUserId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class VolunteerScreeningCheckConfiguration : IEntityTypeConfiguration<VolunteerScreeningCheck>
{
    public void Configure(EntityTypeBuilder<VolunteerScreeningCheck> builder)
    {
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(c => new { c.ApplicationId, c.Kind }).IsUnique();
        builder.HasOne<VolunteerApplication>().WithMany().HasForeignKey(c => c.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(c => c.RecordedByUserId).OnDelete(DeleteBehavior.SetNull);
    }
}
