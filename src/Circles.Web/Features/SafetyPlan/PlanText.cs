using Circles.Web.Features.PrivateSpace;

namespace Circles.Web.Features.SafetyPlan;

/// <summary>
/// The six parts of a safety plan in the member's own words, opened for this request only.
/// Each part is sealed under its own purpose and the plan's own id, so a part copied into
/// another field or another person's row does not open (SEC-27).
/// </summary>
public sealed record PlanText(
    string? WarningSigns,
    string? CopingSteps,
    string? PeopleAndPlaces,
    string? TrustedContacts,
    string? CrisisLines,
    string? Reasons)
{
    public const int MaximumLength = 4000;

    public bool IsEmpty => new[] { WarningSigns, CopingSteps, PeopleAndPlaces, TrustedContacts, CrisisLines, Reasons }.All(string.IsNullOrWhiteSpace);

    public static PlanText Open(byte[] key, PersonalSafetyPlan plan) => new(
        PersonalCipher.Open(key, PersonalPurposes.SafetyPlanWarningSigns, plan.Id, plan.SealedWarningSigns),
        PersonalCipher.Open(key, PersonalPurposes.SafetyPlanCopingSteps, plan.Id, plan.SealedCopingSteps),
        PersonalCipher.Open(key, PersonalPurposes.SafetyPlanPeopleAndPlaces, plan.Id, plan.SealedPeopleAndPlaces),
        PersonalCipher.Open(key, PersonalPurposes.SafetyPlanTrustedContacts, plan.Id, plan.SealedTrustedContacts),
        PersonalCipher.Open(key, PersonalPurposes.SafetyPlanCrisisLines, plan.Id, plan.SealedCrisisLines),
        PersonalCipher.Open(key, PersonalPurposes.SafetyPlanReasons, plan.Id, plan.SealedReasons));

    /// <summary>Seals every part into <paramref name="plan"/> with its own id; an empty part is stored as null.</summary>
    public void SealInto(byte[] key, PersonalSafetyPlan plan)
    {
        plan.SealedWarningSigns = PersonalCipher.Seal(key, PersonalPurposes.SafetyPlanWarningSigns, plan.Id, Clean(WarningSigns));
        plan.SealedCopingSteps = PersonalCipher.Seal(key, PersonalPurposes.SafetyPlanCopingSteps, plan.Id, Clean(CopingSteps));
        plan.SealedPeopleAndPlaces = PersonalCipher.Seal(key, PersonalPurposes.SafetyPlanPeopleAndPlaces, plan.Id, Clean(PeopleAndPlaces));
        plan.SealedTrustedContacts = PersonalCipher.Seal(key, PersonalPurposes.SafetyPlanTrustedContacts, plan.Id, Clean(TrustedContacts));
        plan.SealedCrisisLines = PersonalCipher.Seal(key, PersonalPurposes.SafetyPlanCrisisLines, plan.Id, Clean(CrisisLines));
        plan.SealedReasons = PersonalCipher.Seal(key, PersonalPurposes.SafetyPlanReasons, plan.Id, Clean(Reasons));
    }

    // Browsers send line breaks as CRLF; trailing blank space is noise, the member's own line breaks are kept.
    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd();
}
