using MediationFlow.Core.Domain;
using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Workflows.Engine;
using static MediationFlow.Core.Tests.Infrastructure.CaseSteps;

namespace MediationFlow.Core.Tests.Lifecycle;

/// <summary>An approved agreement is broken: the case closes as breached, and the chair reopens it for a new round.</summary>
public sealed class BreachedLifecycleTests
{
    [Fact]
    public async Task A_breached_obligation_closes_the_case_and_the_chair_reopens_it_into_mediation()
    {
        await using var app = await TestApp.StartAsync();
        var d = app.Data;
        var driver = await CaseDriver.OpenAsync(app);
        await driver.IntoMediationAsync();
        await driver.ToApprovedAgreementAsync();
        var obligation = (await driver.ViewAsync(d.MediatorA)).Obligations.Single();

        await driver.TakeAsync(d.MediatorA, "recordObligationStatus", ("obligation", Key(obligation.Id)), ("status", "breached"), ("note", "The fence was not moved."));
        await driver.TakeAsync(d.MediatorA, "closeBreached");

        await ClosedCase.AssertClosedAsync(driver, "breached");
        Assert.Contains(await driver.NotificationsAsync(), n => n.Template == "agreementBreached" && n.UserId == d.ChairA);
        var timers = await driver.TimersAsync();
        Assert.Equal(TimerStatus.Cancelled, timers.Single(t => t.TimerId == "followUp30").Status);
        Assert.Equal(TimerStatus.Cancelled, timers.Single(t => t.TimerId == "followUp90").Status);
        Assert.Equal(TimerStatus.Cancelled, timers.Single(t => t.TimerId == "obligationDue:" + Key(obligation.Id)).Status);

        app.Time.Advance(TimeSpan.FromDays(3));
        var reopened = await driver.TakeAsync(d.ChairA, "reopen", ("reason", "The parties ask for a new round."));

        Assert.Equal(("breached", "inMediation"), (reopened.FromState, reopened.State));
        var stored = await driver.StoredAsync();
        Assert.False(stored.IsClosed);
        Assert.Null(stored.ClosedAt);
        Assert.Equal("hearing", stored.Stage);
        Assert.Equal(app.Time.GetUtcNow().AddDays(30), stored.Deadline);
        var old = Assert.Single(stored.Obligations);
        Assert.True(old.Superseded);
        Assert.Equal(ObligationStatus.Breached, old.Status);
        Assert.Contains(await driver.TimersAsync(), t => t.TimerId == "mediationDeadline" && t.Status == TimerStatus.Pending);
        Assert.Contains(await driver.NotificationsAsync(), n => n.Template == "caseReopened" && n.UserId == d.MediatorA);
        var events = await driver.EventsAsync();
        Assert.Equal(stored.Version, events.Count);
        Assert.Equal(("reopen", "breached", "inMediation", (Guid?)d.ChairA), (events[^1].Trigger, events[^1].FromState, events[^1].ToState, events[^1].ActorId));
    }
}
