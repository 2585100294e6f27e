using MediationFlow.Core.Domain;
using MediationFlow.Core.Features.Workshops;
using MediationFlow.Core.Tests.Infrastructure;

namespace MediationFlow.Core.Tests.Timers;

/// <summary>
/// After a trainer's change, what fell due on that workshop's clock happens at once, as the workshop page
/// and the API take the change; real cases and other workshops are left to the timer pump's own round. The sandbox
/// cases run on version 3, whose deadline passing is an event in the state (the timer "mediationDeadline").
/// </summary>
public sealed class WorkshopChangesTests
{
    [Fact]
    public async Task A_trainers_clock_step_fires_the_sandbox_cases_due_timer_and_leaves_a_real_cases_due_timer_pending()
    {
        await using var app = await TestApp.StartAsync();
        var real = await CaseDriver.OpenAsync(app);
        await real.IntoMediationAsync();
        var workshop = await WorkshopDriver.StartedWithTwoTeamsAsync(app);

        // The real case's deadline falls due; no pump round has run since.
        app.Time.Advance(TimeSpan.FromDays(31));
        var sandbox = await workshop.TeamCaseAsync("Team 1");
        await sandbox.IntoSandboxMediationAsync(app.Data.TrainerA, app.Data.TraineeA);

        await workshop.StepClockAsync(days: 31);

        Assert.Equal(TimerStatus.Fired, await DeadlineTimerAsync(app, sandbox));
        Assert.Contains(await app.EventsAsync(sandbox.CaseId), e => e.Trigger == "deadlinePassed");
        Assert.Equal("inMediation", (await app.CaseRowAsync(real.CaseId)).State);
        Assert.Equal(TimerStatus.Pending, Assert.Single(await app.TimersAsync(real.CaseId)).Status);
    }

    [Fact]
    public async Task Another_workshops_due_timer_waits_for_the_pump()
    {
        await using var app = await TestApp.StartAsync();
        var mine = await WorkshopDriver.StartedWithTwoTeamsAsync(app);
        var other = await WorkshopDriver.StartedWithTwoTeamsAsync(app);
        var othersCase = await other.TeamCaseAsync("Team 1");
        await othersCase.IntoSandboxMediationAsync(app.Data.TrainerA, app.Data.TraineeA);
        await other.AdvanceAsync(days: 31);

        await mine.StepClockAsync(days: 1);

        Assert.Equal(TimerStatus.Pending, await DeadlineTimerAsync(app, othersCase));

        // The warning before the deadline and the deadline itself.
        Assert.Equal(2, await app.PumpAsync());
        Assert.Equal(TimerStatus.Fired, await DeadlineTimerAsync(app, othersCase));
    }

    [Fact]
    public async Task Any_change_to_the_workshop_is_followed_by_what_fell_due_on_its_clock()
    {
        await using var app = await TestApp.StartAsync();
        var workshop = await WorkshopDriver.StartedWithTwoTeamsAsync(app);
        var sandbox = await workshop.TeamCaseAsync("Team 1");
        await sandbox.IntoSandboxMediationAsync(app.Data.TrainerA, app.Data.TraineeA);

        // The running workshop clock carries the sandbox deadline past due with real time.
        app.Time.Advance(TimeSpan.FromDays(31));
        await workshop.ChangeAsync(new AddTeam.Command(workshop.Id, "Team 3", [Trainees.Second]));

        Assert.Equal(TimerStatus.Fired, await DeadlineTimerAsync(app, sandbox));
    }

    private static async Task<TimerStatus> DeadlineTimerAsync(TestApp app, CaseDriver driver) =>
        (await app.TimersAsync(driver.CaseId)).Single(t => t.TimerId == "mediationDeadline").Status;
}
