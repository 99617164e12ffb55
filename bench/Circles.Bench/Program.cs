using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Circles.Bench.DirectorySearchBench).Assembly).Run(args);
