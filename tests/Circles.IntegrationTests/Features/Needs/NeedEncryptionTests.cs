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
public sealed class NeedEncryptionTests(CirclesApp app) : IClassFixture<CirclesApp>
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

        var raw = await RawDatabaseTextAsync();

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

    /// <summary>Everything the database holds, as text: the SQLite file and its write-ahead log, or every PostgreSQL row.</summary>
    private async Task<string> RawDatabaseTextAsync()
    {
        if (!TestDatabase.IsPostgres)
        {
            var path = new SqliteConnectionStringBuilder(app.ConnectionString).DataSource;
            var text = new StringBuilder();
            foreach (var file in new[] { path, path + "-wal" }.Where(File.Exists))
            {
                await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var reader = new StreamReader(stream, Encoding.Latin1);
                text.Append(await reader.ReadToEndAsync());
            }
            return text.ToString();
        }
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }
        var all = new StringBuilder();
        foreach (var table in tables)
        {
            await using var command = new NpgsqlCommand($"SELECT t::text FROM \"{table}\" t", connection);
            await using var rows = await command.ExecuteReaderAsync();
            while (await rows.ReadAsync())
            {
                all.AppendLine(rows.GetString(0));
            }
        }
        return all.ToString();
    }
}
