using MediationFlow.Workflows.Engine;
using static MediationFlow.Workflows.Tests.Engine.Actors;

namespace MediationFlow.Workflows.Tests.Engine;

/// <summary>Each guard of version 3 blocks its action for its reason, names its legal basis, and leaves the case where it was.</summary>
public sealed class Version3GuardTests
{
    private static readonly DateTimeOffset Registered = new(2025, 3, 3, 10, 0, 0, TimeSpan.FromHours(5));

    private static SimulatedCase NewCase(ScreeningAnswers? screening = null, int mediators = 2) =>
        SimulatedCase.RegisterVersion3(Registered, mediators, screening);

    [Fact]
    public void A_state_body_as_a_party_bars_mediation_and_the_block_names_the_basis_of_screening()
    {
        var c = NewCase(new ScreeningAnswers(false, false, false) { StateBodyIsParty = true });

        var blocked = AssertBlocked(c.Fire("acceptForMediation", Chair), "mediable");

        Assert.Equal(new LocalizedBasis("Law On Mediation, Art. 1(2)", "verified"), LocalizedBasis.Of(blocked));
        Assert.Equal("Screening found a ground that bars mediation", blocked.Message.En);
    }

    [Fact]
    public void Version_2_knows_no_state_body_question_so_the_answer_does_not_bar_it()
    {
        var c = SimulatedCase.Register(ShippedWorkflows.V2, Registered, screening: new ScreeningAnswers(false, false, false) { StateBodyIsParty = true });

        c.Do("acceptForMediation", Chair);
    }

    [Fact]
    public void A_case_needs_an_applicant_and_a_respondent()
    {
        var c = new SimulatedCase(ShippedWorkflows.V3, NewCase().Facts with { Parties = [new("p1", PartyRole.Respondent, false)] }, Registered);

        AssertBlocked(c.Fire("acceptForMediation", Mediator), "hasBothSides");
    }

    [Fact]
    public void With_every_mediator_recused_the_chair_can_no_longer_assign_but_may_close_or_transfer()
    {
        var c = NewCase(mediators: 1);
        c.Do("acceptForMediation", Chair);
        c.Do("recuse", Mediator, ("reason", "The applicant is my neighbour"));

        AssertBlocked(c.Fire("assignMediator", Chair, ("mediator", "user-dana")), "mediatorAvailable");
        Assert.True(c.Actions(Chair).Single(a => a.Transition.Trigger == "closeNoMediator").IsPermitted);
        Assert.True(c.Actions(Chair).Single(a => a.Transition.Trigger == "requestTransfer").IsPermitted);
    }

    [Fact]
    public void While_a_mediator_is_left_the_case_cannot_be_closed_for_want_of_one()
    {
        var c = NewCase();
        c.Do("acceptForMediation", Chair);

        AssertBlocked(c.Fire("closeNoMediator", Chair), "noEligibleMediator");
    }

    [Fact]
    public void Mediators_not_counted_are_not_assumed_to_be_none()
    {
        var c = new SimulatedCase(ShippedWorkflows.V3, NewCase().Facts with { EligibleMediators = null }, Registered);
        c.Do("acceptForMediation", Chair);

        AssertBlocked(c.Fire("closeNoMediator", Chair), "noEligibleMediator");
        c.Do("assignMediator", Chair, ("mediator", "user-dana"));
    }

    [Fact]
    public void In_follow_up_the_chair_assigns_a_mediator_only_once_the_last_one_recused()
    {
        var c = NewCase().InFollowUp();

        AssertBlocked(c.Fire("assignMediator", Chair, ("mediator", "user-dana")), "noMediatorAssigned");
        c.Do("recuse", Mediator, ("reason", "Moved to another council"));
        c.Do("assignMediator", Chair, ("mediator", "user-dana"));
        Assert.Equal("monitoring", c.State);
    }

