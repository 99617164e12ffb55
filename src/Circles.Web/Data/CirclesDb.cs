using System.Linq.Expressions;
using Circles.Web.Accounts;
using Circles.Web.Features.Blocks;
using Circles.Web.Features.Calendar;
using Circles.Web.Features.Communities;
using Circles.Web.Features.Directory;
using Circles.Web.Features.Directory.Hsds;
using Circles.Web.Features.Directory.Peers;
using Circles.Web.Features.Needs;
using Circles.Web.Features.Feedback;
using Circles.Web.Features.FollowUps;
using Circles.Web.Features.GroundRules;
using Circles.Web.Features.Groups;
using Circles.Web.Features.Icebreakers;
using Circles.Web.Features.Sessions;
using Circles.Web.Features.Invitations;
using Circles.Web.Features.Organizations;
using Circles.Web.Features.Peers;
using Circles.Web.Features.Messages;
using Circles.Web.Features.Discussions;
using Circles.Web.Features.Moderation;
using Circles.Web.Features.Crisis;
using Circles.Web.Features.Me;
using Circles.Web.Features.Notifications;
using Circles.Web.Features.Strategies;
using Circles.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Data;

/// <summary>
/// The one DbContext of Circles. Provider-specific subclasses exist only so that each provider
/// keeps its own generated migrations (see <see cref="SqliteCirclesDb"/>, <see cref="PostgresCirclesDb"/>).
/// </summary>
public class CirclesDb : IdentityDbContext<CirclesUser, IdentityRole<Guid>, Guid>,
    Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.IDataProtectionKeyContext
{
    /// <summary>Whose rows the tenant filters let through; null (nobody's: no row) until given.</summary>
    private CurrentOrganization? currentOrganization;

    /// <summary>For EF's pool of contexts (DataSetup): the organization comes with each lease, <see cref="LeaseTo"/>.</summary>
    protected CirclesDb(DbContextOptions options) : base(options)
    {
    }

    /// <summary>A context of one organization's scope, made outside the app's pool (design time, tests, the bench).</summary>
    protected CirclesDb(DbContextOptions options, CurrentOrganization currentOrganization) : base(options) =>
        this.currentOrganization = currentOrganization;

    /// <summary>
    /// Gives a context taken from EF's pool to one scope: its queries see that scope's
    /// organization until the scope disposes it, which hands it back to the pool forgetting it.
    /// </summary>
    internal CirclesDb LeaseTo(CurrentOrganization organization)
    {
        currentOrganization = organization;
        return this;
    }

    // A pooled context outlives its scope: it must not carry the organization to the next lease
    // (or to anyone taking it from the factory without LeaseTo), so that it sees no rows until given one.
#pragma warning disable CA1816 // DbContext's own Dispose suppresses finalization; this only forgets the organization first.
    public override void Dispose()
    {
        currentOrganization = null;
        base.Dispose();
    }

    public override ValueTask DisposeAsync()
    {
        currentOrganization = null;
        return base.DisposeAsync();
    }
#pragma warning restore CA1816

    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<UserSession> UserSessions => Set<UserSession>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<PasswordResetCode> PasswordResetCodes => Set<PasswordResetCode>();
    public DbSet<Features.People.TwoStepResetRequest> TwoStepResetRequests => Set<Features.People.TwoStepResetRequest>();
    public DbSet<Community> Communities => Set<Community>();
    public DbSet<SupportGroup> SupportGroups => Set<SupportGroup>();
    public DbSet<GroupFacilitator> GroupFacilitators => Set<GroupFacilitator>();
    public DbSet<GroupMembership> GroupMemberships => Set<GroupMembership>();
    public DbSet<MembershipChange> MembershipChanges => Set<MembershipChange>();
    public DbSet<GroundRulesVersion> GroundRulesVersions => Set<GroundRulesVersion>();
    public DbSet<GroundRulesAgreement> GroundRulesAgreements => Set<GroundRulesAgreement>();
    public DbSet<GroundRulesProposal> GroundRulesProposals => Set<GroundRulesProposal>();
    public DbSet<GroupSession> GroupSessions => Set<GroupSession>();
    public DbSet<AgendaItem> AgendaItems => Set<AgendaItem>();
    public DbSet<Attendance> Attendances => Set<Attendance>();
    public DbSet<Icebreaker> Icebreakers => Set<Icebreaker>();
    public DbSet<FeedbackRequest> FeedbackRequests => Set<FeedbackRequest>();
    public DbSet<FeedbackResponse> FeedbackResponses => Set<FeedbackResponse>();
    public DbSet<FollowUpTask> FollowUpTasks => Set<FollowUpTask>();
    public DbSet<ContactPreference> ContactPreferences => Set<ContactPreference>();
    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();
    public DbSet<ServiceFacts> ServiceFacts => Set<ServiceFacts>();
    public DbSet<ServiceCommunity> ServiceCommunities => Set<ServiceCommunity>();
    public DbSet<ServiceHelpedMark> ServiceHelpedMarks => Set<ServiceHelpedMark>();
    public DbSet<ServiceTip> ServiceTips => Set<ServiceTip>();
    public DbSet<CopingStrategy> CopingStrategies => Set<CopingStrategy>();
    public DbSet<SavedStrategy> SavedStrategies => Set<SavedStrategy>();
    public DbSet<Need> Needs => Set<Need>();
    public DbSet<Referral> Referrals => Set<Referral>();
    public DbSet<ReferralUpdate> ReferralUpdates => Set<ReferralUpdate>();
    public DbSet<Consent> Consents => Set<Consent>();
    public DbSet<PartnerAffiliation> PartnerAffiliations => Set<PartnerAffiliation>();
    public DbSet<PeerSupporterProfile> PeerSupporterProfiles => Set<PeerSupporterProfile>();
    public DbSet<SupervisionCheckIn> SupervisionCheckIns => Set<SupervisionCheckIn>();
    public DbSet<PeerRequest> PeerRequests => Set<PeerRequest>();
    public DbSet<PeerMatch> PeerMatches => Set<PeerMatch>();
    public DbSet<DirectMessage> DirectMessages => Set<DirectMessage>();
    public DbSet<DiscussionThread> DiscussionThreads => Set<DiscussionThread>();
    public DbSet<DiscussionPost> DiscussionPosts => Set<DiscussionPost>();
    public DbSet<FacilitatorDuty> FacilitatorDuties => Set<FacilitatorDuty>();
    public DbSet<DiscussionReadMark> DiscussionReadMarks => Set<DiscussionReadMark>();
    public DbSet<DiscussionRestriction> DiscussionRestrictions => Set<DiscussionRestriction>();
    public DbSet<MessageReport> MessageReports => Set<MessageReport>();
    public DbSet<MemberBlock> MemberBlocks => Set<MemberBlock>();
    public DbSet<CrisisPhrase> CrisisPhrases => Set<CrisisPhrase>();
    public DbSet<CrisisAlert> CrisisAlerts => Set<CrisisAlert>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<OutgoingEmail> OutgoingEmails => Set<OutgoingEmail>();
    public DbSet<Features.PrivateSpace.PersonalKey> PersonalKeys => Set<Features.PrivateSpace.PersonalKey>();
    public DbSet<Features.Journal.JournalEntry> JournalEntries => Set<Features.Journal.JournalEntry>();
    public DbSet<Features.SafetyPlan.PersonalSafetyPlan> SafetyPlans => Set<Features.SafetyPlan.PersonalSafetyPlan>();
    public DbSet<Features.Wellbeing.WellbeingCheckIn> WellbeingCheckIns => Set<Features.Wellbeing.WellbeingCheckIn>();
    public DbSet<Features.Volunteers.VolunteerApplication> VolunteerApplications => Set<Features.Volunteers.VolunteerApplication>();
    public DbSet<Features.Partners.Partner> Partners => Set<Features.Partners.Partner>();
    public DbSet<Features.Partners.PartnerAccount> PartnerAccounts => Set<Features.Partners.PartnerAccount>();
    public DbSet<Features.Campaigns.Campaign> Campaigns => Set<Features.Campaigns.Campaign>();
    public DbSet<Features.Campaigns.CampaignEvent> CampaignEvents => Set<Features.Campaigns.CampaignEvent>();
    public DbSet<Features.Campaigns.CampaignTask> CampaignTasks => Set<Features.Campaigns.CampaignTask>();
    public DbSet<Features.Partners.PartnerCommunity> PartnerCommunities => Set<Features.Partners.PartnerCommunity>();
    public DbSet<Features.Partners.PartnerEngagement> PartnerEngagements => Set<Features.Partners.PartnerEngagement>();
    public DbSet<Features.Partners.Sources.JoinSourceCount> JoinSourceCounts => Set<Features.Partners.Sources.JoinSourceCount>();
    public DbSet<Features.Volunteers.VolunteerStageMove> VolunteerStageMoves => Set<Features.Volunteers.VolunteerStageMove>();
    public DbSet<Features.Volunteers.VolunteerScreeningCheck> VolunteerScreeningChecks => Set<Features.Volunteers.VolunteerScreeningCheck>();
    public DbSet<Features.Volunteering.RequirementType> RequirementTypes => Set<Features.Volunteering.RequirementType>();
    public DbSet<Features.Volunteering.RequirementCompletion> RequirementCompletions => Set<Features.Volunteering.RequirementCompletion>();
    public DbSet<Features.Volunteering.Assignment> Assignments => Set<Features.Volunteering.Assignment>();
    public DbSet<Features.Volunteering.VolunteerHours> VolunteerHours => Set<Features.Volunteering.VolunteerHours>();
    public DbSet<Features.PublicSite.PublicPageVersion> PublicPageVersions => Set<Features.PublicSite.PublicPageVersion>();
    public DbSet<Features.Campaigns.CampaignCommunity> CampaignCommunities => Set<Features.Campaigns.CampaignCommunity>();
    public DbSet<Features.Campaigns.CampaignPartner> CampaignPartners => Set<Features.Campaigns.CampaignPartner>();
    public DbSet<Features.Campaigns.CampaignGoal> CampaignGoals => Set<Features.Campaigns.CampaignGoal>();
    public DbSet<Features.Campaigns.CampaignReach> CampaignReachFigures => Set<Features.Campaigns.CampaignReach>();
    public DbSet<Features.Stories.Story> Stories => Set<Features.Stories.Story>();
    public DbSet<Features.Stories.StoryVersion> StoryVersions => Set<Features.Stories.StoryVersion>();
    public DbSet<Features.Stories.CampaignStory> CampaignStories => Set<Features.Stories.CampaignStory>();
    public DbSet<Features.Stories.PublicStoryFeature> PublicStoryFeatures => Set<Features.Stories.PublicStoryFeature>();
    public DbSet<Features.Updates.OrganizerUpdate> OrganizerUpdates => Set<Features.Updates.OrganizerUpdate>();
    public DbSet<Features.FormatChanges.GroupFormatChange> GroupFormatChanges => Set<Features.FormatChanges.GroupFormatChange>();
    /// <summary>Cluster-wide, not an organization's: the jobs' leases (docs/scaling.md).</summary>
    public DbSet<ClusterLease> ClusterLeases => Set<ClusterLease>();
    /// <summary>The Data Protection key ring when the nodes share it (DataProtection:KeysInDatabase), encrypted at rest (SEC-28).</summary>
    public DbSet<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey> DataProtectionKeys => Set<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey>();
    public DbSet<Features.Impact.MonthlyAttendance> MonthlyAttendances => Set<Features.Impact.MonthlyAttendance>();

    // The HSDS directory tables (HsdsService, HsdsLocation, …) are mapped by HsdsModel and read
    // with Set<HsdsService>() and the like.

    /// <summary>
    /// Identity's schema 3 adds the passkeys table (SEC-10, SEC-11). Identity reads the version
    /// from IdentityOptions through the app's services (AccountsSetup sets it). A context made
    /// without them (`dotnet ef`'s design-time factories, the tests' migrated template) gets
    /// <see cref="OwnServices"/> instead, so every context builds the same model.
    /// </summary>
    public static readonly Version IdentitySchema = IdentitySchemaVersions.Version3;

    private static readonly IServiceProvider OwnServices = new Microsoft.Extensions.DependencyInjection.ServiceCollection()
        .Configure<IdentityOptions>(options => options.Stores.SchemaVersion = IdentitySchema)
        .BuildServiceProvider();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        if (optionsBuilder.Options.FindExtension<Microsoft.EntityFrameworkCore.Infrastructure.CoreOptionsExtension>()?.ApplicationServiceProvider is null)
        {
            optionsBuilder.UseApplicationServiceProvider(OwnServices);
        }
    }

    /// <summary>Read by the tenant query filters; EF re-evaluates it for every query.</summary>
    public Guid CurrentOrganizationId => currentOrganization?.Id ?? Guid.Empty;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CirclesDb).Assembly);
        HsdsModel.Configure(builder);

        builder.Entity<Organization>().HasQueryFilter(o => o.Id == CurrentOrganizationId);
        foreach (var entityType in builder.Model.GetEntityTypes())
        {
            if (typeof(ITenantOwned).IsAssignableFrom(entityType.ClrType) && entityType.BaseType is null)
            {
                builder.Entity(entityType.ClrType).HasQueryFilter(TenantFilterFor(entityType.ClrType));
                builder.Entity(entityType.ClrType).HasIndex(nameof(ITenantOwned.OrganizationId));
            }
            if (typeof(IVersioned).IsAssignableFrom(entityType.ClrType) && entityType.BaseType is null)
            {
                builder.Entity(entityType.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
            }
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Instants are stored as UTC DateTime (SQLite cannot order DateTimeOffset); reading them
        // back marks them UTC so that comparisons and Npgsql's timestamptz agree.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<NullableUtcDateTimeConverter>();
    }

    private LambdaExpression TenantFilterFor(Type type)
    {
        var entity = Expression.Parameter(type, "e");
        var body = Expression.Equal(
            Expression.Property(entity, nameof(ITenantOwned.OrganizationId)),
            Expression.Property(Expression.Constant(this), nameof(CurrentOrganizationId)));
        return Expression.Lambda(body, entity);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampTenant();
        Features.Impact.MonthlyAttendanceKeeping.KeepAsync(this, CancellationToken.None).GetAwaiter().GetResult();
        RenewVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampTenant();
        // The impact summary follows attendance in the same save (after the tenant stamp: it reads the new rows' organization).
        await Features.Impact.MonthlyAttendanceKeeping.KeepAsync(this, cancellationToken);
        RenewVersions();
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// Saves, or answers false when a versioned row was changed by someone else since it was read
    /// (or since the version given to <see cref="ExpectVersion"/>). Nothing is saved then: the
    /// whole save is one transaction, and the page shows the conflict with what the person typed.
    /// </summary>
    public async Task<bool> TrySaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }

    /// <summary>
    /// The person edited the row as it was at <paramref name="seenVersion"/> (their form carried it):
    /// the save must fail if it has moved on since, even if it moved on before this request read it.
    /// </summary>
    public void ExpectVersion(IVersioned row, Guid seenVersion) =>
        Entry(row).Property(nameof(IVersioned.Version)).OriginalValue = seenVersion;

    /// <summary>
    /// Counts the row as changed without changing a field, so that two saves that each read it
    /// (e.g. two activations checking a group's capacity) cannot both succeed.
    /// </summary>
    public void Touch(IVersioned row) => Entry(row).Property(nameof(IVersioned.Version)).IsModified = true;

    /// <summary>Every versioned row this save changes gets a new version: the one place it happens.</summary>
    private void RenewVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State == EntityState.Modified)
            {
                entry.Entity.Version = Guid.NewGuid();
            }
        }
    }

    /// <summary>
    /// New tenant rows take the current organization; a row written for another organization
    /// than the current one is a bug, so it stops the save instead of leaking across tenants.
    /// </summary>
    private void StampTenant()
    {
        foreach (var entry in ChangeTracker.Entries<ITenantOwned>())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
            {
                continue;
            }
            if (entry.Entity.OrganizationId == Guid.Empty)
            {
                entry.Entity.OrganizationId = currentOrganization is { IsSet: true }
                    ? currentOrganization.Id
                    : throw new InvalidOperationException($"A {entry.Metadata.ClrType.Name} needs an organization.");
            }
            else if (currentOrganization is { IsSet: true } && entry.Entity.OrganizationId != currentOrganization.Id)
            {
                throw new InvalidOperationException($"Refused to write a {entry.Metadata.ClrType.Name} of another organization.");
            }
        }
    }
}
