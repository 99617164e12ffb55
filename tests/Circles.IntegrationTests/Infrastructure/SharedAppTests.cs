namespace Circles.IntegrationTests.Infrastructure;

/// <summary>
/// The shared app's one rule (<see cref="SharedApp"/>): its classes read a clock nobody moves. A
/// class that moved it would change what the classes after it see, so the run must fail, naming
/// the fix, rather than let them fail in ways that depend on their order.
/// </summary>
public sealed class SharedAppTests
{
    [Fact]
    public void Dispose_AfterTheClockMoved_FailsTheRun()
    {
        var app = new SharedCirclesApp();
        app.Clock.Advance(TimeSpan.FromMinutes(1));

        var failure = Assert.Throws<InvalidOperationException>(app.Dispose);

        Assert.Contains("moved its clock", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dispose_WithTheClockWhereItStarted_Succeeds()
    {
        var app = new SharedCirclesApp();
        _ = app.Clock.GetUtcNow();

        app.Dispose();
    }
}
