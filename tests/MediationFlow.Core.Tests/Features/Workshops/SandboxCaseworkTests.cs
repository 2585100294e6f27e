using MediationFlow.Core.Errors;
using MediationFlow.Core.Tests.Infrastructure;

namespace MediationFlow.Core.Tests.Features.Workshops;

/// <summary>
/// A team works its sandbox case with the very actions of a real case: the trainee as the mediator, the
/// trainer as the chair, on the workshop clock. Only the workshop clock moves here, so the tests share a database.
/// </summary>
public sealed class SandboxCaseworkTests(SharedApp fixture) : IClassFixture<SharedApp>
{
    [Fact]
    public async Task The_trainee_takes_the_case_into_mediation_the_trainer_assigning_them_as_the_chair()
    {
        var app = fixture.App;
        var (trainer, trainee) = (app.Data.TrainerA, app.Data.TraineeA);
        var workshop = await WorkshopDriver.StartedWithTwoTeamsAsync(app);
        var driver = await workshop.TeamCaseAsync("Team 1");

        await driver.TakeAsync(trainee, "acceptForMediation");
        await driver.TakeAsync(trainer, "assignMediator", ("mediator", CaseSteps.Key(trainee)));
        await driver.TakeAsync(trainee, "declareNoConflict", ("declaration", "true"));
        var today = await driver.WorkshopTodayAsync(trainee);
        foreach (var party in (await driver.ViewAsync(trainee)).Parties)
        {
            await driver.TakeAsync(trainee, "recordConsent", ("party", CaseSteps.Key(party.Id)), ("consentedOn", today));
        }

        var signed = await driver.TakeAsync(trainee, "signAgreementOnMediation", ("signedOn", today), ("signedByAll", "true"), ("withoutCopyReason", "Kept in the council's paper file"));

        Assert.Equal("inMediation", signed.State);
        var row = await app.CaseRowAsync(driver.CaseId);
        Assert.Equal(trainee, row.AssignedMediatorId);
        Assert.Equal(
            new (Guid?, string)[]
            {
                (trainer, "open"), (trainee, "acceptForMediation"), (trainer, "assignMediator"), (trainee, "declareNoConflict"),
                (trainee, "recordConsent"), (trainee, "recordConsent"), (trainee, "signAgreementOnMediation"),
            },
            (await app.EventsAsync(driver.CaseId)).Select(e => (e.ActorId, e.Trigger)));
    }

    [Fact]
    public async Task The_case_lives_on_the_workshop_clock_its_actions_and_deadline_in_workshop_time()
    {
        var app = fixture.App;
        var workshop = await WorkshopDriver.StartedWithTwoTeamsAsync(app);
        var driver = await workshop.TeamCaseAsync("Team 1");
        await driver.ToAwaitingConsentAsync(app.Data.TrainerA, app.Data.TraineeA);

        await workshop.AdvanceAsync(days: 2);
        await driver.ConsentAndSignAsync(app.Data.TraineeA);

        // Real time has not moved at all; two days have passed in the workshop.
        Assert.Equal(TestApp.Start, app.Time.GetUtcNow());
        var workshopNow = TestApp.Start.AddDays(2);
        Assert.Equal(workshopNow, (await app.EventsAsync(driver.CaseId))[^1].OccurredAt);

        // Signed on the workshop's 28 November: the 30-day term ends with 28 December in the council's time zone.
        var termEnds = new DateTimeOffset(2026, 12, 29, 0, 0, 0, TimeSpan.FromHours(5));
        Assert.Equal(termEnds, (await app.CaseRowAsync(driver.CaseId)).Deadline);
        var view = await driver.ViewAsync(app.Data.TraineeA);
        Assert.Equal((workshopNow, (DateTimeOffset?)termEnds), (view.Now, view.Deadline));
    }

    [Fact]
    public async Task On_a_sandbox_case_only_a_trainee_of_the_team_can_be_assigned_as_mediator()
    {
        var app = fixture.App;
        var workshop = await WorkshopDriver.StartedWithTwoTeamsAsync(app);
        var driver = await workshop.TeamCaseAsync("Team 1");
        await driver.TakeAsync(app.Data.TraineeA, "acceptForMediation");
        var otherTeam = await Trainees.EnsureAsync(app, Trainees.Second);

        // A real mediator of the council, and a trainee of the other team, are not this team's.
        foreach (var notOfTheTeam in new[] { app.Data.MediatorA, otherTeam })
        {
            var refused = await driver.RefusedAsync<ValidationFailedException>(app.Data.TrainerA, "assignMediator", ("mediator", CaseSteps.Key(notOfTheTeam)));
            Assert.Equal(("input.mediator", "notCouncilMediator"), (refused.Errors.Single().Field, refused.Errors.Single().Code));
        }

        var assigned = await driver.TakeAsync(app.Data.TrainerA, "assignMediator", ("mediator", CaseSteps.Key(app.Data.TraineeA)));
        Assert.Equal("awaitingDeclaration", assigned.State);
    }
}
