using MediationFlow.Core.Errors;
using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Workflows.Engine;
using static MediationFlow.Core.Tests.Infrastructure.CaseSteps;

namespace MediationFlow.Core.Tests.Features.FollowUp;

public sealed class RecordObligationStatusTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private readonly TestApp _app = shared.App;

    private async Task<(CaseDriver Driver, string ObligationId)> MonitoredAsync()
    {
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.ToMonitoringAsync();
        return (driver, Key((await driver.StoredAsync()).Obligations.Single().Id));
    }

    [Theory]
    [InlineData("fulfilled", ObligationStatus.Fulfilled)]
    [InlineData("breached", ObligationStatus.Breached)]
    public async Task The_mediator_records_whether_an_obligation_was_kept(string status, ObligationStatus expected)
    {
        var (driver, obligationId) = await MonitoredAsync();

        var taken = await driver.TakeAsync(_app.Data.MediatorA, "recordObligationStatus", ("obligation", obligationId), ("status", status), ("note", "Checked on site."));

        Assert.Equal(("monitoring", "monitoring"), (taken.FromState, taken.State));
        var obligation = (await driver.StoredAsync()).Obligations.Single();
        Assert.Equal((expected, "Checked on site.", (DateTimeOffset?)_app.Time.GetUtcNow()), (obligation.Status, obligation.StatusNote, obligation.StatusRecordedAt));
    }

    [Fact]
    public async Task A_status_is_recorded_once_the_obligation_is_no_longer_open_afterwards()
    {
        var (driver, obligationId) = await MonitoredAsync();
        await driver.TakeAsync(_app.Data.MediatorA, "recordObligationStatus", ("obligation", obligationId), ("status", "fulfilled"));

        var refused = await driver.RefusedAsync<ValidationFailedException>(_app.Data.MediatorA, "recordObligationStatus", ("obligation", obligationId), ("status", "breached"));

        Assert.Equal(("input.obligation", "notOpen"), (refused.Errors.Single().Field, refused.Errors.Single().Code));
        Assert.Equal(ObligationStatus.Fulfilled, (await driver.StoredAsync()).Obligations.Single().Status);
    }

    [Fact]
    public async Task The_status_must_be_fulfilled_or_breached()
    {
        var (driver, obligationId) = await MonitoredAsync();

        var refused = await driver.RefusedAsync<ValidationFailedException>(_app.Data.MediatorA, "recordObligationStatus", ("obligation", obligationId), ("status", "partly"));

        Assert.Equal(("input.status", "notOption"), (refused.Errors.Single().Field, refused.Errors.Single().Code));
    }

    [Fact]
    public async Task The_chair_does_not_record_obligation_statuses()
    {
        var (driver, obligationId) = await MonitoredAsync();

        var refused = await driver.RefusedAsync<ActionRefusedException>(_app.Data.ChairA, "recordObligationStatus", ("obligation", obligationId), ("status", "fulfilled"));

        Assert.True(refused.OnlyRoleBlocks);
    }
}
