namespace MediationFlow.Benchmarks.Application;

/// <summary>
/// The benchmarks' clock: stands still unless moved, so deadlines, "overdue" and case numbers are the
/// same in every run and in every process BenchmarkDotNet starts.
/// </summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    /// <summary>Thursday 26 November 2026, 10:00 in Kazakhstan (UTC+5), as in the Core tests.</summary>
    public static readonly DateTimeOffset Default = new(2026, 11, 26, 5, 0, 0, TimeSpan.Zero);

    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
