using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Tests.Infrastructure;

namespace MediationFlow.Core.Tests.Features.Hearing;

public sealed class ReachSettlementTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private readonly TestApp _app = shared.App;

    [Fact]
    public async Task A_settlement_needs_a_held_session_a_planned_one_is_not_enough()
    {
        var d = _app.Data;
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.IntoMediationAsync();
        await driver.TakeAsync(d.MediatorA, "scheduleSession", ("plannedAt", "2026-12-01T10:00"));

        var refused = await driver.RefusedAsync<ActionRefusedException>(d.MediatorA, "reachSettlement");

        Assert.Equal(["At least one session must have been held"], refused.Reasons);
    }

    [Fact]
    public async Task Reaching_a_settlement_opens_an_unsigned_draft_and_ends_the_mediation_deadline()
    {
        var d = _app.Data;
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.IntoMediationAsync();
        await driver.HoldSessionAsync();

        var taken = await driver.TakeAsync(d.MediatorA, "reachSettlement");

        Assert.Equal("draftingAgreement", taken.State);
        var stored = await driver.StoredAsync();
        Assert.Equal("agreement", stored.Stage);
        Assert.NotNull(stored.CurrentSettlement);
        Assert.Null(stored.CurrentSettlement.SignedAt);
        Assert.Null(stored.Deadline);
        Assert.Equal(TimerStatus.Cancelled, Assert.Single(await driver.TimersAsync()).Status);
    }
}
