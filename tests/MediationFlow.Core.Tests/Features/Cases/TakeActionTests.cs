using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Core.Tests.Features.Cases;

/// <summary>What every workflow action has in common: the trigger must exist, fit the state, and be built on the current version.</summary>
public sealed class TakeActionTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private readonly TestApp _app = shared.App;

    [Fact]
    public async Task An_action_the_workflow_does_not_have_is_a_field_error_on_the_trigger_in_the_users_language()
    {
        var driver = await CaseDriver.OpenAsync(_app);

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => _app.SendAsync<TakeAction.Taken>(_app.Data.MediatorA,
            new TakeAction.Command(driver.CaseId, "settleByCoinToss", driver.Version, new Dictionary<string, string?>()), "ru"));

        var error = Assert.Single(refused.Errors);
        Assert.Equal(("trigger", "unknownAction", "Действия «settleByCoinToss» нет."), (error.Field, error.Code, error.Message));
    }

    [Fact]
    public async Task An_action_from_another_state_is_refused_naming_the_current_state()
    {
        var driver = await CaseDriver.OpenAsync(_app);

        var refused = await Assert.ThrowsAsync<ActionRefusedException>(() => _app.SendAsync<TakeAction.Taken>(_app.Data.ChairA,
            new TakeAction.Command(driver.CaseId, "approve", driver.Version, new Dictionary<string, string?>()), "kk"));

        Assert.Equal(Refusal.NotAvailable, refused.Refusal);
        Assert.False(refused.OnlyRoleBlocks);
        Assert.Equal("Іс «Тіркелді» күйінде тұрғанда бұл әрекет қолжетімсіз.", Assert.Single(refused.Reasons));
    }

    [Fact]
    public async Task An_action_built_on_an_older_version_is_a_conflict_reporting_the_case_as_it_is_now()
    {
        var d = _app.Data;
        var driver = await CaseDriver.OpenAsync(_app);
        var stale = driver.Version;
        await driver.TakeAsync(d.MediatorA, "acceptForMediation");

        var conflict = await Assert.ThrowsAsync<ConflictException>(() => _app.SendAsync<TakeAction.Taken>(d.ChairA,
            new TakeAction.Command(driver.CaseId, "acceptForMediation", stale, new Dictionary<string, string?>())));

        Assert.Equal(("awaitingAssignment", 2), (conflict.CurrentState, conflict.CurrentVersion));
        Assert.Equal(2, (await driver.EventsAsync()).Count);
    }

    [Fact]
    public async Task A_field_the_action_does_not_have_is_named_in_the_error()
    {
        var driver = await CaseDriver.OpenAsync(_app);

        var refused = await driver.RefusedAsync<ValidationFailedException>(_app.Data.MediatorA, "acceptForMediation", ("priority", "high"));

        Assert.Equal(("input.priority", "unknownField"), (refused.Errors.Single().Field, refused.Errors.Single().Code));
    }

    [Fact]
    public async Task The_command_itself_needs_a_trigger_and_a_version()
    {
        var driver = await CaseDriver.OpenAsync(_app);

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => _app.SendAsync<TakeAction.Taken>(_app.Data.MediatorA,
            new TakeAction.Command(driver.CaseId, "", 0, new Dictionary<string, string?>())));

        Assert.Equal(["expectedVersion", "trigger"], refused.Errors.Select(e => e.Field).Order());
    }

    [Fact]
    public async Task A_taken_action_reports_where_the_case_came_from_and_went_and_its_new_version()
    {
        var driver = await CaseDriver.OpenAsync(_app);

        var taken = await _app.SendAsync<TakeAction.Taken>(_app.Data.ChairA,
            new TakeAction.Command(driver.CaseId, "acceptForMediation", driver.Version, new Dictionary<string, string?>()));

        Assert.Equal((driver.CaseId, "registered", "awaitingAssignment", 2), (taken.CaseId, taken.FromState, taken.State, taken.Version));
        var entry = (await driver.EventsAsync())[^1];
        Assert.Equal(("acceptForMediation", "registered", "awaitingAssignment", (Guid?)_app.Data.ChairA), (entry.Trigger, entry.FromState, entry.ToState, entry.ActorId));
    }
}
