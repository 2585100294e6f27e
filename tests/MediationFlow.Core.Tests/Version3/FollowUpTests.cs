using MediationFlow.Core.Errors;
using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Workflows.Engine;
using static MediationFlow.Core.Tests.Infrastructure.CaseSteps;

namespace MediationFlow.Core.Tests.Version3;

/// <summary>Issue 11, points 8 and 9: a breach is recorded, not fatal; the mediator decides the close; a party's request opens a new round.</summary>
public sealed class FollowUpTests
{
    [Fact]
    public async Task A_breached_obligation_gets_a_new_due_date_and_the_case_is_later_closed_as_fulfilled()
    {
        await using var app = await TestApp.StartOnVersionAsync(3);
        var driver = await V3Steps.OpenAsync(app);
        await driver.ToMonitoringV3Async();
        app.Time.Advance(TimeSpan.FromDays(15));
        var obligation = Key((await driver.ViewAsChairAsync()).Obligations.Single().Id);
        await driver.TakeAsync(app.Data.MediatorA, "recordObligationStatus", ("obligation", obligation), ("status", "breached"), ("on", Day(app, 0)));

        await driver.TakeAsync(app.Data.MediatorA, "rescheduleObligation", ("obligation", obligation), ("agreedOn", Day(app, 0)), ("dueOn", Day(app, 10)));
        var rescheduled = (await driver.ViewAsChairAsync()).Obligations.Single();
        Assert.Equal(ObligationStatus.Open, rescheduled.Status);
        Assert.Equal(Today(app).AddDays(-1), rescheduled.PreviousDueOn);
        Assert.Equal(Today(app).AddDays(10), rescheduled.DueOn);
        Assert.Equal(Today(app), rescheduled.RescheduledOn);

        await driver.TakeAsync(app.Data.MediatorA, "recordObligationStatus", ("obligation", obligation), ("status", "fulfilled"), ("on", Day(app, 0)));
        await driver.TakeAsync(app.Data.MediatorA, "closeFulfilled");
        var stored = await driver.RoundsAsync();
        Assert.Equal("fulfilled", stored.State);
        Assert.Equal("settlementFulfilled", stored.OutcomeReason);
    }

    [Fact]
    public async Task A_settlement_with_terms_and_no_obligation_closes_as_fulfilled_and_a_partial_scope_is_kept()
    {
        await using var app = await TestApp.StartOnVersionAsync(3);
        var driver = await V3Steps.OpenAsync(app);
        await driver.ToDraftingV3Async();
        await driver.TakeAsync(app.Data.MediatorA, "setTerms", ("terms", "They apologise to each other."), ("scope", "partial"));
        await driver.TakeAsync(app.Data.MediatorA, "submitForReview");
        await driver.TakeAsync(app.Data.ChairA, "approve");
        await driver.SignAllAsync();

        await driver.TakeAsync(app.Data.MediatorA, "closeFulfilled");
        var view = await driver.ViewAsChairAsync();
        Assert.Equal("fulfilled", view.State);
        Assert.Equal(Domain.SettlementScope.Partial, view.Settlement!.Scope);
    }

    [Fact]
    public async Task A_due_obligation_nobody_checks_is_escalated_to_the_chair()
    {
        await using var app = await TestApp.StartOnVersionAsync(3);
        var driver = await V3Steps.OpenAsync(app);
        await driver.ToMonitoringV3Async();

        await app.AdvanceAndPumpAsync(TimeSpan.FromDays(15));
        Assert.Contains(await driver.NotificationsAsync(), n => n.Template == "obligationDue");
        Assert.DoesNotContain(await driver.NotificationsAsync(), n => n.Template == "checkNotRecorded");
        await app.AdvanceAndPumpAsync(TimeSpan.FromDays(14));

        var escalated = (await driver.NotificationsAsync()).Where(n => n.Template == "checkNotRecorded").ToList();
        Assert.NotEmpty(escalated);
        Assert.All(escalated, n => Assert.Equal(app.Data.ChairA, n.UserId));
    }

