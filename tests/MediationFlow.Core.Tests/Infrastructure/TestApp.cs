using System.Globalization;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Security;
using MediationFlow.Workflows.Engine;
using MediationFlow.Workflows.Scenarios;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MediationFlow.Core.Tests.Infrastructure;

/// <summary>
/// The application layer as a host builds it, on a real SQLite file in a temporary folder, with a
/// fake clock. Every <see cref="SendAsync{T}"/> runs in its own scope, as a web request would.
/// </summary>
public sealed class TestApp : IAsyncDisposable
{
    /// <summary>Thursday 26 November 2026, 10:00 in Kazakhstan (UTC+5).</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 26, 5, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<WorkflowCatalog> Catalog = new(() =>
        DependencyInjection.LoadWorkflows(Path.Combine(AppContext.BaseDirectory, "workflows")));

    /// <summary>The shipped training scenarios, as the host loads them, so workshops run what trainers run.</summary>
    private static readonly Lazy<ScenarioLibrary> ShippedScenarios = new(() =>
        DependencyInjection.LoadScenarios(Path.Combine(AppContext.BaseDirectory, "workflows"), Catalog.Value));

    private TestApp(string folder, ServiceProvider services, FakeTimeProvider time)
    {
        Folder = folder;
        Services = services;
        Time = time;
    }

    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, Database.FileName);

    public ServiceProvider Services { get; }

    public FakeTimeProvider Time { get; }

    public TestData Data { get; private set; } = null!;

    public static WorkflowCatalog Workflows => Catalog.Value;

    public static ScenarioLibrary Scenarios => ShippedScenarios.Value;

    /// <param name="scenarios">Training scenarios other than the shipped ones, for a test that needs its own.</param>
    public static async Task<TestApp> StartAsync(string? folder = null, ScenarioLibrary? scenarios = null)
    {
        folder ??= Directory.CreateTempSubdirectory("mediationflow-tests-").FullName;
        var time = new FakeTimeProvider(Start);
        var app = new TestApp(folder, Build(folder, time, scenarios), time);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MediationDbContext>();
            await Database.MigrateAsync(db, CancellationToken.None);
            app.Data = await TestData.EnsureAsync(db);
        }

        return app;
    }

    /// <summary>A second process on the same database file: its own container, pool and pump.</summary>
    public async Task<TestApp> OpenSecondInstanceAsync()
    {
        var other = new TestApp(Folder, Build(Folder, Time), Time) { Data = Data };
        await Task.CompletedTask;
        return other;
    }

    public static ServiceProvider Build(string folder, TimeProvider time, ScenarioLibrary? scenarios = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(time);
        services.AddMediationFlowCore(Database.SqliteConnectionString(folder), Catalog.Value, scenarios ?? ShippedScenarios.Value);
        services.AddMediator((MediatorOptions options) => options.ServiceLifetime = ServiceLifetime.Scoped);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    /// <summary>Sends a request as <paramref name="userId"/> (null: nobody signed in) in a new scope.</summary>
    public async Task<T> SendAsync<T>(Guid? userId, IMessage request, string culture = "en")
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            await using var scope = Services.CreateAsyncScope();
            if (userId is { } id)
            {
                scope.ServiceProvider.GetRequiredService<CurrentActor>().SignIn(id);
            }

            var sender = scope.ServiceProvider.GetRequiredService<ISender>();
            return (T)(await sender.Send((object)request))!;
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }

    /// <summary>
    /// Runs code against the database directly, outside the pipeline (for arranging and asserting), once
    /// the reads sent so far are in the audit trail.
    /// </summary>
    public async Task<T> WithDbAsync<T>(Func<MediationDbContext, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await Services.GetRequiredService<ReadAuditTrail>().FlushAsync(CancellationToken.None);
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<MediationDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        // Written while the services it writes with are still there.
        await Services.GetRequiredService<ReadAuditTrail>().CompleteAsync();
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
