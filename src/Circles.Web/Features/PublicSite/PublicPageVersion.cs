using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.PublicSite;

/// <summary>
/// One saved text of a public page, in one language. Every save adds a row: the newest row of a
/// page and language is what the public sees, the older rows are its history, and restoring one
/// adds a copy of it as the newest. No row: the built-in text (<see cref="PublicPageDefaults"/>).
/// </summary>
public class PublicPageVersion : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public PublicPageKind Page { get; set; }

    /// <summary>One of the supported cultures ("en", "es", "ar").</summary>
    public required string Culture { get; set; }

    /// <summary>The text as written, in Markdown; rendered and sanitized when shown (<see cref="MarkdownRenderer"/>).</summary>
    public required string Markdown { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>The coordinator who saved it; null once their account is deleted.</summary>
    public Guid? CreatedByUserId { get; set; }

    /// <summary>The version this one restored, if it was a restore.</summary>
    public Guid? RestoredFromId { get; set; }

    public const int MaxLength = 20000;
}

/// <summary>The editable public pages; stable names, stored as strings.</summary>
public enum PublicPageKind
{
    Signs,
    Help,
    Volunteer,
    SelfCheck,
}

internal sealed class PublicPageVersionConfiguration : IEntityTypeConfiguration<PublicPageVersion>
{
    public void Configure(EntityTypeBuilder<PublicPageVersion> builder)
    {
        builder.Property(v => v.Page).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.Culture).HasMaxLength(5);
        builder.Property(v => v.Markdown).HasMaxLength(PublicPageVersion.MaxLength);
        builder.HasIndex(v => new { v.OrganizationId, v.Page, v.Culture, v.CreatedAt });
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(v => v.CreatedByUserId).OnDelete(DeleteBehavior.SetNull);
    }
}
