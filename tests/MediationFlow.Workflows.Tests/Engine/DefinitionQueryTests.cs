using MediationFlow.Workflows.Engine;
using static MediationFlow.Workflows.Tests.Engine.Actors;

namespace MediationFlow.Workflows.Tests.Engine;

/// <summary>
/// What the application asks a definition outside actions: whether parties and the like may be edited in a state, the
/// screening questions to ask, the legal basis of a rule, which states need the mediators counted, which actions are
/// the deadline passing.
/// </summary>
public sealed class DefinitionQueryTests
{
    private static readonly DateTimeOffset Registered = new(2025, 3, 3, 10, 0, 0, TimeSpan.FromHours(5));
    private static readonly HashSet<string> AsChair = new(StringComparer.Ordinal) { Chair };

    [Theory]
    [InlineData("registered", "parties", true)]
    [InlineData("awaitingConsent", "screening", true)]
    [InlineData("awaitingConsent", "referral", true)]
    [InlineData("inMediation", "parties", false)]
    [InlineData("inMediation", "representatives", true)]
    [InlineData("awaitingTransfer", "participants", true)]
    [InlineData("monitoring", "representatives", false)]
    [InlineData("fulfilled", "participants", false)]
    public void Version_3_says_per_state_what_may_be_edited(string state, string what, bool allowed)
    {
        var blocked = ShippedWorkflows.V3.MayEdit(state, what, CaseFacts.Empty, AsChair);

        Assert.Equal(allowed, blocked.Count == 0);
        Assert.All(blocked, b => Assert.Equal((BlockKind.State, "state"), (b.Kind, b.Code)));
    }

    [Fact]
    public void Parties_stay_editable_before_consent_only_until_an_agreement_on_mediation_is_signed()
    {
        var c = SimulatedCase.RegisterVersion3(Registered).Mediating();
        c.Do("recuse", Mediator, ("reason", "A relative of the applicant"));

        var blocked = Assert.Single(c.Workflow.MayEdit(c.State, "parties", c.Facts, AsChair));

        Assert.Equal(("awaitingAssignment", BlockKind.Guard, "mediationNotStarted"), (c.State, blocked.Kind, blocked.Code));
        Assert.Equal("secondary", blocked.Basis?.Status);
        Assert.Empty(c.Workflow.MayEdit(c.State, "representatives", c.Facts, AsChair));
    }

    [Theory]
    [InlineData("registered", "parties", true)]
    [InlineData("awaitingConsent", "parties", true)]
    [InlineData("inMediation", "parties", false)]
    [InlineData("inMediation", "representatives", true)]
    [InlineData("breached", "participants", false)]
    public void Versions_1_and_2_let_parties_change_in_the_first_stage_and_people_around_them_until_the_end(string state, string what, bool allowed)
    {
        Assert.Equal(allowed, ShippedWorkflows.V2.MayEdit(state, what, CaseFacts.Empty, AsChair).Count == 0);
    }

    [Fact]
    public void Version_3_asks_its_four_questions_with_their_bases_and_versions_1_and_2_their_three()
    {
        var v3 = ShippedWorkflows.V3.Screening;
        var v2 = ShippedWorkflows.V2.Screening;

        Assert.Equal(["affectsThirdParties", "partyLacksCapacity", "corruptionOrPublicServiceOffence", "stateBodyIsParty"], v3.Select(q => q.Id));
        Assert.Equal(["verified", "verified", "verified", "unverified"], v3.Select(q => ShippedWorkflows.V3.Basis(q.Basis)?.Status));
        Assert.All(v3, q => Assert.True(q.Bars));
        Assert.Equal(["affectsThirdParties", "partyLacksCapacity", "corruptionOrPublicServiceOffence"], v2.Select(q => q.Id));
        Assert.All(v2, q => Assert.Null(q.Basis));
    }

    [Fact]
    public void A_basis_is_shown_by_its_citation_in_three_languages()
    {
        var basis = ShippedWorkflows.V3.Basis("art21");

        Assert.Equal(("«Медиация туралы» Заңның 21-бабы", "ст. 21 Закона «О медиации»", "Law On Mediation, Art. 21", "secondary"),
            (basis?.Cite.Kk, basis?.Cite.Ru, basis?.Cite.En, basis?.Status));
        Assert.Null(ShippedWorkflows.V3.Basis("art99"));
        Assert.Null(ShippedWorkflows.V2.Basis("art21"));
    }

    [Theory]
    [InlineData("awaitingAssignment", true)]
    [InlineData("inMediation", true)]
    [InlineData("monitoring", true)]
    [InlineData("registered", false)]
    [InlineData("fulfilled", false)]
    public void Mediators_are_counted_only_where_an_action_depends_on_it(string state, bool needed)
    {
        Assert.Equal(needed, ShippedWorkflows.V3.NeedsMediatorCount(state));
    }

    [Fact]
    public void The_deadline_passing_is_the_action_deadline_timers_fire()
    {
        Assert.Equal(["deadlinePassed"], ShippedWorkflows.V3.DeadlineTriggers);
        Assert.Equal(["deadlinePassed"], ShippedWorkflows.V2.DeadlineTriggers);
    }

    [Fact]
    public void Version_3_has_parties_only_as_applicants_and_respondents()
    {
        Assert.Equal(["applicant", "respondent"], ShippedWorkflows.V3.Definition.PartyRoles);
        Assert.Null(ShippedWorkflows.V2.Definition.PartyRoles);
    }

    [Fact]
    public void The_timers_a_state_starts_are_those_entering_it_starts()
    {
        Assert.Equal(["followUp30", "followUp90"], ShippedWorkflows.V3.TimersOf("monitoring").Select(t => t.Id));
        Assert.Equal(["deadlineApproaching", "mediationDeadline", "termExpiry"], ShippedWorkflows.V3.TimersOf("awaitingReview").Select(t => t.Id));
    }
}
