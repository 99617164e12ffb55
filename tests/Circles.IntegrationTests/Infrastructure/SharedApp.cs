using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestCollectionOrderer("Circles.IntegrationTests.Infrastructure.SharedAppFirst", "Circles.IntegrationTests")]

namespace Circles.IntegrationTests.Infrastructure;

/// <summary>
/// One app for the test classes that keep no state of their own in it: they never move its
/// clock, change no setting, and every test makes its own organization, so a class sees nothing
/// another left behind. Starting an app costs 0.6-0.8 test-seconds (the host, a database copied
/// from the template, migrations checked, seeds); shared, it starts once instead of once a class.
/// </summary>
/// <remarks>
/// A class joins with <c>[Collection(SharedApp.Name)]</c> and takes a <see cref="SharedCirclesApp"/>.
/// A class that moves the clock, changes a setting or counts rows across organizations keeps an
/// app of its own (<c>IClassFixture&lt;CirclesApp&gt;</c>). The classes of one collection run
/// one after another; the others run beside them.
/// </remarks>
[CollectionDefinition(Name)]
public sealed class SharedApp : ICollectionFixture<SharedCirclesApp>
{
    public const string Name = "One app for classes that keep no state in it";
}

/// <summary>The shared app; it fails the run if one of its classes moved the clock the others read.</summary>
public sealed class SharedCirclesApp : CirclesApp
{
    private readonly DateTimeOffset _start;

    public SharedCirclesApp() => _start = Clock.GetUtcNow();

    protected override void Dispose(bool disposing)
    {
        var moved = Clock.GetUtcNow() != _start;
        base.Dispose(disposing);
        if (disposing && moved)
        {
            throw new InvalidOperationException(
                "A class of the shared app's collection moved its clock, which the other classes read: give that class an app of its own (IClassFixture<CirclesApp>).");
        }
    }
}

/// <summary>
/// Starts the shared app's collection first. Its classes run one after another and take about
/// half of the suite, so started last they would run alone at the end with one core idle.
/// </summary>
public sealed class SharedAppFirst : ITestCollectionOrderer
{
    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections.OrderBy(collection => collection.DisplayName == SharedApp.Name ? 0 : 1);
}
