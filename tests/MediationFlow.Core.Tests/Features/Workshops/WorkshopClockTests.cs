using MediationFlow.Core.Domain;
using MediationFlow.Core.Tests.Infrastructure;

namespace MediationFlow.Core.Tests.Features.Workshops;

/// <summary>
/// The workshop clock the trainer moves: sandbox deadlines fall due on it, not on real time. Each test has
/// its own database because most move real time too, which would move every running workshop in it.
/// Every test has a real case of council A in mediation beside the workshop, as the control for real time. The
/// sandbox cases run on version 3, as the scenario does: the deadline passing is an event in the state, and the
/// term of an agreement on mediation signed on day 0 (26 November) ends with 26 December in the council's time zone.
/// </summary>
public sealed class WorkshopClockTests
{
    [Fact]
    public async Task Advancing_31_days_passes_the_deadline_of_the_team_in_mediation_but_not_of_the_team_still_in_intake()
    {
        await using var app = await TestApp.StartAsync();
        var (workshop, inMediation, inIntake, real) = await SetUpAsync(app);

        var clock = await workshop.AdvanceAsync(days: 31);
        Assert.Equal((TestApp.Start.AddDays(31), 31), (clock.Now, clock.Day));

        // The trainer's page runs the pump right after the change; until then nothing has fired.
        Assert.False(await DeadlinePassedAsync(app, inMediation));

        // The warning five days before the deadline, then the deadline itself.
        Assert.Equal(2, await app.PumpAsync());

        var passed = await app.CaseRowAsync(inMediation.CaseId);
        Assert.Equal(("inMediation", (DateTimeOffset?)TermEnds), (passed.State, passed.Deadline));
        var fired = (await app.EventsAsync(inMediation.CaseId))[^1];
        Assert.Equal(("deadlinePassed", (Guid?)null, TestApp.Start.AddDays(31)), (fired.Trigger, fired.ActorId, fired.OccurredAt));

        var intake = await app.CaseRowAsync(inIntake.CaseId);
        Assert.Equal(("awaitingAssignment", (DateTimeOffset?)null), (intake.State, intake.Deadline));
        Assert.Empty(await app.TimersAsync(inIntake.CaseId));

        // Real time stood still: the real case beside the workshop is still within its 30 days.
        Assert.Equal(TestApp.Start, app.Time.GetUtcNow());
        Assert.Equal("inMediation", (await app.CaseRowAsync(real.CaseId)).State);

        var view = await workshop.ViewAsync();
        Assert.Equal([("Team 1", true), ("Team 2", false)], view.Teams.Select(t => (t.Name, t.Overdue)));
    }

    [Fact]
    public async Task Real_time_passing_does_not_move_a_paused_workshops_cases()
    {
        await using var app = await TestApp.StartAsync();
        var (workshop, inMediation, _, real) = await SetUpAsync(app);
        await workshop.AdvanceAsync(days: 1);

        var paused = await workshop.PauseAsync();
        app.Time.Advance(TimeSpan.FromDays(31));
        var fired = await app.PumpAsync();

        Assert.Equal((WorkshopStatus.Paused, TestApp.Start.AddDays(1)), (paused.Status, paused.Now));

        // The pump ran and fired the real case's deadline; the sandbox term's timers stay pending.
        Assert.Equal(1, fired);
        Assert.Equal("overdue", (await app.CaseRowAsync(real.CaseId)).State);
        Assert.False(await DeadlinePassedAsync(app, inMediation));
        Assert.All(await app.TimersAsync(inMediation.CaseId), t => Assert.Equal(TimerStatus.Pending, t.Status));
        Assert.Equal(TestApp.Start.AddDays(1), (await workshop.ViewAsync()).Now);
        Assert.Equal(TestApp.Start.AddDays(1), (await inMediation.ViewAsync(app.Data.TraineeA)).Now);
    }

    [Fact]
    public async Task A_resumed_workshop_runs_on_from_where_it_was_paused()
    {
        await using var app = await TestApp.StartAsync();
        var (workshop, inMediation, _, _) = await SetUpAsync(app);
        await workshop.PauseAsync();
        app.Time.Advance(TimeSpan.FromDays(10));

        var resumed = await workshop.ResumeAsync();
        Assert.Equal((WorkshopStatus.Running, TestApp.Start), (resumed.Status, resumed.Now));

        // Day 30 of the workshop (39 in real time): the deadline is still ahead.
        app.Time.Advance(TimeSpan.FromDays(30));
        await app.PumpAsync();
        Assert.False(await DeadlinePassedAsync(app, inMediation));

        app.Time.Advance(TimeSpan.FromDays(1));
        await app.PumpAsync();
        Assert.True(await DeadlinePassedAsync(app, inMediation));
    }

