using System.ComponentModel.DataAnnotations;
using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Partners;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Campaigns;

/// <summary>The lists the campaign forms offer: communities, partners, and the people who may own a task.</summary>
public sealed record CampaignChoices(
    IReadOnlyList<(Guid Id, string Name)> Communities,
    IReadOnlyList<(Guid Id, string Name)> Partners,
    IReadOnlyList<(Guid Id, string Name)> People)
{
    public static async Task<CampaignChoices> LoadAsync(CirclesDb db, CancellationToken cancellationToken)
    {
        var communities = await db.Communities.OrderBy(c => c.Name).Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken);
        var partners = await db.Partners.OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken);
        // Staff and volunteers may own a task; members and partner accounts may not (a partner owns a task as the partner).
        var roleIds = db.Roles.Where(r => r.Name == Roles.Coordinator || r.Name == Roles.Facilitator || r.Name == Roles.Volunteer).Select(r => r.Id);
        var people = await db.Users
            .Where(u => u.ClosedAt == null && db.UserRoles.Any(ur => ur.UserId == u.Id && roleIds.Contains(ur.RoleId)))
            .OrderBy(u => u.UserName)
            .Select(u => new { u.Id, u.UserName })
            .ToListAsync(cancellationToken);
        return new CampaignChoices(
            [.. communities.Select(c => (c.Id, c.Name))],
            [.. partners.Select(p => (p.Id, p.Name))],
            [.. people.Select(p => (p.Id, p.UserName ?? ""))]);
    }

    /// <summary>The value of the owner choice for a person.</summary>
    public static string PersonOwner(Guid id) => "person:" + id;

    /// <summary>The value of the owner choice for a partner.</summary>
    public static string PartnerOwner(Guid id) => "partner:" + id;

    public static string? OwnerOf(CampaignTask task) =>
        task.OwnerUserId is { } user ? PersonOwner(user) : task.OwnerPartnerId is { } partner ? PartnerOwner(partner) : null;

    /// <summary>Reads an owner choice; null when it names nobody this organization offers.</summary>
    public (Guid? User, Guid? Partner)? ReadOwner(string? value)
    {
        if (value is null)
        {
            return null;
        }
        if (value.StartsWith("person:", StringComparison.Ordinal) && Guid.TryParse(value["person:".Length..], out var user) && People.Any(p => p.Id == user))
        {
            return (user, null);
        }
        if (value.StartsWith("partner:", StringComparison.Ordinal) && Guid.TryParse(value["partner:".Length..], out var partner) && Partners.Any(p => p.Id == partner))
        {
            return (null, partner);
        }
        return null;
    }
}

/// <summary>The fields of a campaign; shared by the new and edit pages.</summary>
public sealed class CampaignForm
{
    [Required(ErrorMessage = "Give the campaign a name.")]
    [StringLength(200, ErrorMessage = "Use at most 200 characters.")]
    [Display(Name = "Name")]
    public string Name { get; set; } = "";

    [StringLength(500, ErrorMessage = "Use at most 500 characters.")]
    [Display(Name = "What it is for")]
    public string? Summary { get; set; }

    [Required(ErrorMessage = "Give the day the campaign starts.")]
    [Display(Name = "Starts on")]
    public DateOnly? StartsOn { get; set; }

    [Required(ErrorMessage = "Give the day the campaign ends.")]
    [Display(Name = "Ends on")]
    public DateOnly? EndsOn { get; set; }

    public List<Guid> CommunityIds { get; set; } = [];

    public List<PartnerRole> Partners { get; set; } = [];

    public Guid Version { get; set; }

    public sealed class PartnerRole
    {
        public Guid PartnerId { get; set; }
        public bool Selected { get; set; }

        [StringLength(200, ErrorMessage = "Use at most 200 characters.")]
        public string? Role { get; set; }
    }

    /// <summary>One row per partner of the organization, ticked and with its role where the campaign has it.</summary>
    public void OfferPartners(CampaignChoices choices, IReadOnlyDictionary<Guid, string> current)
    {
        var typed = Partners.GroupBy(p => p.PartnerId).ToDictionary(g => g.Key, g => g.First());
        Partners = [.. choices.Partners.Select(p => typed.TryGetValue(p.Id, out var row) ? row
            : new PartnerRole { PartnerId = p.Id, Selected = current.ContainsKey(p.Id), Role = current.GetValueOrDefault(p.Id) })];
    }

