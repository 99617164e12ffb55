using System.Text;
using Circles.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Circles.IntegrationTests.Features.Needs;

/// <summary>
/// SEC-27: a canary written in a need's description, a referral note and an override reason is
/// absent from the raw database (the SQLite files, or PostgreSQL's rows as text) and present
/// through the app to those allowed to read it.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class NeedEncryptionTests(SharedCirclesApp app)
{
    [Fact]
    public async Task Canaries_AreAbsentFromTheRawDatabase_AndReadableThroughTheApp()
    {
        const string description = "canary-description-31337";
        const string note = "canary-note-27182";
        const string reason = "canary-reason-16180";
        var organization = await app.CreateOrganizationAsync();
        var service = await app.CreateServiceAsync(organization);
        var member = await app.SignedInAsync(organization.Member);
        var needId = await member.RaiseNeedAsync("Legal", description);
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        await coordinator.ReferAsync(needId, service.Id);
        await coordinator.SubmitFormAsync($"/needs/{needId}/manage", new Dictionary<string, string> { ["status"] = "Accepted", ["note"] = note }, "form[action*='handler=Outcome']");
        await coordinator.SubmitFormAsync($"/needs/{needId}/manage", new Dictionary<string, string> { ["reason"] = reason }, "form[action*='handler=Override']");

        var raw = await app.RawDatabaseTextAsync();

        // The raw read works: plain columns are there.
        Assert.Contains(organization.Member.UserName, raw, StringComparison.Ordinal);
        Assert.Contains(service.Id, raw, StringComparison.Ordinal);
        foreach (var canary in new[] { description, note, reason })
        {
            Assert.DoesNotContain(canary, raw, StringComparison.Ordinal);
        }
        var memberPage = await (await member.GetAsync($"/needs/{needId}")).Content.ReadAsStringAsync();
        Assert.Contains(description, memberPage, StringComparison.Ordinal);
        var managePage = await (await coordinator.GetAsync($"/needs/{needId}/manage")).Content.ReadAsStringAsync();
        Assert.Contains(description, managePage, StringComparison.Ordinal);
        Assert.Contains(note, managePage, StringComparison.Ordinal);
        Assert.Contains(reason, managePage, StringComparison.Ordinal);
    }
}
