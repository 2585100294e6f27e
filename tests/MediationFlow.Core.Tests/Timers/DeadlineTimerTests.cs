using MediationFlow.Core.Domain;
using MediationFlow.Core.Tests.Infrastructure;

namespace MediationFlow.Core.Tests.Timers;

/// <summary>The 30-day mediation deadline (Art. 20 of the law), moved through with the fake clock.</summary>
public sealed class DeadlineTimerTests
{
    [Fact]
    public async Task Nothing_fires_on_day_29()
    {
        await using var app = await TestApp.StartAsync();
        var driver = await CaseDriver.OpenAsync(app);
        await driver.IntoMediationAsync();

        app.Time.Advance(TimeSpan.FromDays(29));

        Assert.Equal(0, await app.PumpAsync());
        var row = await app.CaseRowAsync(driver.CaseId);
        Assert.Equal("inMediation", row.State);
        Assert.Equal(TimerStatus.Pending, Assert.Single(await app.TimersAsync(driver.CaseId)).Status);
    }

    [Fact]
    public async Task After_30_days_the_case_is_overdue_its_deadline_kept_and_mediator_and_chair_told()
    {
        await using var app = await TestApp.StartAsync();
        var d = app.Data;
        var driver = await CaseDriver.OpenAsync(app);
        await driver.IntoMediationAsync();
        var deadline = TestApp.Start + TimeSpan.FromDays(30);
        Assert.Equal(deadline, (await app.CaseRowAsync(driver.CaseId)).Deadline);
        var before = (await app.NotificationsAsync(driver.CaseId)).Count;

        app.Time.Advance(TimeSpan.FromDays(30) + TimeSpan.FromMinutes(1));

        Assert.Equal(1, await app.PumpAsync());
        var row = await app.CaseRowAsync(driver.CaseId);
        Assert.Equal("overdue", row.State);
        Assert.False(row.IsClosed);

        // The deadline is what made the case overdue; clearing it would hide how late the case is.
        Assert.Equal(deadline, row.Deadline);
        var timer = Assert.Single(await app.TimersAsync(driver.CaseId));
        Assert.Equal((TimerStatus.Fired, app.Time.GetUtcNow()), (timer.Status, timer.CompletedAt));

        var told = (await app.NotificationsAsync(driver.CaseId)).Skip(before).ToList();
        Assert.Equal(
            new[] { d.ChairA, d.MediatorA }.Order(),
            told.Where(n => n.Template == "deadlinePassed").Select(n => n.UserId).Order());

        var events = await app.EventsAsync(driver.CaseId);
        var last = events[^1];
        Assert.Equal(("deadlinePassed", "inMediation", "overdue", (Guid?)null), (last.Trigger, last.FromState, last.ToState, last.ActorId));
        Assert.Equal(row.Version, events.Count);
    }

    [Fact]
    public async Task A_deadline_cancelled_by_leaving_mediation_never_fires()
    {
        await using var app = await TestApp.StartAsync();
        var d = app.Data;
        var driver = await CaseDriver.OpenAsync(app);
        await driver.IntoMediationAsync();
        await driver.HoldSessionAsync();
        await driver.TakeAsync(d.MediatorA, "reachSettlement");
        var version = (await app.CaseRowAsync(driver.CaseId)).Version;

        app.Time.Advance(TimeSpan.FromDays(60));

        Assert.Equal(0, await app.PumpAsync());
        var row = await app.CaseRowAsync(driver.CaseId);
        Assert.Equal(("draftingAgreement", version, (DateTimeOffset?)null), (row.State, row.Version, row.Deadline));
        var timer = Assert.Single(await app.TimersAsync(driver.CaseId));
        Assert.Equal(TimerStatus.Cancelled, timer.Status);
        Assert.DoesNotContain(await app.EventsAsync(driver.CaseId), e => e.Trigger == "deadlinePassed");
    }
}
