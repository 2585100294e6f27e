using System.Diagnostics;
using System.Globalization;
using MediationFlow.Benchmarks.Application;
using MediationFlow.Core.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace MediationFlow.Benchmarks.Throughput;

/// <summary>
/// `-- --throughput [rounds] [batch] [warm-up] [--database PostgreSQL --connection server]`: a load driver for command
/// throughput. After a warm-up and the write-equivalence check, it alternates batches of the pipeline's, the EF Core
/// floor's, the floor-after-the-pipeline's-reads and the raw walks on one fresh SQLite file in one process (so a
/// neighbour's burst hits all alike) and reports per-case and per-step medians and p95, cases and steps per second,
/// and the ratios between the walks. Single writer, as one SQLite file allows. With a PostgreSQL server the pipeline
/// and EF Core walks run on a fresh PostgreSQL database (dropped afterwards), and the SQLite run, its baseline, runs
/// as a second process taking turns with it round by round (<see cref="Turns"/>).
/// </summary>
public static class ThroughputRun
{
    /// <summary>
    /// Warm-up cases per walk before the timed rounds. Tiered compilation replaces a hot method by optimized code, guided
    /// by the profile it gathered, only after some thirty calls and a quiet spell without new methods to compile: after
    /// 30 warm-up cases the floor's short path was still partly unoptimized and its rate rose by half during the rounds,
    /// which flattered the ratios to it. From about 100 cases on, the ratios no longer move.
    /// </summary>
    public const int SteadyWarmup = 150;

    public static async Task RunAsync(TextWriter output, int rounds = 40, int batch = 10, int warmup = SteadyWarmup, BenchmarkServer? server = null, bool baseline = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        BenchmarkApp.UseInvariantLanguage();
        var stamp = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var folder = Path.Combine(ArtifactsFolder.Locate(), "throughput", stamp);
        var database = "throughput_" + stamp.Replace('-', '_');
        if (server is not null)
        {
            await server.RecreateAsync(database);
            output.WriteLine($"PostgreSQL: {await server.VersionAsync()}; database {server.Name(database)}");
        }

        output.WriteLine($"load before: {LoadAverage()}; database: {folder}");
        using var turns = server is not null
            ? Turns.StartBaseline(["--throughput", rounds.ToString(CultureInfo.InvariantCulture), batch.ToString(CultureInfo.InvariantCulture), warmup.ToString(CultureInfo.InvariantCulture)], output)
            : baseline ? Turns.Taken : Turns.Alone;
        try
        {
            await using var app = await BenchmarkApp.OpenAsync(server is null ? BenchmarkDatabase.Sqlite(folder) : server.Database(database, folder + "-postgresql"));
            ThroughputCouncil council;
            await using (var scope = app.Services.CreateAsyncScope())
            {
                council = await ThroughputCouncil.EnsureAsync(scope.ServiceProvider.GetRequiredService<MediationDbContext>());
            }

            await RunAsync(output, rounds, batch, warmup, app, council, turns);
        }
        finally
        {
            if (server is not null)
            {
                await server.DropAsync(database);
            }
        }
    }