    public void Validate(ModelStateDictionary modelState, IStringLocalizer l)
    {
        if (StartsOn is { } start && EndsOn is { } end && end < start)
        {
            modelState.AddModelError("Form.EndsOn", l["The end cannot be before the start."]);
        }
    }

    public void ApplyTo(Campaign campaign)
    {
        campaign.Name = Name.Trim();
        campaign.Summary = (Summary ?? "").Trim();
        campaign.StartsOn = StartsOn!.Value;
        campaign.EndsOn = EndsOn!.Value;
    }

    /// <summary>Makes the campaign's communities and partners what the form says, keeping only this organization's.</summary>
    public void ApplyLinks(CirclesDb db, Guid campaignId, CampaignChoices choices, IReadOnlyList<CampaignCommunity> communities, IReadOnlyList<CampaignPartner> partners)
    {
        var wantedCommunities = CommunityIds.Where(id => choices.Communities.Any(c => c.Id == id)).ToHashSet();
        db.CampaignCommunities.RemoveRange(communities.Where(c => !wantedCommunities.Contains(c.CommunityId)));
        foreach (var id in wantedCommunities.Where(id => communities.All(c => c.CommunityId != id)))
        {
            db.CampaignCommunities.Add(new CampaignCommunity { CampaignId = campaignId, CommunityId = id });
        }
        var wantedPartners = Partners.Where(p => p.Selected && choices.Partners.Any(c => c.Id == p.PartnerId))
            .GroupBy(p => p.PartnerId).ToDictionary(g => g.Key, g => (g.First().Role ?? "").Trim());
        db.CampaignPartners.RemoveRange(partners.Where(p => !wantedPartners.ContainsKey(p.PartnerId)));
        foreach (var (id, role) in wantedPartners)
        {
            if (partners.FirstOrDefault(p => p.PartnerId == id) is { } existing)
            {
                existing.Role = role;
            }
            else
            {
                db.CampaignPartners.Add(new CampaignPartner { CampaignId = campaignId, PartnerId = id, Role = role });
            }
        }
    }
}

/// <summary>A goal: a measure, where its actual comes from, a target; an entered actual for the kind Other.</summary>
public sealed class GoalForm
{
    [Required(ErrorMessage = "Say what is measured, for example people reached.")]
    [StringLength(120, ErrorMessage = "Use at most 120 characters.")]
    [Display(Name = "What is measured")]
    public string Measure { get; set; } = "";

    [Display(Name = "Counted from")]
    public GoalKind Kind { get; set; }

    [Required(ErrorMessage = "Give a target of at least 1.")]
    [Range(1, 10_000_000, ErrorMessage = "Give a target of at least 1.")]
    [Display(Name = "Target")]
    public int? Target { get; set; }

    [Range(0, 10_000_000, ErrorMessage = "Give a whole number, 0 or more.")]
    [Display(Name = "Actual so far (only for goals counted by hand)")]
    public int? EnteredActual { get; set; }

    public Guid Version { get; set; }

    public static GoalForm From(CampaignGoal goal) => new()
    {
        Measure = goal.Measure,
        Kind = goal.Kind,
        Target = goal.Target,
        EnteredActual = goal.EnteredActual,
        Version = goal.Version,
    };

    public void ApplyTo(CampaignGoal goal)
    {
        goal.Measure = Measure.Trim();
        goal.Kind = Kind;
        goal.Target = Target!.Value;
        // The system counts every other kind; an entered number would only mislead.
        goal.EnteredActual = Kind == GoalKind.Other ? EnteredActual ?? 0 : null;
    }
}

