using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Volunteering;

/// <summary>
/// Something people in certain roles must have done, and redo before it lapses: a training, a
/// signed agreement, a background check. Defined by the organization's coordinators.
/// </summary>
public class RequirementType : ITenantOwned, IVersioned
{
    public const int DefaultRenewalWindowDays = 60;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public required string Name { get; set; }

    /// <summary>The roles that need it, comma-separated role names (see <see cref="RoleList"/>).</summary>
    public string Roles { get; set; } = "";

    /// <summary>How long a completion counts, in months.</summary>
    public int ValidityMonths { get; set; }

    /// <summary>How many days before it lapses the person is "renewal due": still assignable, reminded.</summary>
    public int RenewalWindowDays { get; set; } = DefaultRenewalWindowDays;

    public DateTime CreatedAt { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    public IReadOnlyList<string> RoleList => [.. Roles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    public bool AppliesTo(string role) => RoleList.Contains(role, StringComparer.Ordinal);

    /// <summary>The roles a requirement can be set for: the people who work with members.</summary>
    public static readonly IReadOnlyList<string> RoleChoices = [Accounts.Roles.Volunteer, Accounts.Roles.Facilitator, Accounts.Roles.PeerSupporter];
}

internal sealed class RequirementTypeConfiguration : IEntityTypeConfiguration<RequirementType>
{
    public void Configure(EntityTypeBuilder<RequirementType> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.Property(t => t.Roles).HasMaxLength(200);
    }
}
