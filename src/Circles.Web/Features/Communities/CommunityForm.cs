using System.ComponentModel.DataAnnotations;

namespace Circles.Web.Features.Communities;

/// <summary>The fields a coordinator fills in about a community; shared by the create and edit pages.</summary>
public sealed class CommunityForm
{
    [Required(ErrorMessage = "Give the community a name.")]
    [StringLength(120, ErrorMessage = "Use at most 120 characters.")]
    [Display(Name = "Name")]
    public string Name { get; set; } = "";

    [Display(Name = "Kind of community")]
    public CommunityKind Kind { get; set; }

    [StringLength(120, ErrorMessage = "Use at most 120 characters.")]
    [Display(Name = "Region or area")]
    public string? Region { get; set; }

    [StringLength(200, ErrorMessage = "Use at most 200 characters.")]
    [Display(Name = "Languages spoken")]
    public string? Languages { get; set; }

    [StringLength(2000, ErrorMessage = "Use at most 2000 characters.")]
    [Display(Name = "Cultural notes")]
    public string? CulturalNotes { get; set; }

    [StringLength(2000, ErrorMessage = "Use at most 2000 characters.")]
    [Display(Name = "Stigma to be aware of")]
    public string? StigmaNotes { get; set; }

    [Display(Name = "What makes it hard to come")]
    public List<AccessBarriers> Barriers { get; set; } = [];

    [StringLength(500, ErrorMessage = "Use at most 500 characters.")]
    [Display(Name = "Other barriers")]
    public string? OtherBarriers { get; set; }

    public Guid Version { get; set; }

    public static CommunityForm From(Community community) => new()
    {
        Name = community.Name,
        Kind = community.Kind,
        Region = community.Region,
        Languages = community.Languages,
        CulturalNotes = community.CulturalNotes,
        StigmaNotes = community.StigmaNotes,
        Barriers = [.. Enum.GetValues<AccessBarriers>().Where(b => b != AccessBarriers.None && community.Barriers.HasFlag(b))],
        OtherBarriers = community.OtherBarriers,
        Version = community.Version,
    };

    public void ApplyTo(Community community)
    {
        community.Name = Name.Trim();
        community.Kind = Kind;
        community.Region = (Region ?? "").Trim();
        community.Languages = (Languages ?? "").Trim();
        community.CulturalNotes = (CulturalNotes ?? "").Trim();
        community.StigmaNotes = (StigmaNotes ?? "").Trim();
        community.Barriers = Barriers.Aggregate(AccessBarriers.None, (all, one) => all | one);
        community.OtherBarriers = (OtherBarriers ?? "").Trim();
    }
}
