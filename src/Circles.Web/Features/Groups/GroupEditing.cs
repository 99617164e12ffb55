using Circles.Web.Data;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Groups;

/// <summary>What creating and editing a group share: checks against the offered choices, and the facilitator list.</summary>
public static class GroupEditing
{
    public static void Validate(GroupForm form, GroupChoices choices, ModelStateDictionary modelState, IStringLocalizer l)
    {
        foreach (var (field, message) in form.Problems())
        {
            modelState.AddModelError(field, l[message]);
        }
        if (!choices.Communities.Any(c => c.Id == form.CommunityId))
        {
            modelState.AddModelError("Form.CommunityId", l["Choose a community from the list."]);
        }
        // Only people who facilitate in this organization can be chosen; anything else is ignored.
        form.FacilitatorIds = [.. form.FacilitatorIds.Where(id => choices.Facilitators.Any(f => f.Id == id)).Distinct()];
    }

    /// <summary>The requirement gate for the facilitators being added (not those already there): errors on the form when one lacks a requirement.</summary>
    public static async Task CheckNewFacilitatorsAsync(
        Volunteering.RequirementGate gate, IReadOnlyList<Guid> current, IReadOnlyList<Guid> wanted, ModelStateDictionary modelState, IStringLocalizer l, CancellationToken cancellationToken)
    {
        var added = wanted.Where(id => !current.Contains(id)).ToList();
        if (added.Count > 0)
        {
            await gate.CheckAsync(added, modelState, "Form.FacilitatorIds", l, cancellationToken);
        }
    }

    public static void SetFacilitators(CirclesDb db, Guid groupId, IReadOnlyList<GroupFacilitator> current, IReadOnlyList<Guid> wanted)
    {
        db.GroupFacilitators.RemoveRange(current.Where(f => !wanted.Contains(f.UserId)));
        foreach (var userId in wanted.Where(id => current.All(f => f.UserId != id)))
        {
            db.GroupFacilitators.Add(new GroupFacilitator { GroupId = groupId, UserId = userId });
        }
    }
}
