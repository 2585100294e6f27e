using MediationFlow.Core.Domain;
using MediationFlow.Core.Security;

namespace MediationFlow.Core.Tests.Security;

/// <summary>
/// <see cref="CaseAccess.MayReadConfidential"/> on cases held in memory: the mediator assigned now, while a mediator of
/// the council, or on a sandbox case a trainee of its team. Nobody else, whatever else they may read.
/// </summary>
public sealed class ConfidentialityRuleTests
{
    private const int Council = 7;
    private static readonly Guid Mediator = Guid.NewGuid();
    private static readonly Guid Chair = Guid.NewGuid();

    private static Case Real(Guid? assigned, Guid registeredBy) => new()
    {
        Id = 1,
        Number = "AKM-01-2026-0001",
        CouncilId = Council,
        Description = "A fence.",
        DefinitionId = "community-mediation",
        State = "awaitingConsent",
        Stage = "intake",
        AssignedMediatorId = assigned,
        RegisteredById = registeredBy,
    };

    private static Actor Person(Guid id, params Grant[] grants) => new(id, grants, IsSystem: false);

    [Fact]
    public void The_assigned_mediator_of_the_council_reads_the_notes()
    {
        Assert.True(Person(Mediator, new Grant(Council, CouncilRole.Mediator)).MayReadConfidential(Real(Mediator, Chair)));
    }

    [Fact]
    public void The_registering_mediator_reads_the_case_before_assignment_but_not_its_notes()
    {
        var registrar = Person(Mediator, new Grant(Council, CouncilRole.Mediator));
        var unassigned = Real(assigned: null, registeredBy: Mediator);

        Assert.True(registrar.MayRead(unassigned));
        Assert.False(registrar.MayReadConfidential(unassigned));
    }

    [Fact]
    public void A_chair_reads_every_case_of_the_council_but_no_note_even_when_also_a_mediator_there()
    {
        var chair = Person(Chair, new Grant(Council, CouncilRole.Chair), new Grant(Council, CouncilRole.Mediator));
        var @case = Real(Mediator, Mediator);

        Assert.True(chair.MayRead(@case));
        Assert.False(chair.MayReadConfidential(@case));
    }

    [Fact]
    public void A_mediator_no_longer_of_the_council_loses_the_notes_with_the_case()
    {
        Assert.False(Person(Mediator, new Grant(Council, CouncilRole.Analyst)).MayReadConfidential(Real(Mediator, Chair)));
        Assert.False(Person(Mediator, new Grant(Council + 1, CouncilRole.Mediator)).MayReadConfidential(Real(Mediator, Chair)));
    }

    [Fact]
    public void On_a_sandbox_case_the_team_reads_the_notes_and_the_trainer_does_not()
    {
        var sandbox = Real(Mediator, Chair);
        sandbox.WorkshopId = 3;
        var trainee = Person(Guid.NewGuid()) with { TeamCases = [sandbox.Id] };
        var trainer = Person(Guid.NewGuid(), new Grant(Council, CouncilRole.Trainer)) with { TrainerOf = [3] };

        Assert.True(trainee.MayReadConfidential(sandbox));
        Assert.True(trainer.MayRead(sandbox));
        Assert.False(trainer.MayReadConfidential(sandbox));
        Assert.False(Person(Mediator, new Grant(Council, CouncilRole.Mediator)).MayReadConfidential(sandbox));
    }

    [Fact]
    public void Nobody_signed_out_reads_a_note()
    {
        Assert.False(Actor.Anonymous.MayReadConfidential(Real(Mediator, Chair)));
        Assert.False(Actor.System.MayReadConfidential(Real(Mediator, Chair)));
    }
}
