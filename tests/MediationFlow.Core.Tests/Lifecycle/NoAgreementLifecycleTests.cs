using MediationFlow.Core.Domain;
using MediationFlow.Core.Tests.Infrastructure;

namespace MediationFlow.Core.Tests.Lifecycle;

/// <summary>A session ends in impasse: the case closes with no agreement.</summary>
public sealed class NoAgreementLifecycleTests
{
    [Fact]
    public async Task After_a_held_session_the_mediator_declares_an_impasse_and_the_deadline_timer_is_cancelled()
    {
        await using var app = await TestApp.StartAsync();
        var d = app.Data;
        var driver = await CaseDriver.OpenAsync(app);
        await driver.IntoMediationAsync();
        await driver.HoldSessionAsync();

        await driver.TakeAsync(d.MediatorA, "declareImpasse", ("note", "Neither side will move."));

        await ClosedCase.AssertClosedAsync(driver, "noAgreement");
        var deadline = Assert.Single(await driver.TimersAsync(), t => t.TimerId == "mediationDeadline");
        Assert.Equal(TimerStatus.Cancelled, deadline.Status);
        Assert.Null((await driver.StoredAsync()).Deadline);
    }
}
