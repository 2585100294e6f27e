using System.Globalization;
using MediationFlow.Core.CaseFiles;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Security;
using MediationFlow.Testing;
using MediationFlow.Workflows.Engine;
using MediationFlow.Workflows.Scenarios;
using Mediator;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MediationFlow.Core.Tests.Infrastructure;

/// <summary>
/// The application layer as a host builds it, on a real SQLite file in a temporary folder (or, when the suite runs
/// on PostgreSQL, a database of its own beside that folder), with a fake clock. Every <see cref="SendAsync{T}"/>
/// runs in its own scope, as a web request would.
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

    /// <summary>Whether disposing deletes the data folder: only the app that made it, or took it over on a restart, does.</summary>
    private bool _ownsFolder;
    private bool _disposed;

    private TestApp(string folder, DatabaseSettings database, ServiceProvider services, FakeTimeProvider time, bool ownsFolder)
    {
        Folder = folder;
        Database = database;
        Services = services;
        Time = time;
        _ownsFolder = ownsFolder;
    }

    public string Folder { get; }

    /// <summary>The database the app works on: the SQLite file in <see cref="Folder"/>, or its own PostgreSQL database.</summary>
    public DatabaseSettings Database { get; }

    public string DatabasePath => Path.Combine(Folder, MediationFlow.Core.Persistence.Database.FileName);

    public ServiceProvider Services { get; }

    public FakeTimeProvider Time { get; }

    public TestData Data { get; private set; } = null!;

    public static WorkflowCatalog Workflows => Catalog.Value;

    public static ScenarioLibrary Scenarios => ShippedScenarios.Value;

    /// <summary>A new app on a new temporary data folder, deleted when the app is disposed.</summary>
    /// <param name="scenarios">Training scenarios other than the shipped ones, for a test that needs its own.</param>
    public static Task<TestApp> StartAsync(ScenarioLibrary? scenarios = null) =>
        StartAsync(Directory.CreateTempSubdirectory("mediationflow-tests-").FullName, scenarios);

    /// <summary>A new app whose new cases start on <paramref name="version"/> of the shipped definition, released or not.</summary>
    public static Task<TestApp> StartOnVersionAsync(int version) =>
        StartAsync(Directory.CreateTempSubdirectory("mediationflow-tests-").FullName, scenarios: null, version);

    /// <summary>A new app whose new cases start where the product starts them: the latest released version.</summary>
    public static Task<TestApp> StartAsReleasedAsync() =>
        StartAsync(Directory.CreateTempSubdirectory("mediationflow-tests-").FullName, scenarios: null, version: null);

    /// <summary>
    /// A new app on <paramref name="connectionString"/>'s new PostgreSQL database (made by <see cref="TestDatabases.CreateAsync"/>),
    /// whichever provider the suite runs on, for a test of PostgreSQL itself; the database is dropped when the app is disposed.
    /// </summary>
    public static Task<TestApp> StartOnPostgreSqlAsync(string connectionString) =>
        StartAsync(Directory.CreateTempSubdirectory("mediationflow-tests-").FullName, DatabaseSettings.PostgreSql(connectionString), scenarios: null);

    /// <summary>
    /// The process stops (deploy, crash, power cut) and starts again on the same data folder, its clock back at
    /// <see cref="Start"/>. The new app takes the folder over and deletes it when disposed.
    /// </summary>
    public async Task<TestApp> RestartAsync()
    {
        _ownsFolder = false;
        await DisposeAsync();
        return await StartAsync(Folder, Database, scenarios: null);
    }

    private static async Task<TestApp> StartAsync(string folder, ScenarioLibrary? scenarios, int? version = Version2) =>
        await StartAsync(folder, TestDatabases.OnPostgreSql ? DatabaseSettings.PostgreSql(await TestDatabases.CreateAsync()) : DatabaseSettings.Sqlite(folder), scenarios, version);

    private static async Task<TestApp> StartAsync(string folder, DatabaseSettings database, ScenarioLibrary? scenarios, int? version = Version2)
    {
        var time = new FakeTimeProvider(Start);
        var app = new TestApp(folder, database, Build(folder, database, time, scenarios, version), time, ownsFolder: true);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MediationDbContext>();
            await MediationFlow.Core.Persistence.Database.MigrateAsync(db, CancellationToken.None);
            app.Data = await TestData.EnsureAsync(db);
        }

        return app;
    }

    /// <summary>A second process on the same database: its own container, pool and pump.</summary>
    public async Task<TestApp> OpenSecondInstanceAsync()
    {
        var other = new TestApp(Folder, Database, Build(Folder, Database, Time), Time, ownsFolder: false) { Data = Data };
        await Task.CompletedTask;
        return other;
    }

    /// <summary>
    /// The version the tests written before version 3 open their cases on: cases already running on it keep running
    /// after version 3 is released, so its behaviour stays tested. Tests of version 3 start with <see cref="StartOnVersionAsync"/>.
    /// </summary>
    public const int Version2 = 2;

    /// <summary>The app's services on <paramref name="folder"/> (templates, case files) and <paramref name="database"/>.</summary>
    public static ServiceProvider Build(string folder, DatabaseSettings database, TimeProvider time, ScenarioLibrary? scenarios = null, int? version = Version2)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(time);
        services.AddSingleton(new MediationFlow.Core.Documents.DocumentTemplates(Path.Combine(AppContext.BaseDirectory, "workflows", "templates"), Path.Combine(folder, "templates")));
        services.AddSingleton<ICaseFileStore>(new FolderCaseFileStore(Path.Combine(folder, FolderCaseFileStore.FolderName)));
        services.AddMediationFlowCore(database, Catalog.Value, scenarios ?? ShippedScenarios.Value);

        // A query that loads several collections states whether it joins them or splits them: left to EF Core's
        // default it logs a warning on every start, which reads like a fault to whoever runs the program.
        services.ConfigureDbContext<MediationDbContext>(options => options.ConfigureWarnings(w => w.Throw(RelationalEventId.MultipleCollectionIncludeWarning)));
        if (version is not null)
        {
            services.AddSingleton(new CaseDefaults(DependencyInjection.DefaultDefinitionId, version));
        }

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

    /// <summary>Idempotent: a restarted app is disposed by <see cref="RestartAsync"/> and again by its test's <c>await using</c>.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;

        // Written while the services it writes with are still there.
        await Services.GetRequiredService<ReadAuditTrail>().CompleteAsync();
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_ownsFolder && Database.Provider == DatabaseProvider.PostgreSql)
        {
            await TestDatabases.DropAsync(Database.ConnectionString);
        }

        if (_ownsFolder && Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
