using MediationFlow.Core.Persistence;
using MediationFlow.Testing;
using MediationFlow.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MediationFlow.Web.Tests.Hosting;

/// <summary>
/// Three hosts on one new PostgreSQL database, started once for a test class and one after another: the first
/// seeds the demo dataset, as a first deployment's first instance does.
/// </summary>
public sealed class ThreeHosts : IAsyncDisposable
{
    private Task<List<MediationFlowFactory>>? _started;
    private string? _database;

    /// <summary>The clock of every host, as machines share the time of day.</summary>
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>The hosts, started by the first test that asks; without a PostgreSQL server the test is skipped (or fails under CI).</summary>
    public Task<List<MediationFlowFactory>> StartAsync()
    {
        PostgresPrerequisite.Require();
        return _started ??= StartAllAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_started is { IsCompletedSuccessfully: true })
        {
            foreach (var host in _started.Result)
            {
                await host.DisposeAsync();
            }
        }

        if (_database is not null)
        {
            await TestDatabases.DropAsync(_database);
        }
    }

    private async Task<List<MediationFlowFactory>> StartAllAsync()
    {
        _database = await TestDatabases.CreateAsync();
        var hosts = new List<MediationFlowFactory>();
        for (var i = 0; i < 3; i++)
        {
            var host = new Instance(_database, Clock);
            hosts.Add(host);
            await host.InitializeAsync();
        }

        return hosts;
    }

    /// <summary>
    /// One instance: its own container, pump, data protection and data folder; the self-signed key certificate
    /// of every host on PostgreSQL in this test run (<see cref="TestKeyCertificate"/>).
    /// </summary>
    private sealed class Instance : MediationFlowFactory
    {
        private readonly FakeTimeProvider _clock;

        public Instance(string database, FakeTimeProvider clock)
        {
            ConnectionString = database;
            _clock = clock;
        }

        protected override bool StartFromDemoDatabase => false;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);

            // On PostgreSQL whichever provider the suite runs on.
            builder.UseSetting(DatabaseSettings.ProviderSetting, "PostgreSQL");
            builder.UseSetting($"ConnectionStrings:{DatabaseSettings.ConnectionStringName}", ConnectionString);
            UseKeyCertificate(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(_clock));
        }
    }
}
