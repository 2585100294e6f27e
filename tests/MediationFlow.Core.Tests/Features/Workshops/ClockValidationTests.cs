using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Workshops;
using MediationFlow.Core.Tests.Infrastructure;

namespace MediationFlow.Core.Tests.Features.Workshops;

/// <summary>The clock moves forward by a step of days and hours, more than zero and at most a year, and only while the workshop runs or is paused.</summary>
public sealed class ClockValidationTests(SharedApp fixture) : IClassFixture<SharedApp>
{
    /// <summary>Steps out of range, and the fields the refusal names: a part out of range by itself, or the step as a whole.</summary>
    public static TheoryData<int, int, string[]> OutOfRangeSteps() => new()
    {
        { 0, 0, ["step"] },
        { -1, 0, ["step.days"] },
        { 0, -1, ["step.hours"] },
        { -1, 30, ["step.days"] },
        { 367, 0, ["step.days"] },
        { 366, 1, ["step"] },
        { 0, 366 * 24 + 1, ["step.hours"] },
        { 99999999, 0, ["step.days"] },
        { int.MaxValue, int.MaxValue, ["step.days", "step.hours"] },
    };

    public static TheoryData<ChangeClock.Change> Changes() => [ChangeClock.Change.Advance, ChangeClock.Change.Pause, ChangeClock.Change.Resume];

    [Theory]
    [MemberData(nameof(OutOfRangeSteps))]
    public async Task A_step_that_is_not_forward_or_longer_than_a_year_is_refused_on_its_field_and_changes_nothing(int days, int hours, string[] fields)
    {
        var workshop = await WorkshopDriver.StartedWithTwoTeamsAsync(fixture.App);
        var before = await workshop.StoredAsync();

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => workshop.AdvanceAsync(days, hours));

        Assert.Equal(fields, refused.Errors.Select(e => e.Field));
        Assert.All(refused.Errors, e => Assert.Equal(("outOfRange", "Move the clock forward by an hour up to a year."), (e.Code, e.Message)));
        AssertUnchanged(before, await workshop.StoredAsync());
    }

    [Theory]
    [InlineData("kk", "Сағатты бір сағаттан бір жылға дейін алға жылжытыңыз.")]
    [InlineData("ru", "Переводите часы вперёд на срок от часа до года.")]
    public async Task A_huge_step_is_refused_in_the_readers_language(string culture, string message)
    {
        var workshop = await WorkshopDriver.StartedWithTwoTeamsAsync(fixture.App);

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => fixture.App.SendAsync<ChangeClock.Clock>(
            workshop.Trainer, new ChangeClock.Command(workshop.Id, ChangeClock.Change.Advance, new ClockStep(99999999)), culture));

        Assert.Equal(("step.days", message), (refused.Errors.Single().Field, refused.Errors.Single().Message));
    }

    [Fact]
    public async Task Advancing_needs_a_step()
    {
        var workshop = await WorkshopDriver.StartedWithTwoTeamsAsync(fixture.App);

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => fixture.App.SendAsync<ChangeClock.Clock>(
            workshop.Trainer, new ChangeClock.Command(workshop.Id, ChangeClock.Change.Advance, Step: null)));

        Assert.Equal(("step", "required"), (refused.Errors.Single().Field, refused.Errors.Single().Code));
    }

    [Fact]
    public async Task A_step_of_up_to_a_year_is_accepted()
    {
        var workshop = await WorkshopDriver.StartedWithTwoTeamsAsync(fixture.App);

        var hour = await workshop.AdvanceAsync(days: 0, hours: 1);
        var dayAndHours = await workshop.AdvanceAsync(days: 1, hours: 30);
        var year = await workshop.AdvanceAsync(days: 366);

        Assert.Equal(TestApp.Start.AddHours(1), hour.Now);
        Assert.Equal(TestApp.Start.AddHours(1 + 24 + 30), dayAndHours.Now);
        Assert.Equal((TestApp.Start.AddDays(366).AddHours(1 + 24 + 30), 368), (year.Now, year.Day));
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
        await workshop.AdvanceAsync(days: 2);
        await workshop.EndAsync();
        var before = await workshop.StoredAsync();

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => Change(workshop, change));

        Assert.Equal(("workshopId", "notRunning"), (refused.Errors.Single().Field, refused.Errors.Single().Code));
        AssertUnchanged(before, await workshop.StoredAsync());
        Assert.Equal((WorkshopStatus.Ended, TestApp.Start.AddDays(2)), ((await workshop.ViewAsync()).Status, (await workshop.ViewAsync()).Now));
    }

    private static Task<ChangeClock.Clock> Change(WorkshopDriver workshop, ChangeClock.Change change) => change switch
    {
        ChangeClock.Change.Advance => workshop.AdvanceAsync(days: 1),
        ChangeClock.Change.Pause => workshop.PauseAsync(),
        _ => workshop.ResumeAsync(),
    };

    private static void AssertUnchanged(Workshop before, Workshop after) =>
        Assert.Equal(
            (before.Status, before.Version, before.ClockBase, before.ClockAnchor, before.FiredEvents.Count),
            (after.Status, after.Version, after.ClockBase, after.ClockAnchor, after.FiredEvents.Count));
}
