using MediationFlow.Workflows.Engine;
using static MediationFlow.Workflows.Tests.Engine.Actors;

namespace MediationFlow.Workflows.Tests.Engine;

/// <summary>
/// Walks from registration to every closed state with the roles the process gives each step. Every
/// step is first tried by the roles that must not take it: the engine must refuse them for their role
/// and leave the case where it was.
/// </summary>
public sealed class ClosingWalkTests
{
    private static readonly DateTimeOffset Registered = new(2025, 3, 3, 10, 0, 0, TimeSpan.FromHours(5));

    [Fact]
    public void A_settlement_whose_obligations_are_all_kept_closes_as_fulfilled()
    {
        var c = ToInMediation();
        HoldSession(c);
        ToMonitoring(c);
        var obligation = c.Facts.Obligations.Single().Id;
        Step(c, "recordObligationStatus", Mediator, [Chair, TimerPump], "monitoring", ("obligation", obligation), ("status", "fulfilled"));
        Step(c, "closeFulfilled", Mediator, [Chair, TimerPump], "fulfilled");

        AssertClosedForGood(c);
    }

    [Fact]
    public void A_breached_obligation_closes_the_case_as_breached()
    {
        var c = ToBreached();

        Assert.True(c.Workflow.State(c.State).Terminal);
        Assert.Equal("closed", c.Workflow.StageOf(c.State).Id);
        // Closed, but not for good: the chair may still reopen it.
        Assert.Equal(["reopen"], c.Actions(Mediator, Chair, TimerPump).Select(a => a.Trigger));
    }

    [Fact]
    public void Only_the_chair_reopens_a_breached_case_for_a_new_round_of_mediation()
    {
        var c = ToBreached();

        Step(c, "reopen", Chair, [Mediator, TimerPump], "inMediation", ("reason", "The parties asked for another session"));

        // The new round is a mediation like the first: the mediator can work it to a settlement again.
        Step(c, "reachSettlement", Mediator, [Chair, TimerPump], "drafting");
    }

    [Fact]
    public void An_impasse_after_a_session_closes_as_no_agreement()
    {
        var c = ToInMediation();
        HoldSession(c);
        Step(c, "declareImpasse", Mediator, [Chair, TimerPump], "noAgreement", ("note", "Positions did not move"));

        AssertClosedForGood(c);
    }

    [Fact]
    public void A_party_leaving_the_mediation_closes_it_as_withdrawn()
    {
        var c = ToInMediation();
        Step(c, "withdraw", Mediator, [Chair, TimerPump], "withdrawn", ("party", SimulatedCase.Respondent));

        AssertClosedForGood(c);
    }

    [Fact]
    public void A_party_refusing_mediation_closes_the_case_as_declined()
    {
        var c = ToAwaitingConsent(SimulatedCase.Register(ShippedWorkflows.V1, Registered));
        Step(c, "recordConsent", Mediator, [Chair, TimerPump], "awaitingConsent", ("party", SimulatedCase.Applicant));
        Step(c, "recordDecline", Mediator, [Chair, TimerPump], "declined", ("party", SimulatedCase.Respondent), ("reason", "Prefers the court"));

        AssertClosedForGood(c);
    }

    [Fact]
    public void Screening_that_finds_a_bar_closes_the_case_as_not_mediable()
    {
        var c = SimulatedCase.Register(ShippedWorkflows.V1, Registered, screening: new ScreeningAnswers(false, true, false));
        Step(c, "closeNotMediable", Chair, [TimerPump], "notMediable", ("note", "A party is under guardianship"));

        AssertClosedForGood(c);
    }

    [Fact]
    public void A_deadline_that_passes_again_after_the_extension_ends_as_expired()
    {
        var c = ToInMediation();
        Step(c, "deadlinePassed", TimerPump, [Mediator, Chair], "overdue");
        c.Now = c.Now.AddDays(31);
        Step(c, "extendDeadline", Mediator, [Chair, TimerPump], "extendedMediation", ("extendedUntil", "2025-04-20"), ("partiesAgreed", "true"));
        Step(c, "deadlinePassed", TimerPump, [Mediator, Chair], "overdue");
        Step(c, "expire", Chair, [TimerPump], "expired");

        AssertClosedForGood(c);
    }

    [Fact]
    public void The_mediator_may_also_close_an_overdue_case_as_expired()
    {
        var c = ToInMediation();
        Step(c, "deadlinePassed", TimerPump, [Mediator, Chair], "overdue");
        Step(c, "expire", Mediator, [TimerPump], "expired");

        AssertClosedForGood(c);
    }

