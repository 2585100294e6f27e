using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Workflows.Migrations;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Tests.Features.Cases;

/// <summary>
/// Moving running cases from community-mediation v1 to v2. New cases always start on the latest version,
/// so a "v1 case" is opened and then pinned to version 1 in the database, before any v1-only step.
/// </summary>
public sealed class MigrateCasesTests
{
    private static readonly string ShippedPlanFile = Path.Combine(AppContext.BaseDirectory, "workflows", "migrations", "community-mediation.v1-to-v2.json");

    [Fact]
    public async Task A_dry_run_reports_where_each_v1_case_would_go_and_changes_nothing()
    {
        await using var app = await TestApp.StartAsync();
        var s = await V1Cases.ArrangeAsync(app);
        var before = await SnapshotAsync(app);

        var report = await app.SendAsSystemAsync<MigrateCases.Report>(new MigrateCases.Command(ShippedPlan(), ShippedPlanFile, Apply: false));

        Assert.False(report.Applied);
        Assert.Equal(
            [(s.Registered, "registered", "registered"), (s.InMediation, "inMediation", "inMediation"), (s.Drafting, "drafting", "draftingAgreement")],
            report.Moves.Select(m => (m.CaseId, m.FromState, m.ToState!)));
        Assert.Equal("AKM-01-2026-0003", report.Moves.Single(m => m.CaseId == s.Drafting).Number);
        Assert.DoesNotContain(report.Moves, m => m.CaseId == s.OnVersion2);
        Assert.Equal(before, await SnapshotAsync(app));
    }

    [Fact]
    public async Task Applying_moves_each_case_with_one_history_event_and_keeps_the_running_deadline()
    {
        await using var app = await TestApp.StartAsync();
        var s = await V1Cases.ArrangeAsync(app);
        var deadline = (await app.CaseRowAsync(s.InMediation)).Deadline;
        var timer = Assert.Single(await app.TimersAsync(s.InMediation));
        var versions = new Dictionary<long, int>();
        foreach (var id in (long[])[s.Registered, s.InMediation, s.Drafting, s.OnVersion2])
        {
            versions[id] = (await app.CaseRowAsync(id)).Version;
        }

        var report = await app.SendAsSystemAsync<MigrateCases.Report>(new MigrateCases.Command(ShippedPlan(), ShippedPlanFile, Apply: true));

        Assert.True(report.Applied);
        Assert.Equal(3, report.Movable);
        foreach (var (id, from, to) in new[] { (s.Registered, "registered", "registered"), (s.InMediation, "inMediation", "inMediation"), (s.Drafting, "drafting", "draftingAgreement") })
        {
            var row = await app.CaseRowAsync(id);
            Assert.Equal((2, to, versions[id] + 1), (row.DefinitionVersion, row.State, row.Version));
            var migrated = Assert.Single(await app.EventsAsync(id), e => e.Trigger == "migrate");
            Assert.Equal((from, to, (Guid?)null, 2, row.Version), (migrated.FromState, migrated.ToState, migrated.ActorId, migrated.DefinitionVersion, migrated.Sequence));
        }

        // The deadline runs from the signing of the agreement on mediation; a new version does not restart it.
        var kept = Assert.Single(await app.TimersAsync(s.InMediation));
        Assert.Equal((timer.Id, timer.DueAt, TimerStatus.Pending), (kept.Id, kept.DueAt, kept.Status));
        Assert.Equal(deadline, (await app.CaseRowAsync(s.InMediation)).Deadline);
        Assert.Equal(versions[s.OnVersion2], (await app.CaseRowAsync(s.OnVersion2)).Version);

        // Nothing is left on version 1.
        var again = await app.SendAsSystemAsync<MigrateCases.Report>(new MigrateCases.Command(ShippedPlan(), ShippedPlanFile, Apply: true));
        Assert.Empty(again.Moves);
    }

    [Fact]
    public async Task Moved_cases_continue_on_the_new_version()
    {
        await using var app = await TestApp.StartAsync();
        var s = await V1Cases.ArrangeAsync(app);

        await app.SendAsSystemAsync<MigrateCases.Report>(new MigrateCases.Command(ShippedPlan(), ShippedPlanFile, Apply: true));

        var drafting = await app.SendAsync<CaseView>(app.Data.MediatorA, new GetCase.Query(s.Drafting));
        Assert.Contains(drafting.Actions, a => a.Trigger == "submitForSignature");
        var history = await app.SendAsync<IReadOnlyList<GetHistory.HistoryEntry>>(app.Data.MediatorA, new GetHistory.Query(s.Drafting), "ru");
        Assert.Equal(("Переведено на новую версию процесса", 2), (history[^1].ActionName, history[^1].DefinitionVersion));
        Assert.Equal(1, history[^2].DefinitionVersion);

        app.Time.SetUtcNow(TestApp.Start + TimeSpan.FromDays(30) + TimeSpan.FromMinutes(1));
        Assert.Equal(1, await app.PumpAsync());
        Assert.Equal("overdue", (await app.CaseRowAsync(s.InMediation)).State);
    }

