using System.Diagnostics;
using System.Globalization;
using MediationFlow.Benchmarks.Application;
using MediationFlow.Core.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace MediationFlow.Benchmarks.Throughput;

/// <summary>
/// `-- --throughput [rounds] [batch] [--database PostgreSQL --connection server]`: a load driver for command
/// throughput. After a warm-up and the write-equivalence check, it alternates batches of pipeline, EF-Core-writes and
/// raw walks on one fresh SQLite file in one process (so a neighbour's burst hits all alike) and reports per-case and
/// per-step medians and p95, cases and steps per second, and the ratios to raw. Single writer, as one SQLite file
/// allows. With a PostgreSQL server the pipeline and EF Core walks also run on a fresh PostgreSQL database, in the
/// same alternation, so the SQLite arms are its baseline measured in the same run; the database is dropped afterwards.
/// </summary>
public static class ThroughputRun
{
    public static async Task RunAsync(TextWriter output, int rounds = 40, int batch = 10, int warmup = 30, BenchmarkServer? server = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        BenchmarkApp.UseInvariantLanguage();
        var stamp = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var folder = Path.Combine(ArtifactsFolder.Locate(), "throughput", stamp);
        output.WriteLine($"load before: {LoadAverage()}; database: {folder}");
        await using var app = await BenchmarkApp.OpenAsync(folder);
        var council = await CouncilAsync(app);
        var postgres = server is null ? null : await PostgresArms.OpenAsync(server, "throughput_" + stamp.Replace('-', '_'), folder + "-postgresql", output);
        try
        {
            await RunAsync(output, rounds, batch, warmup, app, council, postgres);
        }
        finally
        {
            if (postgres is not null)
            {
                await postgres.DisposeAsync();
            }
        }
    }

    private static async Task<ThroughputCouncil> CouncilAsync(BenchmarkApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await ThroughputCouncil.EnsureAsync(scope.ServiceProvider.GetRequiredService<MediationDbContext>());
    }

