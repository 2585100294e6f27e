using System.Globalization;
using MediationFlow.Workflows.Engine;
using static MediationFlow.Workflows.Tests.Engine.Actors;

namespace MediationFlow.Workflows.Tests.Engine;

/// <summary>
/// Version 3's timers run over sets of states and are timed from the case's dates: the term runs from the agreement on
/// mediation to the last signature whatever the state, moves with an extension, and starts only once its date exists.
/// A date ends at midnight in the council's zone (Asia/Almaty: +05:00 since March 2024, +06:00 before).
/// </summary>
public sealed class TermTimerTests
{
    private static readonly TimeSpan Five = TimeSpan.FromHours(5);
    private static readonly DateTimeOffset Registered = new(2025, 3, 3, 10, 0, 0, Five);

    private static SimulatedCase NewCase() => SimulatedCase.RegisterVersion3(Registered);

    private static DateTimeOffset Midnight(int year, int month, int day) => new(year, month, day, 0, 0, 0, Five);

    [Fact]
    public void Accepting_the_case_starts_no_term_timer_before_there_is_a_term()
    {
        var c = NewCase();

        var result = c.Do("acceptForMediation", Chair);

        Assert.DoesNotContain(result.Effects, e => e is StartTimer or CancelTimer);
    }

    [Fact]
    public void The_agreement_on_mediation_dated_yesterday_starts_the_term_from_yesterday()
    {
        var c = NewCase().ReadyForConsent().ConsentAll();
        c.Now = new DateTimeOffset(2025, 3, 5, 11, 0, 0, Five);

        var result = c.Do("signAgreementOnMediation", Mediator, ("signedOn", "2025-03-04"), ("signedByAll", "true"), ("withoutCopyReason", "Kept in the council's paper file"));

        AssertEffects(
            [
                new SetCaseDate(CaseDates.MediationStartedOn, new DateOnly(2025, 3, 4)),
                new SetCaseDate(CaseDates.TermEndsOn, new DateOnly(2025, 4, 3)),
                new CancelTimer("consentWindow"),
                new StartTimer("deadlineApproaching", Midnight(2025, 3, 30), "deadlineApproaching"),
                new StartTimer("mediationDeadline", Midnight(2025, 4, 4), "deadlinePassed"),
                new StartTimer("termExpiry", Midnight(2025, 4, 9), "expire"),
            ],
            result);
    }

    [Theory]
    [InlineData("reachSettlement")]
    [InlineData("replaceMediator")]
    [InlineData("recuse")]
    public void Moving_between_states_of_the_term_neither_stops_nor_restarts_it(string trigger)
    {
        var c = NewCase().Mediating().HoldJointSession();
        var timers = c.Timers.Keys.ToList();

        var result = trigger switch
        {
            "replaceMediator" => c.Do(trigger, Chair, ("mediator", "user-dana"), ("reason", "The mediator fell ill")),
            "recuse" => c.Do(trigger, Mediator, ("reason", "A relative of the respondent")),
            _ => c.Do(trigger, Mediator),
        };

        Assert.DoesNotContain(result.Effects, e => e is StartTimer or CancelTimer);
        Assert.Equal(["deadlineApproaching", "mediationDeadline", "termExpiry"], timers.Order(StringComparer.Ordinal));
        Assert.Equal(timers, c.Timers.Keys);
    }

    [Fact]
    public void An_extension_moves_every_timer_of_the_term_to_the_new_deadline()
    {
        var c = NewCase().Mediating();
        c.Now = new DateTimeOffset(2025, 3, 30, 12, 0, 0, Five);

        var result = c.Do("extendDeadline", Mediator, ("agreedOn", "2025-03-30"), ("extendedUntil", "2025-04-20"), ("partiesAgreed", "true"));

        AssertEffects(
            [
                new SetCaseDate(CaseDates.TermEndsOn, new DateOnly(2025, 4, 20)),
                new StartTimer("deadlineApproaching", Midnight(2025, 4, 16), "deadlineApproaching"),
                new StartTimer("mediationDeadline", Midnight(2025, 4, 21), "deadlinePassed"),
                new StartTimer("termExpiry", Midnight(2025, 4, 26), "expire"),
                new Notify("chair", "deadlineExtended", c.Workflow.Definition.Notifications["deadlineExtended"]),
            ],
            result);
    }

