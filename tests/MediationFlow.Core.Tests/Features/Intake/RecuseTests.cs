using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Tests.Infrastructure;

namespace MediationFlow.Core.Tests.Features.Intake;

public sealed class RecuseTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private readonly TestApp _app = shared.App;

    [Fact]
    public async Task Recusal_clears_the_assignment_records_the_reason_and_asks_the_chair_to_reassign()
    {
        var d = _app.Data;
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.ToAwaitingDeclarationAsync(d.MediatorA2);

        var taken = await driver.TakeAsync(d.MediatorA2, "recuse", ("reason", "I know the respondent."));

        Assert.Equal("awaitingAssignment", taken.State);
        var stored = await driver.StoredAsync();
        Assert.Null(stored.AssignedMediatorId);
        var recusal = Assert.Single(stored.Declarations);
        Assert.Equal((d.MediatorA2, true), (recusal.MediatorId, recusal.Recused));
        var note = Assert.Single(await driver.NotesAsync());
        Assert.Equal(("reason", "I know the respondent.", (await driver.EventsAsync())[^1].Sequence), (note.Field, note.Text, note.Sequence));
        Assert.Equal(2, (await driver.NotificationsAsync()).Count(n => n.Template == "assignmentNeeded" && n.UserId == d.ChairA));

        // Nothing moves until the chair assigns someone else.
        var view = await driver.ViewAsync(d.ChairA);
        Assert.Equal(["assignMediator"], view.Actions.Where(a => a.Permitted).Select(a => a.Trigger));
        await driver.TakeAsync(d.ChairA, "assignMediator", ("mediator", CaseSteps.Key(d.MediatorA)));
        Assert.Equal("awaitingDeclaration", (await driver.StoredAsync()).State);
    }

    [Fact]
    public async Task A_registering_mediator_who_recused_loses_the_case_until_someone_is_assigned()
    {
        var d = _app.Data;
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.ToAwaitingDeclarationAsync(d.MediatorA);

        await driver.TakeAsync(d.MediatorA, "recuse", ("reason", "The applicant is my cousin."));

        // Registering the case no longer makes them its mediator: impartiality is in doubt.
        await Assert.ThrowsAsync<NotFoundException>(() => driver.ViewAsync(d.MediatorA));
        Assert.Equal("awaitingAssignment", (await driver.ViewAsync(d.ChairA)).State);
    }

    [Fact]
    public async Task Recusal_during_mediation_stops_the_deadline_until_a_new_mediator_starts_again()
    {
        var d = _app.Data;
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.IntoMediationAsync();

        await driver.TakeAsync(d.MediatorA, "recuse", ("reason", "A threat was made against me."));

        var stored = await driver.StoredAsync();
        Assert.Equal("awaitingAssignment", stored.State);
        Assert.Null(stored.Deadline);
        var deadline = Assert.Single(await driver.TimersAsync());
        Assert.Equal(("mediationDeadline", TimerStatus.Cancelled), (deadline.TimerId, deadline.Status));
    }

    [Fact]
    public async Task A_recusal_needs_a_reason()
    {
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.ToAwaitingDeclarationAsync();

        var refused = await driver.RefusedAsync<ValidationFailedException>(_app.Data.MediatorA, "recuse", ("reason", "   "));

        Assert.Equal(("input.reason", "required"), (refused.Errors.Single().Field, refused.Errors.Single().Code));
    }

    [Fact]
    public async Task Only_the_mediator_can_recuse_not_the_chair()
    {
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.ToAwaitingDeclarationAsync();

        var refused = await driver.RefusedAsync<ActionRefusedException>(_app.Data.ChairA, "recuse", ("reason", "Not mine to give."));

        Assert.True(refused.OnlyRoleBlocks);
        Assert.Equal("Only these roles may take this action: mediator", Assert.Single(refused.Reasons));
    }
}
