using MediationFlow.Core.Features.Workshops;
using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Workflows.Scenarios;

namespace MediationFlow.Core.Tests.Features.Workshops;

/// <summary>The trainer watches every team live and holds the role cards; a trainee sees the brief and their own team.</summary>
public sealed class WorkshopViewTests(SharedApp fixture) : IClassFixture<SharedApp>
{
    [Fact]
    public async Task The_trainer_sees_every_teams_stage_and_state_as_it_changes_and_the_role_cards()
    {
        var app = fixture.App;
        var workshop = await WorkshopDriver.StartedWithTwoTeamsAsync(app);
        var team1 = await workshop.TeamCaseAsync("Team 1");

        await team1.TakeAsync(app.Data.TraineeA, "acceptForMediation");
        await team1.TakeAsync(app.Data.TrainerA, "assignMediator", ("mediator", CaseSteps.Key(app.Data.TraineeA)));

        var view = await workshop.ViewAsync();
        Assert.True(view.IsTrainer);
        Assert.Equal(
            [("Team 1", "awaitingDeclaration", "intake", $"WS{workshop.Id}-1"), ("Team 2", "registered", "intake", $"WS{workshop.Id}-2")],
            view.Teams.Select(t => (t.Name, t.State!, t.Stage!, t.CaseNumber!)));
        Assert.Equal(["Trainee A"], view.Teams[0].Members.Select(m => m.Name));
        Assert.Equal(Scenario().Parties.Select(p => (p.Role, p.Name)), view.RoleCards.Select(r => (r.Role, r.Name)));
        Assert.All(view.RoleCards, r => Assert.False(string.IsNullOrWhiteSpace(r.Interests)));
        Assert.Equal(Scenario().Events.Select(e => e.Id), view.Events.Select(e => e.Id));
    }

    [Fact]
    public async Task A_trainee_sees_the_brief_and_only_their_own_team_without_role_cards()
    {
        var app = fixture.App;
        var workshop = await WorkshopDriver.StartedWithTwoTeamsAsync(app);

        var view = await workshop.ViewAsync(app.Data.TraineeA);

        Assert.False(view.IsTrainer);
        Assert.Equal(Scenario().Brief.For("en"), view.Brief);
        var team = Assert.Single(view.Teams);
        Assert.Equal(("Team 1", (await workshop.TeamCaseAsync("Team 1")).CaseId), (team.Name, team.CaseId!.Value));

        // The role cards say what each party will and will not accept: the trainee playing the mediator must find it out.
        Assert.Empty(view.RoleCards);
    }

    [Fact]
    public async Task Workshops_are_listed_to_their_trainer_and_trainees_only()
    {
        var app = fixture.App;
        var d = app.Data;
        var workshop = await WorkshopDriver.StartedWithTwoTeamsAsync(app);
        var second = await Trainees.EnsureAsync(app, Trainees.Second);

        async Task<ListWorkshops.Item?> ListedFor(Guid user) =>
            (await app.SendAsync<IReadOnlyList<ListWorkshops.Item>>(user, new ListWorkshops.Query())).SingleOrDefault(w => w.Id == workshop.Id);

        Assert.True((await ListedFor(d.TrainerA))?.IsTrainer);
        Assert.False((await ListedFor(d.TraineeA))?.IsTrainer);
        Assert.False((await ListedFor(second))?.IsTrainer);
        foreach (var outsider in new[] { d.ChairA, d.MediatorA, d.AdminA, d.ChairB })
        {
            Assert.Null(await ListedFor(outsider));
        }
    }

    private static Scenario Scenario() =>
        TestApp.Scenarios.TryGet(WorkshopDriver.Scenario, out var scenario) ? scenario : throw new InvalidOperationException("No scenario.");
}
