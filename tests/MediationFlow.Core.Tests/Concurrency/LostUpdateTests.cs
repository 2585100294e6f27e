using System.Globalization;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Security;
using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Core.Timers;
using MediationFlow.Core.Workflow;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediationFlow.Core.Tests.Concurrency;

/// <summary>
/// The last line of defence: a row's version changes between the command's read and its save. Commands
/// read and decide before they take the write lock, so another writer can commit in between; a test-only
/// recorder plays that writer at the moment the command checks its input. The save must fail as a whole
/// and be reported as a conflict (a case) or as handled elsewhere (a timer), never as a crash.
/// </summary>
public sealed class LostUpdateTests
{
    [Fact]
    public async Task A_case_changed_between_read_and_save_is_a_conflict_and_nothing_is_written()
    {
        await using var app = await TestApp.StartAsync();
        var driver = await CaseDriver.OpenAsync(app);
        var before = await SnapshotAsync(app, driver.CaseId, versionBump: 1);
        await using var services = Build(app, new Interloper("acceptForMediation", (db, caseId) =>
            db.Cases.Where(c => c.Id == caseId).ExecuteUpdateAsync(u => u.SetProperty(c => c.Version, c => c.Version + 1))));

        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().SignIn(app.Data.MediatorA);
        var conflict = await Assert.ThrowsAsync<ConflictException>(async () => await scope.ServiceProvider.GetRequiredService<ISender>()
            .Send(new TakeAction.Command(driver.CaseId, "acceptForMediation", driver.Version, new Dictionary<string, string?>()), TestContext.Current.CancellationToken));

        // The other writer's change stands and nothing of the command is written: the conflict reports the case as the database has it.
        Assert.Equal((driver.CaseId, "registered", driver.Version + 1), (conflict.CaseId, conflict.CurrentState, conflict.CurrentVersion));
        Assert.Equal(before, await SnapshotAsync(app, driver.CaseId));
    }

    [Fact]
    public async Task A_case_another_command_moved_on_between_read_and_save_is_a_conflict_even_when_its_history_event_is_refused_first()
    {
        await using var app = await TestApp.StartAsync();
        var driver = await CaseDriver.OpenAsync(app);
        var before = await SnapshotAsync(app, driver.CaseId, versionBump: 1, eventBump: 1);

        // As a whole competing command would: its history event takes the sequence this command's event needs.
        await using var services = Build(app, new Interloper("acceptForMediation", async (db, caseId) =>
        {
            await db.Database.ExecuteSqlInterpolatedAsync($$"""
                INSERT INTO "CaseEvents" ("ActorId", "CaseId", "DefinitionId", "DefinitionVersion", "FromState", "InputJson", "OccurredAt", "Sequence", "ToState", "Trigger")
                SELECT "ActorId", "CaseId", "DefinitionId", "DefinitionVersion", "ToState", '{}', "OccurredAt", "Sequence" + 1, "ToState", 'editParty'
                FROM "CaseEvents" WHERE "CaseId" = {{caseId}} ORDER BY "Sequence" DESC LIMIT 1
                """);
            return await db.Cases.Where(c => c.Id == caseId).ExecuteUpdateAsync(u => u.SetProperty(c => c.Version, c => c.Version + 1));
        }));

        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().SignIn(app.Data.MediatorA);
        var conflict = await Assert.ThrowsAsync<ConflictException>(async () => await scope.ServiceProvider.GetRequiredService<ISender>()
            .Send(new TakeAction.Command(driver.CaseId, "acceptForMediation", driver.Version, new Dictionary<string, string?>()), TestContext.Current.CancellationToken));

        Assert.Equal((driver.CaseId, "registered", driver.Version + 1), (conflict.CaseId, conflict.CurrentState, conflict.CurrentVersion));
        Assert.Equal(before, await SnapshotAsync(app, driver.CaseId));
    }

