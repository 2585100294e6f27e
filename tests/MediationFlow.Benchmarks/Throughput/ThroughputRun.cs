using System.Diagnostics;
using System.Globalization;
using MediationFlow.Benchmarks.Application;
using MediationFlow.Core.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace MediationFlow.Benchmarks.Throughput;

/// <summary>
/// `-- --throughput [rounds] [batch]`: a load driver for command throughput. After a warm-up and the
/// write-equivalence check, it alternates batches of pipeline and raw walks on one fresh SQLite file in
/// one process (so a neighbour's burst hits both alike) and reports per-case and per-step medians and p95,
/// cases and steps per second, and the ratio. Single writer, as one SQLite file allows.
/// </summary>
public static class ThroughputRun
{
    public static async Task RunAsync(TextWriter output, int rounds = 40, int batch = 10, int warmup = 30)
    {
        ArgumentNullException.ThrowIfNull(output);
        BenchmarkApp.UseInvariantLanguage();
        var folder = Path.Combine(ArtifactsFolder.Locate(), "throughput", DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture));
        output.WriteLine($"load before: {LoadAverage()}; database: {folder}");
        await using var app = await BenchmarkApp.OpenAsync(folder);
        ThroughputCouncil council;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            council = await ThroughputCouncil.EnsureAsync(scope.ServiceProvider.GetRequiredService<MediationDbContext>());
        }

        await using var pipeline = new PipelineCaseWalk(app, council);
        using var raw = new RawCaseWalk(app.ConnectionString, council);
        var clock = app.Clock.Now;
        var steps = new long[PipelineCaseWalk.StepsPerCase];

        // Same start time for both, so even the timestamps must agree.
        var checkedValues = WriteEquivalence.Check(app.ConnectionString, await pipeline.WalkAsync(steps, clock), raw.Walk(steps, clock));
        output.WriteLine($"write equivalence: both walks wrote the same rows ({checkedValues} values compared)");
        for (var i = 0; i < warmup; i++)
        {
            clock = clock.AddMinutes(1);
            await pipeline.WalkAsync(steps, clock);
            clock = clock.AddMinutes(1);
            raw.Walk(steps, clock);
        }

        var pipelineSamples = new Samples();
        var rawSamples = new Samples();
        var wall = Stopwatch.StartNew();
        for (var round = 0; round < rounds; round++)
        {
            var (allocated, cpu) = (GC.GetTotalAllocatedBytes(), Cpu());
            for (var i = 0; i < batch; i++)
            {
                clock = clock.AddMinutes(1);
                await pipeline.WalkAsync(steps, clock);
                pipelineSamples.Add(steps);
            }

            pipelineSamples.Allocated += GC.GetTotalAllocatedBytes() - allocated;
            pipelineSamples.CpuSeconds += Cpu() - cpu;
            (allocated, cpu) = (GC.GetTotalAllocatedBytes(), Cpu());
            for (var i = 0; i < batch; i++)
            {
                clock = clock.AddMinutes(1);
                raw.Walk(steps, clock);
                rawSamples.Add(steps);
            }

            rawSamples.Allocated += GC.GetTotalAllocatedBytes() - allocated;
            rawSamples.CpuSeconds += Cpu() - cpu;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{rounds} rounds x {batch} cases each side after {warmup} warm-up cases each; wall {wall.Elapsed.TotalSeconds:F1} s; load after: {LoadAverage()}"));
        output.WriteLine();
        output.WriteLine("| | cases/s | steps/s | case median | case p95 | step median | step p95 | CPU/case | allocated/case |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        Row(output, "pipeline (ISender, EF Core)", pipelineSamples);
        Row(output, "raw Microsoft.Data.Sqlite", rawSamples);
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ratio pipeline/raw rate: {rawSamples.TotalSeconds / pipelineSamples.TotalSeconds:F3} (goal >= 0.5); by median case: {Percentile(rawSamples.Cases, 0.5) / Percentile(pipelineSamples.Cases, 0.5):F3}; by process CPU: {rawSamples.CpuSeconds / pipelineSamples.CpuSeconds:F3}"));
        output.WriteLine();
        output.WriteLine("| step | pipeline median | raw median | pipeline p95 | raw p95 |");
        output.WriteLine("|---|---:|---:|---:|---:|");
        for (var step = 0; step < PipelineCaseWalk.StepsPerCase; step++)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {PipelineCaseWalk.StepNames[step]} | {Ms(Percentile(pipelineSamples.ByStep[step], 0.5))} | {Ms(Percentile(rawSamples.ByStep[step], 0.5))} | {Ms(Percentile(pipelineSamples.ByStep[step], 0.95))} | {Ms(Percentile(rawSamples.ByStep[step], 0.95))} |"));
        }
    }

    private static void Row(TextWriter output, string name, Samples samples)
    {
        var cases = samples.Cases.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {cases / samples.TotalSeconds:F1} | {cases * PipelineCaseWalk.StepsPerCase / samples.TotalSeconds:F0} | {Ms(Percentile(samples.Cases, 0.5))} | {Ms(Percentile(samples.Cases, 0.95))} | {Ms(Percentile(samples.Steps, 0.5))} | {Ms(Percentile(samples.Steps, 0.95))} | {Ms(samples.CpuSeconds / cases)} | {samples.Allocated / cases / 1024.0:F0} KB |"));
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(p * sorted.Count))];
    }

    private static string Ms(double seconds) => string.Create(CultureInfo.InvariantCulture, $"{seconds * 1000:F3} ms");

    /// <summary>CPU time of the whole process (all threads, GC included): less sensitive to neighbours than wall time.</summary>
    private static double Cpu() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;

    internal static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";

    /// <summary>Timed seconds per case, per step, and per step kind.</summary>
    private sealed class Samples
    {
        public List<double> Cases { get; } = [];

        public List<double> Steps { get; } = [];

        public List<double>[] ByStep { get; } = [.. Enumerable.Range(0, PipelineCaseWalk.StepsPerCase).Select(_ => new List<double>())];

        public double TotalSeconds { get; private set; }

        public long Allocated { get; set; }

        public double CpuSeconds { get; set; }

        public void Add(long[] ticks)
        {
            var total = 0.0;
            for (var i = 0; i < ticks.Length; i++)
            {
                var seconds = (double)ticks[i] / Stopwatch.Frequency;
                Steps.Add(seconds);
                ByStep[i].Add(seconds);
                total += seconds;
            }

            Cases.Add(total);
            TotalSeconds += total;
        }
    }
}
