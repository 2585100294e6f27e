using BenchmarkDotNet.Running;
using MediationFlow.Benchmarks;
using MediationFlow.Benchmarks.Throughput;

switch (args)
{
    case ["--verify"]:
        var comparisons = EquivalenceCheck.Run(Scenarios.LoadV1());
        Console.WriteLine($"The hand-written machine and the compiled definition agree on {comparisons} comparisons.");
        return 0;
    case ["--interleaved"]:
        InterleavedCheck.Run(Console.Out);
        return 0;
    case ["--throughput", .. var rest]:
        var numbers = rest.Select(int.Parse).ToArray();
        await ThroughputRun.RunAsync(Console.Out, numbers.ElementAtOrDefault(0) is > 0 and var r ? r : 40, numbers.ElementAtOrDefault(1) is > 0 and var b ? b : 10);
        return 0;
    case ["--trace"]:
        await WalkTrace.RunAsync(Console.Out);
        return 0;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(Scenarios).Assembly).Run(args);
        return 0;
}
