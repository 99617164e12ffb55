using Circles.Web.Data;
using Circles.Web.Demo;
using Circles.Web.Features.Directory;
using Circles.Web.Features.Directory.Hsds;
using Circles.Web.Features.Needs;
using Circles.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.BrowserTests.Infrastructure;

/// <summary>
/// Puts a fictional directory service (and, for pages that show one, a referred need) into the
/// demo organization through the app's own DbContext. The demo seed may or may not hold
/// directory services; these tests must not depend on which, so they bring their own.
/// </summary>
public static class DemoNeeds
{
    public const string ServiceName = "Demo Legal Clinic";
    public const string ServiceId = "browser-test-legal-clinic";
    private const string DirectoryOrganizationId = "browser-test-legal-org";

    private static readonly SemaphoreSlim Lock = new(1, 1);

    /// <summary>A verified, open legal service in English and Arabic, serving every demo community.</summary>
    public static async Task EnsureServiceAsync(this CirclesServer server)
    {
        await Lock.WaitAsync();
        try
        {
            await using var scope = await DemoScopeAsync(server);
            var db = scope.ServiceProvider.GetRequiredService<CirclesDb>();
            if (await db.Set<HsdsService>().AnyAsync(s => s.Id == ServiceId))
            {
                return;
            }
            var now = TimeProvider.System.GetUtcNow().UtcDateTime;
            db.Set<HsdsOrganization>().Add(new HsdsOrganization { Id = DirectoryOrganizationId, Name = ServiceName });
            db.Set<HsdsService>().Add(new HsdsService { Id = ServiceId, Name = ServiceName, Status = "active", DirectoryOrganizationId = DirectoryOrganizationId });
            db.Set<HsdsLanguage>().Add(new HsdsLanguage { Id = ServiceId + "-en", ServiceId = ServiceId, Code = "en", Name = "English" });
            db.Set<HsdsLanguage>().Add(new HsdsLanguage { Id = ServiceId + "-ar", ServiceId = ServiceId, Code = "ar", Name = "Arabic" });
            db.Set<HsdsTaxonomyTerm>().Add(new HsdsTaxonomyTerm { Id = ServiceId + "-term", Name = "Legal aid", Description = "Legal aid" });
            db.Set<HsdsAttribute>().Add(new HsdsAttribute { Id = ServiceId + "-attr", LinkId = ServiceId, LinkEntity = "service", TaxonomyTermId = ServiceId + "-term" });
            db.ServiceFacts.Add(new ServiceFacts { ServiceId = ServiceId, Intake = IntakeStatus.Open, IntakeConfirmedAt = now, VerifiedAt = now, UpdatedAt = now });
            foreach (var community in await db.Communities.Select(c => c.Id).ToListAsync())
            {
                db.ServiceCommunities.Add(new ServiceCommunity { ServiceId = ServiceId, CommunityId = community });
            }
            await db.SaveChangesAsync();
        }
        finally
        {
            Lock.Release();
        }
    }

