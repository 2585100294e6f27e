using BenchmarkDotNet.Running;
using MediationFlow.Benchmarks;

switch (args)
{
    case ["--verify"]:
        var comparisons = EquivalenceCheck.Run(Scenarios.LoadV1());
        Console.WriteLine($"The hand-written machine and the compiled definition agree on {comparisons} comparisons.");
        return 0;
    case ["--interleaved"]:
        InterleavedCheck.Run(Console.Out);
        return 0;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(Scenarios).Assembly).Run(args);
        return 0;
}
