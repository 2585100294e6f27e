using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Tests.Infrastructure;

namespace MediationFlow.Core.Tests.Features.Workshops;

/// <summary>
/// The scenario's scripted events (village-boundary: day 3 at 10:00, day 10, day 20) happen when the
/// workshop clock passes them, whether the trainer moves it or it runs; the trainer may fire one early.
/// </summary>
public sealed class ScriptedEventTests(SharedApp fixture) : IClassFixture<SharedApp>
{
    private static readonly TimeSpan Day3At10 = TimeSpan.FromDays(3) + TimeSpan.FromHours(10);

    [Fact]
    public async Task An_event_happens_when_the_trainer_moves_the_clock_past_its_day_and_hour()
    {
        var workshop = await WorkshopDriver.StartedWithTwoTeamsAsync(fixture.App);

        await workshop.AdvanceAsync(days: 3);
        Assert.Empty((await workshop.StoredAsync()).FiredEvents);

        await workshop.AdvanceAsync(days: 0, hours: 10);

        var fired = Assert.Single((await workshop.StoredAsync()).FiredEvents);
        Assert.Equal(("respondentMissesSession", TestApp.Start + Day3At10, false), (fired.EventId, fired.FiredAt, fired.FiredByTrainer));
        var shown = (await workshop.ViewAsync(fixture.App.Data.TraineeA)).Events;
        Assert.Equal(
            [("respondentMissesSession", (DateTimeOffset?)(TestApp.Start + Day3At10)), ("surveyorAvailable", null), ("applicantThreatensCourt", null)],
            shown.Select(e => (e.Id, e.FiredAt)));
    }

    [Fact]
    public async Task A_big_step_lets_every_event_it_passes_happen_at_its_own_time()
    {
        var workshop = await WorkshopDriver.StartedWithTwoTeamsAsync(fixture.App);

        await workshop.AdvanceAsync(days: 15);

        Assert.Equal(
            [("respondentMissesSession", TestApp.Start + Day3At10), ("surveyorAvailable", TestApp.Start.AddDays(10))],
            (await workshop.StoredAsync()).FiredEvents.OrderBy(f => f.FiredAt).Select(f => (f.EventId, f.FiredAt)));
    }

    [Fact]
    public async Task The_pump_lets_events_happen_as_a_running_workshops_clock_runs()
    {
        // Real time moves here, so this test has a database of its own.
        await using var app = await TestApp.StartAsync();
        var workshop = await WorkshopDriver.StartedWithTwoTeamsAsync(app);

        app.Time.Advance(TimeSpan.FromDays(10) + TimeSpan.FromMinutes(5));
        Assert.Empty((await workshop.StoredAsync()).FiredEvents);
        await app.PumpAsync();

        var fired = (await workshop.StoredAsync()).FiredEvents.OrderBy(f => f.FiredAt).ToList();
        Assert.Equal(
            [("respondentMissesSession", TestApp.Start + Day3At10, false), ("surveyorAvailable", TestApp.Start.AddDays(10), false)],
            fired.Select(f => (f.EventId, f.FiredAt, f.FiredByTrainer)));

        // A paused workshop's clock stands still, so nothing further falls due however long the pause.
        await workshop.PauseAsync();
        app.Time.Advance(TimeSpan.FromDays(30));
        await app.PumpAsync();
        Assert.Equal(2, (await workshop.StoredAsync()).FiredEvents.Count);
    }

    [Fact]
    public async Task The_trainer_fires_an_event_early_once_and_it_does_not_happen_again_on_its_day()
    {
        var workshop = await WorkshopDriver.StartedWithTwoTeamsAsync(fixture.App);
        await workshop.AdvanceAsync(days: 1);

        var firedAt = await workshop.FireEventAsync("applicantThreatensCourt");

        Assert.Equal(TestApp.Start.AddDays(1), firedAt);
        var again = await Assert.ThrowsAsync<ValidationFailedException>(() => workshop.FireEventAsync("applicantThreatensCourt"));
        Assert.Equal(("eventId", "alreadyFired"), (again.Errors.Single().Field, again.Errors.Single().Code));

        await workshop.AdvanceAsync(days: 25);

        var fired = (await workshop.StoredAsync()).FiredEvents;
        Assert.Equal(3, fired.Count);
        var early = Assert.Single(fired, f => f.EventId == "applicantThreatensCourt");
        Assert.Equal((TestApp.Start.AddDays(1), true), (early.FiredAt, early.FiredByTrainer));
    }

    [Fact]
    public async Task Only_a_scenario_event_of_a_running_workshop_can_be_fired()
    {
        var app = fixture.App;
        var workshop = await WorkshopDriver.StartedWithTwoTeamsAsync(app);
        await Assert.ThrowsAsync<NotFoundException>(() => workshop.FireEventAsync("noSuchEvent"));

        var preparing = await WorkshopDriver.CreateAsync(app);
        await preparing.AddTeamAsync("Team 1", "trainee.a");
        var notStarted = await Assert.ThrowsAsync<ValidationFailedException>(() => preparing.FireEventAsync("surveyorAvailable"));
        Assert.Equal("notRunning", notStarted.Errors.Single().Code);

        await workshop.EndAsync();
        var ended = await Assert.ThrowsAsync<ValidationFailedException>(() => workshop.FireEventAsync("surveyorAvailable"));
        Assert.Equal("notRunning", ended.Errors.Single().Code);
        Assert.Empty((await workshop.StoredAsync()).FiredEvents);
        Assert.Equal(WorkshopStatus.Ended, (await workshop.StoredAsync()).Status);
    }
}
