using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Tests.Infrastructure;
using static MediationFlow.Core.Tests.Infrastructure.CaseSteps;

namespace MediationFlow.Core.Tests.Features.Intake;

public sealed class AssignMediatorTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private readonly TestApp _app = shared.App;

    [Fact]
    public async Task The_chair_assigns_a_mediator_of_the_council_who_is_told_and_now_holds_the_case()
    {
        var d = _app.Data;
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.TakeAsync(d.MediatorA, "acceptForMediation");

        var taken = await driver.TakeAsync(d.ChairA, "assignMediator", ("mediator", Key(d.MediatorA2)));

        Assert.Equal("awaitingDeclaration", taken.State);
        Assert.Equal(d.MediatorA2, (await driver.StoredAsync()).AssignedMediatorId);
        Assert.Contains(await driver.NotificationsAsync(), n => n.Template == "caseAssigned" && n.UserId == d.MediatorA2);
        var view = await driver.ViewAsync(d.MediatorA2);
        Assert.Equal("Mediator A2", view.AssignedMediatorName);
        Assert.Contains(view.Actions, a => a.Trigger == "declareNoConflict" && a.Permitted);
    }

    [Theory]
    [InlineData("mediator of another council")]
    [InlineData("the chair, who is no mediator")]
    [InlineData("an analyst of the council")]
    [InlineData("nobody we know")]
    [InlineData("not a user id")]
    public async Task Only_a_mediator_of_the_case_council_can_be_assigned(string who)
    {
        var d = _app.Data;
        var candidate = who switch
        {
            "mediator of another council" => Key(d.MediatorB),
            "the chair, who is no mediator" => Key(d.ChairA),
            "an analyst of the council" => Key(d.AnalystA),
            "nobody we know" => Key(Guid.NewGuid()),
            _ => "mediator.a",
        };
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.TakeAsync(d.MediatorA, "acceptForMediation");

        var refused = await driver.RefusedAsync<ValidationFailedException>(d.ChairA, "assignMediator", ("mediator", candidate));

        var error = Assert.Single(refused.Errors);
        Assert.Equal(("input.mediator", "notCouncilMediator"), (error.Field, error.Code));
        Assert.Null((await driver.StoredAsync()).AssignedMediatorId);
    }

    [Fact]
    public async Task A_mediator_who_recused_from_the_case_cannot_be_assigned_to_it_again()
    {
        var d = _app.Data;
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.ToAwaitingDeclarationAsync(d.MediatorA2);
        await driver.TakeAsync(d.MediatorA2, "recuse", ("reason", "The applicant is my cousin."));

        var refused = await driver.RefusedAsync<ValidationFailedException>(d.ChairA, "assignMediator", ("mediator", Key(d.MediatorA2)));

        var error = Assert.Single(refused.Errors);
        Assert.Equal(("input.mediator", "recused"), (error.Field, error.Code));
        Assert.Equal("This mediator has recused from the case; choose another.", error.Message);
        await driver.TakeAsync(d.ChairA, "assignMediator", ("mediator", Key(d.MediatorA)));
        Assert.Equal(d.MediatorA, (await driver.StoredAsync()).AssignedMediatorId);
    }

    [Fact]
    public async Task A_mediator_cannot_assign_even_themselves_only_the_chair_can()
    {
        var d = _app.Data;
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.TakeAsync(d.MediatorA, "acceptForMediation");

        var refused = await driver.RefusedAsync<ActionRefusedException>(d.MediatorA, "assignMediator", ("mediator", Key(d.MediatorA)));

        Assert.True(refused.OnlyRoleBlocks);
        Assert.Equal("Only these roles may take this action: chair", Assert.Single(refused.Reasons));
    }

    [Fact]
    public async Task The_mediator_field_is_required()
    {
        var d = _app.Data;
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.TakeAsync(d.MediatorA, "acceptForMediation");

        var refused = await driver.RefusedAsync<ValidationFailedException>(d.ChairA, "assignMediator");

        Assert.Equal(("input.mediator", "required"), (refused.Errors.Single().Field, refused.Errors.Single().Code));
    }

    [Fact]
    public async Task The_chair_sees_assignment_as_the_only_action_while_a_case_awaits_a_mediator()
    {
        var d = _app.Data;
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.TakeAsync(d.MediatorA, "acceptForMediation");

        CaseView view = await driver.ViewAsync(d.ChairA);

        var action = Assert.Single(view.Actions);
        Assert.Equal(("assignMediator", true), (action.Trigger, action.Permitted));
        Assert.Equal(("mediator", "user", true), (action.Fields.Single().Name, action.Fields.Single().Type, action.Fields.Single().Required));
    }
}