    private static async Task RunAsync(TextWriter output, int rounds, int batch, int warmup, BenchmarkApp app, ThroughputCouncil council, PostgresArms? postgres)
    {
        await using var pipeline = new PipelineCaseWalk(app, council);
        var ef = new EfCaseWalk(app, council);
        using var raw = new RawCaseWalk(app.ConnectionString, council);
        var clock = app.Clock.Now;
        var steps = new long[PipelineCaseWalk.StepsPerCase];

        // Same start time for all, so even the timestamps must agree.
        var rawCase = ("raw", raw.Walk(steps, clock));
        var checkedValues = WriteEquivalence.Check(app.ConnectionString, ("pipeline", await pipeline.WalkAsync(steps, clock)), rawCase)
            + WriteEquivalence.Check(app.ConnectionString, ("EF Core", await ef.WalkAsync(steps, clock)), rawCase);
        output.WriteLine($"write equivalence: the pipeline and EF Core walks each wrote the raw walk's rows ({checkedValues} values compared)");
        Arm[] arms =
        [
            new("pipeline (ISender, EF Core)", async at => await pipeline.WalkAsync(steps, at)),
            new("EF Core writes, no reads", async at => await ef.WalkAsync(steps, at)),
            new("raw Microsoft.Data.Sqlite", at =>
            {
                raw.Walk(steps, at);
                return Task.CompletedTask;
            }),
            .. postgres is null ? [] : new Arm[]
            {
                new("pipeline on PostgreSQL", async at => await postgres.Pipeline.WalkAsync(steps, at)),
                new("EF Core writes on PostgreSQL", async at => await postgres.Ef.WalkAsync(steps, at)),
            },
        ];
        for (var i = 0; i < warmup; i++)
        {
            foreach (var arm in arms)
            {
                clock = clock.AddMinutes(1);
                await arm.Walk(clock);
            }
        }

        var wall = Stopwatch.StartNew();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var arm in arms)
            {
                var (allocated, cpu) = (GC.GetTotalAllocatedBytes(), Cpu());
                for (var i = 0; i < batch; i++)
                {
                    clock = clock.AddMinutes(1);
                    await arm.Walk(clock);
                    arm.Samples.Add(steps);
                }

                arm.Samples.Allocated += GC.GetTotalAllocatedBytes() - allocated;
                arm.Samples.CpuSeconds += Cpu() - cpu;
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{rounds} rounds x {batch} cases each walk after {warmup} warm-up cases each; wall {wall.Elapsed.TotalSeconds:F1} s; load after: {LoadAverage()}"));
        output.WriteLine();
        output.WriteLine("| | cases/s | steps/s | case median | case p95 | step median | step p95 | CPU/case | allocated/case |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var arm in arms)
        {
            Row(output, arm.Name, arm.Samples);
        }

        var (pipelineSamples, efSamples, rawSamples) = (arms[0].Samples, arms[1].Samples, arms[2].Samples);
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ratio pipeline/raw rate: {rawSamples.TotalSeconds / pipelineSamples.TotalSeconds:F3} (goal >= 0.5); by median case: {Percentiles.Of(rawSamples.Cases, 0.5) / Percentiles.Of(pipelineSamples.Cases, 0.5):F3}; by process CPU: {rawSamples.CpuSeconds / pipelineSamples.CpuSeconds:F3}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ratio EF Core writes/raw rate: {rawSamples.TotalSeconds / efSamples.TotalSeconds:F3} (the most any EF Core pipeline could reach); by median case: {Percentiles.Of(rawSamples.Cases, 0.5) / Percentiles.Of(efSamples.Cases, 0.5):F3}; by process CPU: {rawSamples.CpuSeconds / efSamples.CpuSeconds:F3}"));
        if (postgres is not null)
        {
            var (pgPipeline, pgEf) = (arms[3].Samples, arms[4].Samples);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"PostgreSQL / SQLite rate: pipeline {pipelineSamples.TotalSeconds / pgPipeline.TotalSeconds:F3}, EF Core writes {efSamples.TotalSeconds / pgEf.TotalSeconds:F3}; by process CPU: pipeline {pipelineSamples.CpuSeconds / pgPipeline.CpuSeconds:F3}, EF Core writes {efSamples.CpuSeconds / pgEf.CpuSeconds:F3}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ratio pipeline/EF Core writes on PostgreSQL: {pgEf.TotalSeconds / pgPipeline.TotalSeconds:F3}; on SQLite: {efSamples.TotalSeconds / pipelineSamples.TotalSeconds:F3}"));
        }

        output.WriteLine();
        output.WriteLine("| step | pipeline median | EF Core writes median | raw median | pipeline p95 | EF Core writes p95 | raw p95 |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        for (var step = 0; step < PipelineCaseWalk.StepsPerCase; step++)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {PipelineCaseWalk.StepNames[step]} | {Ms(Percentiles.Of(pipelineSamples.ByStep[step], 0.5))} | {Ms(Percentiles.Of(efSamples.ByStep[step], 0.5))} | {Ms(Percentiles.Of(rawSamples.ByStep[step], 0.5))} | {Ms(Percentiles.Of(pipelineSamples.ByStep[step], 0.95))} | {Ms(Percentiles.Of(efSamples.ByStep[step], 0.95))} | {Ms(Percentiles.Of(rawSamples.ByStep[step], 0.95))} |"));
        }
    }

    /// <summary>One way of walking a case, and what its batches measured.</summary>
    private sealed record Arm(string Name, Func<DateTimeOffset, Task> Walk)
    {
        public Samples Samples { get; } = new();
    }

    private static void Row(TextWriter output, string name, Samples samples)
    {
        var cases = samples.Cases.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {cases / samples.TotalSeconds:F1} | {cases * PipelineCaseWalk.StepsPerCase / samples.TotalSeconds:F0} | {Ms(Percentiles.Of(samples.Cases, 0.5))} | {Ms(Percentiles.Of(samples.Cases, 0.95))} | {Ms(Percentiles.Of(samples.Steps, 0.5))} | {Ms(Percentiles.Of(samples.Steps, 0.95))} | {Ms(samples.CpuSeconds / cases)} | {samples.Allocated / cases / 1024.0:F0} KB |"));
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
