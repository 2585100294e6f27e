using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Tests.Infrastructure;

namespace MediationFlow.Core.Tests.Features.Cases;

/// <summary>The chair's queue of signed settlement agreements.</summary>
public sealed class ApprovalsTests
{
    [Fact]
    public async Task The_chair_sees_signed_agreements_oldest_first_and_an_approved_one_leaves_the_queue()
    {
        await using var app = await TestApp.StartAsync();
        var d = app.Data;
        var older = await Lists.AwaitingApprovalAsync(app);
        var signedAt = app.Time.GetUtcNow();
        app.Time.Advance(TimeSpan.FromHours(2));
        var newer = await Lists.AwaitingApprovalAsync(app);
        var notSigned = await CaseDriver.OpenAsync(app);

        var queue = await app.SendAsync<IReadOnlyList<GetApprovals.Approval>>(d.ChairA, new GetApprovals.Query());

        Assert.Equal([older.CaseId, newer.CaseId], queue.Select(a => a.CaseId));
        var first = queue[0];
        Assert.Equal(("Mediator A", (DateTimeOffset?)signedAt, 1, older.Version), (first.MediatorName, first.SignedAt, first.ObligationCount, first.Version));
        Assert.DoesNotContain(queue, a => a.CaseId == notSigned.CaseId);

        await older.TakeAsync(d.ChairA, "approve");

        var after = await app.SendAsync<IReadOnlyList<GetApprovals.Approval>>(d.ChairA, new GetApprovals.Query());
        Assert.Equal([newer.CaseId], after.Select(a => a.CaseId));
    }

    [Fact]
    public async Task A_mediator_has_no_approval_queue_even_for_their_own_signed_case()
    {
        await using var app = await TestApp.StartAsync();
        await Lists.AwaitingApprovalAsync(app);

        var queue = await app.SendAsync<IReadOnlyList<GetApprovals.Approval>>(app.Data.MediatorA, new GetApprovals.Query());

        Assert.Empty(queue);
    }
}
