using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace MediationFlow.Benchmarks.Throughput;

/// <summary>
/// Collects the SQL EF Core executes (its "command executed" log), so a walk can be printed step by
/// step and the raw baseline checked against it. Only used by `--trace`, never while timing.
/// </summary>
public sealed class StatementLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _statements = new();

    public IReadOnlyList<string> Drain()
    {
        var drained = new List<string>();
        while (_statements.TryDequeue(out var statement))
        {
            drained.Add(statement);
        }

        return drained;
    }

    public ILogger CreateLogger(string categoryName) =>
        categoryName == "Microsoft.EntityFrameworkCore.Database.Command" ? new Collector(_statements) : NullLogger.Instance;

    public void Dispose()
    {
    }

    private sealed class Collector(ConcurrentQueue<string> statements) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            // 20101: RelationalEventId.CommandExecuted.
            if (eventId.Id == 20101)
            {
                statements.Enqueue(formatter(state, exception));
            }
        }
    }

    private sealed class NullLogger : ILogger
    {
        public static readonly NullLogger Instance = new();

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => false;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
        }
    }
}
