using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Circles.Web.Data;

/// <summary>The SQLite flavour of <see cref="CirclesDb"/>; owns Migrations/Sqlite.</summary>
public sealed class SqliteCirclesDb : CirclesDb
{
    /// <summary>For EF's pool (DataSetup); each lease is given its scope's organization.</summary>
    public SqliteCirclesDb(DbContextOptions<SqliteCirclesDb> options) : base(options)
    {
    }

    /// <summary>One organization's context outside the app: design time, tests, the bench.</summary>
    internal SqliteCirclesDb(DbContextOptions<SqliteCirclesDb> options, CurrentOrganization currentOrganization) : base(options, currentOrganization)
    {
    }
}

/// <summary>Lets `dotnet ef` build the SQLite model without starting the app.</summary>
public sealed class SqliteCirclesDbDesignFactory : IDesignTimeDbContextFactory<SqliteCirclesDb>
{
    public SqliteCirclesDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteCirclesDb>().UseSqlite("Data Source=design.db").Options, new CurrentOrganization());
}
