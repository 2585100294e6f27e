using System.Diagnostics;
using System.Globalization;
using MediationFlow.Benchmarks.Application;
using MediationFlow.Benchmarks.Data;
using MediationFlow.Benchmarks.Throughput;

namespace MediationFlow.Benchmarks.Queries;

/// <summary>
/// `-- --latency [rounds]`: per-call latency of the six pages on both sample databases in one process,
/// interleaved (each round runs every query once on each size), so a neighbour's burst hits both sizes alike.
/// Reports per-call median and p95 and the ratio of medians, against 20 ms and 1.5×.
/// </summary>
public static class QueryLatencyRun
{
    public static readonly int[] Sizes = [10_000, SampleDatabase.FullSize];

    public static async Task RunAsync(TextWriter output, int rounds = 200, int warmup = 20)
    {
        ArgumentNullException.ThrowIfNull(output);
        BenchmarkApp.UseInvariantLanguage();
        var apps = new List<BenchmarkApp>();
        var queries = new List<SampleQueries>();
        foreach (var size in Sizes)
        {
            var app = await BenchmarkApp.OpenAsync(await SampleDatabase.EnsureAsync(size, output));
            apps.Add(app);
            queries.Add(await SampleQueries.PrepareAsync(app));
        }

        output.WriteLine($"load before: {ThroughputRun.LoadAverage()}");
        var samples = new List<double>[Sizes.Length, SampleQueries.Names.Length];
        var items = new int[Sizes.Length, SampleQueries.Names.Length];
        for (var round = -warmup; round < rounds; round++)
        {
            for (var q = 0; q < SampleQueries.Names.Length; q++)
            {
                for (var s = 0; s < Sizes.Length; s++)
                {
                    var start = Stopwatch.GetTimestamp();
                    items[s, q] = await queries[s].RunAsync(q);
                    var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                    if (round >= 0)
                    {
                        (samples[s, q] ??= []).Add(elapsed);
                    }
                }
            }
        }

        output.WriteLine($"load after: {ThroughputRun.LoadAverage()}; {rounds} rounds after {warmup} warm-up rounds");
        output.WriteLine();
        output.WriteLine("| query | items | 10k median | 10k p95 | 500k median | 500k p95 | 500k/10k (medians) |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        for (var q = 0; q < SampleQueries.Names.Length; q++)
        {
            var small = samples[0, q];
            var large = samples[1, q];
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {SampleQueries.Names[q]} | {items[0, q]} / {items[1, q]} | {Percentiles.Of(small, 0.5):F2} ms | {Percentiles.Of(small, 0.95):F2} ms | {Percentiles.Of(large, 0.5):F2} ms | {Percentiles.Of(large, 0.95):F2} ms | {Percentiles.Of(large, 0.5) / Percentiles.Of(small, 0.5):F2} |"));
        }

        foreach (var app in apps)
        {
            await app.DisposeAsync();
        }
    }
}
