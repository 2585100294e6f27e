using System.Globalization;
using MediationFlow.Core;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Security;
using MediationFlow.Workflows.Engine;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace MediationFlow.Benchmarks.Application;

/// <summary>
/// The application layer as a host builds it (AddMediationFlowCore, Mediator scoped, a clock) over a
/// SQLite file in <see cref="Folder"/> or a PostgreSQL database. Every send runs in its own scope, as a web request does.
/// </summary>
public sealed class BenchmarkApp : IAsyncDisposable
{
    private static readonly Lazy<WorkflowCatalog> Catalog = new(() => DependencyInjection.LoadWorkflows(Scenarios.WorkflowsDirectory()));

    private BenchmarkApp(BenchmarkDatabase database, ServiceProvider services, FixedClock clock)
    {
        Database = database;
        Services = services;
        Clock = clock;
    }

    public BenchmarkDatabase Database { get; }

    public string Folder => Database.Folder;

    public string ConnectionString => Database.Settings.ConnectionString;

    public ServiceProvider Services { get; }

    public FixedClock Clock { get; }

    public static WorkflowCatalog Workflows => Catalog.Value;

    /// <summary>Opens the SQLite file in <paramref name="folder"/>, applying the product's migrations first.</summary>
    public static Task<BenchmarkApp> OpenAsync(string folder, DateTimeOffset? now = null, Action<IServiceCollection>? configure = null) =>
        OpenAsync(BenchmarkDatabase.Sqlite(folder), now, configure);

    /// <summary>Opens <paramref name="database"/>, applying the product's migrations first.</summary>
    public static async Task<BenchmarkApp> OpenAsync(BenchmarkDatabase database, DateTimeOffset? now = null, Action<IServiceCollection>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        Directory.CreateDirectory(database.Folder);
        var clock = new FixedClock(now ?? FixedClock.Default);
        var services = new ServiceCollection();
        services.AddLogging();
        configure?.Invoke(services);
        services.AddSingleton<TimeProvider>(clock);
        services.AddMediationFlowCore(database.Settings, Catalog.Value);

        // The throughput walks take version 2's steps: new cases stay on it once version 3 is released, until the
        // walks are rewritten, so that figures before and after stay comparable.
        services.AddSingleton(new CaseDefaults(DependencyInjection.DefaultDefinitionId, 2));
        services.AddMediator((MediatorOptions options) => options.ServiceLifetime = ServiceLifetime.Scoped);
        var app = new BenchmarkApp(database, services.BuildServiceProvider(), clock);
        await using var scope = app.Services.CreateAsyncScope();
        await Core.Persistence.Database.MigrateAsync(scope.ServiceProvider.GetRequiredService<MediationDbContext>(), CancellationToken.None);
        return app;
    }

    /// <summary>Sends <paramref name="request"/> through the full pipeline as <paramref name="userId"/>, in a new scope.</summary>
    public async Task<T> SendAsync<T>(Guid userId, IMessage request)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().SignIn(userId);
        return (T)(await scope.ServiceProvider.GetRequiredService<ISender>().Send((object)request))!;
    }

    /// <summary>English labels everywhere, so no run depends on the machine's culture.</summary>
    public static void UseInvariantLanguage() =>
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");

    public async ValueTask DisposeAsync()
    {
        // Written while the services it writes with are still there.
        await Services.GetRequiredService<ReadAuditTrail>().CompleteAsync();
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Npgsql.NpgsqlConnection.ClearAllPools();
    }
}