    [Fact]
    public void Consent_given_to_the_mediator_replaced_no_longer_counts()
    {
        var c = NewCase().ReadyForConsent().ConsentAll();
        c.Do("replaceMediator", Chair, ("mediator", "user-dana"), ("reason", "Aigerim moved to another district"));
        c.Do("declareNoConflict", Mediator, ("declaration", "true"));

        AssertBlocked(c.Fire("signAgreementOnMediation", Mediator, ("signedOn", c.TodayIso()), ("signedByAll", "true"), ("withoutCopyReason", "Kept in the council's paper file")), "allPartiesAccepted");
        c.ConsentAll();
        c.Do("signAgreementOnMediation", Mediator, ("signedOn", c.TodayIso()), ("signedByAll", "true"), ("withoutCopyReason", "Kept in the council's paper file"));
    }

    [Fact]
    public void The_answer_window_closing_declines_nothing_once_every_party_consented()
    {
        var c = NewCase().ReadyForConsent().ConsentAll();

        AssertBlocked(c.Fire("consentWindowClosed", TimerPump), "notAllPartiesAccepted");
    }

    [Fact]
    public void A_second_agreement_on_mediation_in_the_same_round_is_refused_and_resuming_needs_the_first()
    {
        var c = NewCase().Mediating();
        c.Do("recuse", Mediator, ("reason", "Conflict of interest found"));
        c.Do("assignMediator", Chair, ("mediator", "user-dana"));
        c.Do("declareNoConflict", Mediator, ("declaration", "true"));
        c.ConsentAll();

        AssertBlocked(c.Fire("signAgreementOnMediation", Mediator, ("signedOn", c.TodayIso()), ("signedByAll", "true"), ("withoutCopyReason", "Kept in the council's paper file")), "mediationNotStarted");
        AssertBlocked(c.Fire("recordDecline", Mediator, ("party", SimulatedCase.Respondent), ("declinedOn", c.TodayIso())), "mediationNotStarted");
        c.Do("resumeMediation", Mediator);
        Assert.Equal("inMediation", c.State);
    }

    [Fact]
    public void Without_an_agreement_on_mediation_there_is_nothing_to_resume_withdraw_from_or_extend()
    {
        var c = NewCase().ReadyForConsent().ConsentAll();

        AssertBlocked(c.Fire("resumeMediation", Mediator), "mediationStarted");
        AssertBlocked(c.Fire("withdraw", Mediator, ("party", SimulatedCase.Applicant), ("withdrawnOn", c.TodayIso())), "mediationStarted");
    }

    [Fact]
    public void A_session_is_recorded_only_when_one_is_pending()
    {
        var c = NewCase().Mediating();
        c.Do("scheduleSession", Mediator, ("plannedAt", "2025-03-03T09:00"), ("kind", "joint"));
        c.Do("cancelSession", Mediator, ("session", c.Facts.Sessions[0].Id));

        AssertBlocked(c.Fire("recordSession", Mediator, ("session", c.Facts.Sessions[0].Id), ("heldAt", "2025-03-03T09:30"), ("attended", "party:party-applicant")), "sessionPending");
    }

    [Fact]
    public void Settlement_needs_every_party_heard_and_separate_meetings_may_cover_them_one_by_one()
    {
        var c = NewCase().Mediating();
        c.Do("scheduleSession", Mediator, ("plannedAt", "2025-03-03T09:00"), ("kind", "separate"), ("party", SimulatedCase.Applicant));
        c.Do("recordSession", Mediator, ("session", c.Facts.Sessions[0].Id), ("heldAt", "2025-03-03T09:30"), ("attended", "party:party-applicant"));

        AssertBlocked(c.Fire("reachSettlement", Mediator), "everyPartyHeard");

        // The respondent is heard through the representative holding a power of attorney; the interpreter is no party.
        c.Do("scheduleSession", Mediator, ("plannedAt", "2025-03-03T09:45"), ("kind", "separate"), ("party", SimulatedCase.Respondent));
        c.Do("recordSession", Mediator, ("session", c.Facts.Sessions[1].Id), ("heldAt", "2025-03-03T09:50"),
            ("attended", "representative:representative-of-respondent,participant:participant-interpreter"));
        c.Do("reachSettlement", Mediator);
    }

