using MediationFlow.Core.Errors;
using MediationFlow.Core.Tests.Infrastructure;

namespace MediationFlow.Core.Tests.Features.FollowUp;

public sealed class RecordFollowUpCheckTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private readonly TestApp _app = shared.App;

    [Fact]
    public async Task A_follow_up_check_is_kept_with_who_recorded_it_and_when()
    {
        var d = _app.Data;
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.ToMonitoringAsync();

        await driver.TakeAsync(d.MediatorA, "recordFollowUpCheck", ("note", "Visited both households; the fence is being moved."));

        var check = Assert.Single((await driver.StoredAsync()).FollowUpChecks);
        Assert.Equal(("Visited both households; the fence is being moved.", d.MediatorA, _app.Time.GetUtcNow()), (check.Note, check.RecordedById, check.RecordedAt));
        Assert.Equal("monitoring", (await driver.StoredAsync()).State);
        Assert.Single((await driver.ViewAsync(d.ChairA)).FollowUpChecks);
    }

    [Fact]
    public async Task A_check_without_a_result_is_refused()
    {
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.ToMonitoringAsync();

        var refused = await driver.RefusedAsync<ValidationFailedException>(_app.Data.MediatorA, "recordFollowUpCheck");

        Assert.Equal(("input.note", "required"), (refused.Errors.Single().Field, refused.Errors.Single().Code));
        Assert.Empty((await driver.StoredAsync()).FollowUpChecks);
    }

    [Fact]
    public async Task Follow_up_checks_start_only_after_approval()
    {
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.ToAwaitingApprovalAsync();

        var refused = await driver.RefusedAsync<ActionRefusedException>(_app.Data.MediatorA, "recordFollowUpCheck", ("note", "Too early."));

        Assert.Equal(MediationFlow.Workflows.Engine.Refusal.NotAvailable, refused.Refusal);
    }
}
