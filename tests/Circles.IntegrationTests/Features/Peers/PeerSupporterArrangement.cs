using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Peers;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Features.Peers;

/// <summary>Peer supporters arranged straight in the database, for tests that are not about becoming one.</summary>
public static class PeerSupporterArrangement
{
    /// <summary>Gives a person who holds the peer supporter role a profile, as if their training had been marked.</summary>
    public static async Task<PeerSupporterProfile> GivePeerProfileAsync(
        this CirclesApp app, TestOrganization organization, TestUser peer, int capacity = 2, DateTime? trainedAt = null, Action<PeerSupporterProfile>? change = null)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(organization.Id);
        var db = scope.ServiceProvider.GetRequiredService<CirclesDb>();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var profile = new PeerSupporterProfile
        {
            UserId = peer.Id,
            TrainingCompletedAt = trainedAt ?? now,
            TrainingMarkedByUserId = organization.Coordinator.Id,
            Capacity = capacity,
            Languages = ["en"],
            UpdatedAt = now,
        };
        change?.Invoke(profile);
        db.PeerSupporterProfiles.Add(profile);
        await db.SaveChangesAsync();
        return profile;
    }

    /// <summary>A new person in the peer supporter role, with a profile.</summary>
    public static async Task<TestUser> AddPeerSupporterAsync(
        this CirclesApp app, TestOrganization organization, int capacity = 2, DateTime? trainedAt = null)
    {
        var peer = await app.AddUserAsync(organization.Id, Roles.PeerSupporter, Roles.Member);
        await app.GivePeerProfileAsync(organization, peer, capacity, trainedAt);
        return peer;
    }

    public static Task AddActiveMatchAsync(this CirclesApp app, TestOrganization organization, TestUser peer, TestUser member) =>
        app.ActiveMatchAsync(organization, member, peer);

    public static async Task<Guid> AddCheckInAsync(
        this CirclesApp app, TestOrganization organization, TestUser peer, DateTime scheduledFor, DateTime? heldAt = null, int? wellbeing = null)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(organization.Id);
        var db = scope.ServiceProvider.GetRequiredService<CirclesDb>();
        var checkIn = new SupervisionCheckIn
        {
            PeerUserId = peer.Id,
            CoordinatorUserId = organization.Coordinator.Id,
            ScheduledFor = scheduledFor,
            HeldAt = heldAt,
            Wellbeing = wellbeing,
        };
        db.SupervisionCheckIns.Add(checkIn);
        await db.SaveChangesAsync();
        return checkIn.Id;
    }

    /// <summary>Posts to a URL with the anti-forgery token of a form on a page the client can read.</summary>
    public static async Task<HttpResponseMessage> PostWithTokenAsync(this HttpClient client, string tokenPage, string url, IDictionary<string, string>? values = null)
    {
        var page = (await client.GetPageAsync(tokenPage)).Document;
        var token = page.QuerySelector("form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var fields = new Dictionary<string, string>(values ?? new Dictionary<string, string>()) { ["__RequestVerificationToken"] = token };
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }
}