    [Fact]
    public async Task After_a_breach_a_partys_request_opens_a_new_round_that_needs_fresh_consents_and_a_new_agreement_on_mediation()
    {
        await using var app = await TestApp.StartOnVersionAsync(3);
        var driver = await V3Steps.OpenAsync(app);
        await driver.ToMonitoringV3Async();
        var obligation = Key((await driver.ViewAsChairAsync()).Obligations.Single().Id);
        await driver.TakeAsync(app.Data.MediatorA, "recordObligationStatus", ("obligation", obligation), ("status", "breached"), ("on", Day(app, 0)));
        await driver.TakeAsync(app.Data.MediatorA, "closeBreached");
        Assert.Equal("settlementBreached", (await driver.RoundsAsync()).OutcomeReason);

        var noParty = await driver.RefusedAsync<ValidationFailedException>(app.Data.ChairA, "requestNewRound", ("requestedOn", Day(app, 0)));
        Assert.Equal("input.party", Assert.Single(noParty.Errors).Field);
        var applicant = (await driver.ViewAsChairAsync()).Parties[0];
        await driver.TakeAsync(app.Data.ChairA, "requestNewRound", ("party", Key(applicant.Id)), ("requestedOn", Day(app, 0)));

        var stored = await driver.RoundsAsync();
        Assert.Equal("awaitingAssignment", stored.State);
        Assert.Equal(2, stored.Round);
        Assert.False(stored.IsClosed);
        Assert.Null(stored.OutcomeReason);
        Assert.Equal(["breached", null], stored.Rounds.OrderBy(r => r.Number).Select(r => r.Outcome));
        Assert.Equal(applicant.Id, stored.Rounds.Single(r => r.Number == 2).RequestedByPartyId);
        Assert.Null(stored.Rounds.Single(r => r.Number == 2).MediationStartedOn);

        await driver.TakeAsync(app.Data.ChairA, "assignMediator", ("mediator", Key(app.Data.MediatorA2)));
        await driver.TakeAsync(app.Data.MediatorA2, "declareNoConflict", ("declaration", "true"));
        var sign = (await driver.ViewAsync(app.Data.MediatorA2)).Actions.Single(a => a.Trigger == "signAgreementOnMediation");
        Assert.Contains(sign.BlockedBy, b => b.Code == "allPartiesAccepted");
        Assert.Equal([1, 2], (await driver.EventsAsync()).Select(e => e.Round).Distinct());
    }

    [Fact]
    public async Task A_party_applies_to_court_and_the_courts_decision_is_recorded_on_the_closed_case()
    {
        await using var app = await TestApp.StartOnVersionAsync(3);
        var driver = await V3Steps.OpenAsync(app);
        await driver.ToMonitoringV3Async();
        var obligation = Key((await driver.ViewAsChairAsync()).Obligations.Single().Id);
        await driver.TakeAsync(app.Data.MediatorA, "recordObligationStatus", ("obligation", obligation), ("status", "breached"), ("on", Day(app, 0)));
        await driver.TakeAsync(app.Data.MediatorA, "closeBreached");
        var decision = (await driver.ViewAsChairAsync()).Actions.Single(a => a.Trigger == "recordCourtDecision");
        Assert.Contains(decision.BlockedBy, b => b.Code == "courtApplied");

        var applicant = (await driver.ViewAsChairAsync()).Parties[0];
        await driver.TakeAsync(app.Data.ChairA, "recordCourtApplication",
            ("party", Key(applicant.Id)), ("appliedOn", Day(app, 0)), ("court", "District court No. 2"), ("courtCaseNumber", "2-123/2026"));
        await driver.TakeAsync(app.Data.ChairA, "recordCourtDecision", ("decidedOn", Day(app, 0)), ("decision", "enforcementOrdered"));

        var court = (await driver.ViewAsChairAsync()).CourtProceedings.Single();
        Assert.Equal(Domain.CourtDecision.EnforcementOrdered, court.Decision);
        Assert.Equal("breached", await driver.StateAsync());
    }
}
