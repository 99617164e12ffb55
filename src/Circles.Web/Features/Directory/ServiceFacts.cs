using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Directory;

/// <summary>
/// What survivors ask before they call a service, as this organization has checked it. Kept
/// beside the HSDS service (not in it) so an import never overwrites what a coordinator verified.
/// Languages come from the HSDS languages of the service.
/// </summary>
public class ServiceFacts : ITenantOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }

    /// <summary>The HSDS id of the service.</summary>
    public required string ServiceId { get; set; }

    public bool ExperiencedWithSurvivors { get; set; }

    /// <summary>Null when not known yet: the page says "ask", never guesses.</summary>
    public bool? IsFree { get; set; }
    public bool? RequiresId { get; set; }
    public bool? RequiresImmigrationDocuments { get; set; }
    public bool? SafeToText { get; set; }
    public string Accessibility { get; set; } = "";

    public IntakeStatus Intake { get; set; } = IntakeStatus.Unknown;
    public DateTime? IntakeConfirmedAt { get; set; }

    public Guid? VerifiedByUserId { get; set; }
    public DateTime? VerifiedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency token (SEC-43).</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>Due when never verified or verified longer ago than the organization's interval.</summary>
    public bool IsDueForVerification(DateTime now, int reverifyAfterMonths) =>
        VerifiedAt is not { } verified || verified.AddMonths(reverifyAfterMonths) <= now;
}

/// <summary>Whether a service can take a referral now.</summary>
public enum IntakeStatus
{
    Unknown,
    Open,
    WaitingList,
    Full,
}

internal sealed class ServiceFactsConfiguration : IEntityTypeConfiguration<ServiceFacts>
{
    public void Configure(EntityTypeBuilder<ServiceFacts> builder)
    {
        builder.HasIndex(f => new { f.OrganizationId, f.ServiceId }).IsUnique();
        builder.Property(f => f.ServiceId).HasMaxLength(Hsds.HsdsModel.IdLength);
        builder.Property(f => f.Accessibility).HasMaxLength(1000);
        builder.Property(f => f.Intake).HasConversion<string>().HasMaxLength(20);
    }
}