    [Fact]
    public void An_impasse_needs_a_session_held_or_a_party_absent_as_often_as_the_setting_says_even_with_none_held()
    {
        var c = NewCase().Mediating();
        for (var i = 0; i < 2; i++)
        {
            var blocked = AssertBlocked(c.Fire("declareImpasse", Mediator, ("reason", "partyDoesNotAttend")), "impasseGrounds");
            Assert.Equal("An impasse needs a session held in this round, or 2 sessions a party did not attend", blocked.Message.En);
            c.Do("scheduleSession", Mediator, ("plannedAt", "2025-03-03T09:00"), ("kind", "joint"));
            c.Do("recordNoShow", Mediator, ("session", c.Facts.Sessions[^1].Id), ("absent", SimulatedCase.Respondent));
        }

        c.Do("declareImpasse", Mediator, ("reason", "partyDoesNotAttend"));
        Assert.Equal(("noAgreement", "partyDoesNotAttend"), (c.State, c.Outcome?.Reason));
    }

    [Theory]
    [InlineData("2025-05-02", true)]
    [InlineData("2025-05-03", false)]
    [InlineData("2025-04-02", false)]
    public void An_extension_counts_from_the_old_deadline_up_to_the_setting(string extendedUntil, bool accepted)
    {
        var c = NewCase().Mediating();
        c.Now = new DateTimeOffset(2025, 3, 31, 12, 0, 0, TimeSpan.FromHours(5));

        var result = c.Fire("extendDeadline", Mediator, ("agreedOn", "2025-03-31"), ("extendedUntil", extendedUntil), ("partiesAgreed", "true"));

        if (accepted)
        {
            Assert.True(result.Accepted, SimulatedCase.Describe(result));
        }
        else
        {
            var blocked = AssertBlocked(result, "extensionWithinLimit");
            Assert.Equal("The new deadline must be after the current one and at most 30 days later", blocked.Message.En);
        }
    }

    [Fact]
    public void The_deadline_is_extended_once_and_an_extension_agreed_after_it_is_refused()
    {
        var c = NewCase().Mediating();
        c.Now = new DateTimeOffset(2025, 4, 4, 12, 0, 0, TimeSpan.FromHours(5));

        var late = c.Fire("extendDeadline", Mediator, ("agreedOn", "2025-04-03"), ("extendedUntil", "2025-04-20"), ("partiesAgreed", "true"));
        c.Do("extendDeadline", Mediator, ("agreedOn", "2025-04-02"), ("extendedUntil", "2025-04-20"), ("partiesAgreed", "true"));

        Assert.Equal(["agreedOn: tooLate"], late.InputErrors.Select(e => $"{e.Field}: {e.Code}"));
        AssertBlocked(c.Fire("extendDeadline", Mediator, ("agreedOn", "2025-04-04"), ("extendedUntil", "2025-04-30"), ("partiesAgreed", "true")), "extensionAllowed");
    }

    [Fact]
    public void A_draft_goes_for_review_with_its_terms_alone_or_with_an_obligation_alone()
    {
        var terms = NewCase().Drafting();
        var obligation = NewCase().Drafting();

        AssertBlocked(terms.Fire("submitForReview", Mediator), "hasTerms");
        AssertBlocked(terms.Fire("removeObligation", Mediator, ("obligation", "o-1")), "hasObligations");
        terms.Do("setTerms", Mediator, ("terms", "Apologies and a shared fence"), ("scope", "partial"));
        terms.Do("submitForReview", Mediator);
        obligation.Do("addObligation", Mediator, ("party", SimulatedCase.Applicant), ("description", "Pay half"), ("dueOn", "2025-04-01"));
        obligation.Do("submitForReview", Mediator);
    }

    [Fact]
    public void A_chair_who_mediates_the_case_cannot_approve_its_draft_but_another_chair_can()
    {
        var c = NewCase().Drafting();
        c.Do("setTerms", Mediator, ("terms", "Apologies"), ("scope", "full"));
        c.Do("submitForReview", Mediator);

        var own = c.Fire("approve", new HashSet<string> { Mediator, Chair }, new Dictionary<string, string?>());

        var blocked = AssertBlocked(own, "notOwnAgreement");
        Assert.Equal(new LocalizedBasis("Law On Mediation, Art. 7(3)", "secondary"), LocalizedBasis.Of(blocked));
        c.Do("approve", Chair);
    }

