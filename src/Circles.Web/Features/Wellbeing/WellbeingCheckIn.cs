using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circles.Web.Features.Wellbeing;

/// <summary>
/// One WHO-5 Well-Being Index answer set (five items, 0–5 each). The member sees their own
/// trend; staff see only de-identified aggregates of 5 or more people. The answers are numbers
/// that staff aggregates need, so they are stored as numbers, not sealed with the member's key.
/// </summary>
public class WellbeingCheckIn : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganizationId { get; set; }
    public Guid UserId { get; set; }
    public DateTime TakenAt { get; set; }

    public int Item1 { get; set; }
    public int Item2 { get; set; }
    public int Item3 { get; set; }
    public int Item4 { get; set; }
    public int Item5 { get; set; }

    /// <summary>The session this check-in followed, when it was offered after a session.</summary>
    public Guid? AfterSessionId { get; set; }

    public int RawScore => Who5.Raw(Item1, Item2, Item3, Item4, Item5);
    public int Percentage => Who5.Percentage(RawScore);
}

/// <summary>When a member wants to be offered the check-in.</summary>
public enum WellbeingRhythm
{
    /// <summary>Only when they open it themselves (the default: nothing is pushed on anyone).</summary>
    WhenIChoose = 0,
    Weekly = 1,
    EveryTwoWeeks = 2,
    Monthly = 3,
    AfterSessions = 4,
}

/// <summary>Scoring of the WHO-5 Well-Being Index (WHO, 1998): raw 0–25, percentage = raw × 4.</summary>
public static class Who5
{
    public const int ItemCount = 5;
    public const int MinItem = 0;
    public const int MaxItem = 5;

    /// <summary>A raw score below 13 (percentage below 52) suggests low wellbeing (WHO-5 guidance).</summary>
    public const int LowWellbeingBelowRaw = 13;

    /// <summary>The item texts as localization keys, in the WHO-5 order ("Over the last two weeks…").</summary>
    public static readonly IReadOnlyList<string> Items =
    [
        "I have felt cheerful and in good spirits",
        "I have felt calm and relaxed",
        "I have felt active and vigorous",
        "I woke up feeling fresh and rested",
        "My daily life has been filled with things that interest me",
    ];

    /// <summary>The answer labels, 5 down to 0, as localization keys.</summary>
    public static readonly IReadOnlyList<(int Value, string Label)> Answers =
    [
        (5, "All of the time"),
        (4, "Most of the time"),
        (3, "More than half of the time"),
        (2, "Less than half of the time"),
        (1, "Some of the time"),
        (0, "At no time"),
    ];

    public static int Raw(params int[] items)
    {
        if (items.Length != ItemCount || items.Any(i => i is < MinItem or > MaxItem))
        {
            throw new ArgumentOutOfRangeException(nameof(items), "WHO-5 has five items, each 0 to 5.");
        }
        return items.Sum();
    }

    public static int Percentage(int raw) => raw * 4;
}

internal sealed class WellbeingCheckInConfiguration : IEntityTypeConfiguration<WellbeingCheckIn>
{
    public void Configure(EntityTypeBuilder<WellbeingCheckIn> builder)
    {
        builder.HasIndex(c => new { c.UserId, c.TakenAt });
        builder.HasOne<CirclesUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(c => c.RawScore);
        builder.Ignore(c => c.Percentage);
        builder.ToTable(t => t.HasCheckConstraint("CK_WellbeingCheckIns_Items",
            "\"Item1\" BETWEEN 0 AND 5 AND \"Item2\" BETWEEN 0 AND 5 AND \"Item3\" BETWEEN 0 AND 5 AND \"Item4\" BETWEEN 0 AND 5 AND \"Item5\" BETWEEN 0 AND 5"));
    }
}
