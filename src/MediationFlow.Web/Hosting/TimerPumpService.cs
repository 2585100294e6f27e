using MediationFlow.Core.Timers;

namespace MediationFlow.Web.Hosting;

/// <summary>Runs the durable timer pump in the background: deadlines and follow-up checks fire even when nobody is signed in.</summary>
public sealed partial class TimerPumpService(TimerPump pump, MediationFlowOptions options, ILogger<TimerPumpService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var ticks = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.TimerPollSeconds)));
        do
        {
            try
            {
                var fired = await pump.RunOnceAsync(stoppingToken);
                if (fired > 0)
                {
                    LogFired(logger, fired);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failing round must not stop the pump; every timer is retried on the next tick.
                LogFailed(logger, e);
            }
        }
        while (await ticks.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Fired {Count} due timer(s).")]
    private static partial void LogFired(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "The timer pump failed; it will try again.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
