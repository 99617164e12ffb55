namespace Circles.IntegrationTests.Infrastructure;

/// <summary>Circles with every database command logged, to count them (no N+1 checks).</summary>
public sealed class CommandCountingApp : CirclesApp
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Information",
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Connection"] = "Debug",
    };

    public int Commands => Logs.Lines.Count(line => line.Contains("Executed DbCommand", StringComparison.Ordinal));

    /// <summary>Connections EF opened (from the pool), as EF logs them.</summary>
    public int ConnectionsOpened => Logs.Lines.Count(line => line.Contains("Opened connection", StringComparison.Ordinal));
}
