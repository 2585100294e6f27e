using MediationFlow.Workflows.Engine;
using static MediationFlow.Workflows.Tests.Engine.Actors;

namespace MediationFlow.Workflows.Tests.Engine;

/// <summary>
/// The timers a transition starts and cancels are what the application persists as durable rows:
/// a missing cancel leaves a deadline that fires on a closed case, a missing start leaves a case
/// that never becomes overdue.
/// </summary>
public sealed class TimerTests
{
    private static readonly TimeSpan Kazakhstan = TimeSpan.FromHours(5);
    private static readonly DateTimeOffset Registered = new(2025, 3, 3, 10, 0, 0, Kazakhstan);
    private static readonly DateTimeOffset Moment = new(2025, 3, 5, 16, 20, 0, Kazakhstan);

    private static SimulatedCase NewCase() => SimulatedCase.Register(ShippedWorkflows.V1, Registered);

    [Fact]
    public void Signing_the_agreement_on_mediation_starts_the_deadline_thirty_days_from_that_moment()
    {
        var c = NewCase().ToAwaitingConsent();
        c.Do("recordConsent", Mediator, ("party", SimulatedCase.Applicant));
        c.Do("recordConsent", Mediator, ("party", SimulatedCase.Respondent));
        c.Now = Moment;

        var result = c.Do("signAgreementOnMediation", Mediator, ("signedByAll", "true"));

        AssertEffects([new StartTimer("mediationDeadline", new DateTimeOffset(2025, 4, 4, 16, 20, 0, Kazakhstan), "deadlinePassed")], result);
    }

    [Fact]
    public void Reaching_a_settlement_cancels_the_mediation_deadline()
    {
        var c = NewCase().ToInMediation().HoldSession();

        AssertEffects([new CancelTimer("mediationDeadline")], c.Do("reachSettlement", Mediator));
    }

    [Fact]
    public void A_withdrawal_cancels_the_mediation_deadline()
    {
        var c = NewCase().ToInMediation();

        AssertEffects([new CancelTimer("mediationDeadline")], c.Do("withdraw", Mediator, ("party", SimulatedCase.Applicant)));
    }

    [Fact]
    public void The_passing_deadline_cancels_its_own_timer_and_tells_mediator_and_chair()
    {
        var c = NewCase().ToInMediation();

        var result = c.Do("deadlinePassed", TimerPump);

        AssertEffects(
            [
                new CancelTimer("mediationDeadline"),
                new Notify("mediator", "deadlinePassed", c.Workflow.Definition.Notifications["deadlinePassed"]),
                new Notify("chair", "deadlinePassed", c.Workflow.Definition.Notifications["deadlinePassed"]),
            ],
            result);
    }

    [Fact]
    public void Extending_starts_the_extended_deadline_at_the_end_of_the_new_day_in_kazakhstan_time()
    {
        var c = NewCase().ToOverdue();
        c.Now = new DateTimeOffset(2025, 4, 3, 11, 0, 0, Kazakhstan);

        var result = c.Do("extendDeadline", Mediator, ("extendedUntil", "2025-04-20"), ("partiesAgreed", "true"));

        // The whole of 20 April counts: the timer fires at midnight +05:00, 19:00 UTC on the 20th.
        var due = new DateTimeOffset(2025, 4, 21, 0, 0, 0, Kazakhstan);
        AssertEffects([new StartTimer("extendedDeadline", due, "deadlinePassed")], result);
        Assert.Equal(new DateTimeOffset(2025, 4, 20, 19, 0, 0, TimeSpan.Zero), due);
    }

    [Fact]
    public void Leaving_the_extended_mediation_cancels_the_extended_deadline_not_the_first_one()
    {
        var c = NewCase().ToInMediation().HoldSession();
        c.Now = new DateTimeOffset(2025, 4, 3, 11, 0, 0, Kazakhstan);
        c.Do("deadlinePassed", TimerPump);
        c.Do("extendDeadline", Mediator, ("extendedUntil", "2025-04-20"), ("partiesAgreed", "true"));

        AssertEffects([new CancelTimer("extendedDeadline")], c.Do("reachSettlement", Mediator));
    }

