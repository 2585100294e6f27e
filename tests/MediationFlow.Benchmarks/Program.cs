using BenchmarkDotNet.Running;
using MediationFlow.Benchmarks;

if (args is ["--verify"])
{
    var comparisons = EquivalenceCheck.Run(Scenarios.LoadV1());
    Console.WriteLine($"The hand-written machine and the compiled definition agree on {comparisons} comparisons.");
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(Scenarios).Assembly).Run(args);
return 0;
