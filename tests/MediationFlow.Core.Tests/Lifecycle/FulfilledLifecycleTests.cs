using MediationFlow.Core.Domain;
using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Workflows.Engine;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Tests.Lifecycle;

public sealed class FulfilledLifecycleTests
{
    [Fact]
    public async Task A_case_walks_from_registration_to_fulfilled_with_one_event_per_step()
    {
        await using var app = await TestApp.StartAsync();
        var d = app.Data;
        var driver = await CaseDriver.OpenAsync(app);

        await driver.IntoMediationAsync();
        await driver.ToApprovedAgreementAsync();
        var obligation = (await driver.ViewAsync(d.MediatorA)).Obligations.Single();
        await driver.TakeAsync(d.MediatorA, "recordObligationStatus", ("obligation", obligation.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("status", "fulfilled"));
        await driver.TakeAsync(d.MediatorA, "closeFulfilled");

        var view = await driver.ViewAsync(d.ChairA);
        Assert.Equal("fulfilled", view.State);
        Assert.True(view.IsClosed);
        var events = await app.WithDbAsync(db => db.CaseEvents.Where(e => e.CaseId == driver.CaseId).OrderBy(e => e.Sequence).ToListAsync());
        Assert.Equal(view.Version, events.Count);
        Assert.Equal("fulfilled", events[^1].ToState);
        var timers = await app.WithDbAsync(db => db.DueTimers.Where(t => t.CaseId == driver.CaseId).ToListAsync());
        Assert.DoesNotContain(timers, t => t.Status == TimerStatus.Pending);
        Assert.Contains(timers, t => t.TimerId == "followUp90" && t.Status == TimerStatus.Cancelled);
        Assert.Equal(ObligationStatus.Fulfilled, view.Obligations.Single().Status);
    }
}
