using Circles.Web.Accounts;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Volunteering;

/// <summary>
/// The one gate before someone facilitates: made a facilitator (People), put on a group's
/// facilitators (the group form) or assigned to a group as co-facilitator (Volunteering). Every
/// requirement the organization defines for the Facilitator role must count (current, or in its
/// renewal window); a missing or expired one refuses, naming it, and nothing is saved.
/// An organization that defines no requirement for the role gates nothing (decision 0017).
/// </summary>
public sealed class RequirementGate(RequirementBoard board)
{
    public sealed record Refusal(string UserName, string Requirement, RequirementStatus Status, DateOnly? ExpiresOn)
    {
        public string Describe(IStringLocalizer l) => Status == RequirementStatus.Expired
            ? l["{0} cannot facilitate: {1} expired on {2}.", UserName, Requirement, l.Show(ExpiresOn!.Value)]
            : l["{0} cannot facilitate: {1} is missing.", UserName, Requirement];
    }

    /// <summary>What stands between these people and facilitating; empty when nothing does.</summary>
    public async Task<IReadOnlyList<Refusal>> ToFacilitateAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken) =>
        [.. (await board.ForRoleAsync(Roles.Facilitator, userIds, cancellationToken))
            .Where(r => !r.Standing.Counts)
            .Select(r => new Refusal(r.UserName, r.Requirement, r.Standing.Status, r.Standing.ExpiresOn))];

    /// <summary>The gate for a form: each refusal becomes an error on <paramref name="field"/>. True when all may facilitate.</summary>
    public async Task<bool> CheckAsync(IReadOnlyCollection<Guid> userIds, ModelStateDictionary modelState, string field, IStringLocalizer l, CancellationToken cancellationToken)
    {
        var refusals = await ToFacilitateAsync(userIds, cancellationToken);
        foreach (var refusal in refusals)
        {
            modelState.AddModelError(field, refusal.Describe(l));
        }
        return refusals.Count == 0;
    }
}