    [Fact]
    public void Approval_starts_the_follow_up_checks_and_schedules_the_obligation_checks()
    {
        var c = NewCase().ToAwaitingApproval();
        c.Now = Moment;

        AssertEffects(
            [
                new StartTimer("followUp30", Moment.AddDays(30), "followUpCheckDue"),
                new StartTimer("followUp90", Moment.AddDays(90), "followUpCheckDue"),
                new ScheduleObligationChecks("obligationDue"),
            ],
            c.Do("approve", Chair));
    }

    [Fact]
    public void Closing_as_fulfilled_cancels_the_follow_up_checks_and_the_obligation_checks()
    {
        var c = NewCase().ToMonitoring();
        c.Do("recordObligationStatus", Mediator, ("obligation", c.Facts.Obligations.Single().Id), ("status", "fulfilled"));

        AssertEffects(
            [new CancelTimer("followUp30"), new CancelTimer("followUp90"), new CancelObligationChecks()],
            c.Do("closeFulfilled", Mediator));
    }

    [Fact]
    public void Closing_as_breached_cancels_the_checks_and_tells_the_chair()
    {
        var c = NewCase().ToMonitoring();
        c.Do("recordObligationStatus", Mediator, ("obligation", c.Facts.Obligations.Single().Id), ("status", "breached"));

        AssertEffects(
            [
                new CancelTimer("followUp30"),
                new CancelTimer("followUp90"),
                new CancelObligationChecks(),
                new Notify("chair", "agreementBreached", c.Workflow.Definition.Notifications["agreementBreached"]),
            ],
            c.Do("closeBreached", Mediator));
    }

    [Fact]
    public void Actions_that_stay_in_mediation_start_and_cancel_nothing()
    {
        var c = NewCase().ToAwaitingConsent();

        Assert.Empty(c.Do("recordConsent", Mediator, ("party", SimulatedCase.Applicant)).Effects);
        c.Do("recordConsent", Mediator, ("party", SimulatedCase.Respondent));
        c.Do("signAgreementOnMediation", Mediator, ("signedByAll", "true"));
        Assert.Empty(c.Do("scheduleSession", Mediator, ("plannedAt", "2025-03-14T15:00")).Effects);
        Assert.Empty(c.Do("recordSession", Mediator, ("session", c.Facts.Sessions.Single().Id), ("attendance", "noShow"), ("absentParty", SimulatedCase.Respondent)).Effects);
    }

    [Fact]
    public void Actions_that_stay_in_monitoring_do_not_restart_the_follow_up_checks()
    {
        var c = NewCase().ToMonitoring();
        var obligation = c.Facts.Obligations.Single().Id;

        AssertEffects(
            [new Notify("mediator", "obligationDue", c.Workflow.Definition.Notifications["obligationDue"])],
            c.Do("obligationDue", TimerPump, ("obligation", obligation)));
        Assert.Empty(c.Do("recordFollowUpCheck", Mediator, ("note", "Fence repaired halfway")).Effects);
        Assert.Empty(c.Do("recordObligationStatus", Mediator, ("obligation", obligation), ("status", "fulfilled")).Effects);
    }

    [Fact]
    public void Reopening_a_breached_case_starts_a_new_thirty_day_deadline()
    {
        var c = NewCase().ToMonitoring();
        c.Do("recordObligationStatus", Mediator, ("obligation", c.Facts.Obligations.Single().Id), ("status", "breached"));
        c.Do("closeBreached", Mediator);
        var reopenedAt = new DateTimeOffset(2025, 6, 2, 9, 15, 0, Kazakhstan);
        c.Now = reopenedAt;

        AssertEffects(
            [
                new StartTimer("mediationDeadline", reopenedAt.AddDays(30), "deadlinePassed"),
                new Notify("mediator", "caseReopened", c.Workflow.Definition.Notifications["caseReopened"]),
            ],
            c.Do("reopen", Chair, ("reason", "Both parties ask for a new round")));
    }

    /// <summary>Equal effects (records, compared by value), in any order: the application writes them in one transaction.</summary>
    private static void AssertEffects(Effect[] expected, FireResult result) =>
        Assert.Equal(
            expected.OrderBy(e => e.ToString(), StringComparer.Ordinal),
            result.Effects.OrderBy(e => e.ToString(), StringComparer.Ordinal));
}
