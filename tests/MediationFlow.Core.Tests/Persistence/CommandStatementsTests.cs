using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Security;
using MediationFlow.Core.Workflow;
using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Core.Tests.Version3;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace MediationFlow.Core.Tests.Persistence;

/// <summary>
/// What a plain workflow action sends to the database, counted from EF Core's own command and transaction
/// events: the case is read once with everything the access rule, the guards and the recorder need, and
/// the write lock is taken only once everything is read and decided.
/// </summary>
public sealed class CommandStatementsTests
{
    [Fact]
    public async Task A_plain_action_reads_the_actor_and_the_case_once_each_and_takes_the_write_lock_only_after_its_last_read()
    {
        await using var app = await TestApp.StartAsync();
        var d = app.Data;
        var driver = await CaseDriver.OpenAsync(app);
        await driver.TakeAsync(d.MediatorA, "acceptForMediation");
        await driver.TakeAsync(d.ChairA, "assignMediator", ("mediator", d.MediatorA.ToString()));
        var log = new DatabaseEvents();
        await using var services = log.Build(app);

        // A council's time zone is read once per process and kept; read it first, as any earlier request would have.
        await using (var scope = services.CreateAsyncScope())
        {
            var stored = await driver.StoredAsync();
            await scope.ServiceProvider.GetRequiredService<CouncilTimeZones>().OfAsync(scope.ServiceProvider.GetRequiredService<MediationDbContext>(), stored.CouncilId, TestContext.Current.CancellationToken);
        }

        log.Events.Clear();
        await using (var scope = services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentActor>().SignIn(d.MediatorA);
            await scope.ServiceProvider.GetRequiredService<ISender>().Send(
                new TakeAction.Command(driver.CaseId, "declareNoConflict", driver.Version, new Dictionary<string, string?> { ["declaration"] = "true" }),
                TestContext.Current.CancellationToken);
        }

        var events = log.Events.ToList();
        var reads = events.Where(e => e.StartsWith("SELECT", StringComparison.Ordinal)).ToList();
        Assert.True(reads.Count is >= 1 and <= 4, string.Join("\n\n", reads));
        Assert.Single(reads, r => r.Contains("FROM \"Memberships\"", StringComparison.Ordinal));
        Assert.Single(reads, r => r.Contains("FROM \"Cases\"", StringComparison.Ordinal));

        // Nothing is read inside the transaction: it holds SQLite's one write lock for the writes alone.
        var begun = events.IndexOf(DatabaseEvents.TransactionStarted);
        Assert.True(begun > events.FindLastIndex(e => e.StartsWith("SELECT", StringComparison.Ordinal)), string.Join("\n", events));
        Assert.All(events.Skip(begun + 1), e => Assert.False(e.StartsWith("SELECT", StringComparison.Ordinal), e));
        Assert.Single(events, DatabaseEvents.TransactionStarted);
    }

    [Fact]
    public async Task An_action_counts_the_mediators_its_guards_need_once_and_not_again_where_nothing_follows_automatically()
    {
        await using var app = await TestApp.StartOnVersionAsync(3);
        var driver = await V3Steps.OpenAsync(app);
        await driver.ToMediationV3Async();
        var log = new DatabaseEvents();
        await using var services = log.Build(app);

        // In mediation, replacing the mediator asks whether anyone else may take the case: every action there counts
        // them for its guards. A session scheduled leaves the case in mediation, where nothing follows automatically.
        log.Events.Clear();
        await using (var scope = services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentActor>().SignIn(app.Data.MediatorA);
            await scope.ServiceProvider.GetRequiredService<ISender>().Send(
                new TakeAction.Command(driver.CaseId, "scheduleSession", driver.Version, new Dictionary<string, string?>
                {
                    ["plannedAt"] = V3Steps.EarlierToday(app),
                    ["kind"] = "joint",
                }),
                TestContext.Current.CancellationToken);
        }

        Assert.Single(log.Events, e => e.StartsWith("SELECT", StringComparison.Ordinal) && e.Contains("COUNT(", StringComparison.OrdinalIgnoreCase));
    }
}