    private static async Task RunAsync(TextWriter output, int rounds, int batch, int warmup, BenchmarkApp app, ThroughputCouncil council, Turns turns)
    {
        await using var pipeline = new PipelineCaseWalk(app, council);
        var ef = new EfCaseWalk(app, council);
        var efAfterReads = new EfCaseWalk(app, council, readsFirst: true);
        using var raw = app.Database.IsPostgreSql ? null : new RawCaseWalk(app.ConnectionString, council);
        var clock = app.Clock.Now;
        var steps = new long[PipelineCaseWalk.StepsPerCase];
        if (raw is not null)
        {
            // Same start time for all, so even the timestamps must agree.
            var rawCase = ("raw", raw.Walk(steps, clock));
            var checkedValues = WriteEquivalence.Check(app.ConnectionString, ("pipeline", await pipeline.WalkAsync(steps, clock)), rawCase)
                + WriteEquivalence.Check(app.ConnectionString, ("EF Core", await ef.WalkAsync(steps, clock)), rawCase)
                + WriteEquivalence.Check(app.ConnectionString, ("EF Core after reads", await efAfterReads.WalkAsync(steps, clock)), rawCase);
            output.WriteLine($"write equivalence: the pipeline and both EF Core walks each wrote the raw walk's rows ({checkedValues} values compared)");
        }

        var provider = app.Database.Provider;
        Arm[] arms =
        [
            new($"pipeline (ISender, EF Core), {provider}", "pipeline", async at => await pipeline.WalkAsync(steps, at)),
            new($"EF Core writes, no reads, {provider}", "EF Core writes", async at => await ef.WalkAsync(steps, at)),
            new($"EF Core writes after the pipeline's reads, {provider}", "EF Core reads+writes", async at => await efAfterReads.WalkAsync(steps, at)),
            .. raw is null ? [] : new Arm[]
            {
                new("raw Microsoft.Data.Sqlite", "raw", at =>
                {
                    raw.Walk(steps, at);
                    return Task.CompletedTask;
                }),
            },
        ];
        await turns.BeginAsync();
        for (var i = 0; i < warmup; i++)
        {
            foreach (var arm in arms)
            {
                clock = clock.AddMinutes(1);
                await arm.Walk(clock);
            }
        }

        await turns.EndAsync();
        var wall = Stopwatch.StartNew();
        for (var round = 0; round < rounds; round++)
        {
            await turns.BeginAsync();
            foreach (var arm in arms)
            {
                var (allocated, cpu, paused) = (GC.GetTotalAllocatedBytes(), Cpu(), GC.GetTotalPauseDuration());
                for (var i = 0; i < batch; i++)
                {
                    clock = clock.AddMinutes(1);
                    await arm.Walk(clock);
                    arm.Samples.Add(steps);
                }

                arm.Samples.Allocated += GC.GetTotalAllocatedBytes() - allocated;
                arm.Samples.CpuSeconds += Cpu() - cpu;
                arm.Samples.PausedSeconds += (GC.GetTotalPauseDuration() - paused).TotalSeconds;
            }

            await turns.EndAsync();
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{rounds} rounds x {batch} cases each walk after {warmup} warm-up cases each; wall {wall.Elapsed.TotalSeconds:F1} s; load after: {LoadAverage()}"));
        output.WriteLine();
        output.WriteLine("| | cases/s | steps/s | case median | case p95 | step median | step p95 | CPU/case | allocated/case | GC pauses/case |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var arm in arms)
        {
            Row(output, arm.Name, arm.Samples);
        }

        var (pipelineSamples, efSamples, readingSamples) = (arms[0].Samples, arms[1].Samples, arms[2].Samples);
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ratio pipeline/EF Core writes rate: {efSamples.TotalSeconds / pipelineSamples.TotalSeconds:F3}; by process CPU: {efSamples.CpuSeconds / pipelineSamples.CpuSeconds:F3}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ratio EF Core writes after the pipeline's reads/EF Core writes rate: {efSamples.TotalSeconds / readingSamples.TotalSeconds:F3} (the most a pipeline that reads so could reach); by process CPU: {efSamples.CpuSeconds / readingSamples.CpuSeconds:F3}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ratio pipeline/EF Core writes after the pipeline's reads rate: {readingSamples.TotalSeconds / pipelineSamples.TotalSeconds:F3}; by process CPU: {readingSamples.CpuSeconds / pipelineSamples.CpuSeconds:F3}"));
        if (raw is null)
        {
            StepTable(output, arms);
            output.WriteLine();
            output.WriteLine("The SQLite baseline, measured in turns with the rounds above:");
            await turns.FinishAsync();
            return;
        }

        var rawSamples = arms[3].Samples;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ratio pipeline/raw rate: {rawSamples.TotalSeconds / pipelineSamples.TotalSeconds:F3} (goal >= 0.5); by median case: {Percentiles.Of(rawSamples.Cases, 0.5) / Percentiles.Of(pipelineSamples.Cases, 0.5):F3}; by process CPU: {rawSamples.CpuSeconds / pipelineSamples.CpuSeconds:F3}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ratio EF Core writes/raw rate: {rawSamples.TotalSeconds / efSamples.TotalSeconds:F3} (the most any EF Core pipeline could reach); by median case: {Percentiles.Of(rawSamples.Cases, 0.5) / Percentiles.Of(efSamples.Cases, 0.5):F3}; by process CPU: {rawSamples.CpuSeconds / efSamples.CpuSeconds:F3}"));
        StepTable(output, arms);
    }

    /// <summary>Each step's median and p95 per walk (the raw walk's columns only on SQLite).</summary>
    private static void StepTable(TextWriter output, Arm[] arms)
    {
        output.WriteLine();
        output.WriteLine($"| step | {string.Join(" | ", arms.Select(a => a.Short + " median"))} | {string.Join(" | ", arms.Select(a => a.Short + " p95"))} |");
        output.WriteLine($"|---|{string.Concat(Enumerable.Repeat("---:|", arms.Length * 2))}");
        for (var step = 0; step < PipelineCaseWalk.StepsPerCase; step++)
        {
            var medians = arms.Select(a => Ms(Percentiles.Of(a.Samples.ByStep[step], 0.5)));
            var tails = arms.Select(a => Ms(Percentiles.Of(a.Samples.ByStep[step], 0.95)));
            output.WriteLine($"| {PipelineCaseWalk.StepNames[step]} | {string.Join(" | ", medians)} | {string.Join(" | ", tails)} |");
        }
    }

    /// <summary>One way of walking a case, and what its batches measured.</summary>
    private sealed record Arm(string Name, string Short, Func<DateTimeOffset, Task> Walk)
    {
        public Samples Samples { get; } = new();
    }

    private static void Row(TextWriter output, string name, Samples samples)
    {
        var cases = samples.Cases.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {cases / samples.TotalSeconds:F1} | {cases * PipelineCaseWalk.StepsPerCase / samples.TotalSeconds:F0} | {Ms(Percentiles.Of(samples.Cases, 0.5))} | {Ms(Percentiles.Of(samples.Cases, 0.95))} | {Ms(Percentiles.Of(samples.Steps, 0.5))} | {Ms(Percentiles.Of(samples.Steps, 0.95))} | {Ms(samples.CpuSeconds / cases)} | {samples.Allocated / cases / 1024.0:F0} KB | {Ms(samples.PausedSeconds / cases)} |"));
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

        /// <summary>Time the runtime held every thread for a collection, the walk's own allocation paying for it.</summary>
        public double PausedSeconds { get; set; }

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
