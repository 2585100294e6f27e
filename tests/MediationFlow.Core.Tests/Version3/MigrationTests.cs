using MediationFlow.Core.Domain;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Workflows.Engine;
using MediationFlow.Workflows.Migrations;
using Microsoft.EntityFrameworkCore;
using static MediationFlow.Core.Tests.Infrastructure.CaseSteps;

namespace MediationFlow.Core.Tests.Version3;

/// <summary>The plan from version 2 to version 3 (design §6): every version 2 case maps, and applying fills what version 3 keeps.</summary>
public sealed class MigrationTests
{
    private static readonly string PlanFile = Path.Combine(AppContext.BaseDirectory, "workflows", "migrations", "community-mediation.v2-to-v3.json");

    private static MigrationPlan Plan() => MigrationPlan.LoadFile(PlanFile).Value!;

    /// <summary>Version 2 cases (the app's default while version 3 is a draft), one per state the steps reach.</summary>
    private static async Task<Dictionary<string, CaseDriver>> ArrangeAsync(TestApp app)
    {
        var cases = new Dictionary<string, CaseDriver>(StringComparer.Ordinal);
        async Task Add(string state, Func<CaseDriver, Task> steps)
        {
            var driver = await CaseDriver.OpenAsync(app);
            await steps(driver);
            Assert.Equal(state, (await driver.StoredAsync()).State);
            cases[state] = driver;
        }

        async Task Close(CaseDriver d, string status, string trigger)
        {
            await d.ToMonitoringAsync();
            var obligation = (await d.StoredAsync()).Obligations.Single();
            await d.TakeAsync(app.Data.MediatorA, "recordObligationStatus", ("obligation", Key(obligation.Id)), ("status", status));
            await d.TakeAsync(app.Data.MediatorA, trigger);
        }

        await Add("registered", _ => Task.CompletedTask);
        await Add("awaitingAssignment", d => d.TakeAsync(app.Data.MediatorA, "acceptForMediation"));
        await Add("awaitingDeclaration", d => d.ToAwaitingDeclarationAsync());
        await Add("awaitingSignatures", async d =>
        {
            await d.ToDraftingAsync();
            await d.AddObligationAsync(PartyRole.Respondent, "Move the fence back", Day(app, 14));
            await d.TakeAsync(app.Data.MediatorA, "submitForSignature");
        });
        await Add("declined", async d =>
        {
            await d.ToAwaitingConsentAsync();
            await d.TakeAsync(app.Data.MediatorA, "recordDecline", ("party", Key((await d.PartyAsync(PartyRole.Respondent)).Id)));
        });
        await Add("noAgreement", async d =>
        {
            await d.IntoMediationAsync();
            await d.HoldSessionAsync();
            await d.TakeAsync(app.Data.MediatorA, "declareImpasse");
        });
        await Add("fulfilled", d => Close(d, "fulfilled", "closeFulfilled"));
        await Add("breached", d => Close(d, "breached", "closeBreached"));
        await Add("awaitingConsent", d => d.ToAwaitingConsentAsync());
        await Add("inMediation", d => d.IntoMediationAsync());
        await Add("draftingAgreement", d => d.ToDraftingAsync());
        await Add("awaitingApproval", d => d.ToAwaitingApprovalAsync());
        await Add("monitoring", d => d.ToMonitoringAsync());
        await Add("withdrawn", async d =>
        {
            await d.IntoMediationAsync();
            await d.TakeAsync(app.Data.MediatorA, "withdraw", ("party", Key((await d.PartyAsync(PartyRole.Respondent)).Id)));
        });
        return cases;
    }

    [Fact]
    public async Task The_dry_run_maps_every_version_2_case_and_changes_nothing()
    {
        await using var app = await TestApp.StartAsync();
        var cases = await ArrangeAsync(app);

        var report = await app.SendAsSystemAsync<MigrateCases.Report>(new MigrateCases.Command(Plan(), PlanFile, Apply: false));

        Assert.Equal(cases.Count, report.Movable);
        Assert.Equal("monitoring", report.Moves.Single(m => m.CaseId == cases["awaitingApproval"].CaseId).ToState);
        foreach (var driver in cases.Values)
        {
            Assert.Equal(2, (await driver.StoredAsync()).DefinitionVersion);
        }
    }

    [Fact]
    public async Task Applying_fills_the_round_and_a_signed_agreement_enters_follow_up_with_every_partys_signature()
    {
        await using var app = await TestApp.StartAsync();
        var cases = await ArrangeAsync(app);
        app.Time.Advance(TimeSpan.FromDays(1));

        var report = await app.SendAsSystemAsync<MigrateCases.Report>(new MigrateCases.Command(Plan(), PlanFile, Apply: true));

        Assert.Equal(cases.Count, report.Movable);
        Assert.Null(report.NextAfterCaseId);
        var today = Today(app).AddDays(-1);
        var signed = await Stored(app, cases["awaitingApproval"].CaseId);
        Assert.Equal((3, "monitoring"), (signed.DefinitionVersion, signed.State));
        var round = signed.Rounds.Single();
        Assert.Equal((today, today.AddDays(30), today), (round.MediationStartedOn!.Value, round.TermEndsOn!.Value, round.SettlementSignedOn!.Value));
        Assert.Equal(2, signed.Settlements.Single().Signatures.Count);
        var timers = await app.TimersAsync(signed.Id);
        Assert.Contains(timers, t => t.TimerId.StartsWith("obligationDue:", StringComparison.Ordinal) && t.Status == TimerStatus.Pending);
        Assert.Contains(timers, t => t.TimerId == "followUp30" && t.Status == TimerStatus.Pending);

        var mediation = await Stored(app, cases["inMediation"].CaseId);
        Assert.Equal(today.AddDays(30), mediation.Rounds.Single().TermEndsOn);
        Assert.Contains(await app.TimersAsync(mediation.Id), t => t.TimerId == "termExpiry" && t.Status == TimerStatus.Pending);
        Assert.Equal("partyWithdrew", (await Stored(app, cases["withdrawn"].CaseId)).OutcomeReason);
        Assert.Empty((await app.SendAsSystemAsync<MigrateCases.Report>(new MigrateCases.Command(Plan(), PlanFile, Apply: true))).Moves);
    }

