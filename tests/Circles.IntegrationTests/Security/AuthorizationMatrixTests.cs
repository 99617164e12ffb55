using System.Net;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Accounts;
using Circles.Web.Features.Invitations;
using Circles.Web.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Security;

/// <summary>
/// Every page against every role (SEC-18, SEC-19): anonymous people are sent to sign in, a role
/// without access gets 403, a role with access gets the page.
/// </summary>
public sealed class AuthorizationMatrixTests : IClassFixture<AuthorizationMatrixTests.Fixture>
{
    private const string AnyRole = "*";

    public static TheoryData<string, string> Pages => new()
    {
        { "/account", AnyRole },
        { "/account/welcome", AnyRole },
        { "/account/password", AnyRole },
        { "/account/two-factor", AnyRole },
        { "/account/sessions", AnyRole },
        { "/account/data", AnyRole },
        { "/account/keep-alive", AnyRole },
        { "/home/coordinator", Roles.Coordinator },
        { "/home/facilitator", $"{Roles.Facilitator},{Roles.Coordinator}" },
        { "/home/member", $"{Roles.Member},{Roles.PeerSupporter}" },
        { "/home/peer", Roles.PeerSupporter },
        { "/home/volunteer", Roles.Volunteer },
        { "/home/partner", Roles.Partner },
        { "/invitations", Roles.Coordinator },
        { "/invitations/{invitation}", Roles.Coordinator },
        { "/people", Roles.Coordinator },
        { "/people/{person}", Roles.Coordinator },
        { "/settings", Roles.Coordinator },
        { "/communities", Roles.Coordinator },
        { "/groups", AnyRole },
        { "/groups/new", Roles.Coordinator },
        { "/icebreakers", $"{Roles.Facilitator},{Roles.Coordinator}" },
        { "/follow-ups", $"{Roles.Facilitator},{Roles.Coordinator}" },
        { "/me/contact", $"{Roles.Member},{Roles.PeerSupporter}" },
        // Wellbeing check-ins: members' own; staff see only the de-identified overview.
        { "/wellbeing", $"{Roles.Member},{Roles.PeerSupporter}" },
        { "/wellbeing/check-in", $"{Roles.Member},{Roles.PeerSupporter}" },
        { "/wellbeing/overview", Roles.Coordinator },
        { "/me/calendar", AnyRole },
        { "/directory/services/{service}/notes", AnyRole },
        { "/directory/services/{service}/helped", $"{Roles.Member},{Roles.PeerSupporter}" },
        { "/directory/services/{service}/tips", $"{Roles.Member},{Roles.PeerSupporter}" },
        { "/strategies", $"{Roles.Member},{Roles.PeerSupporter}" },
        { "/strategies/new", $"{Roles.Member},{Roles.PeerSupporter}" },
        { "/me/strategies", $"{Roles.Member},{Roles.PeerSupporter}" },
        { "/moderation", $"{Roles.Facilitator},{Roles.Coordinator}" },
        { "/me/blocks", $"{Roles.Member},{Roles.PeerSupporter}" },
        { "/account/delete", $"{Roles.Member},{Roles.PeerSupporter}" },
        { "/blocks/new?user={coordinator}", $"{Roles.Member},{Roles.PeerSupporter}" },
        { "/directory/data", Roles.Coordinator },
        // Needs and referrals. /needs/{id} is the member's own need only (others get 404), so it
        // has its own test: NeedPermissionTests.NeedPage_AsEachRole_OnlyItsMemberSeesIt.
        { "/needs", $"{Roles.Member},{Roles.PeerSupporter}" },
        { "/needs/new", $"{Roles.Member},{Roles.PeerSupporter}" },
        { "/needs/record", $"{Roles.Facilitator},{Roles.Coordinator}" },
        { "/needs/triage", Roles.Coordinator },
        { "/needs/{need}/manage", Roles.Coordinator },
        { "/needs/partners", Roles.Coordinator },
        { "/referrals", Roles.Partner },
        // Peer matching. /peers/matches/{id} is for its two people and coordinators only (others 404),
        // so it has its own test: MatchAccessTests.MatchPage_AsEachRole_OnlyItsPeopleAndCoordinatorsSeeIt.
        { "/peers", $"{Roles.Member},{Roles.PeerSupporter}" },
        { "/peers/requests", Roles.Coordinator },
        { "/directory/gaps", Roles.Coordinator },
        { "/directory", AnyRole },
        { "/directory/services/{service}", AnyRole },
        { "/directory/services/{service}/facts", Roles.Coordinator },
        { "/directory/verification", Roles.Coordinator },
        // Peer supporters (issue 5). /peers/supporters/{peer} for another organization's person: SupervisionTests.
        { "/peers/profile", Roles.PeerSupporter },
        { "/peers/supervision", Roles.PeerSupporter },
        { "/peers/supporters", Roles.Coordinator },
        { "/peers/supporters/{peer}", Roles.Coordinator },
        // Messages: members and peer supporters only (coordinators never read them). The matrix's
        // match joins its member and peer supporter; other people get 404 (NoColdMessageTests).
        { "/messages", $"{Roles.Member},{Roles.PeerSupporter}" },
        { "/messages/{match}", $"{Roles.Member},{Roles.PeerSupporter}" },
        { "/messages/{match}?handler=List", $"{Roles.Member},{Roles.PeerSupporter}" },
        // Crisis alerts, notifications, crisis phrases (issue 5).
        { "/notifications", AnyRole },
        { "/crisis-alerts", $"{Roles.Facilitator},{Roles.Coordinator}" },
        { "/settings/crisis-phrases", Roles.Coordinator },
        // Personal safety plan (issue 6): members' own, other roles 403 (SafetyPlanTests covers other members and organizations).
        { "/safety-plan", $"{Roles.Member},{Roles.PeerSupporter}" },
        { "/safety-plan/edit", $"{Roles.Member},{Roles.PeerSupporter}" },
        { "/safety-plan/print", $"{Roles.Member},{Roles.PeerSupporter}" },
        // My space and the journal (issue 6). /journal/{id} is its author's only (others 404):
        // JournalPrivacyTests.Entry_IsSealedAtRest_AndOnlyItsAuthorCanReadIt_Sec27_Sec20.
        { "/my-space", $"{Roles.Member},{Roles.PeerSupporter}" },
        { "/journal", $"{Roles.Member},{Roles.PeerSupporter}" },
        { "/journal/new", $"{Roles.Member},{Roles.PeerSupporter}" },
    };

