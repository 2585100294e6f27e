using MediationFlow.Core.Domain;
using MediationFlow.Core.Tests.Infrastructure;

namespace MediationFlow.Core.Tests.Lifecycle;

/// <summary>The 30 days of mediation run out on the clock; nobody extends them, so the case is closed as expired.</summary>
public sealed class ExpiredLifecycleTests
{
    [Fact]
    public async Task The_deadline_passes_with_no_extension_and_the_mediator_closes_the_case_as_expired()
    {
        await using var app = await TestApp.StartAsync();
        var d = app.Data;
        var driver = await CaseDriver.OpenAsync(app);
        await driver.IntoMediationAsync();
        await driver.HoldSessionAsync();
        var deadline = (await driver.StoredAsync()).Deadline;
        Assert.Equal(TestApp.Start.AddDays(30), deadline);

        // A day short of the deadline nothing fires; a day past it the pump moves the case to overdue.
        await app.AdvanceAndPumpAsync(TimeSpan.FromDays(29));
        Assert.Equal("inMediation", (await driver.StoredAsync()).State);
        await app.AdvanceAndPumpAsync(TimeSpan.FromDays(2));
        await driver.RefreshAsync();

        var overdue = await driver.StoredAsync();
        Assert.Equal("overdue", overdue.State);
        Assert.Equal(deadline, overdue.Deadline);
        Assert.True((await driver.ViewAsync(d.MediatorA)).Overdue);
        var fired = Assert.Single(await driver.TimersAsync(), t => t.TimerId == "mediationDeadline");
        Assert.Equal(TimerStatus.Fired, fired.Status);
        var passed = (await driver.EventsAsync())[^1];
        Assert.Equal(("deadlinePassed", "inMediation", "overdue", (Guid?)null), (passed.Trigger, passed.FromState, passed.ToState, passed.ActorId));
        Assert.Equal(2, (await driver.NotificationsAsync()).Count(n => n.Template == "deadlinePassed"));

        await driver.TakeAsync(d.MediatorA, "expire");

        await ClosedCase.AssertClosedAsync(driver, "expired");
    }
}