    [Fact]
    public async Task A_running_workshops_clock_runs_with_real_time()
    {
        await using var app = await TestApp.StartAsync();
        var (workshop, inMediation, inIntake, _) = await SetUpAsync(app);

        app.Time.Advance(TimeSpan.FromHours(5));
        var view = await workshop.ViewAsync();
        Assert.Equal((TestApp.Start.AddHours(5), 0, 5), (view.Now, view.Day, view.Hour));
        await inIntake.TakeAsync(app.Data.TrainerA, "assignMediator", ("mediator", CaseSteps.Key(await Trainees.EnsureAsync(app, Trainees.Second))));
        Assert.Equal(TestApp.Start.AddHours(5), (await app.EventsAsync(inIntake.CaseId))[^1].OccurredAt);

        app.Time.Advance(TimeSpan.FromDays(31));
        await app.PumpAsync();

        Assert.True(await DeadlinePassedAsync(app, inMediation));
    }

    [Fact]
    public async Task Ending_the_workshop_stops_its_clock_for_good()
    {
        await using var app = await TestApp.StartAsync();
        var (workshop, inMediation, _, _) = await SetUpAsync(app);
        await workshop.AdvanceAsync(days: 10);

        Assert.Equal(WorkshopStatus.Ended, await workshop.EndAsync());
        app.Time.Advance(TimeSpan.FromDays(60));
        await app.PumpAsync();

        var view = await workshop.ViewAsync();
        Assert.Equal((WorkshopStatus.Ended, TestApp.Start.AddDays(10), 10), (view.Status, view.Now, view.Day));
        Assert.False(await DeadlinePassedAsync(app, inMediation));
        Assert.All(await app.TimersAsync(inMediation.CaseId), t => Assert.Equal(TimerStatus.Pending, t.Status));

        // The cases stay for the debrief, on the stopped clock.
        Assert.Equal(TestApp.Start.AddDays(10), (await inMediation.ViewAsync(app.Data.TrainerA)).Now);
    }

    [Fact]
    public async Task A_workshop_ended_before_it_started_can_still_be_opened()
    {
        await using var app = await TestApp.StartAsync();
        var workshop = await WorkshopDriver.CreateAsync(app);
        await workshop.AddTeamAsync("Team 1", "trainee.a");

        await workshop.EndAsync();
        app.Time.Advance(TimeSpan.FromHours(2));

        var view = await workshop.ViewAsync();
        Assert.Equal((WorkshopStatus.Ended, TestApp.Start, (DateTimeOffset?)null), (view.Status, view.Now, view.StartedAt));
        Assert.Equal(TestApp.Start, (await workshop.DebriefAsync()).Now);
    }

    private static readonly DateTimeOffset TermEnds = new(2026, 12, 27, 0, 0, 0, TimeSpan.FromHours(5));

    private static async Task<bool> DeadlinePassedAsync(TestApp app, CaseDriver driver) =>
        (await app.EventsAsync(driver.CaseId)).Any(e => e.Trigger == "deadlinePassed");

    /// <summary>
    /// A started workshop: team 1's case in mediation since day 0 (its term ends with day 30), team 2's accepted but
    /// still in intake; and a real case of council A in mediation since the same real moment.
    /// </summary>
    private static async Task<(WorkshopDriver Workshop, CaseDriver InMediation, CaseDriver InIntake, CaseDriver Real)> SetUpAsync(TestApp app)
    {
        var workshop = await WorkshopDriver.StartedWithTwoTeamsAsync(app);
        var inMediation = await workshop.TeamCaseAsync("Team 1");
        await inMediation.IntoSandboxMediationAsync(app.Data.TrainerA, app.Data.TraineeA);
        var inIntake = await workshop.TeamCaseAsync("Team 2");
        await inIntake.TakeAsync(await Trainees.EnsureAsync(app, Trainees.Second), "acceptForMediation");
        var real = await CaseDriver.OpenAsync(app);
        await real.IntoMediationAsync();
        return (workshop, inMediation, inIntake, real);
    }
}
