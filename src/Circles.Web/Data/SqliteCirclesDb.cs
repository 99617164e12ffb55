using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Circles.Web.Data;

/// <summary>The SQLite flavour of <see cref="CirclesDb"/>; owns Migrations/Sqlite.</summary>
public sealed class SqliteCirclesDb(DbContextOptions<SqliteCirclesDb> options, CurrentOrganization currentOrganization)
    : CirclesDb(options, currentOrganization);

/// <summary>Lets `dotnet ef` build the SQLite model without starting the app.</summary>
public sealed class SqliteCirclesDbDesignFactory : IDesignTimeDbContextFactory<SqliteCirclesDb>
{
    public SqliteCirclesDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteCirclesDb>().UseSqlite("Data Source=design.db").Options, new CurrentOrganization());
}
