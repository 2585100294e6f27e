using System.Collections.Concurrent;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Security;
using MediationFlow.Core.Tests.Infrastructure;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MediationFlow.Core.Tests.Persistence;

/// <summary>
/// What a plain workflow action sends to the database, counted from EF Core's own command and transaction
/// events: the case is read once with everything the access rule, the guards and the recorder need, and
/// the write lock is taken only once everything is read and decided.
/// </summary>
public sealed class CommandStatementsTests
{
    [Fact]
    public async Task A_plain_action_reads_the_actor_and_the_case_once_each_and_takes_the_write_lock_only_after_its_last_read()
    {
        await using var app = await TestApp.StartAsync();
        var d = app.Data;
        var driver = await CaseDriver.OpenAsync(app);
        await driver.TakeAsync(d.MediatorA, "acceptForMediation");
        await driver.TakeAsync(d.ChairA, "assignMediator", ("mediator", d.MediatorA.ToString()));
        var log = new DatabaseEvents();
        await using var services = Build(app, log);

        await using (var scope = services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentActor>().SignIn(d.MediatorA);
            await scope.ServiceProvider.GetRequiredService<ISender>().Send(
                new TakeAction.Command(driver.CaseId, "declareNoConflict", driver.Version, new Dictionary<string, string?> { ["declaration"] = "true" }),
                TestContext.Current.CancellationToken);
        }

        var events = log.Events.ToList();
        var reads = events.Where(e => e.StartsWith("SELECT", StringComparison.Ordinal)).ToList();
        Assert.InRange(reads.Count, 1, 4);
        Assert.Single(reads, r => r.Contains("FROM \"Memberships\"", StringComparison.Ordinal));
        Assert.Single(reads, r => r.Contains("FROM \"Cases\"", StringComparison.Ordinal));

        // Nothing is read inside the transaction: it holds SQLite's one write lock for the writes alone.
        var begun = events.IndexOf(DatabaseEvents.TransactionStarted);
        Assert.True(begun > events.FindLastIndex(e => e.StartsWith("SELECT", StringComparison.Ordinal)), string.Join("\n", events));
        Assert.All(events.Skip(begun + 1), e => Assert.False(e.StartsWith("SELECT", StringComparison.Ordinal), e));
        Assert.Single(events, DatabaseEvents.TransactionStarted);
    }

    private static ServiceProvider Build(TestApp app, DatabaseEvents log)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(log).SetMinimumLevel(LogLevel.Debug));
        services.AddSingleton<TimeProvider>(app.Time);
        services.AddMediationFlowCore(Database.SqliteConnectionString(app.Folder), TestApp.Workflows);
        services.AddMediator((MediatorOptions options) => options.ServiceLifetime = ServiceLifetime.Scoped);
        return services.BuildServiceProvider();
    }

    /// <summary>EF Core's "command executed" and "transaction started" events, in order, as the SQL sent and a marker.</summary>
    private sealed class DatabaseEvents : ILoggerProvider
    {
        public const string TransactionStarted = "<transaction started>";

        public ConcurrentQueue<string> Events { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Collector(Events);

        public void Dispose()
        {
        }

        private sealed class Collector(ConcurrentQueue<string> events) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                // RelationalEventId.CommandExecuted (20101) and TransactionStarted (20200).
                if (eventId.Id == 20101)
                {
                    var text = formatter(state, exception);
                    events.Enqueue(text[(text.IndexOf('\n', StringComparison.Ordinal) + 1)..].TrimStart());
                }
                else if (eventId.Id == 20200)
                {
                    events.Enqueue(TransactionStarted);
                }
            }
        }
    }
}
