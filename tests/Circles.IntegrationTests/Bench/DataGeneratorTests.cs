using Circles.Bench.Load;
using Circles.Web.Accounts;
using Circles.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Circles.IntegrationTests.Bench;

/// <summary>
/// The load harness's data generator (bench/run), at its tiny size on the database under test: the
/// counts it is asked for, the same data on every run (fixed seed), and the people the harness
/// signs in as have a password and, for staff, an authenticator key.
/// </summary>
public sealed class DataGeneratorTests
{
    [Fact]
    public async Task Tiny_HasTheCountsAsked_AndIsTheSameEveryRun()
    {
        var (first, counts) = await GenerateAsync();
        var (second, _) = await GenerateAsync();

        var size = DataSize.Tiny;
        Assert.Equal(
            [size.Organizations, size.Members + 2, size.Groups, size.Sessions, size.Attendance, size.Services, size.Messages],
            counts);
        Assert.Equal(first, second);
        Assert.NotEmpty(first.FacilitatorKey);
        Assert.NotEmpty(first.CoordinatorKey);
    }

    private static async Task<(BenchPeople People, int[] Counts)> GenerateAsync()
    {
        var folder = Directory.CreateTempSubdirectory("circles-generator-").FullName;
        var connection = TestDatabase.NewMigratedConnectionString(folder);
        CirclesDb NewDb(CurrentOrganization current) => TestDatabase.IsPostgres
            ? new PostgresCirclesDb(new DbContextOptionsBuilder<PostgresCirclesDb>().UseNpgsql(connection).Options, current)
            : new SqliteCirclesDb(new DbContextOptionsBuilder<SqliteCirclesDb>().UseSqlite(connection).Options, current);
        try
        {
            var people = await DataGenerator.GenerateAsync(NewDb, DataSize.Tiny, text => "sealed:" + text, _ => { });
            await using var db = NewDb(new CurrentOrganization());
            var signsIn = await db.Users.IgnoreQueryFilters().Where(u => u.PasswordHash != null).Select(u => u.UserName).OrderBy(n => n).ToListAsync();
            Assert.Equal([BenchPeople.CoordinatorName, BenchPeople.FacilitatorName, BenchPeople.MemberName], signsIn);
            int[] counts =
            [
                await db.Organizations.IgnoreQueryFilters().CountAsync(),
                await db.Users.IgnoreQueryFilters().CountAsync(),
                await db.SupportGroups.IgnoreQueryFilters().CountAsync(),
                await db.GroupSessions.IgnoreQueryFilters().CountAsync(),
                await db.Attendances.IgnoreQueryFilters().CountAsync(),
                await db.Set<Circles.Web.Features.Directory.Hsds.HsdsService>().IgnoreQueryFilters().CountAsync(),
                await db.DirectMessages.IgnoreQueryFilters().CountAsync(),
            ];
            return (people, counts);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            TestDatabase.Drop(connection);
            Directory.Delete(folder, recursive: true);
        }
    }
}
