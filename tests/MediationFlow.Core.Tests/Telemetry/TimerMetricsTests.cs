using MediationFlow.Core.Telemetry;
using MediationFlow.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static MediationFlow.Core.Tests.Telemetry.RequestMetricsTests;

namespace MediationFlow.Core.Tests.Telemetry;

/// <summary>The timer pump reports how many timers it found due and how each ended.</summary>
public sealed class TimerMetricsTests
{
    [Fact]
    public async Task A_round_with_nothing_due_reports_none_due_and_fires_nothing()
    {
        await using var app = await TestApp.StartAsync();
        var driver = await CaseDriver.OpenAsync(app);
        await driver.IntoMediationAsync();
        using var due = Collect<long>(app, ProductMetrics.TimersDue);
        using var fired = Collect<long>(app, ProductMetrics.TimersFired);

        Assert.Equal(0, await app.PumpAsync());

        Assert.Equal(0, Assert.Single(due.GetMeasurementSnapshot()).Value);
        Assert.Empty(fired.GetMeasurementSnapshot());
    }

    [Fact]
    public async Task The_passed_deadline_is_reported_due_then_fired()
    {
        await using var app = await TestApp.StartAsync();
        var driver = await CaseDriver.OpenAsync(app);
        await driver.IntoMediationAsync();
        using var due = Collect<long>(app, ProductMetrics.TimersDue);
        using var fired = Collect<long>(app, ProductMetrics.TimersFired);
        using var handled = Collect<long>(app, ProductMetrics.RequestsHandled);
        app.Time.Advance(TimeSpan.FromDays(31));

        Assert.Equal(1, await app.PumpAsync());

        Assert.Equal(1, Assert.Single(due.GetMeasurementSnapshot()).Value);
        var one = Assert.Single(fired.GetMeasurementSnapshot());
        Assert.Equal((1L, "fired"), (one.Value, Tag(one.Tags, "outcome")));
        Assert.Single(handled.GetMeasurementSnapshot(), m => Tag(m.Tags, "request") == "FireTimer" && Tag(m.Tags, "outcome") == "ok");
    }

    [Fact]
    public async Task A_round_that_fails_as_a_whole_is_counted_as_a_pump_failure()
    {
        await using var app = await TestApp.StartAsync();
        using var failures = Collect<long>(app, ProductMetrics.TimerPumpFailures);
        // The pump cannot even look for due timers.
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DROP TABLE \"DueTimers\""));

        await Assert.ThrowsAnyAsync<Exception>(() => app.PumpAsync());

        Assert.Equal(1, Assert.Single(failures.GetMeasurementSnapshot()).Value);
    }
}
