using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestCollectionOrderer("Circles.IntegrationTests.Infrastructure.SharedAppFirst", "Circles.IntegrationTests")]

namespace Circles.IntegrationTests.Infrastructure;

/// <summary>
/// One <see cref="CirclesApp"/> for the test classes that keep no state of their own in it: they
/// never move its clock, change no setting, and every test makes its own organization, so a
/// class sees nothing another left behind. Starting an app costs 0.3-0.5 s of CPU (the host, a
/// database copied from the template, migrations checked, seeds); shared by the classes of this
/// collection, it starts once instead of once per class.
/// </summary>
/// <remarks>
/// A class joins with <c>[Collection(SharedApp.Name)]</c> and takes <see cref="CirclesApp"/> in
/// its constructor as before. A class that moves the clock, changes a setting or counts rows
/// across organizations keeps an app of its own (<c>IClassFixture&lt;CirclesApp&gt;</c>).
/// The classes of one collection run one after another; the others run beside them.
/// </remarks>
[CollectionDefinition(Name)]
public sealed class SharedApp : ICollectionFixture<CirclesApp>
{
    public const string Name = "One app for classes that keep no state in it";
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
