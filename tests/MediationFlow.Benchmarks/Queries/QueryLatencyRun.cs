using System.Diagnostics;
using System.Globalization;
using MediationFlow.Benchmarks.Application;
using MediationFlow.Benchmarks.Data;
using MediationFlow.Benchmarks.Throughput;

namespace MediationFlow.Benchmarks.Queries;

/// <summary>
/// `-- --latency [rounds] [--database PostgreSQL --connection server]`: per-call latency of the seven pages on both
/// sample databases in one process, interleaved (each round runs every query once on each database), so a neighbour's
/// burst hits every database alike. Reports per-call median and p95 and the ratio of medians, against 20 ms and 1.5×.
/// With a PostgreSQL server it reads the two PostgreSQL sample databases, and the SQLite files, its baseline, are read by
/// a second process taking turns with it round by round (<see cref="Turns"/>).
/// </summary>
public static class QueryLatencyRun
{
    public static readonly int[] Sizes = [10_000, SampleDatabase.FullSize];

    public static async Task RunAsync(TextWriter output, int rounds = 200, int warmup = 20, BenchmarkServer? server = null, bool baseline = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        BenchmarkApp.UseInvariantLanguage();
        using var turns = server is not null
            ? Turns.StartBaseline(["--latency", rounds.ToString(CultureInfo.InvariantCulture)], output)
            : baseline ? Turns.Taken : Turns.Alone;
        var targets = new List<(string Provider, int Size, BenchmarkApp App, SampleQueries Queries)>();
        foreach (var size in Sizes)
        {
            var app = await BenchmarkApp.OpenAsync(await SampleDatabase.EnsureAsync(size, output, server));
            targets.Add((app.Database.Provider, size, app, await SampleQueries.PrepareAsync(app)));
        }

        if (server is not null)
        {
            output.WriteLine($"PostgreSQL: {await server.VersionAsync()}");
        }

        output.WriteLine($"load before: {ThroughputRun.LoadAverage()}");
        var samples = new List<double>[targets.Count, SampleQueries.Names.Length];
        var items = new int[targets.Count, SampleQueries.Names.Length];
        for (var round = -warmup; round < rounds; round++)
        {
            await turns.BeginAsync();
            for (var q = 0; q < SampleQueries.Names.Length; q++)
            {
                for (var t = 0; t < targets.Count; t++)
                {
                    var start = Stopwatch.GetTimestamp();
                    items[t, q] = await targets[t].Queries.RunAsync(q);
                    var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                    if (round >= 0)
                    {
                        (samples[t, q] ??= []).Add(elapsed);
                    }
                }
            }

            await turns.EndAsync();
        }

        output.WriteLine($"load after: {ThroughputRun.LoadAverage()}; {rounds} rounds after {warmup} warm-up rounds");
        foreach (var provider in targets.Select(t => t.Provider).Distinct())
        {
            var (small, large) = (targets.FindIndex(t => t.Provider == provider && t.Size == Sizes[0]), targets.FindIndex(t => t.Provider == provider && t.Size == Sizes[1]));
            output.WriteLine();
            output.WriteLine($"{provider}:");
            output.WriteLine();
            output.WriteLine("| query | items | 10k median | 10k p95 | 500k median | 500k p95 | 500k/10k (medians) |");
            output.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
            for (var q = 0; q < SampleQueries.Names.Length; q++)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {SampleQueries.Names[q]} | {items[small, q]} / {items[large, q]} | {Percentiles.Of(samples[small, q], 0.5):F2} ms | {Percentiles.Of(samples[small, q], 0.95):F2} ms | {Percentiles.Of(samples[large, q], 0.5):F2} ms | {Percentiles.Of(samples[large, q], 0.95):F2} ms | {Percentiles.Of(samples[large, q], 0.5) / Percentiles.Of(samples[small, q], 0.5):F2} |"));
            }
        }

        foreach (var target in targets)
        {
            await target.App.DisposeAsync();
        }

        if (server is not null)
        {
            output.WriteLine();
            output.WriteLine("The SQLite baseline, read in turns with the rounds above:");
            await turns.FinishAsync();
        }
    }
}
