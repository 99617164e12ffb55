using Circles.Web.Features.Me;
using Microsoft.AspNetCore.DataProtection;

namespace Circles.Web.Security;

/// <summary>
/// SEC-27: sensitive fields are encrypted with ASP.NET Core Data Protection, one purpose per
/// field, so a value copied into another column cannot be decrypted there.
/// </summary>
public sealed class FieldProtector(IDataProtectionProvider provider)
{
    public string? Protect(string purpose, string? value) =>
        string.IsNullOrEmpty(value) ? null : provider.CreateProtector("Circles.Field", purpose).Protect(value);

    public string? Unprotect(string purpose, string? protectedValue) =>
        string.IsNullOrEmpty(protectedValue) ? null : provider.CreateProtector("Circles.Field", purpose).Unprotect(protectedValue);
}

/// <summary>The purposes, one per encrypted field; stable strings because data is stored under them.</summary>
public static class FieldPurposes
{
    public const string ContactPhone = "ContactPreference.Phone";
    public const string ContactCodeWord = "ContactPreference.CodeWord";
    public const string NeedDescription = "Need.Description";
    public const string ReferralNote = "Referral.Note";
    public const string ConsentOverrideReason = "Consent.OverrideReason";
    public const string ContactEmail = "ContactPreference.Email";
    public const string DirectMessageBody = "DirectMessage.Body";
    public const string DiscussionTitle = "DiscussionThread.Title";
    public const string DiscussionPostBody = "DiscussionPost.Body";
    public const string DiscussionContentWarning = "DiscussionPost.ContentWarning";
    public const string SupervisionNote = "SupervisionCheckIn.Note";
    public const string OutgoingEmailAddress = "OutgoingEmail.Address";
    public const string PartnerContactName = "Partner.ContactName";
    public const string PartnerContactPhone = "Partner.ContactPhone";
    public const string PartnerContactEmail = "Partner.ContactEmail";
    public const string VolunteerContact = "VolunteerApplication.Contact";
    public const string VolunteerMotivation = "VolunteerApplication.Motivation";
    public const string VolunteerWorries = "VolunteerApplication.Worries";
    public const string StoryTitle = "StoryVersion.Title";
    public const string StoryText = "StoryVersion.Text";
    public const string StoryReviewNote = "StoryVersion.Note";
}
