using MediationFlow.Workflows.Tests.Engine;
using static MediationFlow.Workflows.Tests.Engine.Actors;

namespace MediationFlow.Workflows.Tests.Scenarios;

/// <summary>
/// Each scenario's checkpoints can all be met at once by a team that works the case well on the
/// engine — a checkpoint no path can meet would fail every team — and a careless path misses some.
/// </summary>
public sealed class GoodPathTests
{
    [Fact]
    public void Family_a_settlement_reviewed_and_signed_on_day_29_meets_every_checkpoint()
    {
        var team = WorkshopCase.For("family-child-support")
            .On(0).Do("acceptForMediation", Mediator).Do("assignMediator", Chair, ("mediator", "user-saule"))
            .On(1).Do("declareNoConflict", Mediator, ("declaration", "true"))
            .On(3).StartMediation()
            .HoldSessionOn(6)
            .HoldSessionOn(16)
            .On(24).Do("reachSettlement", Mediator)
            .AddObligation(1, "60 000 теңге картаға айдың 10-ына дейін", 40)
            .AddObligation(1, "Мектеп шығынының жартысы", 150)
            .Do("submitForReview", Mediator)
            .On(29).ApprovedAndSigned();

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
            .Do("submitForReview", Mediator)
            .On(16).ApprovedAndSigned();

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
    public void Community_a_fast_assignment_and_signatures_before_Nauryz_meet_every_checkpoint()
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
            .Do("submitForReview", Mediator)
            .On(11).ApprovedAndSigned()
            .On(13);
        team.Do("recordFollowUpCheck", Mediator, ("checkedOn", team.Case.TodayIso()), ("note", "Мереке тыныш өтті; тұрақтағы төбелесті ақсақалдар тоқтатты"));

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
        team.Do("withdraw", Mediator, ("party", team.PartyIds[0]), ("withdrawnOn", team.Case.TodayIso()), ("reason", "Will not sit at one table"));

        Assert.Equal(
            ["mediatorAssignedAtOnce", "sessionBeforeSettlement", "obligationsWithDueDates", "signedBeforeNauryz", "followUpAfterCelebration", "noCommunityWalkedOut"],
            team.Evaluate().Where(r => !r.Met).Select(r => r.Checkpoint.Id));
    }

    [Fact]
    public void Village_a_draft_sent_for_review_on_day_12_and_signed_by_day_20_meets_every_checkpoint()
    {
        var team = WorkshopCase.For("village-boundary")
            .On(0).Do("acceptForMediation", Mediator).Do("assignMediator", Chair, ("mediator", "user-aigerim"))
            .On(1).Do("declareNoConflict", Mediator, ("declaration", "true"))
            .On(2).StartMediation()
            .HoldSessionOn(10)
            .On(12).Do("reachSettlement", Mediator)
            .AddObligation(1, "Қоршауды жылжыту", 60)
            .Do("submitForReview", Mediator)
            .On(20).ApprovedAndSigned();

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
            .On(34).PumpTimers();

        // The written proposal came first, so only the checkpoints of settling in time are missed.
        Assert.Contains(team.History, s => s.Trigger == "deadlinePassed");
        Assert.Equal(
            ["sessionBeforeSettlement", "obligationsWithDueDates", "signedInTime", "deadlineNeverPassed"],
            team.Evaluate().Where(r => !r.Met).Select(r => r.Checkpoint.Id));
    }

    [Fact]
    public void Family_consent_recorded_before_any_written_proposal_misses_the_proposal_checkpoint()
    {
        var team = WorkshopCase.For("family-child-support")
            .On(0).Do("acceptForMediation", Mediator).Do("assignMediator", Chair, ("mediator", "user-saule"))
            .On(1).Do("declareNoConflict", Mediator, ("declaration", "true"));
        team.Do("recordConsent", Mediator, ("party", team.PartyIds[0]), ("consentedOn", team.Case.TodayIso()))
            .On(2).StartMediation();

        Assert.False(team.Evaluate().Single(r => r.Checkpoint.Id == "proposalBeforeConsent").Met);
    }

    private static void AssertAllMet(WorkshopCase team)
    {
        var missed = team.Evaluate().Where(r => !r.Met).Select(r => r.Checkpoint.Id);
        Assert.Empty(missed);
    }
}
