using System.Collections.Concurrent;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MediationFlow.Core.Tests.Infrastructure;

/// <summary>EF Core's "command executed" and "transaction started" events, in order, as the SQL sent and a marker.</summary>
public sealed class DatabaseEvents : ILoggerProvider
{
    public const string TransactionStarted = "<transaction started>";

    public ConcurrentQueue<string> Events { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Collector(Events);

    /// <summary>The application's services on the test app's database and clock, with these events collected.</summary>
    public ServiceProvider Build(TestApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(this).SetMinimumLevel(LogLevel.Debug));
        services.AddSingleton<TimeProvider>(app.Time);
        services.AddMediationFlowCore(app.Database, TestApp.Workflows);
        services.AddMediator((MediatorOptions options) => options.ServiceLifetime = ServiceLifetime.Scoped);
        return services.BuildServiceProvider();
    }

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
