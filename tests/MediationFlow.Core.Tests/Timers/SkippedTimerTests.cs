using MediationFlow.Core.Domain;
using MediationFlow.Core.Tests.Infrastructure;

namespace MediationFlow.Core.Tests.Timers;

/// <summary>
/// A timer the workflow no longer accepts (its row outlived the state it was meant for, e.g. written by
/// an older release) is closed with the reason instead of being retried on every pump run.
/// </summary>
public sealed class SkippedTimerTests
{
    [Fact]
    public async Task A_timer_whose_trigger_the_state_refuses_is_skipped_with_the_reason_and_the_case_is_untouched()
    {
        await using var app = await TestApp.StartAsync();
        var driver = await CaseDriver.OpenAsync(app);
        var timerId = await AddTimerAsync(app, driver.CaseId, "deadlinePassed", TimeSpan.FromHours(1));
        var version = (await app.CaseRowAsync(driver.CaseId)).Version;
        app.Time.Advance(TimeSpan.FromHours(2));

        // The reason is written in the pump's language; fix it so the assertion does not depend on the machine.
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("en");

        Assert.Equal(0, await app.PumpAsync());

        var timer = (await app.TimersAsync(driver.CaseId)).Single(t => t.Id == timerId);
        Assert.Equal(TimerStatus.Skipped, timer.Status);
        Assert.Contains("Registered", timer.Outcome, StringComparison.Ordinal);
        var row = await app.CaseRowAsync(driver.CaseId);
        Assert.Equal(("registered", version), (row.State, row.Version));
        Assert.Equal(0, await app.PumpAsync());
    }

    [Fact]
    public async Task A_timer_with_a_trigger_the_definition_does_not_know_is_skipped_and_does_not_block_later_timers()
    {
        await using var app = await TestApp.StartAsync();
        var stale = await CaseDriver.OpenAsync(app);
        var unknown = await AddTimerAsync(app, stale.CaseId, "remindChair", TimeSpan.FromDays(1));
        var driver = await CaseDriver.OpenAsync(app);
        await driver.IntoMediationAsync();
        app.Time.Advance(TimeSpan.FromDays(31));

        // The unknown trigger is due first; the deadline behind it must still fire.
        Assert.Equal(1, await app.PumpAsync());

        var timer = (await app.TimersAsync(stale.CaseId)).Single(t => t.Id == unknown);
        Assert.Equal(TimerStatus.Skipped, timer.Status);
        Assert.Contains("remindChair", timer.Outcome, StringComparison.Ordinal);
        Assert.Equal("overdue", (await app.CaseRowAsync(driver.CaseId)).State);
    }

    private static Task<long> AddTimerAsync(TestApp app, long caseId, string trigger, TimeSpan dueIn) =>
        app.WithDbAsync(async db =>
        {
            var timer = new DueTimer
            {
                CaseId = caseId,
                TimerId = "legacy",
                Trigger = trigger,
                DueAt = app.Time.GetUtcNow() + dueIn,
                Status = TimerStatus.Pending,
            };
            db.DueTimers.Add(timer);
            await db.SaveChangesAsync();
            return timer.Id;
        });
}
