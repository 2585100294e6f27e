using MediationFlow.Workflows.Definitions;
using MediationFlow.Workflows.Engine;
using static MediationFlow.Workflows.Tests.Engine.Actors;

namespace MediationFlow.Workflows.Tests.Engine;

/// <summary>Each guard of the process blocks its action, names itself, and leaves the case where it was.</summary>
public sealed class GuardTests
{
    private static readonly DateTimeOffset Registered = new(2025, 3, 3, 10, 0, 0, TimeSpan.FromHours(5));

    private static SimulatedCase NewCase(ScreeningAnswers? screening = null) =>
        SimulatedCase.Register(ShippedWorkflows.V1, Registered, screening: screening);

    [Theory]
    [InlineData(true, false, false)]
    [InlineData(false, true, false)]
    [InlineData(false, false, true)]
    public void Any_bar_found_in_screening_blocks_acceptance_by_mediable(bool thirdParties, bool lacksCapacity, bool corruption)
    {
        var c = NewCase(new ScreeningAnswers(thirdParties, lacksCapacity, corruption));

        AssertBlocked(c.Fire("acceptForMediation", Mediator), "mediable");
        Assert.Equal("registered", c.State);
    }

    [Fact]
    public void The_reason_is_the_definitions_guard_label_in_kazakh_russian_and_english()
    {
        var c = NewCase(new ScreeningAnswers(AffectsThirdParties: true, false, false));

        var reason = Assert.Single(c.Fire("acceptForMediation", Chair).BlockedBy);

        Assert.Equal(
            new LocalizedText(
                "Тексеру нәтижесінде дау медиацияға жатпайтыны анықталды",
                "По итогам проверки спор не подлежит медиации",
                "Screening found the dispute is not mediable"),
            reason.Message);
    }

    [Fact]
    public void A_case_without_a_respondent_cannot_be_accepted()
    {
        var c = new SimulatedCase(ShippedWorkflows.V1, new CaseFacts { Parties = [new("p1", PartyRole.Applicant, false)] }, Registered);

        AssertBlocked(c.Fire("acceptForMediation", Mediator), "hasRespondent");
    }

    [Fact]
    public void Every_unmet_guard_is_reported_in_definition_order()
    {
        var c = new SimulatedCase(
            ShippedWorkflows.V1,
            new CaseFacts { Screening = new(true, false, false), Parties = [new("p1", PartyRole.Applicant, false)] },
            Registered);

        AssertBlocked(c.Fire("acceptForMediation", Mediator), "mediable", "hasRespondent");
    }

    [Fact]
    public void A_mediable_dispute_cannot_be_closed_as_not_mediable()
    {
        var c = NewCase();

        AssertBlocked(c.Fire("closeNotMediable", Chair), "notMediable");
    }

    [Fact]
    public void The_agreement_on_mediation_needs_every_partys_consent()
    {
        var c = NewCase().ToAwaitingConsent();
        AssertBlocked(c.Fire("signAgreementOnMediation", Mediator, ("signedByAll", "true")), "allPartiesConsented");

        c.Do("recordConsent", Mediator, ("party", SimulatedCase.Applicant));
        AssertBlocked(c.Fire("signAgreementOnMediation", Mediator, ("signedByAll", "true")), "allPartiesConsented");
        Assert.Equal("awaitingConsent", c.State);
    }

    [Fact]
    public void A_session_is_recorded_only_after_one_was_scheduled()
    {
        var c = NewCase().ToInMediation();

        AssertBlocked(c.Fire("recordSession", Mediator, ("session", "session-1"), ("attendance", "held")), "sessionScheduled");
    }

    [Theory]
    [InlineData("reachSettlement")]
    [InlineData("declareImpasse")]
    public void Settlement_and_impasse_need_a_session_that_was_held_not_only_scheduled(string trigger)
    {
        var c = NewCase().ToInMediation();
        c.Do("scheduleSession", Mediator, ("plannedAt", "2025-03-14T15:00"));

        AssertBlocked(c.Fire(trigger, Mediator), "sessionHeld");
        Assert.Equal("inMediation", c.State);
    }

    [Fact]
    public void A_session_recorded_as_a_no_show_was_not_held()
    {
        var c = NewCase().ToInMediation();
        c.Do("scheduleSession", Mediator, ("plannedAt", "2025-03-14T15:00"));
        var applicant = c.Facts.Parties[0].Id;
        c.Do("recordSession", Mediator, ("session", c.Facts.Sessions[0].Id), ("attendance", "noShow"), ("absentParty", applicant));

        AssertBlocked(c.Fire("reachSettlement", Mediator), "sessionHeld");
    }

