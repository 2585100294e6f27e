using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Workshops;
using MediationFlow.Core.Tests.Infrastructure;

namespace MediationFlow.Core.Tests.Features.Workshops;

/// <summary>The clock moves forward by a positive step of at most a year, and only while the workshop runs or is paused.</summary>
public sealed class ClockValidationTests(SharedApp fixture) : IClassFixture<SharedApp>
{
    public static TheoryData<string> OutOfRangeSteps() => ["00:00:00", "-1.00:00:00", "-00:00:01", "367.00:00:00"];

    public static TheoryData<ChangeClock.Change> Changes() => [ChangeClock.Change.Advance, ChangeClock.Change.Pause, ChangeClock.Change.Resume];

    [Theory]
    [MemberData(nameof(OutOfRangeSteps))]
    public async Task A_step_that_is_not_positive_or_longer_than_a_year_is_refused_and_changes_nothing(string step)
    {
        var workshop = await WorkshopDriver.StartedWithTwoTeamsAsync(fixture.App);
        var before = await workshop.StoredAsync();

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => workshop.AdvanceAsync(TimeSpan.Parse(step, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(("by", "outOfRange"), (refused.Errors.Single().Field, refused.Errors.Single().Code));
        AssertUnchanged(before, await workshop.StoredAsync());
    }

    [Fact]
    public async Task Advancing_needs_a_step()
    {
        var workshop = await WorkshopDriver.StartedWithTwoTeamsAsync(fixture.App);

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => fixture.App.SendAsync<ChangeClock.Clock>(
            workshop.Trainer, new ChangeClock.Command(workshop.Id, ChangeClock.Change.Advance, By: null)));

        Assert.Equal(("by", "required"), (refused.Errors.Single().Field, refused.Errors.Single().Code));
    }

    [Fact]
    public async Task A_step_of_up_to_a_year_is_accepted()
    {
        var workshop = await WorkshopDriver.StartedWithTwoTeamsAsync(fixture.App);

        var hour = await workshop.AdvanceAsync(TimeSpan.FromHours(1));
        var year = await workshop.AdvanceAsync(TimeSpan.FromDays(366));

        Assert.Equal(TestApp.Start.AddHours(1), hour.Now);
        Assert.Equal((TestApp.Start.AddDays(366).AddHours(1), 366), (year.Now, year.Day));
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task The_clock_of_a_workshop_that_has_not_started_is_not_changed(ChangeClock.Change change)
    {
        var workshop = await WorkshopDriver.CreateAsync(fixture.App);
        await workshop.AddTeamAsync("Team 1", "trainee.a");
        var before = await workshop.StoredAsync();

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => Change(workshop, change));

        Assert.Equal(("workshopId", "notRunning"), (refused.Errors.Single().Field, refused.Errors.Single().Code));
        AssertUnchanged(before, await workshop.StoredAsync());
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task The_clock_of_an_ended_workshop_is_not_changed(ChangeClock.Change change)
    {
        var workshop = await WorkshopDriver.StartedWithTwoTeamsAsync(fixture.App);
        await workshop.AdvanceAsync(TimeSpan.FromDays(2));
        await workshop.EndAsync();
        var before = await workshop.StoredAsync();

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => Change(workshop, change));

        Assert.Equal(("workshopId", "notRunning"), (refused.Errors.Single().Field, refused.Errors.Single().Code));
        AssertUnchanged(before, await workshop.StoredAsync());
        Assert.Equal((WorkshopStatus.Ended, TestApp.Start.AddDays(2)), ((await workshop.ViewAsync()).Status, (await workshop.ViewAsync()).Now));
    }

    private static Task<ChangeClock.Clock> Change(WorkshopDriver workshop, ChangeClock.Change change) => change switch
    {
        ChangeClock.Change.Advance => workshop.AdvanceAsync(TimeSpan.FromDays(1)),
        ChangeClock.Change.Pause => workshop.PauseAsync(),
        _ => workshop.ResumeAsync(),
    };

    private static void AssertUnchanged(Workshop before, Workshop after) =>
        Assert.Equal(
            (before.Status, before.Version, before.ClockBase, before.ClockAnchor, before.FiredEvents.Count),
            (after.Status, after.Version, after.ClockBase, after.ClockAnchor, after.FiredEvents.Count));
}
