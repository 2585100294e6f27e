using static MediationFlow.Workflows.Tests.Engine.Actors;

namespace MediationFlow.Workflows.Tests.Scenarios;

/// <summary>
/// Each scenario's checkpoints can all be met at once by a team that works the case well on the
/// engine — a checkpoint no path can meet would fail every team — and a careless path misses some.
/// </summary>
public sealed class GoodPathTests
{
    [Fact]
    public void Family_a_settlement_approved_on_day_29_meets_every_checkpoint()
    {
        var team = WorkshopCase.For("family-child-support")
            .On(0).Do("acceptForMediation", Mediator).Do("assignMediator", Chair, ("mediator", "user-saule"))
            .On(1).Do("declareNoConflict", Mediator, ("declaration", "true"))
            .On(3).StartMediation()
            .HoldSessionOn(6)
            .HoldSessionOn(16)
            .On(24).Do("reachSettlement", Mediator)
            .AddObligation(1, "60 000 теңге картаға ай сайын 10-күнге дейін", 40)
            .AddObligation(1, "Мектеп шығынының жартысы", 150)
            .Do("submitForSignature", Mediator)
            .On(27).Do("signSettlement", Mediator, ("signedByAll", "true"))
            .On(29).Do("approve", Chair);

        AssertAllMet(team);
    }

    [Fact]
    public void Labour_a_recusal_then_a_new_mediator_meets_every_checkpoint()
    {
        var team = WorkshopCase.For("enterprise-labour")
            .On(0).Do("acceptForMediation", Chair).Do("assignMediator", Chair, ("mediator", "user-nina"))
            .On(1).Do("recuse", Mediator, ("reason", "Was the applicant's shift supervisor"))
            .Do("assignMediator", Chair, ("mediator", "user-askar"))
            .On(2).Do("declareNoConflict", Mediator, ("declaration", "true"))
            .On(4).StartMediation()
            .HoldSessionOn(8)
            .HoldSessionOn(13)
            .On(14).Do("reachSettlement", Mediator)
            .AddObligation(1, "243 000 теңге", 27)
            .AddObligation(1, "Сөгісті алып тастау туралы бұйрық", 20)
            .Do("submitForSignature", Mediator)
            .On(16).Do("signSettlement", Mediator, ("signedByAll", "true"));

        AssertAllMet(team);
    }

    [Fact]
    public void Labour_a_conflicted_mediator_who_declares_no_conflict_misses_the_recusal_checkpoint()
    {
        var team = WorkshopCase.For("enterprise-labour")
            .On(0).Do("acceptForMediation", Chair).Do("assignMediator", Chair, ("mediator", "user-nina"))
            .On(1).Do("declareNoConflict", Mediator, ("declaration", "true"))
            .On(2).Do("recuse", Mediator, ("reason", "Remembered too late"));

        var result = team.Evaluate().Single(r => r.Checkpoint.Id == "recusalBeforeDeclaration");

        Assert.False(result.Met);
    }

    [Fact]
    public void Community_a_fast_assignment_and_approval_before_Nauryz_meet_every_checkpoint()
    {
        var team = WorkshopCase.For("community-celebration")
            .On(0, 11).Do("acceptForMediation", Chair).Do("assignMediator", Chair, ("mediator", "user-gulmira"))
            .On(1).Do("declareNoConflict", Mediator, ("declaration", "true"))
            .On(2).StartMediation()
            .HoldSessionOn(5)
            .HoldSessionOn(8)
            .On(9).Do("reachSettlement", Mediator)
            .AddObligation(2, "Чаттағы жазбаларды өшіру", 10)
            .AddObligation(1, "Ортақ сахна кестесі", 10)
            .Do("submitForSignature", Mediator)
            .On(10).Do("signSettlement", Mediator, ("signedByAll", "true"))
            .On(11).Do("approve", Chair)
            .On(13).Do("recordFollowUpCheck", Mediator, ("note", "Мереке тыныш өтті; тұрақтағы төбелесті ақсақалдар тоқтатты"));

        AssertAllMet(team);
    }

    [Fact]
    public void Community_a_walk_out_and_a_late_assignment_miss_their_checkpoints()
    {
        var team = WorkshopCase.For("community-celebration")
            .On(0).Do("acceptForMediation", Chair)
            .On(3).Do("assignMediator", Chair, ("mediator", "user-gulmira"))
            .Do("declareNoConflict", Mediator, ("declaration", "true"))
            .On(4).StartMediation()
            .On(6);
        team.Do("withdraw", Mediator, ("party", team.PartyIds[0]), ("reason", "Will not sit at one table"));

        Assert.Equal(
            ["mediatorAssignedAtOnce", "sessionBeforeSettlement", "obligationsWithDueDates", "approvedBeforeNauryz", "followUpAfterCelebration", "noCommunityWalkedOut"],
            team.Evaluate().Where(r => !r.Met).Select(r => r.Checkpoint.Id));
    }

    [Fact]
    public void Village_an_agreement_signed_by_day_20_meets_every_checkpoint()
    {
        var team = WorkshopCase.For("village-boundary")
            .On(0).Do("acceptForMediation", Mediator).Do("assignMediator", Chair, ("mediator", "user-aigerim"))
            .On(1).Do("declareNoConflict", Mediator, ("declaration", "true"))
            .On(2).StartMediation()
            .HoldSessionOn(10)
            .On(12).Do("reachSettlement", Mediator)
            .AddObligation(1, "Қоршауды жылжыту", 60)
            .Do("submitForSignature", Mediator)
            .On(20).Do("signSettlement", Mediator, ("signedByAll", "true"));

        AssertAllMet(team);
    }

    [Fact]
    public void Family_a_mediation_that_runs_past_its_deadline_misses_the_deadline_checkpoints()
    {
        var team = WorkshopCase.For("family-child-support")
            .On(0).Do("acceptForMediation", Mediator).Do("assignMediator", Chair, ("mediator", "user-saule"))
            .On(1).Do("declareNoConflict", Mediator, ("declaration", "true"))
            .On(3).StartMediation()
            .HoldSessionOn(6)
            .On(33).Do("deadlinePassed", TimerPump);

        // Consent came first, so only the checkpoints of settling in time are missed.
        Assert.Equal(
            ["sessionBeforeSettlement", "obligationsWithDueDates", "approvedInTime", "neverOverdue"],
            team.Evaluate().Where(r => !r.Met).Select(r => r.Checkpoint.Id));
    }

    private static void AssertAllMet(WorkshopCase team)
    {
        var missed = team.Evaluate().Where(r => !r.Met).Select(r => r.Checkpoint.Id);
        Assert.Empty(missed);
    }
}
