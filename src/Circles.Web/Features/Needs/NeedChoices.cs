using Circles.Web.Data;
using Circles.Web.Features.Groups;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Needs;

/// <summary>Choices and checks shared by the two need forms (a member's own, a facilitator's for a member).</summary>
public static class NeedChoices
{
    /// <summary>The communities of the groups a person is an active member of.</summary>
    public static Task<IReadOnlyList<CommunityChoice>> CommunitiesOfAsync(CirclesDb db, Guid memberUserId, CancellationToken cancellationToken) =>
        ChoicesAsync(db.GroupMemberships
            .Where(m => m.UserId == memberUserId && m.Status == MembershipStatus.Active)
            .Join(db.SupportGroups, m => m.GroupId, g => g.Id, (m, g) => g), db, cancellationToken);

    /// <summary>The communities of some groups, each once, by name.</summary>
    public static async Task<IReadOnlyList<CommunityChoice>> ChoicesAsync(IQueryable<SupportGroup> groups, CirclesDb db, CancellationToken cancellationToken) =>
        [.. (await db.Communities
            .Where(c => groups.Any(g => g.CommunityId == c.Id))
            .OrderBy(c => c.Name)
            .Select(c => new { c.Id, c.Name })
            .ToListAsync(cancellationToken)).Select(c => new CommunityChoice(c.Id, c.Name))];

    /// <summary>Server-side checks beyond the attributes: a language and a community from the lists offered.</summary>
    public static void Validate(NeedForm form, IReadOnlyList<CommunityChoice> communities, ModelStateDictionary modelState, IStringLocalizer l)
    {
        if (!NeedLanguages.IsKnown(form.Language))
        {
            modelState.AddModelError("Form.Language", l["Choose a language from the list."]);
        }
        if (form.CommunityId is { } community && communities.All(c => c.Id != community))
        {
            modelState.AddModelError("Form.CommunityId", l["Choose a community from the list."]);
        }
    }

    /// <summary>A new need from the form; the description is encrypted here (SEC-27).</summary>
    public static Need NewNeed(NeedForm form, Guid memberUserId, DateTime now, Security.FieldProtector protector) => new()
    {
        MemberUserId = memberUserId,
        Category = form.Category!.Value,
        Urgency = form.Urgency,
        ProtectedDescription = protector.Protect(Security.FieldPurposes.NeedDescription, form.Description?.Trim()),
        ContactBy = form.ChannelFlags(),
        Language = form.Language,
        CommunityId = form.CommunityId,
        Status = NeedStatus.Waiting,
        CreatedAt = now,
    };
}
