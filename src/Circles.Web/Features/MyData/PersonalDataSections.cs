using Circles.Web.Accounts;
using Circles.Web.Features.Blocks;
using Circles.Web.Features.Calendar;
using Circles.Web.Features.Crisis;
using Circles.Web.Features.Directory;
using Circles.Web.Features.Directory.Peers;
using Circles.Web.Features.Discussions;
using Circles.Web.Features.Feedback;
using Circles.Web.Features.FollowUps;
using Circles.Web.Features.GroundRules;
using Circles.Web.Features.Groups;
using Circles.Web.Features.Invitations;
using Circles.Web.Features.Journal;
using Circles.Web.Features.Me;
using Circles.Web.Features.Messages;
using Circles.Web.Features.Moderation;
using Circles.Web.Features.Needs;
using Circles.Web.Features.Notifications;
using Circles.Web.Features.Peers;
using Circles.Web.Features.PrivateSpace;
using Circles.Web.Features.SafetyPlan;
using Circles.Web.Features.Sessions;
using Circles.Web.Features.Strategies;
using Circles.Web.Features.Wellbeing;
using Circles.Web.Security;
using Microsoft.AspNetCore.Identity;

namespace Circles.Web.Features.MyData;

/// <summary>
/// Every table that holds something about a person, and which of its rows are theirs. The rule
/// for each is "is this *theirs*?": what they wrote, what was recorded about them, what they did.
/// What would expose someone else is left out on purpose: blocks and reports made by others
/// about this person (only their own blocks and reports are theirs), the records staff keep
/// about other people, and audit subjects (they may name others). Other people appear only by
/// pseudonym. <c>PersonalDataCompletenessTests</c> fail when a table that refers to a person
/// is neither here nor in <see cref="NotExported"/>.
/// </summary>
public static class PersonalDataSections
{
    public static IReadOnlyList<ExportSection> All { get; } =
    [
        new ExportSection<CirclesUser>((db, me) => db.Users.Where(u => u.Id == me))
        {
            Key = "account", Title = l => l["Your account"],
        },
        new ExportSection<IdentityUserRole<Guid>>((db, me) => db.UserRoles.Where(r => r.UserId == me))
        {
            Key = "roles", Title = l => l["Your roles"],
        },
        new ExportSection<IdentityUserClaim<Guid>>((db, me) => db.UserClaims.Where(c => c.UserId == me))
        {
            Key = "claims", Title = l => l["Details kept with your sign-in"],
        },
        new ExportSection<IdentityUserLogin<Guid>>((db, me) => db.UserLogins.Where(c => c.UserId == me))
        {
            Key = "externalSignIns", Title = l => l["Other ways you sign in"],
        },
        new ExportSection<UserSession>((db, me) => db.UserSessions.Where(s => s.UserId == me).OrderBy(s => s.CreatedAt))
        {
            Key = "signIns", Title = l => l["Where and when you signed in"],
        },
        // The subject of an audit record may name another person or record: only the action and time are theirs.
        new ExportSection<AuditEvent>((db, me) => db.AuditEvents.Where(a => a.ActorUserId == me).OrderBy(a => a.At).ThenBy(a => a.Id))
        {
            Key = "activity", Title = l => l["What you did in Circles"], Omit = [nameof(AuditEvent.Subject)],
        },
        new ExportSection<PasswordResetCode>((db, me) => db.PasswordResetCodes.Where(c => c.UserId == me).OrderBy(c => c.CreatedAt))
        {
            Key = "passwordResetCodes", Title = l => l["Reset codes made for you"],
        },
        new ExportSection<Features.People.TwoStepResetRequest>((db, me) => db.TwoStepResetRequests
            .Where(r => r.UserId == me || r.RequestedByUserId == me || r.ApprovedByUserId == me || r.CancelledByUserId == me).OrderBy(r => r.RequestedAt))
        {
            Key = "twoStepResetRequests", Title = l => l["Requests to turn off two-step sign-in"],
        },
        new ExportSection<Invitation>((db, me) => db.Invitations.Where(i => i.RedeemedByUserId == me || i.CreatedByUserId == me).OrderBy(i => i.CreatedAt))
        {
            Key = "invitations", Title = l => l["Invitations"],
        },
        new ExportSection<CalendarFeed>((db, me) => db.CalendarFeeds.Where(f => f.UserId == me))
        {
            Key = "calendarFeeds", Title = l => l["Calendar links"],
        },
        new ExportSection<PersonalKey>((db, me) => db.PersonalKeys.Where(k => k.UserId == me))
        {
            Key = "privateKey", Title = l => l["The key to your private space"],
        },
        new ExportSection<JournalEntry>((db, me) => db.JournalEntries.Where(e => e.UserId == me).OrderBy(e => e.CreatedAt))
        {
            Key = "journal", Title = l => l["Your journal entries"],
        },
        new ExportSection<PersonalSafetyPlan>((db, me) => db.SafetyPlans.Where(p => p.UserId == me))
        {
            Key = "safetyPlan", Title = l => l["Your safety plan"],
        },
        new ExportSection<WellbeingCheckIn>((db, me) => db.WellbeingCheckIns.Where(c => c.UserId == me).OrderBy(c => c.TakenAt))
        {
            Key = "wellbeingCheckIns", Title = l => l["Your wellbeing check-ins"],
        },
        new ExportSection<GroupMembership>((db, me) => db.GroupMemberships.Where(m => m.UserId == me))
        {
            Key = "groupMemberships", Title = l => l["Your groups"],
        },
        new ExportSection<MembershipChange>((db, me) => db.MembershipChanges
            .Where(c => db.GroupMemberships.Any(m => m.Id == c.MembershipId && m.UserId == me)).OrderBy(c => c.At))
        {
            Key = "groupMembershipChanges", Title = l => l["Changes to your groups"],
        },
        new ExportSection<GroupFacilitator>((db, me) => db.GroupFacilitators.Where(f => f.UserId == me))
        {
            Key = "groupsFacilitated", Title = l => l["Groups you facilitate"],
        },
        new ExportSection<Volunteering.RequirementCompletion>((db, me) => db.RequirementCompletions.Where(c => c.UserId == me || c.RecordedByUserId == me).OrderBy(c => c.RecordedAt))
        {
            Key = "requirementCompletions", Title = l => l["Requirements completed"],
        },
        new ExportSection<Volunteering.Assignment>((db, me) => db.Assignments.Where(a => a.UserId == me || a.AssignedByUserId == me).OrderBy(a => a.CreatedAt))
        {
            Key = "assignments", Title = l => l["Assignments"],
        },
        new ExportSection<Volunteering.VolunteerHours>((db, me) => db.VolunteerHours.Where(h => h.UserId == me || h.ReviewedByUserId == me).OrderBy(h => h.SubmittedAt))
        {
            Key = "volunteerHours", Title = l => l["Hours logged"],
        },
        new ExportSection<GroundRulesVersion>((db, me) => db.GroundRulesVersions.Where(v => v.CreatedByUserId == me).OrderBy(v => v.CreatedAt))
        {
            Key = "groundRulesPublished", Title = l => l["Ground rules you published"],
        },
        // Changes to a group's format that this person recorded (issue 16): what they wrote for the group.
        new ExportSection<Features.FormatChanges.GroupFormatChange>((db, me) => db.GroupFormatChanges.Where(c => c.RecordedByUserId == me).OrderBy(c => c.RecordedAt))
        {
            Key = "formatChanges", Title = l => l["Changes to groups you recorded"],
        },
        new ExportSection<GroundRulesAgreement>((db, me) => db.GroundRulesAgreements.Where(a => a.UserId == me).OrderBy(a => a.AgreedAt))
        {
            Key = "groundRulesAgreed", Title = l => l["Ground rules you agreed to"],
        },
        new ExportSection<GroundRulesProposal>((db, me) => db.GroundRulesProposals.Where(p => p.ProposedByUserId == me).OrderBy(p => p.CreatedAt))
        {
            Key = "groundRulesSuggested", Title = l => l["Changes to ground rules you suggested"],
        },
        new ExportSection<Attendance>((db, me) => db.Attendances.Where(a => a.UserId == me).OrderBy(a => a.RecordedAt))
        {
            Key = "attendance", Title = l => l["Attendance"],
        },
        // The impact figures' summary of that attendance (issue 17): held sessions of a group you came to, per month.
        new ExportSection<Features.Impact.MonthlyAttendance>((db, me) => db.MonthlyAttendances.Where(m => m.UserId == me).OrderBy(m => m.Month))
        {
            Key = "attendanceByMonth", Title = l => l["Sessions you came to, by month"],
        },
        new ExportSection<FeedbackRequest>((db, me) => db.FeedbackRequests.Where(r => r.UserId == me))
        {
            Key = "feedbackRequests", Title = l => l["Feedback you were asked for"],
        },
        new ExportSection<FollowUpTask>((db, me) => db.FollowUpTasks.Where(t => t.MemberUserId == me).OrderBy(t => t.CreatedAt))
        {
            Key = "followUps", Title = l => l["Times someone reached out to you"],
        },
        new ExportSection<ContactPreference>((db, me) => db.ContactPreferences.Where(p => p.UserId == me))
        {
            Key = "contactPreference", Title = l => l["How to reach you"],
        },
        new ExportSection<Need>((db, me) => db.Needs.Where(n => n.MemberUserId == me).OrderBy(n => n.CreatedAt))
        {
            Key = "needs", Title = l => l["Needs"],
        },
        new ExportSection<Referral>((db, me) => db.Referrals
            .Where(r => db.Needs.Any(n => n.Id == r.NeedId && n.MemberUserId == me)).OrderBy(r => r.CreatedAt))
        {
            Key = "referrals", Title = l => l["Referrals for your needs"],
        },
        new ExportSection<ReferralUpdate>((db, me) => db.ReferralUpdates
            .Where(u => db.Referrals.Any(r => r.Id == u.ReferralId && db.Needs.Any(n => n.Id == r.NeedId && n.MemberUserId == me)))
            .OrderBy(u => u.At))
        {
            Key = "referralUpdates", Title = l => l["Updates on your referrals"],
        },
        new ExportSection<Consent>((db, me) => db.Consents.Where(c => c.MemberUserId == me).OrderBy(c => c.GivenAt))
        {
            Key = "consents", Title = l => l["Your consents"],
        },
        new ExportSection<PartnerAffiliation>((db, me) => db.PartnerAffiliations.Where(a => a.UserId == me))
        {
            Key = "partnerOrganization", Title = l => l["Your partner organization"],
        },
        new ExportSection<ServiceFacts>((db, me) => db.ServiceFacts.Where(f => f.VerifiedByUserId == me))
        {
            Key = "servicesChecked", Title = l => l["Services you checked"],
        },
        new ExportSection<ServiceHelpedMark>((db, me) => db.ServiceHelpedMarks.Where(m => m.UserId == me).OrderBy(m => m.CreatedAt))
        {
            Key = "servicesThatHelped", Title = l => l["Services you said helped"],
        },
        new ExportSection<ServiceTip>((db, me) => db.ServiceTips.Where(t => t.AuthorUserId == me).OrderBy(t => t.CreatedAt))
        {
            Key = "serviceTips", Title = l => l["Tips you wrote"],
        },
        new ExportSection<CopingStrategy>((db, me) => db.CopingStrategies.Where(s => s.AuthorUserId == me).OrderBy(s => s.CreatedAt))
        {
            Key = "strategiesWritten", Title = l => l["Ideas you shared"],
        },
        new ExportSection<SavedStrategy>((db, me) => db.SavedStrategies.Where(s => s.UserId == me).OrderBy(s => s.SavedAt))
        {
            Key = "strategiesSaved", Title = l => l["Ideas you saved"],
        },
        new ExportSection<PeerSupporterProfile>((db, me) => db.PeerSupporterProfiles.Where(p => p.UserId == me))
        {
            Key = "peerSupporterProfile", Title = l => l["Your peer supporter profile"],
        },
        // Notes a coordinator keeps about this peer supporter's supervision are about them; notes
        // a coordinator wrote about others are about those others and stay out.
        new ExportSection<SupervisionCheckIn>((db, me) => db.SupervisionCheckIns.Where(c => c.PeerUserId == me).OrderBy(c => c.ScheduledFor))
        {
            Key = "supervisionCheckIns", Title = l => l["Supervision check-ins"],
        },
        new ExportSection<PeerRequest>((db, me) => db.PeerRequests.Where(r => r.MemberUserId == me).OrderBy(r => r.CreatedAt))
        {
            Key = "peerRequests", Title = l => l["Your requests for a peer supporter"],
        },
        new ExportSection<PeerMatch>((db, me) => db.PeerMatches.Where(m => m.MemberUserId == me || m.PeerUserId == me).OrderBy(m => m.CreatedAt))
        {
            Key = "peerMatches", Title = l => l["Peer support"],
        },
        // Messages they sent and received: both sides of their own conversations are theirs.
        new ExportSection<DirectMessage>((db, me) => db.DirectMessages.Where(m => m.SenderUserId == me || m.RecipientUserId == me).OrderBy(m => m.SentAt))
        {
            Key = "messages", Title = l => l["Messages"],
        },
        new ExportSection<DiscussionThread>((db, me) => db.DiscussionThreads.Where(t => t.AuthorUserId == me).OrderBy(t => t.CreatedAt))
        {
            Key = "discussionsStarted", Title = l => l["Conversations you started"],
        },
        new ExportSection<DiscussionPost>((db, me) => db.DiscussionPosts.Where(p => p.AuthorUserId == me).OrderBy(p => p.CreatedAt))
        {
            Key = "discussionPosts", Title = l => l["What you wrote in group conversations"],
        },
        new ExportSection<DiscussionReadMark>((db, me) => db.DiscussionReadMarks.Where(m => m.UserId == me))
        {
            Key = "discussionsRead", Title = l => l["Conversations you read"],
        },
        new ExportSection<DiscussionRestriction>((db, me) => db.DiscussionRestrictions.Where(r => r.UserId == me).OrderBy(r => r.CreatedAt))
        {
            Key = "discussionLimits", Title = l => l["Limits on your posting"],
        },
        new ExportSection<FacilitatorDuty>((db, me) => db.FacilitatorDuties.Where(d => d.UserId == me).OrderBy(d => d.StartedAt))
        {
            Key = "facilitatorDuty", Title = l => l["Times you were on duty"],
        },
        // Only the reports and blocks this person made: who reported or blocked them is not theirs to see.
        new ExportSection<MessageReport>((db, me) => db.MessageReports.Where(r => r.ReportedByUserId == me).OrderBy(r => r.CreatedAt))
        {
            Key = "reportsMade", Title = l => l["Messages you reported"],
        },
        new ExportSection<MemberBlock>((db, me) => db.MemberBlocks.Where(b => b.BlockerUserId == me).OrderBy(b => b.CreatedAt))
        {
            Key = "blocks", Title = l => l["People you blocked"],
        },
        new ExportSection<CrisisAlert>((db, me) => db.CrisisAlerts.Where(a => a.WriterUserId == me).OrderBy(a => a.CreatedAt))
        {
            Key = "helpOffered", Title = l => l["Times we offered help after something you wrote"],
        },
        new ExportSection<Notification>((db, me) => db.Notifications.Where(n => n.UserId == me).OrderBy(n => n.CreatedAt))
        {
            Key = "notifications", Title = l => l["Notifications"],
        },
        new ExportSection<OutgoingEmail>((db, me) => db.OutgoingEmails.Where(e => e.UserId == me).OrderBy(e => e.CreatedAt))
        {
            Key = "notificationEmails", Title = l => l["Notification emails waiting to be sent"],
        },
        // A volunteer's application, once their account is linked to it (Volunteers/Details, Join), with its stages and screening dates.
        new ExportSection<Features.Volunteers.VolunteerApplication>((db, me) => db.VolunteerApplications.Where(a => a.UserId == me))
        {
            Key = "volunteerApplication", Title = l => l["Your offer to volunteer"],
        },
        new ExportSection<Features.Volunteers.VolunteerStageMove>((db, me) => db.VolunteerStageMoves
            .Where(m => db.VolunteerApplications.Any(a => a.Id == m.ApplicationId && a.UserId == me)).OrderBy(m => m.On).ThenBy(m => m.RecordedAt))
        {
            Key = "volunteerStages", Title = l => l["Your stages as a volunteer"],
        },
        new ExportSection<Features.Volunteers.VolunteerScreeningCheck>((db, me) => db.VolunteerScreeningChecks
            .Where(c => db.VolunteerApplications.Any(a => a.Id == c.ApplicationId && a.UserId == me)).OrderBy(c => c.DoneOn))
        {
            Key = "volunteerScreening", Title = l => l["Your screening dates as a volunteer"],
        },
        // Issue 15: work records that name the person as owner or author.
        new ExportSection<Campaigns.CampaignTask>((db, me) => db.CampaignTasks.Where(t => t.OwnerUserId == me || t.DoneByUserId == me).OrderBy(t => t.DueOn))
        {
            Key = "campaignTasks", Title = l => l["Campaign tasks given to you or marked done by you"],
        },
        new ExportSection<Campaigns.CampaignReach>((db, me) => db.CampaignReachFigures.Where(r => r.CreatedByUserId == me).OrderBy(r => r.CreatedAt))
        {
            Key = "campaignReach", Title = l => l["Campaign reach figures you entered"],
        },
        new ExportSection<Partners.PartnerAccount>((db, me) => db.PartnerAccounts.Where(a => a.UserId == me))
        {
            Key = "partnerAccount", Title = l => l["The partner your account speaks for"],
        },
        new ExportSection<Partners.PartnerEngagement>((db, me) => db.PartnerEngagements
            .Where(e => e.CreatedByUserId == me || e.NextStepOwnerUserId == me).OrderBy(e => e.CreatedAt))
        {
            Key = "partnerLog", Title = l => l["Partner log entries you wrote or were given"],
        },
        new ExportSection<PublicSite.PublicPageVersion>((db, me) => db.PublicPageVersions.Where(v => v.CreatedByUserId == me).OrderBy(v => v.CreatedAt))
        {
            Key = "publicPageVersions", Title = l => l["Public page texts you saved"],
        },
        // Issue 16: updates to volunteers and partners name the coordinator who posted them.
        new ExportSection<Updates.OrganizerUpdate>((db, me) => db.OrganizerUpdates.Where(u => u.PostedByUserId == me).OrderBy(u => u.PostedAt))
        {
            Key = "organizerUpdates", Title = l => l["Updates you posted"],
        },
        // Issue 16: the person's stories (the draft opens with their key) and every version they wrote (as author or as reviewer).
        new ExportSection<Stories.Story>((db, me) => db.Stories.Where(s => s.AuthorUserId == me).OrderBy(s => s.CreatedAt))
        {
            Key = "stories", Title = l => l["Your stories"],
        },
        new ExportSection<Stories.StoryVersion>((db, me) => db.StoryVersions.Where(v => v.WrittenByUserId == me).OrderBy(v => v.CreatedAt))
        {
            Key = "storyVersions", Title = l => l["Versions of stories you wrote"],
        },
    ];

    /// <summary>Tables that refer to a person and are deliberately not exported, each with the reason.</summary>
    public static IReadOnlyDictionary<Type, string> NotExported { get; } = new Dictionary<Type, string>
    {
        [typeof(IdentityUserToken<Guid>)] =
            "Sign-in secrets (the authenticator key, recovery codes): nothing readable about the person, and a download must never carry a way to sign in.",
        [typeof(IdentityUserPasskey<Guid>)] =
            "Passkeys are public keys and counters the browser made, nothing the person wrote but a name; the names and dates are listed on the passkeys page of the account.",
    };

    /// <summary>The tables the download covers: exactly those of <see cref="All"/>.</summary>
    public static IReadOnlySet<Type> CoveredEntityTypes { get; } = All.Select(s => s.EntityType).ToHashSet();
}
