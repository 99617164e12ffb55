using System.Net;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Data;
using Circles.Web.Features.Live;
using Circles.Web.Features.Messages;
using Circles.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Hosting;

/// <summary>
/// Node A of a two-node cluster (docs/scaling.md): the key ring in the database, encrypted with
/// a certificate every node holds (SEC-28), and live updates through Redis. Redis comes from
/// CIRCLES_TEST_REDIS (host:port), which scripts/test.sh sets after starting a throwaway one;
/// without it these tests fail rather than skip, because what they prove would go unproved.
/// </summary>
public class ClusterNode : CirclesApp
{
    public const string RedisVariable = "CIRCLES_TEST_REDIS";

    private readonly string _certificate;

    public ClusterNode()
    {
        _certificate = KeyRingCertificate.WriteTo(Directory.CreateTempSubdirectory("circles-cluster-").FullName);
    }

    protected ClusterNode(ClusterNode first) : base(first)
    {
        _certificate = first._certificate;
    }

    /// <summary>Node B: node A's database, clock, certificate and Redis, nothing else in common.</summary>
    public ClusterNode SecondNode() => new(this);

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["DataProtection:KeysInDatabase"] = "true",
        ["DataProtection:CertificatePath"] = _certificate,
        ["DataProtection:CertificatePassword"] = KeyRingCertificate.Password,
        [LiveSetup.RedisSetting] = System.Environment.GetEnvironmentVariable(RedisVariable) is { Length: > 0 } redis
            ? redis
            : throw new InvalidOperationException($"{RedisVariable} is not set: the cluster tests need a Redis server (bash scripts/test.sh starts one)."),
    };
}

/// <summary>Two nodes, started one after the other as an operator would, on the run's test database.</summary>
public sealed class TwoNodes : IDisposable
{
    public TwoNodes()
    {
        A = new ClusterNode();
        _ = A.Server;
        B = A.SecondNode();
        _ = B.Server;
    }

    public ClusterNode A { get; }
    public ClusterNode B { get; }

    public void Dispose()
    {
        B.Dispose();
        A.Dispose();
    }
}

public sealed class ClusterTests(TwoNodes nodes) : IClassFixture<TwoNodes>
{
    [Fact]
    public async Task SignInOnNodeA_TheCookieWorksOnNodeB()
    {
        var organization = await nodes.A.CreateOrganizationAsync();
        var onA = nodes.A.NewBrowser();
        await onA.SignInAsync(organization.Member);
        const string signedInPage = "/account/sessions";

        var onB = nodes.B.NewBrowser();
        nodes.B.CookiesOf(onB).Add(nodes.A.CookiesOf(onA).GetAllCookies());
        var stranger = nodes.B.NewBrowser();

        Assert.Equal(HttpStatusCode.OK, (await onB.GetAsync(signedInPage)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await stranger.GetAsync(signedInPage)).StatusCode);
    }

    [Fact]
    public async Task FieldEncryptedOnNodeA_IsReadOnNodeB_AndTheSharedKeyRingIsEncryptedAtRest_SEC27_SEC28()
    {
        var ciphertext = nodes.A.Services.GetRequiredService<FieldProtector>().Protect(FieldPurposes.DirectMessageBody, "see you on Thursday");

        Assert.Equal("see you on Thursday", nodes.B.Services.GetRequiredService<FieldProtector>().Unprotect(FieldPurposes.DirectMessageBody, ciphertext));
        using var scope = nodes.B.Services.CreateScope();
        var keys = await scope.ServiceProvider.GetRequiredService<CirclesDb>().DataProtectionKeys.Select(k => k.Xml).ToListAsync();
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            // Encrypted with the nodes' certificate: the database alone does not hold the secret.
            Assert.Contains("encryptedSecret", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task LiveUpdatePostedOnNodeA_ReachesAPageOpenOnNodeB()
    {
        var organization = await nodes.A.CreateOrganizationAsync();
        using var onB = await LiveSocket.ConnectAsync(nodes.B, organization.Member);
        var topic = LiveUpdates.GroupTopic(Guid.NewGuid());

        using (var scope = nodes.A.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<LiveUpdates>().ChangedAsync([organization.Member.Id], topic);
        }

        var received = await LiveSocket.ReceiveAsync(onB, TimeSpan.FromSeconds(10));
        Assert.Contains("\"target\":\"changed\"", received, StringComparison.Ordinal);
        Assert.Contains(topic, received, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BackgroundJob_RunsOnOneNodeOnly_AndTheOtherTakesOverWhenTheLeaseLapses()
    {
        var a = nodes.A.Services.GetRequiredService<MessageRetention>();
        var b = nodes.B.Services.GetRequiredService<MessageRetention>();

        // Both nodes' services started with a pass each; whichever took the lease keeps it.
        var ran = await Task.WhenAll(a.RunIfLeaseHeldAsync(CancellationToken.None), b.RunIfLeaseHeldAsync(CancellationToken.None));
        Assert.Single(ran, true);
        var (holder, other) = ran[0] ? (a, b) : (b, a);
        Assert.True(await holder.RunIfLeaseHeldAsync(CancellationToken.None));
        Assert.False(await other.RunIfLeaseHeldAsync(CancellationToken.None));

        // The holder stops renewing (its machine went away): once the lease lapses the other runs the job, alone.
        nodes.A.Clock.Advance(MessageRetention.LeaseDuration + TimeSpan.FromMinutes(1));
        Assert.True(await other.RunIfLeaseHeldAsync(CancellationToken.None));
        Assert.False(await holder.RunIfLeaseHeldAsync(CancellationToken.None));
    }
}
