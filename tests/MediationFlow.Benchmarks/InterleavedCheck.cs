using System.Diagnostics;
using System.Globalization;

namespace MediationFlow.Benchmarks;

/// <summary>
/// A cross-check for shared, noisy machines: BenchmarkDotNet measures one side after the other, so a
/// neighbour's build during one of them skews the ratio. This alternates short batches of both sides
/// in one process and reports the ratio of their medians, which such bursts barely move.
/// Not a replacement for the BenchmarkDotNet figures; run with `-- --interleaved`.
/// </summary>
public static class InterleavedCheck
{
    private const int Rounds = 400;
    private const int BatchSize = 100;

    public static void Run(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var benchmarks = new WorkflowEngineBenchmarks();
        benchmarks.Setup();
        Compare(output, "GetActions inMediation", () => benchmarks.HandWrittenGetActions(), () => benchmarks.CompiledGetActions());
        Compare(output, "Fire signAgreementOnMediation", () => benchmarks.HandWrittenFire(), () => benchmarks.CompiledFire());
    }

    private static void Compare(TextWriter output, string name, Func<object> handWritten, Func<object> compiled)
    {
        for (var i = 0; i < 20_000; i++)
        {
            handWritten();
            compiled();
        }

        var hand = new double[Rounds];
        var engine = new double[Rounds];
        for (var round = 0; round < Rounds; round++)
        {
            hand[round] = Batch(handWritten);
            engine[round] = Batch(compiled);
        }

        Array.Sort(hand);
        Array.Sort(engine);
        var handMedian = hand[Rounds / 2];
        var engineMedian = engine[Rounds / 2];
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{name}: hand-written median {handMedian:F2} us, compiled median {engineMedian:F2} us, ratio {engineMedian / handMedian:F2}"));
    }

    private static double Batch(Func<object> action)
    {
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < BatchSize; i++)
        {
            action();
        }

        return watch.Elapsed.TotalMicroseconds / BatchSize;
    }
}
