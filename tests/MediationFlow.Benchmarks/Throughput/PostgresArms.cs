using MediationFlow.Benchmarks.Application;
using Microsoft.Extensions.DependencyInjection;

namespace MediationFlow.Benchmarks.Throughput;

/// <summary>The pipeline and EF Core walks on a fresh PostgreSQL database, dropped when the run ends.</summary>
public sealed class PostgresArms : IAsyncDisposable
{
    private readonly BenchmarkServer _server;
    private readonly string _database;
    private readonly BenchmarkApp _app;

    private PostgresArms(BenchmarkServer server, string database, BenchmarkApp app, ThroughputCouncil council)
    {
        (_server, _database, _app) = (server, database, app);
        Pipeline = new PipelineCaseWalk(app, council);
        Ef = new EfCaseWalk(app, council);
    }

    public PipelineCaseWalk Pipeline { get; }

    public EfCaseWalk Ef { get; }

    public static async Task<PostgresArms> OpenAsync(BenchmarkServer server, string database, string folder, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(output);
        await server.RecreateAsync(database);
        output.WriteLine($"PostgreSQL: {await server.VersionAsync()}; database {server.Name(database)}");
        var app = await BenchmarkApp.OpenAsync(server.Database(database, folder));
        await using var scope = app.Services.CreateAsyncScope();
        var council = await ThroughputCouncil.EnsureAsync(scope.ServiceProvider.GetRequiredService<Core.Persistence.MediationDbContext>());
        return new PostgresArms(server, database, app, council);
    }

    public async ValueTask DisposeAsync()
    {
        await Pipeline.DisposeAsync();
        await _app.DisposeAsync();
        await _server.DropAsync(_database);
    }
}
