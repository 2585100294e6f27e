using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Intake;
using MediationFlow.Core.Tests.Infrastructure;
using static MediationFlow.Core.Tests.Infrastructure.CaseSteps;

namespace MediationFlow.Core.Tests.Features.Intake;

/// <summary>The choices of the assign action's `user` field: exactly who the assign action accepts.</summary>
public sealed class ListAssignableMediatorsTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private readonly TestApp _app = shared.App;

    [Fact]
    public async Task Lists_the_councils_mediators_and_each_one_listed_can_be_assigned()
    {
        var d = _app.Data;
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.TakeAsync(d.MediatorA, "acceptForMediation");

        var listed = await ListAsync(driver.CaseId);

        var ids = listed.Select(m => m.UserId).ToList();
        Assert.Contains(d.MediatorA, ids);
        Assert.Contains(d.MediatorA2, ids);
        Assert.DoesNotContain(d.ChairA, ids);
        Assert.DoesNotContain(d.AnalystA, ids);
        Assert.DoesNotContain(d.MediatorB, ids);
        Assert.Contains(listed, m => m.DisplayName == "Mediator A2");
        foreach (var mediator in ids)
        {
            var fresh = await CaseDriver.OpenAsync(_app);
            await fresh.TakeAsync(d.MediatorA, "acceptForMediation");
            var taken = await fresh.TakeAsync(d.ChairA, "assignMediator", ("mediator", Key(mediator)));
            Assert.Equal("awaitingDeclaration", taken.State);
        }
    }

    [Fact]
    public async Task A_mediator_who_recused_leaves_the_list_as_the_assign_action_refuses_them()
    {
        var d = _app.Data;
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.ToAwaitingDeclarationAsync(d.MediatorA2);
        await driver.TakeAsync(d.MediatorA2, "recuse", ("reason", "The applicant is my cousin."));

        var listed = await ListAsync(driver.CaseId);

        Assert.DoesNotContain(listed, m => m.UserId == d.MediatorA2);
        Assert.Contains(listed, m => m.UserId == d.MediatorA);
        await driver.RefusedAsync<ValidationFailedException>(d.ChairA, "assignMediator", ("mediator", Key(d.MediatorA2)));
    }

    [Fact]
    public async Task On_a_sandbox_case_the_choices_are_the_team_that_works_it()
    {
        var d = _app.Data;
        var workshop = await WorkshopDriver.CreateAsync(_app);
        await workshop.AddTeamAsync("Team 1", "trainee.a");
        await workshop.StartAsync();
        var driver = await workshop.TeamCaseAsync("Team 1");

        var listed = await _app.SendAsync<IReadOnlyList<ListAssignableMediators.Assignable>>(d.TrainerA, new ListAssignableMediators.Query(driver.CaseId));

        Assert.Equal([d.TraineeA], listed.Select(m => m.UserId));
    }

    private Task<IReadOnlyList<ListAssignableMediators.Assignable>> ListAsync(long caseId) =>
        _app.SendAsync<IReadOnlyList<ListAssignableMediators.Assignable>>(_app.Data.ChairA, new ListAssignableMediators.Query(caseId));
}
