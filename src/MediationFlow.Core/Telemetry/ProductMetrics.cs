using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace MediationFlow.Core.Telemetry;

/// <summary>
/// The product's own instruments, on the meter named <see cref="MeterName"/>: what the application layer handled and
/// how long it took, and what the timer pump found due and fired. Plain System.Diagnostics.Metrics, so the
/// application layer knows nothing of where they are exported; the host decides (Prometheus, OTLP).
/// </summary>
public sealed class ProductMetrics
{
    public const string MeterName = "MediationFlow";

    public const string RequestsHandled = "mediationflow.requests.handled";
    public const string RequestDuration = "mediationflow.requests.duration";
    public const string TimersDue = "mediationflow.timers.due";
    public const string TimersFired = "mediationflow.timers.fired";
    public const string TimerPumpFailures = "mediationflow.timers.pump.failures";

    /// <summary>From a millisecond to ten seconds: a command takes a few milliseconds, a report or an import seconds.</summary>
    private static readonly double[] DurationBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly Counter<long> _handled;
    private readonly Histogram<double> _duration;
    private readonly Gauge<long> _timersDue;
    private readonly Counter<long> _timersFired;
    private readonly Counter<long> _pumpFailures;

    public ProductMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        _handled = meter.CreateCounter<long>(RequestsHandled, "{request}",
            "Requests the application layer handled, by request, kind (command or query), action and outcome.");
        _duration = meter.CreateHistogram(RequestDuration, "s",
            "How long the application layer took over a request, validation to commit, by request, kind, action and outcome.",
            tags: null, advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });
        _timersDue = meter.CreateGauge<long>(TimersDue, "{timer}",
            "Timers due when the pump last looked: deadlines and follow-up checks of real cases and of running workshops.");
        _timersFired = meter.CreateCounter<long>(TimersFired, "{timer}",
            "Due timers the pump handled, by outcome: fired, skipped (the case had moved on), conflict (another pump or a person was first), failed.");
        _pumpFailures = meter.CreateCounter<long>(TimerPumpFailures, "{round}",
            "Rounds of the timer pump that failed as a whole (the database unreachable, for example); every timer is retried on the next round.");
    }

    public void RequestHandled(in RequestTags tags, TimeSpan elapsed)
    {
        var list = new TagList
        {
            { "request", tags.Request },
            { "kind", tags.Kind },
            { "outcome", Text(tags.Outcome) },
        };
        if (tags.Action is not null)
        {
            list.Add("action", tags.Action);
        }

        _handled.Add(1, list);
        _duration.Record(elapsed.TotalSeconds, list);
    }

    public void TimersFoundDue(long count) => _timersDue.Record(count);

    public void TimerHandled(string outcome) => _timersFired.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    public void TimerPumpFailed() => _pumpFailures.Add(1);

    public static string Text(RequestOutcome outcome) => outcome switch
    {
        RequestOutcome.Ok => "ok",
        RequestOutcome.Refused => "refused",
        RequestOutcome.Conflict => "conflict",
        RequestOutcome.Cancelled => "cancelled",
        _ => "failed",
    };
}

/// <summary>How a request ended, as the metrics count it.</summary>
public enum RequestOutcome
{
    Ok,

    /// <summary>The user's mistake or lack of rights: invalid fields, not found, forbidden, an action the workflow does not allow.</summary>
    Refused,

    /// <summary>Someone else changed the case (or fired the timer) first; nothing was written.</summary>
    Conflict,

    /// <summary>The caller went away (a closed browser tab, a stopping host).</summary>
    Cancelled,

    /// <summary>A defect or an outage: the request failed through no fault of the user.</summary>
    Failed,
}

/// <summary>A request that takes a workflow action: its trigger tags the request's measurements.</summary>
public interface IActionRequest
{
    string Trigger { get; }
}

/// <summary>What a measurement of one request is tagged with; every value comes from a fixed set, so series stay few.</summary>
public readonly record struct RequestTags(string Request, string Kind, string? Action, RequestOutcome Outcome);