    [Fact]
    public void The_settlement_is_signed_only_when_every_party_signed_the_approved_draft()
    {
        var c = NewCase().OutForSignature();
        c.Do("recordSignature", Mediator, ("party", SimulatedCase.Applicant), ("signedOn", c.TodayIso()), ("method", "inPerson"), ("withoutCopyReason", "Kept in the council's paper file"));

        AssertBlocked(c.Fire("settlementSigned", TimerPump), "allPartiesSigned");
        Assert.False(c.Workflow.TryFollowAutomatic(c.State, c.Facts, c.Now, out _));
        Assert.Equal("awaitingSignatures", c.State);
    }

    [Fact]
    public void The_last_signature_takes_the_case_to_follow_up_by_itself_and_nothing_can_then_unsign_it()
    {
        var c = NewCase().OutForSignature();

        c.SignAll();

        Assert.Equal("monitoring", c.State);
        var offered = c.Actions(Mediator, Chair).Select(a => a.Transition.Trigger).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain("withdraw", offered);
        Assert.DoesNotContain("reviseDraft", offered);
        Assert.DoesNotContain("returnForRedraft", offered);
        Assert.DoesNotContain("closeNotMediable", offered);
    }

    [Fact]
    public void A_check_already_recorded_raises_no_escalation()
    {
        var c = NewCase().InFollowUp();
        var obligation = c.Facts.Obligations.Single().Id;
        c.Do("recordObligationStatus", Mediator, ("obligation", obligation), ("status", "fulfilled"), ("on", c.TodayIso()));

        AssertBlocked(c.Fire("obligationCheckOverdue", TimerPump, ("obligation", obligation)), "obligationOpen");
    }

    [Fact]
    public void Terms_without_obligations_close_as_fulfilled_and_a_breach_is_the_mediators_decision()
    {
        var withoutObligations = NewCase().Drafting();
        withoutObligations.Do("setTerms", Mediator, ("terms", "Apologies exchanged"), ("scope", "full"));
        withoutObligations.Do("submitForReview", Mediator);
        withoutObligations.Do("approve", Chair);
        withoutObligations.SignAll();
        var open = NewCase().InFollowUp();

        AssertBlocked(withoutObligations.Fire("closeBreached", Mediator), "anyObligationBreached");
        withoutObligations.Do("closeFulfilled", Mediator);
        AssertBlocked(open.Fire("closeFulfilled", Mediator), "everyObligationFulfilled");
    }

    [Fact]
    public void A_courts_decision_follows_a_recorded_application_to_court()
    {
        var c = NewCase().InFollowUp();

        AssertBlocked(c.Fire("recordCourtDecision", Chair, ("decidedOn", c.TodayIso()), ("decision", "claimGranted")), "courtApplied");
        c.Do("recordCourtApplication", Chair, ("party", SimulatedCase.Applicant), ("appliedOn", c.TodayIso()), ("court", "Burabay district court"));
        c.Do("recordCourtDecision", Chair, ("decidedOn", c.TodayIso()), ("decision", "enforcementOrdered"));
    }

    [Fact]
    public void A_case_about_tension_between_communities_alerts_the_chair_at_registration()
    {
        var c = SimulatedCase.RegisterVersion3(Registered, category: "communityTension");

        Assert.Contains(c.StartEffects, e => e is Notify { Template: "sensitiveCase" });
    }

    [Fact]
    public void Every_guard_of_version_3_names_a_basis_the_definition_has()
    {
        var workflow = ShippedWorkflows.V3;

        Assert.All(workflow.Definition.Transitions.SelectMany(t => t.Guards).Distinct(), guard =>
            Assert.NotNull(workflow.Basis(workflow.Definition.GuardRules[guard].Basis)));
    }

    private static BlockReason AssertBlocked(FireResult result, string guard)
    {
        Assert.Equal(Refusal.Blocked, result.RefusedAs);
        var reason = Assert.Single(result.BlockedBy);
        Assert.Equal((BlockKind.Guard, guard), (reason.Kind, reason.Code));
        Assert.Equal(result.FromState, result.ToState);
        Assert.Empty(result.Effects);
        return reason;
    }

    /// <summary>A basis as an English reader sees it beside a blocked reason.</summary>
    private sealed record LocalizedBasis(string? Cite, string? Status)
    {
        public static LocalizedBasis Of(BlockReason reason) => new(reason.Basis?.Cite.En, reason.Basis?.Status);
    }
}
