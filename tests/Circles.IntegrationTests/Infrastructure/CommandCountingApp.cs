namespace Circles.IntegrationTests.Infrastructure;

/// <summary>Circles with every database command logged, to count them (no N+1 checks).</summary>
public sealed class CommandCountingApp : CirclesApp
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Information",
    };

    public int Commands => Logs.Lines.Count(line => line.Contains("Executed DbCommand", StringComparison.Ordinal));
}