    [Fact]
    public void In_version_2_the_settlement_goes_out_for_signature_before_approval_and_closes_as_fulfilled()
    {
        var c = ToInMediation(ShippedWorkflows.V2);
        HoldSession(c);
        Step(c, "reachSettlement", Mediator, [Chair, TimerPump], "draftingAgreement");
        Step(c, "addObligation", Mediator, [Chair, TimerPump], "draftingAgreement",
            ("party", SimulatedCase.Applicant), ("description", "Move the car off the shared drive"), ("dueOn", "2025-04-15"));
        Step(c, "submitForSignature", Mediator, [Chair, TimerPump], "awaitingSignatures");
        Step(c, "reviseDraft", Mediator, [Chair, TimerPump], "draftingAgreement");
        Step(c, "submitForSignature", Mediator, [Chair, TimerPump], "awaitingSignatures");
        Step(c, "signSettlement", Mediator, [Chair, TimerPump], "awaitingApproval", ("signedByAll", "true"));
        Step(c, "approve", Chair, [Mediator, TimerPump], "monitoring");
        Step(c, "recordObligationStatus", Mediator, [Chair, TimerPump], "monitoring", ("obligation", c.Facts.Obligations.Single().Id), ("status", "fulfilled"));
        Step(c, "closeFulfilled", Mediator, [Chair, TimerPump], "fulfilled");

        AssertClosedForGood(c);
    }

    private static SimulatedCase ToInMediation(CompiledWorkflow? workflow = null)
    {
        var c = ToAwaitingConsent(SimulatedCase.Register(workflow ?? ShippedWorkflows.V1, Registered));
        Step(c, "recordConsent", Mediator, [Chair, TimerPump], "awaitingConsent", ("party", SimulatedCase.Applicant));
        Step(c, "recordConsent", Mediator, [Chair, TimerPump], "awaitingConsent", ("party", SimulatedCase.Respondent));
        Step(c, "signAgreementOnMediation", Mediator, [Chair, TimerPump], "inMediation", ("signedByAll", "true"));
        return c;
    }

    private static SimulatedCase ToAwaitingConsent(SimulatedCase c)
    {
        Step(c, "acceptForMediation", Mediator, [TimerPump], "awaitingAssignment");
        Step(c, "assignMediator", Chair, [Mediator, TimerPump], "awaitingDeclaration", ("mediator", "user-aigerim"));
        Step(c, "declareNoConflict", Mediator, [Chair, TimerPump], "awaitingConsent", ("declaration", "true"));
        return c;
    }

    private static void HoldSession(SimulatedCase c)
    {
        Step(c, "scheduleSession", Mediator, [Chair, TimerPump], "inMediation", ("plannedAt", "2025-03-14T15:00"), ("online", "false"));
        Step(c, "recordSession", Mediator, [Chair, TimerPump], "inMediation", ("session", c.Facts.Sessions[^1].Id), ("attendance", "held"));
    }

    private static void ToMonitoring(SimulatedCase c)
    {
        Step(c, "reachSettlement", Mediator, [Chair, TimerPump], "drafting");
        Step(c, "addObligation", Mediator, [Chair, TimerPump], "drafting",
            ("party", SimulatedCase.Respondent), ("description", "Repair the shared fence"), ("dueOn", "2025-05-01"));
        Step(c, "signSettlement", Mediator, [Chair, TimerPump], "awaitingApproval", ("signedByAll", "true"));
        Step(c, "returnForRedraft", Chair, [Mediator, TimerPump], "drafting", ("comment", "Name who pays for the materials"));
        Step(c, "signSettlement", Mediator, [Chair, TimerPump], "awaitingApproval", ("signedByAll", "true"));
        Step(c, "approve", Chair, [Mediator, TimerPump], "monitoring");
    }

    private static SimulatedCase ToBreached()
    {
        var c = ToInMediation();
        HoldSession(c);
        ToMonitoring(c);
        var obligation = c.Facts.Obligations.Single().Id;
        Step(c, "obligationDue", TimerPump, [Mediator, Chair], "monitoring", ("obligation", obligation));
        Step(c, "recordObligationStatus", Mediator, [Chair, TimerPump], "monitoring", ("obligation", obligation), ("status", "breached"));
        Step(c, "closeBreached", Mediator, [Chair, TimerPump], "breached");
        return c;
    }

    /// <summary>Tries the action as each wrong role (refused for the role alone, case unmoved), then as the right one.</summary>
    private static void Step(SimulatedCase c, string trigger, string by, string[] refusedTo, string to, params (string Field, string? Value)[] input)
    {
        var from = c.State;
        foreach (var wrong in refusedTo)
        {
            var refused = c.Fire(trigger, wrong, input);
            Assert.Equal(Refusal.Blocked, refused.RefusedAs);
            Assert.Equal(BlockKind.Role, Assert.Single(refused.BlockedBy).Kind);
            Assert.Empty(refused.Effects);
            Assert.Equal(from, c.State);
        }

        var accepted = c.Fire(trigger, by, input);
        Assert.True(accepted.Accepted, $"{trigger} as {by} from {from}: {SimulatedCase.Describe(accepted)}");
        Assert.Equal(to, c.State);
    }

    /// <summary>A closed case is terminal and offers no action to anyone.</summary>
    private static void AssertClosedForGood(SimulatedCase c)
    {
        Assert.True(c.Workflow.State(c.State).Terminal, $"{c.State} should be terminal");
        Assert.Equal("closed", c.Workflow.StageOf(c.State).Id);
        Assert.Empty(c.Actions(Mediator, Chair, TimerPump));
    }
}
