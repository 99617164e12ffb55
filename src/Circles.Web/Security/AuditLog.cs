using Circles.Web.Data;

namespace Circles.Web.Security;

/// <summary>Adds audit events to the same unit of work as the change they describe.</summary>
public sealed class AuditLog(CirclesDb db, TimeProvider clock)
{
    public void Record(Guid organizationId, Guid? actorUserId, string action, string? subject = null) =>
        db.AuditEvents.Add(new AuditEvent
        {
            OrganizationId = organizationId,
            ActorUserId = actorUserId,
            Action = action,
            Subject = subject,
            At = clock.GetUtcNow().UtcDateTime,
        });
}

/// <summary>The audited actions; stable strings because they are stored.</summary>
public static class AuditActions
{
    public const string SignedIn = "account.signed-in";
    public const string SignInFailed = "account.sign-in-failed";
    public const string SignedOut = "account.signed-out";
    public const string Registered = "account.registered";
    public const string TwoFactorEnabled = "account.two-factor-enabled";
    public const string RecoveryCodesRenewed = "account.recovery-codes-renewed";
    public const string IdentityConfirmed = "account.confirmed";
    public const string PasskeyAdded = "account.passkey-added";
    public const string PasskeyRemoved = "account.passkey-removed";
    public const string PasswordChanged = "account.password-changed";
    public const string PasswordResetCodeIssued = "account.reset-code-issued";
    public const string PasswordReset = "account.password-reset";
    public const string SessionEnded = "account.session-ended";
    public const string InvitationCreated = "invitation.created";
    public const string InvitationRevoked = "invitation.revoked";
    public const string OrganizationCreated = "organization.created";
    public const string SettingsChanged = "organization.settings-changed";
    public const string RoleGranted = "people.role-granted";
    public const string RoleRemoved = "people.role-removed";

    // Staff accounts end, and locked-out staff come back (issue 14): the subject is the person's id.
    public const string AccountClosed = "people.account-closed";
    public const string TwoStepResetRequested = "people.two-step-reset-requested";
    public const string TwoStepResetApproved = "people.two-step-reset-approved";
    public const string TwoStepResetCancelled = "people.two-step-reset-cancelled";
    public const string DirectoryImported = "directory.imported";
    public const string DirectoryExported = "directory.exported";
    public const string DirectoryExportedForTrustedPartner = "directory.exported-for-trusted-partner";

    // Needs and referrals (SEC-21, SEC-32): the subject is the record's id, never its content.
    public const string NeedViewed = "need.viewed";
    public const string ConsentGiven = "consent.given";
    public const string ConsentWithdrawn = "consent.withdrawn";
    public const string ConsentOverrideRequested = "consent.override-requested";
    public const string ConsentOverrideApproved = "consent.override-approved";
    public const string ReferralsViewedByPartner = "referral.partner-viewed";
    public const string PartnerLinked = "partner.linked";
    public const string PartnerUnlinked = "partner.unlinked";
    public const string LocationMadeConfidential = "directory.location-confidential";
    public const string LocationMadePublic = "directory.location-not-confidential";
    public const string ConfidentialAddressShared = "referral.address-shared";
    public const string ConfidentialAddressUnshared = "referral.address-unshared";

    // Peer connection (issue 5): subjects are ids; a moderator's reason is kept on the record, not here.
    public const string PeerTrainingMarked = "peer.training-marked";
    public const string MatchProposed = "peer.match-proposed";
    public const string MatchStarted = "peer.match-started";
    public const string MatchEnded = "peer.match-ended";
    public const string MessageHidden = "moderation.message-hidden";
    public const string MessageRestored = "moderation.message-restored";
    public const string ReportResolved = "moderation.report-resolved";
    public const string MemberMuted = "moderation.member-muted";
    public const string MemberRemovedFromDiscussion = "moderation.member-removed";
    public const string RestrictionLifted = "moderation.restriction-lifted";
    public const string CrisisAlertRaised = "crisis.alert-raised";
    public const string CrisisAlertAcknowledged = "crisis.alert-acknowledged";
    public const string MessagesDeletedByRetention = "retention.messages-deleted";

    // Awareness campaigns (issue 15): the subject is the campaign's id.
    public const string CampaignCreated = "campaign.created";
    public const string CampaignDeleted = "campaign.deleted";

    // A private space (issue 6): never the content; the subject is at most an id.
    public const string PersonalKeyRecovered = "private.key-recovered";
    public const string PrivateSpaceStartedAgain = "private.started-again";
    public const string MyDataExported = "mydata.exported";
    public const string AccountErased = "mydata.account-erased";
    // Partners (issue 15): the subject is the partner record's or the link's id.
    public const string PartnerRecordCreated = "partner.created";
    public const string PartnerRecordChanged = "partner.changed";
    public const string PartnerAccountLinked = "partner.account-linked";
    public const string PartnerAccountUnlinked = "partner.account-unlinked";
    // The volunteer pipeline (issue 15): the subject is the application's id (and the stages or check), never a note.
    public const string VolunteerMoved = "volunteer.moved";
    public const string VolunteerScreeningRecorded = "volunteer.screening-recorded";
    public const string VolunteerInvited = "volunteer.invited";
    public const string VolunteerApplicationDeleted = "volunteer.application-deleted";

    // Volunteers' requirements, assignments and hours (issue 15): the subject is ids only.
    public const string RequirementRecorded = "volunteering.requirement-recorded";
    public const string AssignmentMade = "volunteering.assigned";
    public const string AssignmentEnded = "volunteering.assignment-ended";
    public const string HoursApproved = "volunteering.hours-approved";
    public const string HoursReturned = "volunteering.hours-returned";
    public const string HoursExported = "volunteering.hours-exported";

    // Public pages (issue 15): the subject is the page and language, e.g. "Signs/es".
    public const string PublicPageSaved = "publicpage.saved";
    public const string PublicPageRestored = "publicpage.restored";

    // Stories read by their audiences (issue 16): the subject is the story's id (and the campaign's), never its words.
    public const string StoryQuoted = "story.quoted";
    public const string StoryUnquoted = "story.unquoted";
    public const string StoryFeatured = "story.featured";
    public const string StoryUnfeatured = "story.unfeatured";

    // Organizer updates to volunteers and partners (issue 16): the subject is the update's id.
    public const string UpdatePosted = "update.posted";
    public const string UpdateChanged = "update.changed";
    public const string UpdateDeleted = "update.deleted";
    // Stories (issue 16): the subject is the story's id and the version number, never the text (SEC-32).
    public const string StoryEditSuggested = "story.edit-suggested";
    public const string StoryPublishedAsWritten = "story.published-as-written";
}
