using System.ComponentModel.DataAnnotations;
using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Updates;

/// <summary>
/// A win or a setback the organizers share with their volunteers, their partners or both: plain
/// text, shown on those people's home pages. Never shown to members (who read stories instead).
/// </summary>
public class OrganizerUpdate : ITenantOwned, IVersioned
{
    public const int TitleMaxLength = 120;
    public const int BodyMaxLength = 2000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public UpdateKind Kind { get; set; }
    public UpdateAudience Audience { get; set; } = UpdateAudience.Both;
    public required string Title { get; set; }
    public required string Body { get; set; }
    public DateTime PostedAt { get; set; }

    /// <summary>The coordinator who posted it; null once their account is gone.</summary>
    public Guid? PostedByUserId { get; set; }

    public DateTime? ChangedAt { get; set; }

    /// <summary>Optimistic concurrency token (SEC-43).</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>The audiences a person with these roles belongs to.</summary>
    public static List<UpdateAudience> AudiencesFor(bool volunteer, bool partner)
    {
        var audiences = new List<UpdateAudience>();
        if (volunteer)
        {
            audiences.Add(UpdateAudience.Volunteers);
        }
        if (partner)
        {
            audiences.Add(UpdateAudience.Partners);
        }
        if (audiences.Count > 0)
        {
            audiences.Add(UpdateAudience.Both);
        }
        return audiences;
    }
}

public enum UpdateKind
{
    Win,
    Setback,
}

public enum UpdateAudience
{
    Volunteers,
    Partners,
    Both,
}

internal sealed class OrganizerUpdateConfiguration : IEntityTypeConfiguration<OrganizerUpdate>
{
    public void Configure(EntityTypeBuilder<OrganizerUpdate> builder)
    {
        builder.Property(u => u.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(u => u.Audience).HasConversion<string>().HasMaxLength(20);
        builder.Property(u => u.Title).HasMaxLength(OrganizerUpdate.TitleMaxLength);
        builder.Property(u => u.Body).HasMaxLength(OrganizerUpdate.BodyMaxLength);
        builder.HasIndex(u => new { u.OrganizationId, u.PostedAt });
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(u => u.PostedByUserId).OnDelete(DeleteBehavior.SetNull);
    }
}

/// <summary>The new and edit form.</summary>
public sealed class UpdateForm
{
    [Required(ErrorMessage = "Choose win or setback.")]
    public UpdateKind? Kind { get; set; }

    [Required(ErrorMessage = "Choose who reads it.")]
    public UpdateAudience? Audience { get; set; }

    [Required(ErrorMessage = "Give the update a title.")]
    [StringLength(OrganizerUpdate.TitleMaxLength, ErrorMessage = "Use at most 120 characters.")]
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "Write what happened.")]
    [StringLength(OrganizerUpdate.BodyMaxLength, ErrorMessage = "Use at most 2000 characters.")]
    public string Body { get; set; } = "";

    public Guid Version { get; set; }

    public static UpdateForm From(OrganizerUpdate update) => new()
    {
        Kind = update.Kind, Audience = update.Audience, Title = update.Title, Body = update.Body, Version = update.Version,
    };

    public void ApplyTo(OrganizerUpdate update)
    {
        update.Kind = Kind!.Value;
        update.Audience = Audience!.Value;
        update.Title = Title.Trim();
        update.Body = Body.Trim();
    }
}