    [Fact]
    public async Task Cases_the_plan_cannot_move_are_reported_with_the_reason_and_stay_where_they_are()
    {
        await using var app = await TestApp.StartAsync();
        var s = await V1Cases.ArrangeAsync(app);
        var plan = ShippedPlan() with { Map = new Dictionary<string, string>() };
        var version = (await app.CaseRowAsync(s.Drafting)).Version;

        var report = await app.SendAsSystemAsync<MigrateCases.Report>(new MigrateCases.Command(plan, "empty-map.json", Apply: true));

        var stuck = Assert.Single(report.Moves, m => !m.CanMove);
        Assert.Equal(s.Drafting, stuck.CaseId);
        Assert.Contains("does not map 'drafting'", stuck.Reason, StringComparison.Ordinal);
        var row = await app.CaseRowAsync(s.Drafting);
        Assert.Equal((1, "drafting", version), (row.DefinitionVersion, row.State, row.Version));
        Assert.DoesNotContain(await app.EventsAsync(s.Drafting), e => e.Trigger == "migrate");
        Assert.Equal(2, (await app.CaseRowAsync(s.InMediation)).DefinitionVersion);
    }

    [Fact]
    public async Task An_invalid_plan_is_refused_naming_the_map_entry_and_changes_nothing()
    {
        await using var app = await TestApp.StartAsync();
        await V1Cases.ArrangeAsync(app);
        var plan = ShippedPlan() with { Map = new Dictionary<string, string> { ["drafting"] = "redrafting" } };
        var before = await SnapshotAsync(app);

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            app.SendAsSystemAsync<MigrateCases.Report>(new MigrateCases.Command(plan, "bad.json", Apply: true)));

        var error = Assert.Single(refused.Errors);
        Assert.Equal("map", error.Field);
        Assert.Contains("bad.json: $.map.drafting: 'redrafting' is not a state of community-mediation@2", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync(app));
    }

    private static MigrationPlan ShippedPlan() => MigrationPlan.LoadFile(ShippedPlanFile).Value!;

    /// <summary>Everything a migration could touch, as comparable text.</summary>
    private static Task<string> SnapshotAsync(TestApp app) => app.WithDbAsync(async db =>
    {
        var cases = await db.Cases.AsNoTracking().OrderBy(c => c.Id).Select(c => $"{c.Id}:{c.DefinitionVersion}:{c.State}:{c.Version}:{c.Deadline}").ToListAsync();
        var timers = await db.DueTimers.AsNoTracking().OrderBy(t => t.Id).Select(t => $"{t.Id}:{t.Status}:{t.DueAt}").ToListAsync();
        var events = await db.CaseEvents.CountAsync();
        return string.Join('|', cases) + "#" + string.Join('|', timers) + "#" + events;
    });

    /// <summary>Three v1 cases (registered, in mediation since the start, drafting) and one v2 case; the clock 10 days on.</summary>
    private sealed record V1Cases(long Registered, long InMediation, long Drafting, long OnVersion2)
    {
        public static async Task<V1Cases> ArrangeAsync(TestApp app)
        {
            var registered = await OpenOnVersion1Async(app);
            var inMediation = await OpenOnVersion1Async(app);
            await inMediation.IntoMediationAsync();
            var drafting = await OpenOnVersion1Async(app);
            await drafting.IntoMediationAsync();
            await drafting.HoldSessionAsync();
            await drafting.TakeAsync(app.Data.MediatorA, "reachSettlement");
            Assert.Equal("drafting", (await app.CaseRowAsync(drafting.CaseId)).State);
            var onVersion2 = await CaseDriver.OpenAsync(app);
            app.Time.Advance(TimeSpan.FromDays(10));
            return new(registered.CaseId, inMediation.CaseId, drafting.CaseId, onVersion2.CaseId);
        }

        private static async Task<CaseDriver> OpenOnVersion1Async(TestApp app)
        {
            var driver = await CaseDriver.OpenAsync(app);
            await app.WithDbAsync(async db =>
            {
                await db.Cases.Where(c => c.Id == driver.CaseId).ExecuteUpdateAsync(u => u.SetProperty(c => c.DefinitionVersion, 1));
                return await db.CaseEvents.Where(e => e.CaseId == driver.CaseId).ExecuteUpdateAsync(u => u.SetProperty(e => e.DefinitionVersion, 1));
            });
            return driver;
        }
    }
}
