using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Tests.Infrastructure;
using static MediationFlow.Core.Tests.Infrastructure.CaseSteps;

namespace MediationFlow.Core.Tests.Features.Agreement;

public sealed class ApproveTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private readonly TestApp _app = shared.App;

    [Fact]
    public async Task The_chair_approves_and_follow_up_starts_with_checks_at_30_and_90_days_and_on_each_due_date()
    {
        var d = _app.Data;
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.ToAwaitingApprovalAsync();

        var taken = await driver.TakeAsync(d.ChairA, "approve");

        var now = _app.Time.GetUtcNow();
        Assert.Equal(("awaitingApproval", "monitoring"), (taken.FromState, taken.State));
        var stored = await driver.StoredAsync();
        Assert.Equal(("followUp", (DateTimeOffset?)now, (Guid?)d.ChairA), (stored.Stage, stored.CurrentSettlement!.ApprovedAt, stored.CurrentSettlement.ApprovedById));
        var obligation = stored.Obligations.Single();
        var pending = (await driver.TimersAsync()).Where(t => t.Status == TimerStatus.Pending).ToDictionary(t => t.TimerId, t => (t.Trigger, t.DueAt));
        Assert.Equal(3, pending.Count);
        Assert.Equal(("followUpCheckDue", now.AddDays(30)), pending["followUp30"]);
        Assert.Equal(("followUpCheckDue", now.AddDays(90)), pending["followUp90"]);
        var endOfDueDay = new DateTimeOffset(obligation.DueOn.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(5));
        Assert.Equal(("obligationDue", endOfDueDay), pending["obligationDue:" + Key(obligation.Id)]);
    }

    [Fact]
    public async Task The_mediator_cannot_approve_their_own_agreement()
    {
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.ToAwaitingApprovalAsync();

        var refused = await driver.RefusedAsync<ActionRefusedException>(_app.Data.MediatorA, "approve");

        Assert.True(refused.OnlyRoleBlocks);
        Assert.Equal(["Only these roles may take this action: chair"], refused.Reasons);
        Assert.Null((await driver.StoredAsync()).CurrentSettlement!.ApprovedAt);
    }

    [Fact]
    public async Task The_chair_of_another_council_cannot_approve_it()
    {
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.ToAwaitingApprovalAsync();

        await driver.RefusedAsync<NotFoundException>(_app.Data.ChairB, "approve");
    }
}
