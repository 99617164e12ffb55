using Circles.Web.Data;
using Circles.Web.Features.Groups;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.GroundRules;

/// <summary>
/// One version of a group's ground rules. Versions are never edited: a change makes the next
/// version, and agreement is recorded against the version a person actually read.
/// </summary>
public class GroundRulesVersion : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid GroupId { get; set; }
    public int Number { get; set; }
    public required string Text { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid CreatedByUserId { get; set; }

    public IEnumerable<string> Rules => Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

internal sealed class GroundRulesVersionConfiguration : IEntityTypeConfiguration<GroundRulesVersion>
{
    public void Configure(EntityTypeBuilder<GroundRulesVersion> builder)
    {
        builder.Property(v => v.Text).HasMaxLength(4000);
        builder.HasIndex(v => new { v.GroupId, v.Number }).IsUnique();
        builder.HasOne<SupportGroup>().WithMany().HasForeignKey(v => v.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(v => v.Rules);
    }
}
