using MediationFlow.Workflows.Definitions;
using MediationFlow.Workflows.Engine;
using static MediationFlow.Workflows.Tests.Engine.Actors;

namespace MediationFlow.Workflows.Tests.Engine;

/// <summary>
/// Version 3 wants the signed copy of the agreement on mediation and of each party's signature in the case file, or the
/// reason why there is none: listed beside the action, and refused on the reason field until one or the other is given.
/// </summary>
public sealed class RequirementTests
{
    private static readonly DateTimeOffset Registered = new(2025, 3, 3, 10, 0, 0, TimeSpan.FromHours(5));

    private static SimulatedCase ReadyToSign() => SimulatedCase.RegisterVersion3(Registered).ReadyForConsent().ConsentAll();

    [Fact]
    public void Without_the_signed_copy_the_agreement_on_mediation_lists_what_is_missing_and_waits_for_a_reason()
    {
        var c = ReadyToSign();

        var listed = c.Actions(Mediator).Single(a => a.Trigger == "signAgreementOnMediation");
        var refused = c.Fire("signAgreementOnMediation", Mediator, ("signedOn", c.TodayIso()), ("signedByAll", "true"));

        Assert.True(listed.IsPermitted);
        var missing = Assert.Single(listed.Missing);
        Assert.Equal(("attachment:signedAgreementOnMediation", "withoutCopyReason"), (missing.Code, missing.ReasonField));
        Assert.Equal("Подписанного договора о медиации нет в материалах дела: прикрепите его скан или укажите, почему его нет", missing.Message.For("ru"));
        Assert.Equal(Refusal.InvalidInput, refused.RefusedAs);
        var error = Assert.Single(refused.InputErrors);
        Assert.Equal(("withoutCopyReason", "requirement", missing.Message), (error.Field, error.Code, error.Message));
        Assert.Equal("awaitingConsent", c.State);
    }

    [Fact]
    public void A_reason_lets_the_agreement_on_mediation_go_ahead()
    {
        var c = ReadyToSign();

        c.Do("signAgreementOnMediation", Mediator, ("signedOn", c.TodayIso()), ("signedByAll", "true"), ("withoutCopyReason", "The scan follows tomorrow"));

        Assert.Equal("inMediation", c.State);
    }

    [Fact]
    public void The_signed_copy_in_the_case_file_meets_the_requirement_with_no_reason()
    {
        var c = ReadyToSign();
        c.Attach(new CaseFileFact(Requirements.SignedAgreementOnMediation, null));

        Assert.Empty(c.Actions(Mediator).Single(a => a.Trigger == "signAgreementOnMediation").Missing);
        c.Do("signAgreementOnMediation", Mediator, ("signedOn", c.TodayIso()), ("signedByAll", "true"));
        Assert.Equal("inMediation", c.State);
    }

    [Fact]
    public void A_partys_signature_needs_that_partys_signed_copy_not_another_ones()
    {
        var c = SimulatedCase.RegisterVersion3(Registered).OutForSignature();
        c.Attach(new CaseFileFact(Requirements.SignedSettlement, null, SimulatedCase.Applicant));
        c.Attach(new CaseFileFact(Requirements.SignedAgreementOnMediation, null));

        // The respondent's copy is still missing, so the listing says so.
        Assert.Equal(["attachment:signedSettlement"], c.Actions(Mediator).Single(a => a.Trigger == "recordSignature").Missing.Select(m => m.Code));
        var respondent = c.Fire("recordSignature", Mediator, ("party", SimulatedCase.Respondent), ("signedOn", c.TodayIso()), ("method", "inPerson"));
        c.Do("recordSignature", Mediator, ("party", SimulatedCase.Applicant), ("signedOn", c.TodayIso()), ("method", "inPerson"));

        Assert.Equal(["withoutCopyReason"], respondent.InputErrors.Select(e => e.Field));
        c.Attach(new CaseFileFact(Requirements.SignedSettlement, null, SimulatedCase.Respondent));
        Assert.Empty(c.Actions(Mediator).Single(a => a.Trigger == "recordSignature").Missing);
        c.Do("recordSignature", Mediator, ("party", SimulatedCase.Respondent), ("signedOn", c.TodayIso()), ("method", "emailCopy"));
        Assert.Equal("monitoring", c.State);
    }

    [Fact]
    public void A_requirement_without_a_reason_field_blocks_the_action_like_a_guard()
    {
        var definition = ShippedWorkflows.V3.Definition;
        var strict = definition with
        {
            Transitions = [.. definition.Transitions.Select(t => t.Trigger == "signAgreementOnMediation"
                ? t with { Requires = [new RequirementDefinition { Attachment = Requirements.SignedAgreementOnMediation }] }
                : t)],
        };
        var c = new SimulatedCase(new CompiledWorkflow(strict), SimulatedCase.RegisterVersion3(Registered).Facts, Registered).ReadyForConsent().ConsentAll();

        var listed = c.Actions(Mediator).Single(a => a.Trigger == "signAgreementOnMediation");

        Assert.False(listed.IsPermitted);
        Assert.Equal((BlockKind.Requirement, "attachment:signedAgreementOnMediation"), (listed.BlockedBy.Single().Kind, listed.BlockedBy.Single().Code));
        Assert.Equal("The signed agreement on mediation is not in the case file: attach its scan", listed.BlockedBy.Single().Message.For("en"));
        Assert.Equal(Refusal.Blocked, c.Fire("signAgreementOnMediation", Mediator, ("signedOn", c.TodayIso()), ("signedByAll", "true"), ("withoutCopyReason", "none")).RefusedAs);
        c.Attach(new CaseFileFact(Requirements.SignedAgreementOnMediation, null));
        c.Do("signAgreementOnMediation", Mediator, ("signedOn", c.TodayIso()), ("signedByAll", "true"));
    }
}