    /// <summary>
    /// A need of demo-member referred to the service with their consent, and demo-partner linked
    /// to the service's organization, so the member's, the coordinator's and the partner's pages
    /// all have a referral to show. Returns the need's id.
    /// </summary>
    public static async Task<Guid> EnsureReferredNeedAsync(this CirclesServer server)
    {
        await server.EnsureServiceAsync();
        await Lock.WaitAsync();
        try
        {
            await using var scope = await DemoScopeAsync(server);
            var services = scope.ServiceProvider;
            var db = services.GetRequiredService<CirclesDb>();
            var existing = await db.Referrals.Where(r => r.ServiceId == ServiceId).Select(r => (Guid?)r.NeedId).FirstOrDefaultAsync();
            if (existing is { } found)
            {
                return found;
            }
            var now = TimeProvider.System.GetUtcNow().UtcDateTime;
            var member = await db.Users.SingleAsync(u => u.UserName == DemoAccounts.Member.UserName);
            var partner = await db.Users.SingleAsync(u => u.UserName == DemoAccounts.Partner.UserName);
            var need = new Need
            {
                MemberUserId = member.Id,
                Category = NeedCategory.Legal,
                ProtectedDescription = services.GetRequiredService<FieldProtector>().Protect(FieldPurposes.NeedDescription, "A question about a work contract"),
                CreatedAt = now.AddDays(-9),
                Status = NeedStatus.InProgress,
            };
            var consent = new Consent
            {
                MemberUserId = member.Id,
                ScopeDetail = ServiceId,
                TextVersion = ConsentTexts.ReferralVersion,
                GivenAt = now,
                RecordedByUserId = member.Id,
            };
            var referral = new Referral
            {
                NeedId = need.Id,
                ServiceId = ServiceId,
                SharesMemberDetails = true,
                ConsentId = consent.Id,
                CreatedAt = now,
                StatusChangedAt = now,
                CreatedByUserId = member.Id,
            };
            db.AddRange(need, consent, referral);
            db.ReferralUpdates.Add(new ReferralUpdate { ReferralId = referral.Id, Status = ReferralStatus.Sent, At = now });
            db.PartnerAffiliations.Add(new PartnerAffiliation { UserId = partner.Id, DirectoryOrganizationId = DirectoryOrganizationId });
            await db.SaveChangesAsync();
            return need.Id;
        }
        finally
        {
            Lock.Release();
        }
    }

    /// <summary>
    /// A housing need of demo-member referred to the demo's emergency stay at the confidential
    /// Harbour House, accepted, with the house's address given on the referral (SharedAddresses).
    /// Returns the need's id.
    /// </summary>
    public static async Task<Guid> EnsureConfidentialAddressGivenAsync(this CirclesServer server)
    {
        var serviceId = DemoDirectory.Id(104);
        await Lock.WaitAsync();
        try
        {
            await using var scope = await DemoScopeAsync(server);
            var db = scope.ServiceProvider.GetRequiredService<CirclesDb>();
            var existing = await db.Referrals.Where(r => r.ServiceId == serviceId && r.SharedAddressLocationId != null).Select(r => (Guid?)r.NeedId).FirstOrDefaultAsync();
            if (existing is { } found)
            {
                return found;
            }
            var now = TimeProvider.System.GetUtcNow().UtcDateTime;
            var member = await db.Users.SingleAsync(u => u.UserName == DemoAccounts.Member.UserName);
            var coordinator = await db.Users.SingleAsync(u => u.UserName == DemoAccounts.Coordinator.UserName);
            var need = new Need { MemberUserId = member.Id, Category = NeedCategory.Housing, CreatedAt = now.AddDays(-2), Status = NeedStatus.InProgress };
            var referral = new Referral
            {
                NeedId = need.Id,
                ServiceId = serviceId,
                Status = ReferralStatus.Accepted,
                CreatedAt = now.AddDays(-1),
                StatusChangedAt = now,
                CreatedByUserId = coordinator.Id,
                SharedAddressLocationId = DemoDirectory.Id(202),
                AddressSharedAt = now,
                AddressSharedByUserId = coordinator.Id,
            };
            db.AddRange(need, referral);
            db.ReferralUpdates.Add(new ReferralUpdate { ReferralId = referral.Id, Status = ReferralStatus.Accepted, At = now });
            await db.SaveChangesAsync();
            return need.Id;
        }
        finally
        {
            Lock.Release();
        }
    }

    private static async Task<AsyncServiceScope> DemoScopeAsync(CirclesServer server)
    {
        var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CirclesDb>();
        var organizationId = await db.Organizations.IgnoreQueryFilters().Where(o => o.Slug == DemoSeeder.Slug).Select(o => o.Id).SingleAsync();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(organizationId);
        return scope;
    }
}