/// <summary>A task: what, who (a person or a partner), by when.</summary>
public sealed class TaskForm
{
    [Required(ErrorMessage = "Say what is to be done.")]
    [StringLength(200, ErrorMessage = "Use at most 200 characters.")]
    [Display(Name = "Task")]
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "Choose who does it.")]
    [Display(Name = "Who does it")]
    public string? Owner { get; set; }

    [Required(ErrorMessage = "Give the day it is due.")]
    [Display(Name = "Due on")]
    public DateOnly? DueOn { get; set; }

    public Guid Version { get; set; }

    public static TaskForm From(CampaignTask task) => new()
    {
        Title = task.Title,
        Owner = CampaignChoices.OwnerOf(task),
        DueOn = task.DueOn,
        Version = task.Version,
    };

    /// <summary>Checks the owner against the organization's people and partners; false (with a message) when it names nobody.</summary>
    public bool TryApplyTo(CampaignTask task, CampaignChoices choices, ModelStateDictionary modelState, string prefix, IStringLocalizer l)
    {
        var owner = choices.ReadOwner(Owner);
        if (Owner is not null && owner is null)
        {
            modelState.AddModelError(prefix + ".Owner", l["Choose who does it."]);
        }
        if (!modelState.IsValid || owner is null)
        {
            return false;
        }
        task.Title = Title.Trim();
        task.OwnerUserId = owner.Value.User;
        task.OwnerPartnerId = owner.Value.Partner;
        task.DueOn = DueOn;
        return true;
    }
}

/// <summary>An event: what, when, where, for which community, and how many came once it has taken place.</summary>
public sealed class EventForm
{
    [Required(ErrorMessage = "Give the event a title.")]
    [StringLength(200, ErrorMessage = "Use at most 200 characters.")]
    [Display(Name = "Event")]
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "Give the day of the event.")]
    [Display(Name = "Day")]
    public DateOnly? HeldOn { get; set; }

    [StringLength(200, ErrorMessage = "Use at most 200 characters.")]
    [Display(Name = "Place")]
    public string? Place { get; set; }

    [Display(Name = "Community")]
    public Guid? CommunityId { get; set; }

    [Range(0, 1_000_000, ErrorMessage = "Give a whole number, 0 or more.")]
    [Display(Name = "How many people came")]
    public int? Attendance { get; set; }

    public Guid Version { get; set; }

    public static EventForm From(CampaignEvent campaignEvent) => new()
    {
        Title = campaignEvent.Title,
        HeldOn = campaignEvent.HeldOn,
        Place = campaignEvent.Place,
        CommunityId = campaignEvent.CommunityId,
        Attendance = campaignEvent.Attendance,
        Version = campaignEvent.Version,
    };

    public bool TryApplyTo(CampaignEvent campaignEvent, CampaignChoices choices, DateOnly today, ModelStateDictionary modelState, string prefix, IStringLocalizer l)
    {
        if (Attendance is not null && HeldOn is { } day && day > today)
        {
            modelState.AddModelError(prefix + ".Attendance", l["Count the people who came once the event has taken place."]);
        }
        if (CommunityId is { } community && choices.Communities.All(c => c.Id != community))
        {
            modelState.AddModelError(prefix + ".CommunityId", l["Choose one of the communities."]);
        }
        if (!modelState.IsValid)
        {
            return false;
        }
        campaignEvent.Title = Title.Trim();
        campaignEvent.HeldOn = HeldOn!.Value;
        campaignEvent.Place = (Place ?? "").Trim();
        campaignEvent.CommunityId = CommunityId;
        campaignEvent.Attendance = Attendance;
        return true;
    }
}

/// <summary>A reach figure: on which day, through which channel, how many people, a note.</summary>
public sealed class ReachForm
{
    [Required(ErrorMessage = "Give the day of the figure.")]
    [Display(Name = "Day")]
    public DateOnly? RecordedOn { get; set; }

    [Display(Name = "Channel")]
    public ReachChannel Channel { get; set; }

    [Required(ErrorMessage = "Give a whole number, 1 or more.")]
    [Range(1, 10_000_000, ErrorMessage = "Give a whole number, 1 or more.")]
    [Display(Name = "How many people")]
    public int? Count { get; set; }

    [StringLength(300, ErrorMessage = "Use at most 300 characters.")]
    [Display(Name = "Note")]
    public string? Note { get; set; }

    public void Validate(DateOnly today, ModelStateDictionary modelState, string prefix, IStringLocalizer l)
    {
        if (RecordedOn is { } day && day > today)
        {
            modelState.AddModelError(prefix + ".RecordedOn", l["A figure cannot be dated in the future."]);
        }
    }
}