    [Fact]
    public void The_answer_window_starts_when_the_proposal_is_recorded_and_stops_when_the_mediator_recuses()
    {
        var c = NewCase().ReadyForConsent();

        var proposal = c.Do("sendProposal", Mediator, ("proposedOn", "2025-03-03"));
        var recusal = c.Do("recuse", Mediator, ("reason", "I know the applicant"));

        AssertEffects(
            [new SetCaseDate(CaseDates.ProposalSentOn, new DateOnly(2025, 3, 3)), new StartTimer("consentWindow", Midnight(2025, 3, 14), "consentWindowClosed")],
            proposal);
        Assert.Contains(new SetCaseDate(CaseDates.ProposalSentOn, null), recusal.Effects);
        Assert.Contains(new CancelTimer("consentWindow"), recusal.Effects);
        Assert.DoesNotContain(CaseDates.ProposalSentOn, c.Facts.Dates.Keys);
    }

    [Fact]
    public void Without_every_consent_the_window_closes_the_case_as_declined_by_itself_with_its_reason()
    {
        var c = NewCase().ReadyForConsent();
        c.Do("sendProposal", Mediator, ("proposedOn", "2025-03-03"));
        c.Do("recordConsent", Mediator, ("party", SimulatedCase.Applicant), ("consentedOn", "2025-03-03"));

        var closed = c.FireNextTimer();

        Assert.Equal(("consentWindowClosed", "declined"), (closed.Trigger, c.State));
        Assert.Equal(Midnight(2025, 3, 14), c.Now);
        Assert.Equal("noAnswerInWindow", c.Outcome?.Reason);
        Assert.Equal("No answer within the window", c.Outcome?.Name.En);
    }

    [Fact]
    public void A_term_neither_settled_nor_extended_ends_as_expired_after_the_grace_period()
    {
        var c = NewCase().Mediating();

        var fired = new[] { c.FireNextTimer(), c.FireNextTimer(), c.FireNextTimer() };

        Assert.Equal(["deadlineApproaching", "deadlinePassed", "expire"], fired.Select(f => f.Trigger));
        Assert.Equal("expired", c.State);
        Assert.Equal(("termExpired", Midnight(2025, 4, 8)), (c.Outcome?.Reason, c.Now));
        Assert.Contains(new Notify("chair", "caseExpired", c.Workflow.Definition.Notifications["caseExpired"]), fired[2].Effects);
        Assert.Empty(c.Timers);
    }

    [Fact]
    public void The_last_signature_ends_the_term_and_starts_the_follow_up_from_the_day_of_signing()
    {
        var c = NewCase().OutForSignature(dueOn: "2025-04-15");
        var obligation = c.Facts.Obligations.Single().Id;
        c.Do("recordSignature", Mediator, ("party", SimulatedCase.Applicant), ("signedOn", "2025-03-03"), ("method", "inPerson"), ("withoutCopyReason", "Kept in the council's paper file"));
        c.Now = new DateTimeOffset(2025, 3, 6, 9, 0, 0, Five);

        c.Do("recordSignature", Mediator, ("party", SimulatedCase.Respondent), ("signedOn", "2025-03-05"), ("method", "emailCopy"), ("withoutCopyReason", "Kept in the council's paper file"));

        var signed = Assert.Single(c.Followed);
        Assert.Equal(("settlementSigned", "monitoring"), (signed.Trigger, c.State));
        AssertEffects(
            [
                new SetCaseDate(CaseDates.SettlementSignedOn, new DateOnly(2025, 3, 5)),
                new CancelTimer("deadlineApproaching"),
                new CancelTimer("mediationDeadline"),
                new CancelTimer("termExpiry"),
                new StartTimer("followUp30", Midnight(2025, 4, 5), "followUpCheckDue"),
                new StartTimer("followUp90", Midnight(2025, 6, 4), "followUpCheckDue"),
                new StartKeyedTimer("obligationDue", obligation, Midnight(2025, 4, 16), "obligationDue", Key(obligation)),
                new Notify("chair", "settlementSigned", c.Workflow.Definition.Notifications["settlementSigned"]),
            ],
            signed);
    }

