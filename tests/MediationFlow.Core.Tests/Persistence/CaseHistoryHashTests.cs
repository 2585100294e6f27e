using MediationFlow.Core.Persistence;
using MediationFlow.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Tests.Persistence;

/// <summary>The hash a backup, a restore and a copy are verified by: it follows the history and nothing else.</summary>
public sealed class CaseHistoryHashTests
{
    [Fact]
    public async Task Each_case_is_hashed_in_id_order_over_its_events_and_a_changed_event_changes_only_its_case()
    {
        await using var app = await TestApp.StartAsync();
        var first = await CaseDriver.OpenAsync(app);
        var second = await CaseDriver.OpenAsync(app);
        await second.IntoMediationAsync();
        var before = await HashesAsync(app);

        var events = await app.WithDbAsync(db => db.CaseEvents.CountAsync(e => e.CaseId == second.CaseId, TestContext.Current.CancellationToken));
        Assert.Equal([first.CaseId, second.CaseId], before.Select(h => h.CaseId));
        Assert.Equal(events, before[1].Events);
        Assert.NotEqual(before[0].Sha256, before[1].Sha256);

        await app.WithDbAsync(db => db.CaseEvents.Where(e => e.CaseId == second.CaseId && e.Sequence == 2)
            .ExecuteUpdateAsync(u => u.SetProperty(e => e.InputJson, e => e.InputJson + " "), TestContext.Current.CancellationToken));
        var after = await HashesAsync(app);

        Assert.Equal(before[0], after[0]);
        Assert.NotEqual(before[1].Sha256, after[1].Sha256);
    }

    [Fact]
    public async Task The_same_instant_written_with_another_offset_is_the_same_history_and_a_millisecond_later_is_not()
    {
        await using var app = await TestApp.StartAsync();
        var opened = await CaseDriver.OpenAsync(app);
        var before = Assert.Single(await HashesAsync(app));

        // PostgreSQL keeps instants in UTC: a copy there must not count as a different history.
        await app.WithDbAsync(async db =>
        {
            var first = await db.CaseEvents.SingleAsync(e => e.CaseId == opened.CaseId && e.Sequence == 1, TestContext.Current.CancellationToken);
            first.OccurredAt = first.OccurredAt.ToOffset(TimeSpan.FromHours(5));
            return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });

        Assert.Equal(before, Assert.Single(await HashesAsync(app)));

        await app.WithDbAsync(async db =>
        {
            var first = await db.CaseEvents.SingleAsync(e => e.CaseId == opened.CaseId && e.Sequence == 1, TestContext.Current.CancellationToken);
            first.OccurredAt = first.OccurredAt.AddMilliseconds(1);
            return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });

        Assert.NotEqual(before.Sha256, Assert.Single(await HashesAsync(app)).Sha256);
    }

    private static Task<List<CaseHistoryHash>> HashesAsync(TestApp app) =>
        app.WithDbAsync(db => CaseHistoryHash.ComputeAsync(db, TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken).AsTask());
}
