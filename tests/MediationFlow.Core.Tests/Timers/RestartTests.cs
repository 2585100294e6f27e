using MediationFlow.Core.Domain;
using MediationFlow.Core.Features.Timers;
using MediationFlow.Core.Tests.Infrastructure;

namespace MediationFlow.Core.Tests.Timers;

/// <summary>The process stops (deploy, crash, power cut) and starts again on the same data folder.</summary>
public sealed class RestartTests
{
    [Fact]
    public async Task A_timer_that_fell_due_while_the_app_was_down_fires_once_after_restart()
    {
        await using var app = await TestApp.StartAsync();
        var driver = await CaseDriver.OpenAsync(app);
        await driver.IntoMediationAsync();
        var caseId = driver.CaseId;

        // Down before the pump ever ran; the clock moves on meanwhile.
        await using var restarted = await app.RestartAsync();
        var due = TestApp.Start + TimeSpan.FromDays(31);
        restarted.Time.SetUtcNow(due);
        Assert.Equal(1, await restarted.PumpAsync());
        Assert.Equal(0, await restarted.PumpAsync());

        await using var again = await restarted.RestartAsync();
        again.Time.SetUtcNow(due + TimeSpan.FromDays(1));
        Assert.Equal(0, await again.PumpAsync());
        Assert.Equal("overdue", (await again.CaseRowAsync(caseId)).State);
        Assert.Single(await again.EventsAsync(caseId), e => e.Trigger == "deadlinePassed");
        Assert.Equal(TimerStatus.Fired, Assert.Single(await again.TimersAsync(caseId)).Status);
    }

    [Fact]
    public async Task After_a_restart_part_way_through_only_the_timers_not_yet_fired_fire()
    {
        await using var app = await TestApp.StartAsync();
        var first = await CaseDriver.OpenAsync(app);
        await first.IntoMediationAsync();
        var second = await CaseDriver.OpenAsync(app);
        await second.IntoMediationAsync();
        app.Time.Advance(TimeSpan.FromDays(31));
        var firstTimer = Assert.Single(await app.TimersAsync(first.CaseId));

        // The pump got through one timer, then the process died.
        Assert.Equal(FireTimer.Outcome.Fired, await app.SendAsSystemAsync<FireTimer.Outcome>(new FireTimer.Command(firstTimer.Id)));
        var now = app.Time.GetUtcNow();

        await using var restarted = await app.RestartAsync();
        restarted.Time.SetUtcNow(now);

        Assert.Equal(1, await restarted.PumpAsync());
        Assert.Single(await restarted.EventsAsync(first.CaseId), e => e.Trigger == "deadlinePassed");
        Assert.Single(await restarted.EventsAsync(second.CaseId), e => e.Trigger == "deadlinePassed");

        // Sending the fired timer again, as a confused second pump might, changes nothing.
        var version = (await restarted.CaseRowAsync(first.CaseId)).Version;
        Assert.Equal(FireTimer.Outcome.NotPending, await restarted.SendAsSystemAsync<FireTimer.Outcome>(new FireTimer.Command(firstTimer.Id)));
        Assert.Equal(version, (await restarted.CaseRowAsync(first.CaseId)).Version);
    }
}