    [Theory]
    [InlineData("kk", "«Тіркелді»")]
    [InlineData("ru", "«Зарегистрировано»")]
    [InlineData("en", "\"Registered\"")]
    public async Task A_race_is_told_with_the_same_message_as_a_stale_form_naming_the_state_in_the_readers_language(string language, string stateName)
    {
        await using var app = await TestApp.StartAsync();
        var driver = await CaseDriver.OpenAsync(app);
        await using var services = Build(app, new Interloper("acceptForMediation", (db, caseId) =>
            db.Cases.Where(c => c.Id == caseId).ExecuteUpdateAsync(u => u.SetProperty(c => c.Version, c => c.Version + 1))));
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().SignIn(app.Data.MediatorA);
        var sender = scope.ServiceProvider.GetRequiredService<ISender>();
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            var race = await Assert.ThrowsAsync<ConflictException>(async () => await sender.Send(
                new TakeAction.Command(driver.CaseId, "acceptForMediation", driver.Version, new Dictionary<string, string?>()), TestContext.Current.CancellationToken));
            // The stale form goes through an app without the interloper: the case stays at the version the race left.
            var stale = await Assert.ThrowsAsync<ConflictException>(async () => await app.SendAsync<TakeAction.Taken>(
                app.Data.MediatorA, new TakeAction.Command(driver.CaseId, "acceptForMediation", driver.Version, new Dictionary<string, string?>()), language));

            Assert.Contains(stateName, race.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("registered", race.Message, StringComparison.Ordinal);
            Assert.Equal(stale.Message, race.Message);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }

    [Fact]
    public async Task A_timer_changed_between_read_and_save_is_left_to_the_other_pump_and_the_pump_carries_on()
    {
        await using var app = await TestApp.StartAsync();
        var driver = await CaseDriver.OpenAsync(app);
        await driver.IntoMediationAsync();
        app.Time.Advance(TimeSpan.FromDays(31));
        // On SQLite the other writer's change commits at once and the timer's version refuses the stale save. On
        // PostgreSQL the pump has claimed the row (FOR UPDATE) in the firing transaction, so no other connection can
        // change it; the change made here, on the command's own connection, is undone with the failed firing.
        var before = await SnapshotAsync(app, driver.CaseId, timerBump: app.Database.Provider == DatabaseProvider.Sqlite ? 1 : 0);
        await using var services = Build(app, new Interloper("deadlinePassed", (db, caseId) =>
            db.DueTimers.Where(t => t.CaseId == caseId).ExecuteUpdateAsync(u => u.SetProperty(t => t.Version, t => t.Version + 1))));

        var fired = await services.GetRequiredService<TimerPump>().RunOnceAsync(CancellationToken.None);

        Assert.Equal(0, fired);
        Assert.Equal(before, await SnapshotAsync(app, driver.CaseId));
        Assert.Equal(1, await app.PumpAsync());
    }

    private static ServiceProvider Build(TestApp app, Interloper interloper)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(app.Time);
        services.AddMediationFlowCore(app.Database, TestApp.Workflows);
        services.AddSingleton<IActionRecorder>(interloper);
        services.AddMediator((MediatorOptions options) => options.ServiceLifetime = ServiceLifetime.Scoped);
        return services.BuildServiceProvider();
    }

    /// <param name="versionBump">Added to the case's version, for the snapshot expected after the other writer changed it.</param>
    /// <param name="timerBump">Added to each timer's version, likewise.</param>
    /// <param name="eventBump">Added to the count of history events, likewise.</param>
    private static Task<string> SnapshotAsync(TestApp app, long caseId, int versionBump = 0, int timerBump = 0, int eventBump = 0) => app.WithDbAsync(async db =>
    {
        var row = await db.Cases.AsNoTracking().SingleAsync(c => c.Id == caseId);
        row.Version += versionBump;
        var timers = await db.DueTimers.AsNoTracking().Where(t => t.CaseId == caseId).Select(t => $"{t.Status}:{t.Version + timerBump}").ToListAsync();
        return $"{row.State}:{row.Version}|{await db.CaseEvents.CountAsync(e => e.CaseId == caseId) + eventBump}|{await db.Notifications.CountAsync(n => n.CaseId == caseId)}"
            + $"|{await db.AuditEntries.CountAsync(a => a.CaseId == caseId)}|{string.Join(',', timers)}";
    });

    /// <summary>Stands in for another writer: changes rows (committed at once, as no transaction is open yet) before the command saves.</summary>
    private sealed class Interloper(string trigger, Func<MediationDbContext, long, Task<int>> change) : IActionRecorder
    {
        public string Trigger => trigger;

        public async ValueTask<IReadOnlyList<FieldError>> CheckAsync(ActionContext context, CancellationToken cancellationToken)
        {
            await change(context.Db, context.Case.Id);
            return [];
        }

        public void Record(ActionContext context)
        {
        }
    }
}
