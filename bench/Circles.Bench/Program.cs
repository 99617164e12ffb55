using BenchmarkDotNet.Running;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

using System.Diagnostics;
using Circles.Bench;
using Circles.Web.Features.Impact;

// bench/run (the load harness): generate data, start Circles, load it with wrk, print one table.
if (args.Length > 0 && args[0] == "--load")
{
    return await Circles.Bench.Load.Harness.RunAsync(args);
}

// dotnet run -c Release --project bench/Circles.Bench -- --impact-sections Sqlite|Postgres [sql]:
// each impact section timed alone (three calls each, one when the first takes over 5 s), with EF's
// executed SQL when "sql" is given; with CIRCLES_BENCH_IMPACT_KEEP=1 the seeded database is kept and reused.
if (args.Length > 0 && args[0] == "--impact-sections")
{
    var showSql = args.Length > 2 && args[2] == "sql";
    var bench = new ImpactDashboardBench { Provider = args.Length > 1 ? args[1] : "Sqlite" };
    if (showSql)
    {
        bench.Log = Console.WriteLine;
    }
    var seeding = Stopwatch.StartNew();
    bench.SetUp();
    Console.WriteLine($"setup {seeding.Elapsed.TotalSeconds:0.0} s");
    // The reads every section shares (names, then the period's present rows), timed apart from the sections.
    var shared = new List<string>();
    ImpactContext context = null!;
    for (var i = 0; i < 3; i++)
    {
        var watch = Stopwatch.StartNew();
        context = await ImpactContext.LoadAsync(bench.Db, bench.Scope, new ImpactDashboardBench.KeysOnly(), CancellationToken.None);
        var names = watch.ElapsedMilliseconds;
        var present = await context.PresentAsync(CancellationToken.None);
        shared.Add($"{names} + {watch.ElapsedMilliseconds - names} ({present.Count} rows)");
    }
    Console.WriteLine($"names + present rows: {string.Join(" / ", shared)} ms");
    (string Name, Func<Task<ImpactSection>> Run)[] queries =
    [
        ("active", () => ActiveMembersQuery.RunAsync(context, CancellationToken.None)),
        ("attendance", () => AttendanceQuery.RunAsync(context, CancellationToken.None)),
        ("sessions", () => SessionsHeldQuery.RunAsync(context, CancellationToken.None)),
        ("feedback", () => FeedbackTrendsQuery.RunAsync(context, CancellationToken.None)),
        ("needs", () => NeedsQuery.RunAsync(context, CancellationToken.None)),
        ("wellbeing", () => WellbeingChangeQuery.RunAsync(context, CancellationToken.None)),
        ("hours", () => VolunteerHoursQuery.RunAsync(context, CancellationToken.None)),
        ("partners", () => PartnersQuery.RunAsync(context, CancellationToken.None)),
        ("coverage", () => CoverageQuery.RunAsync(context, CancellationToken.None)),
    ];
    foreach (var (name, run) in queries)
    {
        var times = new List<long>();
        for (var i = 0; i < 3; i++)
        {
            var watch = Stopwatch.StartNew();
            ImpactSection section;
            try
            {
                section = await run();
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                Console.WriteLine($"{name}: failed after {watch.ElapsedMilliseconds} ms: {e.GetType().Name} {e.Message}");
                break;
            }
            times.Add(watch.ElapsedMilliseconds);
            Console.Out.Flush();
            if (i == 0)
            {
                // The raw figures, to compare before and after a change.
                foreach (var table in section.Tables)
                {
                    Console.WriteLine($"  {name}/{table.Key}: {string.Join(" ", table.Counts.Values.Cast<int>())} | {string.Join(" ", table.Rates.SelectMany(r => r.Values).Select(v => v ?? "-"))}");
                }
            }
            if (watch.ElapsedMilliseconds > 5000)
            {
                break;
            }
        }
        Console.WriteLine($"{name}: {string.Join(" / ", times)} ms");
    }
    bench.CleanUp();
    return 0;
}

// In-process: BenchmarkDotNet's usual separate boilerplate project cannot restore here (the
// ASP.NET Core shared framework packages are not on the offline registry), and in-process
// figures are what matter for a budget anyway.
var config = ManualConfig.Create(DefaultConfig.Instance)
    .AddJob(Job.Default
        .WithLaunchCount(1)
        .WithWarmupCount(3)
        .WithIterationCount(10)
        // Seeding 100,000 peer supporters (PeerMatchingBench) outlasts the default 5-minute in-process limit on a small machine.
        .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true)));

BenchmarkSwitcher.FromAssembly(typeof(Circles.Bench.DirectorySearchBench).Assembly).Run(args, config);
return 0;
