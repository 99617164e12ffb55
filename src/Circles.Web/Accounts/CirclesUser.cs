using Circles.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Accounts;

/// <summary>
/// A person who signs in. The user name is the pseudonym they chose; nothing else is required
/// (SEC-34). Every user belongs to exactly one organization.
/// </summary>
public class CirclesUser : IdentityUser<Guid>, ITenantOwned
{
    public Guid OrganizationId { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>When the one-time explanation of quick exit was acknowledged (SEC-3).</summary>
    public DateTime? SafetyIntroSeenAt { get; set; }

    /// <summary>The language this person chose, restored at every sign-in.</summary>
    public string? PreferredCulture { get; set; }

    /// <summary>Whether the people this person messages may see when they read a message; off by default.</summary>
    public bool ShareReadReceipts { get; set; }

    /// <summary>When this person wants to be offered the wellbeing check-in; nothing is offered unless they choose.</summary>
    public Features.Wellbeing.WellbeingRhythm WellbeingRhythm { get; set; }

    /// <summary>
    /// When a coordinator closed this account (issue 14): it can no longer sign in
    /// (<see cref="CirclesSignInManager"/>), and its records stay attributed to its pseudonym.
    /// A flag rather than an endless Identity lockout, so that closing is not confused with the
    /// failed-attempt lockout (SEC-13), nothing that clears a lockout can reopen it, and pages can say "closed account".
    /// </summary>
    public DateTime? ClosedAt { get; set; }

    /// <summary>
    /// When this person chose not to be counted in the organization's impact figures (issue 16,
    /// on their account page); null means counted. Who is counted is decided in one place,
    /// <see cref="Features.Impact.ImpactCounting"/>.
    /// </summary>
    public DateTime? NotCountedSince { get; set; }

    /// <summary>The coordinator who closed it.</summary>
    public Guid? ClosedByUserId { get; set; }

    public bool IsClosed => ClosedAt is not null;
}

internal sealed class CirclesUserConfiguration : IEntityTypeConfiguration<CirclesUser>
{
    public void Configure(EntityTypeBuilder<CirclesUser> builder)
    {
        builder.Property(u => u.PreferredCulture).HasMaxLength(10);
        builder.Ignore(u => u.IsClosed);
        builder.Property(u => u.WellbeingRhythm).HasDefaultValue(Features.Wellbeing.WellbeingRhythm.WhenIChoose);
    }
}
