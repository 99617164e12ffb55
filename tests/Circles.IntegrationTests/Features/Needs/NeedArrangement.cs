using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Data;
using Circles.Web.Features.Directory;
using Circles.Web.Features.Directory.Hsds;
using Circles.Web.Features.Needs;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Features.Needs;

/// <summary>Directory services and needs placed straight in the database, so tests spend their HTTP calls on what they test.</summary>
public static class NeedArrangement
{
    public sealed record ArrangedService(string Id, string Name, string DirectoryOrganizationId);

    /// <summary>
    /// One HSDS organization and service, with a language, an optional taxonomy term (through an
    /// attribute), the communities it serves and, when <paramref name="verifiedDaysAgo"/> is set,
    /// this organization's verification.
    /// </summary>
    public static async Task<ArrangedService> CreateServiceAsync(
        this CirclesApp app, TestOrganization organization, string name = "Harbour Legal Aid", string languageCode = "en",
        string? term = "Legal aid", int? verifiedDaysAgo = 10, IEnumerable<Guid>? communities = null, string? directoryOrganizationId = null,
        IntakeStatus intake = IntakeStatus.Open)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(organization.Id);
        var db = scope.ServiceProvider.GetRequiredService<CirclesDb>();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var directoryOrganization = directoryOrganizationId ?? "org-" + suffix;
        if (directoryOrganizationId is null)
        {
            db.Set<HsdsOrganization>().Add(new HsdsOrganization { Id = directoryOrganization, Name = name + " (organization)" });
        }
        var service = new HsdsService { Id = "svc-" + suffix, Name = name, Status = "active", DirectoryOrganizationId = directoryOrganization };
        db.Set<HsdsService>().Add(service);
        db.Set<HsdsLanguage>().Add(new HsdsLanguage { Id = "lang-" + suffix, ServiceId = service.Id, Code = languageCode });
        if (term is not null)
        {
            db.Set<HsdsTaxonomyTerm>().Add(new HsdsTaxonomyTerm { Id = "term-" + suffix, Name = term, Description = term });
            db.Set<HsdsAttribute>().Add(new HsdsAttribute { Id = "attr-" + suffix, LinkId = service.Id, LinkEntity = "service", TaxonomyTermId = "term-" + suffix });
        }
        db.ServiceFacts.Add(new ServiceFacts
        {
            ServiceId = service.Id,
            Intake = intake,
            VerifiedAt = verifiedDaysAgo is { } days ? now.AddDays(-days) : null,
            VerifiedByUserId = verifiedDaysAgo is null ? null : organization.Coordinator.Id,
            UpdatedAt = now,
        });
        foreach (var community in communities ?? [])
        {
            db.ServiceCommunities.Add(new ServiceCommunity { ServiceId = service.Id, CommunityId = community });
        }
        await db.SaveChangesAsync();
        return new ArrangedService(service.Id, name, directoryOrganization);
    }

    /// <summary>The member raises a need through /needs/new; returns its id.</summary>
    public static async Task<Guid> RaiseNeedAsync(this HttpClient member, string category = "Legal", string description = "", string language = "en", Guid? community = null)
    {
        var values = new Dictionary<string, string>
        {
            ["Form.Category"] = category,
            ["Form.Description"] = description,
            ["Form.Language"] = language,
        };
        if (community is { } id)
        {
            values["Form.CommunityId"] = id.ToString();
        }
        var response = await member.SubmitFormAsync("/needs/new", values);
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Raising a need answered {(int)response.StatusCode}");
        }
        // /needs/{id}?done=raised
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[2].Split('?')[0]);
    }

    /// <summary>The coordinator refers the need to a service through the manage page (sharing nothing unless asked).</summary>
    public static Task<HttpResponseMessage> ReferAsync(this HttpClient coordinator, Guid needId, string serviceId, bool share = false, bool spokenConsent = false)
    {
        var values = new Dictionary<string, string>
        {
            ["Refer.ServiceId"] = serviceId,
            ["Refer.SharesMemberDetails"] = share ? "true" : "false",
        };
        if (spokenConsent)
        {
            values["Refer.SpokenConsent"] = "true";
        }
        return coordinator.SubmitFormAsync($"/needs/{needId}/manage", values, "form[action*='handler=Refer']");
    }

    public static Task<Referral> ReferralOfAsync(this CirclesApp app, TestOrganization organization, Guid needId) =>
        app.InOrganizationAsync(organization, db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Referrals, r => r.NeedId == needId));
}
