using MediationFlow.Core.Errors;
using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Workflows.Engine;
using static MediationFlow.Core.Tests.Infrastructure.CaseSteps;

namespace MediationFlow.Core.Tests.Features.FollowUp;

/// <summary>
/// Closing as fulfilled or breached has no recorder of its own: the guards over the obligations decide,
/// and the closing itself is the case's state change.
/// </summary>
public sealed class CloseCaseTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private const string EveryObligationFulfilled = "Every obligation must be fulfilled";
    private const string NoneBreached = "No obligation has been breached";

    private readonly TestApp _app = shared.App;

    private async Task<(CaseDriver Driver, string Fence, string Posts)> TwoObligationsMonitoredAsync()
    {
        var d = _app.Data;
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.ToDraftingAsync();
        await driver.AddObligationAsync(PartyRole.Respondent, "Move the fence", Day(_app, 14));
        await driver.AddObligationAsync(PartyRole.Applicant, "Pay for the posts", Day(_app, 7));
        await driver.TakeAsync(d.MediatorA, "submitForSignature");
        await driver.TakeAsync(d.MediatorA, "signSettlement", ("signedByAll", "true"));
        await driver.TakeAsync(d.ChairA, "approve");
        var obligations = (await driver.StoredAsync()).Obligations;
        return (driver, Key(obligations.Single(o => o.Description == "Move the fence").Id), Key(obligations.Single(o => o.Description == "Pay for the posts").Id));
    }

    [Fact]
    public async Task A_case_closes_as_fulfilled_only_when_every_obligation_is_fulfilled()
    {
        var d = _app.Data;
        var (driver, fence, posts) = await TwoObligationsMonitoredAsync();
        await driver.TakeAsync(d.MediatorA, "recordObligationStatus", ("obligation", fence), ("status", "fulfilled"));

        var refused = await driver.RefusedAsync<ActionRefusedException>(d.MediatorA, "closeFulfilled");
        await driver.TakeAsync(d.MediatorA, "recordObligationStatus", ("obligation", posts), ("status", "fulfilled"));
        var closed = await driver.TakeAsync(d.MediatorA, "closeFulfilled");

        Assert.Equal([EveryObligationFulfilled], refused.Reasons);
        Assert.Equal("fulfilled", closed.State);
        var stored = await driver.StoredAsync();
        Assert.Equal((true, (DateTimeOffset?)_app.Time.GetUtcNow()), (stored.IsClosed, stored.ClosedAt));
    }

    [Fact]
    public async Task A_case_closes_as_breached_only_when_an_obligation_was_breached()
    {
        var d = _app.Data;
        var (driver, fence, posts) = await TwoObligationsMonitoredAsync();
        await driver.TakeAsync(d.MediatorA, "recordObligationStatus", ("obligation", fence), ("status", "fulfilled"));

        var refused = await driver.RefusedAsync<ActionRefusedException>(d.MediatorA, "closeBreached");
        await driver.TakeAsync(d.MediatorA, "recordObligationStatus", ("obligation", posts), ("status", "breached"));
        var notFulfilled = await driver.RefusedAsync<ActionRefusedException>(d.MediatorA, "closeFulfilled");
        var closed = await driver.TakeAsync(d.MediatorA, "closeBreached");

        Assert.Equal([NoneBreached], refused.Reasons);
        Assert.Equal([EveryObligationFulfilled], notFulfilled.Reasons);
        Assert.Equal("breached", closed.State);
        Assert.True((await driver.StoredAsync()).IsClosed);
    }

    [Fact]
    public async Task The_chair_does_not_close_a_monitored_case()
    {
        var d = _app.Data;
        var (driver, fence, posts) = await TwoObligationsMonitoredAsync();
        await driver.TakeAsync(d.MediatorA, "recordObligationStatus", ("obligation", fence), ("status", "fulfilled"));
        await driver.TakeAsync(d.MediatorA, "recordObligationStatus", ("obligation", posts), ("status", "fulfilled"));

        var refused = await driver.RefusedAsync<ActionRefusedException>(d.ChairA, "closeFulfilled");

        Assert.True(refused.OnlyRoleBlocks);
    }
}
