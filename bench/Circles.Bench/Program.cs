using BenchmarkDotNet.Running;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

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