    [Fact]
    public void A_check_nobody_records_escalates_to_the_chair_and_recording_it_stops_the_escalation()
    {
        var c = NewCase().InFollowUp(dueOn: "2025-03-20");
        var obligation = c.Facts.Obligations.Single().Id;

        var due = c.FireNextTimer();
        var status = c.Do("recordObligationStatus", Mediator, ("obligation", obligation), ("status", "breached"), ("on", SimulatedCase.Iso(c.Today)));
        var rescheduled = c.Do("rescheduleObligation", Mediator, ("obligation", obligation), ("agreedOn", SimulatedCase.Iso(c.Today)), ("dueOn", "2025-05-10"));

        Assert.Equal(Midnight(2025, 3, 21), c.Now);
        AssertEffects(
            [
                new Notify("mediator", "obligationDue", c.Workflow.Definition.Notifications["obligationDue"]),
                new StartKeyedTimer("obligationEscalation", obligation, Midnight(2025, 4, 4), "obligationCheckOverdue", Key(obligation)),
            ],
            due);
        AssertEffects([new CancelKeyedTimer("obligationEscalation", obligation)], status);
        AssertEffects(
            [
                new StartKeyedTimer("obligationDue", obligation, Midnight(2025, 5, 11), "obligationDue", Key(obligation)),
                new CancelKeyedTimer("obligationEscalation", obligation),
            ],
            rescheduled);
        Assert.Equal(ObligationStatus.Open, c.Facts.Obligations.Single().Status);
    }

    [Fact]
    public void An_unrecorded_follow_up_check_escalates_after_the_set_time()
    {
        var c = NewCase().InFollowUp(dueOn: "2025-06-30");
        c.Now = new DateTimeOffset(2025, 4, 5, 0, 0, 0, Five);

        var due = c.Do("followUpCheckDue", TimerPump);
        var recorded = c.Do("recordFollowUpCheck", Mediator, ("checkedOn", "2025-04-05"), ("note", "The fence is half moved"));

        Assert.Contains(new StartTimer("followUpEscalation", Midnight(2025, 4, 19), "followUpCheckOverdue"), due.Effects);
        AssertEffects([new CancelTimer("followUpEscalation")], recorded);
    }

    [Fact]
    public void Closing_the_follow_up_stops_every_instance_of_its_timers()
    {
        var c = NewCase().InFollowUp();
        c.Do("recordObligationStatus", Mediator, ("obligation", c.Facts.Obligations.Single().Id), ("status", "fulfilled"), ("on", c.TodayIso()));

        var closed = c.Do("closeFulfilled", Mediator);

        AssertEffects(
            [
                new CancelTimer("followUp30"),
                new CancelTimer("followUp90"),
                new CancelKeyedTimer("obligationDue", null),
                new CancelKeyedTimer("obligationEscalation", null),
                new CancelTimer("followUpEscalation"),
                new EndCase("settlementFulfilled", c.Workflow.Definition.Reasons["settlementFulfilled"].Name),
            ],
            closed);
        Assert.Empty(c.Timers);
    }

    [Fact]
    public void A_new_round_starts_without_the_dates_of_the_round_before_so_no_term_runs_until_a_new_agreement()
    {
        var c = NewCase().InFollowUp();
        c.Do("recordObligationStatus", Mediator, ("obligation", c.Facts.Obligations.Single().Id), ("status", "breached"), ("on", c.TodayIso()));
        c.Do("closeBreached", Mediator);

        var round = c.Do("requestNewRound", Chair, ("party", SimulatedCase.Applicant), ("requestedOn", c.TodayIso()));

        Assert.Equal(("awaitingAssignment", 2), (c.State, c.Facts.Round));
        Assert.Contains(new StartRound(), round.Effects);
        Assert.DoesNotContain(round.Effects, e => e is StartTimer or SetCaseDate);
        Assert.Equal([CaseDates.RegisteredOn], c.Facts.Dates.Keys);
    }

