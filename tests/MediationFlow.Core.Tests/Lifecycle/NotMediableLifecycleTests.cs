using MediationFlow.Core.Errors;
using MediationFlow.Core.Tests.Infrastructure;

namespace MediationFlow.Core.Tests.Lifecycle;

/// <summary>Screening finds the dispute affects third parties (Art. 1): it cannot be mediated and is closed at once.</summary>
public sealed class NotMediableLifecycleTests(SharedApp shared) : IClassFixture<SharedApp>
{
    [Fact]
    public async Task A_dispute_affecting_third_parties_cannot_be_accepted_and_is_closed_as_not_mediable()
    {
        var app = shared.App;
        var d = app.Data;
        var driver = await CaseDriver.OpenAsync(app, affectsThirdParties: true);

        var refused = await driver.RefusedAsync<ActionRefusedException>(d.MediatorA, "acceptForMediation");
        Assert.False(refused.OnlyRoleBlocks);
        Assert.Contains("Screening found the dispute is not mediable", refused.Reasons);

        await driver.TakeAsync(d.MediatorA, "closeNotMediable", ("note", "The neighbour's tenant is affected."));

        await ClosedCase.AssertClosedAsync(driver, "notMediable");
        Assert.Equal(2, (await driver.EventsAsync()).Count);
    }

    [Fact]
    public async Task A_mediable_dispute_cannot_be_closed_as_not_mediable()
    {
        var app = shared.App;
        var driver = await CaseDriver.OpenAsync(app);

        var refused = await driver.RefusedAsync<ActionRefusedException>(app.Data.ChairA, "closeNotMediable");

        Assert.Contains("Screening found the dispute is mediable", refused.Reasons);
    }
}
