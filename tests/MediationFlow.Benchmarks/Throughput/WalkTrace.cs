using MediationFlow.Benchmarks.Application;
using MediationFlow.Core.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MediationFlow.Benchmarks.Throughput;

/// <summary>
/// `-- --trace [--database PostgreSQL --connection server]`: walks one case through the pipeline and prints every SQL
/// statement of every step; the database (a temporary SQLite file, or the PostgreSQL database named with the prefix and `_trace`) is kept.
/// </summary>
public static class WalkTrace
{
    public static async Task RunAsync(TextWriter output, BenchmarkServer? server = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        var log = new StatementLog();
        var folder = Directory.CreateTempSubdirectory("mediationflow-trace-").FullName;
        if (server is not null)
        {
            await server.RecreateAsync("trace");
        }

        await using var app = await BenchmarkApp.OpenAsync(server is null ? BenchmarkDatabase.Sqlite(folder) : server.Database("trace", folder), configure: s => s.AddSingleton<ILoggerProvider>(log));
        ThroughputCouncil council;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            council = await ThroughputCouncil.EnsureAsync(scope.ServiceProvider.GetRequiredService<MediationDbContext>());
        }

        log.Drain();
        await using var walk = new PipelineCaseWalk(app, council);
        await walk.WalkAsync(new long[PipelineCaseWalk.StepsPerCase], app.Clock.Now, step =>
        {
            var statements = log.Drain();
            output.WriteLine($"===== step {step}: {PipelineCaseWalk.StepNames[step]} ({statements.Count} statements)");
            foreach (var statement in statements)
            {
                output.WriteLine(statement);
                output.WriteLine();
            }
        });
        output.WriteLine(server is null ? $"Database kept for inspection: {Path.Combine(app.Folder, Database.FileName)}" : $"Database kept for inspection: {server.Name("trace")}");
    }
}
