using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Core.Tests.Features.Hearing;

public sealed class ScheduleSessionTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private readonly TestApp _app = shared.App;

    [Fact]
    public async Task A_session_is_planned_in_Kazakhstan_time_at_a_place_or_online()
    {
        var d = _app.Data;
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.IntoMediationAsync();

        await driver.TakeAsync(d.MediatorA, "scheduleSession", ("plannedAt", "2026-12-01T10:00"), ("place", "Akimat, room 3"));
        var taken = await driver.TakeAsync(d.MediatorA, "scheduleSession", ("plannedAt", "2026-12-03T09:30:00Z"), ("online", "true"));

        Assert.Equal(("inMediation", "inMediation"), (taken.FromState, taken.State));
        var sessions = (await driver.StoredAsync()).Sessions.OrderBy(s => s.Id).ToList();
        Assert.Equal(2, sessions.Count);
        // A form's local time is read in the definition's zone, UTC+5.
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 5, 0, 0, TimeSpan.Zero), sessions[0].PlannedAt);
        Assert.Equal(("Akimat, room 3", false, false), (sessions[0].Place, sessions[0].Online, sessions[0].Recorded));
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 9, 30, 0, TimeSpan.Zero), sessions[1].PlannedAt);
        Assert.Equal((null, true), (sessions[1].Place, sessions[1].Online));
    }

    [Theory]
    [InlineData("plannedAt", "2026-13-45T10:00", "input.plannedAt", "notDateTime")]
    [InlineData("plannedAt", "tomorrow", "input.plannedAt", "notDateTime")]
    [InlineData("online", "perhaps", "input.online", "notBoolean")]
    public async Task A_plan_that_is_not_a_date_and_time_is_a_field_error(string field, string value, string expectedField, string expectedCode)
    {
        var d = _app.Data;
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.IntoMediationAsync();
        var input = field == "plannedAt" ? new[] { (field, (string?)value) } : [("plannedAt", "2026-12-01T10:00"), (field, value)];

        var refused = await driver.RefusedAsync<ValidationFailedException>(d.MediatorA, "scheduleSession", input);

        Assert.Equal((expectedField, expectedCode), (refused.Errors.Single().Field, refused.Errors.Single().Code));
        Assert.Empty((await driver.StoredAsync()).Sessions);
    }

    [Fact]
    public async Task The_date_is_required_and_the_message_is_in_russian_when_asked()
    {
        var d = _app.Data;
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.IntoMediationAsync();

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => _app.SendAsync<TakeAction.Taken>(d.MediatorA,
            new TakeAction.Command(driver.CaseId, "scheduleSession", driver.Version, new Dictionary<string, string?> { ["place"] = "School" }), "ru"));

        var error = Assert.Single(refused.Errors);
        Assert.Equal(("input.plannedAt", "required"), (error.Field, error.Code));
        Assert.Equal("Поле «Дата и время» обязательно", error.Message);
    }

    [Fact]
    public async Task Sessions_are_scheduled_only_once_mediation_has_started()
    {
        var d = _app.Data;
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.ToAwaitingConsentAsync();

        var refused = await driver.RefusedAsync<ActionRefusedException>(d.MediatorA, "scheduleSession", ("plannedAt", "2026-12-01T10:00"));

        Assert.Equal(Refusal.NotAvailable, refused.Refusal);
        Assert.False(refused.OnlyRoleBlocks);
        Assert.Equal("This action is not available while the case is \"Awaiting the parties' consent\".", Assert.Single(refused.Reasons));
    }

    [Fact]
    public async Task The_chair_does_not_schedule_sessions()
    {
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.IntoMediationAsync();

        var refused = await driver.RefusedAsync<ActionRefusedException>(_app.Data.ChairA, "scheduleSession", ("plannedAt", "2026-12-01T10:00"));

        Assert.True(refused.OnlyRoleBlocks);
    }
}
