using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Organizations;

/// <summary>The tenant: a charity (or one member of a coalition) and its safety settings.</summary>
public class Organization : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string Slug { get; set; }
    public required string Name { get; set; }

    /// <summary>What the browser tab, icon and sign-in page show (SEC-6): never the charity's purpose.</summary>
    public string DiscreetTitle { get; set; } = "Circles";
    public string DiscreetIcon { get; set; } = DiscreetIcons.Default;

    /// <summary>Where quick exit sends people (SEC-2).</summary>
    public string ExitUrl { get; set; } = "https://www.bbc.co.uk/weather";

    /// <summary>One line per crisis line, shown to members ("Name: number, hours").</summary>
    public string CrisisLines { get; set; } = "";

    public int MemberIdleMinutes { get; set; } = 15;
    public int StaffIdleMinutes { get; set; } = 30;

    /// <summary>Who may read this organization's directory through the HSDS API (/api/hsds/{slug}/).</summary>
    public DirectoryApiAccess DirectoryApiAccess { get; set; } = DirectoryApiAccess.SignedInOnly;

    /// <summary>A verified service is due for re-verification after this many months.</summary>
    public int ReverifyServicesAfterMonths { get; set; } = 12;

    /// <summary>A need still waiting after this many days surfaces on the coordinators' home.</summary>
    public int NeedWaitingAlertDays { get; set; } = 7;

    /// <summary>Direct messages and discussion posts are deleted (hard delete) this many days after they were written; null keeps them (SEC-35).</summary>
    public int? MessageRetentionDays { get; set; } = 365;

    /// <summary>What happens to a member's discussion posts when they erase their account (issue 6).</summary>
    public ErasedPostsPolicy ErasedPostsPolicy { get; set; }

    /// <summary>
    /// Whether the public pages (signs to look for, getting help, volunteering, the self-check) are
    /// served. They name what the organization works on, so they are off until a coordinator turns
    /// them on, and can be served under their own host name instead of Circles' own.
    /// </summary>
    public bool PublicSiteEnabled { get; set; }

    /// <summary>A host name (e.g. "learn.example.org") that serves only this organization's public pages; null serves them under Circles' own address.</summary>
    public string? PublicHost { get; set; }

    /// <summary>
    /// Whether the public impact page (/public-site/{slug}/impact: aggregates only, small numbers
    /// suppressed, opted-out people not counted) is served. Off until a coordinator turns it on on
    /// /settings/public-pages; served only while the public pages are on too.
    /// </summary>
    public bool PublicImpactEnabled { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>Optimistic concurrency token (SEC-43), replaced on every save of the settings.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    public IEnumerable<string> CrisisLineList =>
        CrisisLines.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

public enum DirectoryApiAccess
{
    SignedInOnly,
    Public,
}

public static class DiscreetIcons
{
    public const string Default = "leaf";
    public static readonly IReadOnlyList<string> All = ["leaf", "sun", "book", "cup", "circle"];
}

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.HasIndex(o => o.Slug).IsUnique();
        builder.HasIndex(o => o.PublicHost).IsUnique();
        builder.Property(o => o.PublicHost).HasMaxLength(253);
        builder.Property(o => o.Slug).HasMaxLength(60);
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.Property(o => o.DiscreetTitle).HasMaxLength(60);
        builder.Property(o => o.DiscreetIcon).HasMaxLength(20);
        builder.Property(o => o.ExitUrl).HasMaxLength(500);
        builder.Property(o => o.CrisisLines).HasMaxLength(2000);
        builder.Property(o => o.DirectoryApiAccess).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(o => o.CrisisLineList);
    }
}

/// <summary>What erasing an account does to the discussion posts its owner wrote.</summary>
public enum ErasedPostsPolicy
{
    /// <summary>The posts stay so that replies still make sense, shown as from "a former member"; nothing links them to the person.</summary>
    Anonymize = 0,

    /// <summary>The posts are deleted (their replies stay).</summary>
    Remove = 1,
}