    private readonly Fixture _fixture;

    public AuthorizationMatrixTests(Fixture fixture) => _fixture = fixture;

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Get_AsAnonymous_RedirectsToSignIn(string page, string allowedRoles)
    {
        _ = allowedRoles;
        var response = await _fixture.App.NewBrowser().GetAsync(await _fixture.UrlAsync(page));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/account/signin", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Get_AsEachRole_AllowedRolesOnly(string page, string allowedRoles)
    {
        var url = await _fixture.UrlAsync(page);
        foreach (var role in Roles.All)
        {
            var client = await _fixture.ClientAsync(role);
            var response = await client.GetAsync(url);
            var allowed = allowedRoles == AnyRole || allowedRoles.Split(',').Contains(role)
                || (role == Roles.PeerSupporter && allowedRoles.Split(',').Contains(Roles.Member));
            var expected = allowed
                ? (page == "/account/keep-alive" ? HttpStatusCode.NoContent : HttpStatusCode.OK)
                : HttpStatusCode.Forbidden;
            Assert.True(expected == response.StatusCode, $"{role} on {page}: expected {expected}, got {response.StatusCode}");
        }
    }

    public sealed class Fixture : IAsyncLifetime
    {
        private readonly Dictionary<string, HttpClient> _clients = [];
        private readonly SemaphoreSlim _lock = new(1, 1);

        public CirclesApp App { get; } = new();
        public TestOrganization Organization { get; private set; } = null!;
        public Guid InvitationId { get; private set; }
        public Guid NeedId { get; private set; }
        public string ServiceId { get; private set; } = "";
        public Guid MatchId { get; private set; }

        public async Task InitializeAsync()
        {
            Organization = await App.CreateOrganizationAsync();
            using var scope = App.Services.CreateScope();
            scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(Organization.Id);
            var db = scope.ServiceProvider.GetRequiredService<CirclesDb>();
            var now = App.Clock.GetUtcNow().UtcDateTime;
            var invitation = new Invitation
            {
                Role = Roles.Member,
                TokenHash = InvitationSecrets.Hash(InvitationSecrets.NewToken()),
                CodeHash = InvitationSecrets.Hash(InvitationSecrets.NewCode()),
                CreatedAt = now,
                ExpiresAt = now.AddDays(7),
                CreatedByUserId = Organization.Coordinator.Id,
            };
            db.Invitations.Add(invitation);
            var need = new Circles.Web.Features.Needs.Need { MemberUserId = Organization.Member.Id, CreatedAt = now };
            db.Needs.Add(need);
            var match = new Circles.Web.Features.Peers.PeerMatch
            {
                MemberUserId = Organization.Member.Id,
                PeerUserId = Organization.PeerSupporter.Id,
                ProposedByUserId = Organization.Member.Id,
                Status = Circles.Web.Features.Peers.PeerMatchStatus.Active,
                CreatedAt = now,
                ActiveSince = now,
            };
            db.PeerMatches.Add(match);
            await db.SaveChangesAsync();
            MatchId = match.Id;
            InvitationId = invitation.Id;
            NeedId = need.Id;
            await App.ArrangeDirectoryAsync(Organization, d => ServiceId = d.Service("Matrix service").Id);
            await Circles.IntegrationTests.Features.Peers.PeerSupporterArrangement.GivePeerProfileAsync(App, Organization, Organization.PeerSupporter);
        }

        public Task<string> UrlAsync(string page) => Task.FromResult(page
            .Replace("{invitation}", InvitationId.ToString(), StringComparison.Ordinal)
            .Replace("{person}", Organization.Member.Id.ToString(), StringComparison.Ordinal)
            .Replace("{coordinator}", Organization.Coordinator.Id.ToString(), StringComparison.Ordinal)
            .Replace("{service}", ServiceId, StringComparison.Ordinal)
            .Replace("{need}", NeedId.ToString(), StringComparison.Ordinal)
            .Replace("{peer}", Organization.PeerSupporter.Id.ToString(), StringComparison.Ordinal)
            .Replace("{match}", MatchId.ToString(), StringComparison.Ordinal));

        /// <summary>One signed-in client per role, reused across the matrix (signing in is not what is tested here).</summary>
        public async Task<HttpClient> ClientAsync(string role)
        {
            await _lock.WaitAsync();
            try
            {
                if (!_clients.TryGetValue(role, out var client))
                {
                    client = await App.SignedInAsync(Organization.People[role]);
                    _clients[role] = client;
                }
                return client;
            }
            finally
            {
                _lock.Release();
            }
        }

        public Task DisposeAsync()
        {
            App.Dispose();
            return Task.CompletedTask;
        }
    }
}
