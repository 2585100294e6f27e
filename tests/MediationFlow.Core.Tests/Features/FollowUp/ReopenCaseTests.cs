using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Workflows.Engine;
using static MediationFlow.Core.Tests.Infrastructure.CaseSteps;

namespace MediationFlow.Core.Tests.Features.FollowUp;

public sealed class ReopenCaseTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private readonly TestApp _app = shared.App;

    private async Task<CaseDriver> BreachedAsync()
    {
        var d = _app.Data;
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.ToMonitoringAsync();
        var obligation = (await driver.StoredAsync()).Obligations.Single();
        await driver.TakeAsync(d.MediatorA, "recordObligationStatus", ("obligation", Key(obligation.Id)), ("status", "breached"));
        await driver.TakeAsync(d.MediatorA, "closeBreached");
        return driver;
    }

    [Fact]
    public async Task After_reopening_only_the_new_agreement_obligations_count()
    {
        var d = _app.Data;
        var driver = await BreachedAsync();
        var breached = (await driver.StoredAsync()).Obligations.Single();

        await driver.TakeAsync(d.ChairA, "reopen", ("reason", "Both parties want to try again."));
        Assert.True((await driver.StoredAsync()).Obligations.Single().Superseded);
        await driver.HoldSessionAsync();
        await driver.TakeAsync(d.MediatorA, "reachSettlement");

        // The breached agreement's obligation no longer fills the new draft...
        var empty = await driver.RefusedAsync<ActionRefusedException>(d.MediatorA, "submitForSignature");
        Assert.Equal(["The agreement needs at least one obligation"], empty.Reasons);
        await driver.AddObligationAsync(PartyRole.Respondent, "Move the fence, this time for real", Day(_app, 10));
        var stale = await driver.RefusedAsync<ValidationFailedException>(d.MediatorA, "removeObligation", ("obligation", Key(breached.Id)));
        Assert.Equal("input.obligation", stale.Errors.Single().Field);

        // ...nor is it followed up again or held against the new agreement.
        await driver.TakeAsync(d.MediatorA, "submitForSignature");
        await driver.TakeAsync(d.MediatorA, "signSettlement", ("signedByAll", "true"));
        await driver.TakeAsync(d.ChairA, "approve");
        var renewed = (await driver.StoredAsync()).Obligations.Single(o => !o.Superseded);
        var pendingChecks = (await driver.TimersAsync()).Where(t => t.Status == TimerStatus.Pending && t.TimerId.StartsWith("obligationDue:", StringComparison.Ordinal));
        Assert.Equal(["obligationDue:" + Key(renewed.Id)], pendingChecks.Select(t => t.TimerId));
        await driver.TakeAsync(d.MediatorA, "recordObligationStatus", ("obligation", Key(renewed.Id)), ("status", "fulfilled"));
        Assert.Equal("fulfilled", (await driver.TakeAsync(d.MediatorA, "closeFulfilled")).State);
        Assert.Equal(ObligationStatus.Breached, (await driver.StoredAsync()).Obligations.Single(o => o.Id == breached.Id).Status);
    }

    [Fact]
    public async Task A_new_round_needs_a_session_of_its_own_before_a_settlement()
    {
        var d = _app.Data;
        var driver = await BreachedAsync();
        var earlier = (await driver.ViewAsync(d.MediatorA)).Sessions.Single();

        await driver.TakeAsync(d.ChairA, "reopen", ("reason", "Both parties want to try again."));

        // The first round's session stays on the case page, marked, but no longer counts.
        Assert.True((await driver.ViewAsync(d.MediatorA)).Sessions.Single(s => s.Id == earlier.Id).Superseded);
        var refused = await driver.RefusedAsync<ActionRefusedException>(d.MediatorA, "reachSettlement");
        Assert.Equal(["At least one session must have been held"], refused.Reasons);

        await driver.HoldSessionAsync();

        Assert.Equal("draftingAgreement", (await driver.TakeAsync(d.MediatorA, "reachSettlement")).State);
        Assert.False((await driver.ViewAsync(d.MediatorA)).Sessions.Single(s => s.Id != earlier.Id).Superseded);
    }

    [Fact]
    public async Task Only_the_chair_reopens_and_only_with_a_reason()
    {
        var d = _app.Data;
        var driver = await BreachedAsync();

        var mediator = await driver.RefusedAsync<ActionRefusedException>(d.MediatorA, "reopen", ("reason", "I would like another go."));
        var noReason = await driver.RefusedAsync<ValidationFailedException>(d.ChairA, "reopen");

        Assert.True(mediator.OnlyRoleBlocks);
        Assert.Equal(("input.reason", "required"), (noReason.Errors.Single().Field, noReason.Errors.Single().Code));
        Assert.Equal(("breached", true), ((await driver.StoredAsync()).State, (await driver.StoredAsync()).IsClosed));
    }

    [Fact]
    public async Task A_fulfilled_case_cannot_be_reopened()
    {
        var d = _app.Data;
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.ToMonitoringAsync();
        var obligation = (await driver.StoredAsync()).Obligations.Single();
        await driver.TakeAsync(d.MediatorA, "recordObligationStatus", ("obligation", Key(obligation.Id)), ("status", "fulfilled"));
        await driver.TakeAsync(d.MediatorA, "closeFulfilled");

        var refused = await driver.RefusedAsync<ActionRefusedException>(d.ChairA, "reopen", ("reason", "Just in case."));

        Assert.Equal(Refusal.NotAvailable, refused.Refusal);
    }
}