    [Fact]
    public void Without_obligations_the_settlement_cannot_be_signed_and_none_can_be_removed()
    {
        var c = NewCase().ToDrafting();
        c.Do("addObligation", Mediator, ("party", SimulatedCase.Respondent), ("description", "Apologise in writing"), ("dueOn", "2025-04-01"));
        c.Do("removeObligation", Mediator, ("obligation", c.Facts.Obligations.Single().Id));

        AssertBlocked(c.Fire("signSettlement", Mediator, ("signedByAll", "true")), "hasObligations");
        AssertBlocked(c.Fire("removeObligation", Mediator, ("obligation", "obligation-1")), "hasObligations");
    }

    [Fact]
    public void The_case_closes_as_fulfilled_only_when_every_obligation_is_fulfilled()
    {
        var c = NewCase().ToAwaitingApproval();
        c.Do("returnForRedraft", Chair, ("comment", "Add the second payment"));
        c.Do("addObligation", Mediator, ("party", SimulatedCase.Applicant), ("description", "Pay half of the repair"), ("dueOn", "2025-05-15"));
        c.Do("signSettlement", Mediator, ("signedByAll", "true"));
        c.Do("approve", Chair);
        c.Do("recordObligationStatus", Mediator, ("obligation", c.Facts.Obligations[0].Id), ("status", "fulfilled"));

        AssertBlocked(c.Fire("closeFulfilled", Mediator), "allObligationsFulfilled");
        AssertBlocked(c.Fire("closeBreached", Mediator), "anyObligationBreached");

        c.Do("recordObligationStatus", Mediator, ("obligation", c.Facts.Obligations[1].Id), ("status", "breached"));
        AssertBlocked(c.Fire("closeFulfilled", Mediator), "allObligationsFulfilled");
        Assert.Equal("monitoring", c.State);
    }

    [Fact]
    public void The_deadline_cannot_be_extended_more_often_than_the_settings_allow()
    {
        var c = NewCase().ToOverdue();
        c.Now = new DateTimeOffset(2025, 4, 3, 11, 0, 0, TimeSpan.FromHours(5));
        c.Do("extendDeadline", Mediator, ("extendedUntil", "2025-04-20"), ("partiesAgreed", "true"));
        c.Do("deadlinePassed", TimerPump);

        // settings.maxExtensions is 1.
        AssertBlocked(c.Fire("extendDeadline", Mediator, ("extendedUntil", "2025-04-30"), ("partiesAgreed", "true")), "extensionAllowed");
        Assert.Equal("overdue", c.State);
    }

    // 20:30 UTC is already the next day in Kazakhstan (+05:00): "today" is 2025-04-03 there,
    // so the limit (settings.maxExtension, P30D) runs to 2025-05-03.
    [Theory]
    [InlineData("2025-05-04")]
    [InlineData("2025-06-30")]
    [InlineData("2025-04-02")]
    [InlineData("2025-03-01")]
    public void A_new_deadline_beyond_the_maximum_extension_or_in_the_past_is_blocked(string extendedUntil)
    {
        var c = NewCase().ToOverdue();
        c.Now = new DateTimeOffset(2025, 4, 2, 20, 30, 0, TimeSpan.Zero);

        var result = c.Fire("extendDeadline", Mediator, ("extendedUntil", extendedUntil), ("partiesAgreed", "true"));

        AssertBlocked(result, "extensionWithinLimit");
        Assert.Equal("The new deadline is in the past or beyond the allowed extension", result.BlockedBy[0].Message.En);
        Assert.Equal("overdue", c.State);
    }

    [Theory]
    [InlineData("2025-04-04")]
    [InlineData("2025-05-03")]
    public void A_new_deadline_within_the_maximum_extension_is_accepted(string extendedUntil)
    {
        var c = NewCase().ToOverdue();
        c.Now = new DateTimeOffset(2025, 4, 2, 20, 30, 0, TimeSpan.Zero);

        c.Do("extendDeadline", Mediator, ("extendedUntil", extendedUntil), ("partiesAgreed", "true"));

        Assert.Equal("extendedMediation", c.State);
    }

    private static void AssertBlocked(FireResult result, params string[] guards)
    {
        Assert.Equal(Refusal.Blocked, result.RefusedAs);
        Assert.Equal(guards, result.BlockedBy.Select(b => b.Code));
        Assert.All(result.BlockedBy, b => Assert.Equal(BlockKind.Guard, b.Kind));
        Assert.Equal(result.FromState, result.ToState);
        Assert.Empty(result.Effects);
    }
}
