using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Circles.IntegrationTests.Infrastructure;

/// <summary>
/// SEC-27 / SEC-36 proofs read the store as an attacker with a copy would: below EF, without the
/// app's keys. One reader for every test that looks for a canary.
/// </summary>
public static class RawDatabase
{
    /// <summary>Everything the database holds, as text: the SQLite file and its write-ahead log, or every PostgreSQL row.</summary>
    public static async Task<string> RawDatabaseTextAsync(this CirclesApp app)
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