    [Fact]
    public void A_case_arriving_by_migration_gets_the_timers_of_its_state_from_its_dates()
    {
        var facts = NewCase().Facts with
        {
            Dates = new Dictionary<string, DateOnly> { [CaseDates.MediationStartedOn] = new(2025, 2, 1), [CaseDates.TermEndsOn] = new(2025, 3, 3) },
        };

        var effects = ShippedWorkflows.V3.Arrive("inMediation", facts, Registered, enter: false);

        Assert.Equal(
            [
                Show(new StartTimer("deadlineApproaching", Midnight(2025, 2, 27), "deadlineApproaching")),
                Show(new StartTimer("mediationDeadline", Midnight(2025, 3, 4), "deadlinePassed")),
                Show(new StartTimer("termExpiry", Midnight(2025, 3, 9), "expire")),
            ],
            effects.Select(Show));
    }

    [Fact]
    public void A_signed_case_entering_follow_up_by_migration_also_gets_a_check_per_open_obligation()
    {
        var facts = NewCase().Facts with
        {
            Dates = new Dictionary<string, DateOnly> { [CaseDates.SettlementSignedOn] = new(2025, 3, 1) },
            Obligations = [new("o-1", new DateOnly(2025, 3, 20), ObligationStatus.Open), new("o-2", new DateOnly(2025, 3, 10), ObligationStatus.Fulfilled)],
        };

        var arrived = ShippedWorkflows.V3.Arrive("monitoring", facts, Registered, enter: false);
        var entered = ShippedWorkflows.V3.Arrive("monitoring", facts, Registered, enter: true);

        Assert.Equal(["followUp30", "followUp90"], arrived.OfType<StartTimer>().Select(t => t.TimerId));
        Assert.Empty(arrived.OfType<StartKeyedTimer>());
        Assert.Equal([("obligationDue", "o-1", Midnight(2025, 3, 21))], entered.OfType<StartKeyedTimer>().Select(t => (t.TimerId, t.Key, t.DueAt)));
    }

    [Fact]
    public void The_end_of_a_day_follows_the_zones_rules_of_that_date()
    {
        var v3 = ShippedWorkflows.V3.Settings;
        var v2 = ShippedWorkflows.V2.Settings;

        // Almaty moved from +06:00 to +05:00 on 1 March 2024; version 2 keeps its fixed +05:00.
        Assert.Equal(new DateTimeOffset(2024, 1, 15, 18, 0, 0, TimeSpan.Zero), v3.EndOfDay(new DateOnly(2024, 1, 15), SimulatedCase.Almaty));
        Assert.Equal(new DateTimeOffset(2025, 4, 20, 19, 0, 0, TimeSpan.Zero), v3.EndOfDay(new DateOnly(2025, 4, 20), SimulatedCase.Almaty));
        Assert.Equal(new DateTimeOffset(2024, 1, 15, 19, 0, 0, TimeSpan.Zero), v2.EndOfDay(new DateOnly(2024, 1, 15), SimulatedCase.Almaty));
        Assert.Equal(new DateOnly(2024, 1, 16), v3.Today(new DateTimeOffset(2024, 1, 15, 18, 30, 0, TimeSpan.Zero), SimulatedCase.Almaty));
    }

    private static Dictionary<string, string> Key(string obligation) => new(StringComparer.Ordinal) { ["obligation"] = obligation };

    /// <summary>An effect as text, a keyed timer's input included (a dictionary compares by reference).</summary>
    private static string Show(Effect effect) => effect switch
    {
        StartKeyedTimer k => $"{k.TimerId}:{k.Key} at {k.DueAt.ToString("o", CultureInfo.InvariantCulture)} fires {k.Fires} with {string.Join(",", k.Input.Select(i => $"{i.Key}={i.Value}"))}",
        EndCase end => $"EndCase {end.Reason} {end.Name.En}",
        Notify n => $"Notify {n.Role} {n.Template} {n.Message.En}",
        _ => effect.ToString(),
    };

    /// <summary>Equal effects in any order: the application writes them in one transaction.</summary>
    private static void AssertEffects(Effect[] expected, FireResult result) =>
        Assert.Equal(expected.Select(Show).Order(StringComparer.Ordinal), result.Effects.Select(Show).Order(StringComparer.Ordinal));
}
