using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Circles.Web.Data;

/// <summary>The PostgreSQL flavour of <see cref="CirclesDb"/>; owns Migrations/Postgres.</summary>
public sealed class PostgresCirclesDb : CirclesDb
{
    /// <summary>For EF's pool (DataSetup); each lease is given its scope's organization.</summary>
    public PostgresCirclesDb(DbContextOptions<PostgresCirclesDb> options) : base(options)
    {
    }

    /// <summary>One organization's context outside the app: design time, tests, the bench.</summary>
    internal PostgresCirclesDb(DbContextOptions<PostgresCirclesDb> options, CurrentOrganization currentOrganization) : base(options, currentOrganization)
    {
    }
}

/// <summary>Lets `dotnet ef` build the PostgreSQL model without a server.</summary>
public sealed class PostgresCirclesDbDesignFactory : IDesignTimeDbContextFactory<PostgresCirclesDb>
{
    public PostgresCirclesDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresCirclesDb>().UseNpgsql("Host=localhost;Database=design").Options, new CurrentOrganization());
}