    [Fact]
    public async Task A_moved_case_continues_on_version_3()
    {
        await using var app = await TestApp.StartAsync();
        var cases = await ArrangeAsync(app);
        await app.SendAsSystemAsync<MigrateCases.Report>(new MigrateCases.Command(Plan(), PlanFile, Apply: true));

        var consent = cases["awaitingConsent"];
        await consent.RefreshAsync();
        await consent.TakeAsync(app.Data.MediatorA, "sendProposal", ("proposedOn", Day(app, 0)));
        await consent.ConsentAllAsync();
        await consent.TakeAsync(app.Data.MediatorA, "signAgreementOnMediation", ("signedOn", Day(app, 0)), ("signedByAll", "true"), ("withoutCopyReason", "Kept in the council's paper file"));
        Assert.Equal("inMediation", (await consent.StoredAsync()).State);

        var monitoring = cases["awaitingApproval"];
        await monitoring.RefreshAsync();
        var obligation = Key((await monitoring.ViewAsChairAsync()).Obligations.Single().Id);
        await monitoring.TakeAsync(app.Data.MediatorA, "recordObligationStatus", ("obligation", obligation), ("status", "fulfilled"), ("on", Day(app, 0)));
        await monitoring.TakeAsync(app.Data.MediatorA, "closeFulfilled");
        Assert.Equal("settlementFulfilled", (await monitoring.RoundsAsync()).OutcomeReason);
    }

    [Fact]
    public async Task Applying_in_batches_moves_every_case_once()
    {
        await using var app = await TestApp.StartAsync();
        var cases = await ArrangeAsync(app);

        var moved = new List<long>();
        long after = 0;
        while (true)
        {
            var report = await app.SendAsSystemAsync<MigrateCases.Report>(new MigrateCases.Command(Plan(), PlanFile, Apply: true, after, BatchSize: 3));
            moved.AddRange(report.Moves.Select(m => m.CaseId));
            if (report.NextAfterCaseId is not { } next)
            {
                break;
            }

            after = next;
        }

        Assert.Equal(cases.Values.Select(c => c.CaseId).Order(), moved);
    }

    private static Task<Case> Stored(TestApp app, long id) => app.WithDbAsync(db => db.Cases.AsNoTracking()
        .Include(c => c.Rounds).Include(c => c.Settlements).ThenInclude(s => s.Signatures).AsSingleQuery().SingleAsync(c => c.Id == id));

    [Fact]
    public async Task An_overdue_case_keeps_its_passed_term_and_expires_no_sooner_than_five_days_after_the_move_and_an_extended_one_keeps_its_date()
    {
        await using var app = await TestApp.StartAsync();
        var overdue = await CaseDriver.OpenAsync(app);
        await overdue.IntoMediationAsync();
        var extended = await CaseDriver.OpenAsync(app);
        await extended.IntoMediationAsync();
        var started = Today(app);
        await app.AdvanceAndPumpAsync(TimeSpan.FromDays(31));
        await extended.RefreshAsync();
        await extended.TakeAsync(app.Data.MediatorA, "extendDeadline", ("extendedUntil", Day(app, 10)), ("partiesAgreed", "true"));
        Assert.Equal("overdue", (await overdue.StoredAsync()).State);

        await app.SendAsSystemAsync<MigrateCases.Report>(new MigrateCases.Command(Plan(), PlanFile, Apply: true));

        var moved = await Stored(app, overdue.CaseId);
        Assert.Equal(("inMediation", started.AddDays(30)), (moved.State, moved.Rounds.Single().TermEndsOn!.Value));
        var expiry = Assert.Single(await app.TimersAsync(overdue.CaseId), t => t.TimerId == "termExpiry" && t.Status == TimerStatus.Pending);
        Assert.True(expiry.DueAt >= app.Time.GetUtcNow().AddDays(5));
        var kept = await Stored(app, extended.CaseId);
        Assert.Equal(("inMediation", Today(app).AddDays(10), 1), (kept.State, kept.Rounds.Single().TermEndsOn!.Value, kept.Extensions));

        await app.AdvanceAndPumpAsync(TimeSpan.FromDays(4));
        Assert.Equal("inMediation", (await overdue.StoredAsync()).State);
        await app.AdvanceAndPumpAsync(TimeSpan.FromDays(2));
        Assert.Equal(("expired", "termExpired"), ((await overdue.StoredAsync()).State, (await overdue.StoredAsync()).OutcomeReason));
    }

    [Fact]
    public async Task A_batch_of_no_cases_is_refused_naming_the_batch_size()
    {
        await using var app = await TestApp.StartAsync();

        var refused = await Assert.ThrowsAsync<Errors.ValidationFailedException>(() =>
            app.SendAsSystemAsync<MigrateCases.Report>(new MigrateCases.Command(Plan(), PlanFile, Apply: true, BatchSize: 0)));

        Assert.Equal("batchSize", Assert.Single(refused.Errors).Field);
    }
}
