using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Workshops;
using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Workflows.Scenarios;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Tests.Features.Workshops;

/// <summary>Create, add teams, start: each team gets its own sandbox case of the scenario, registered by the trainer.</summary>
public sealed class StartWorkshopTests(SharedApp fixture) : IClassFixture<SharedApp>
{
    [Fact]
    public async Task Each_team_gets_its_own_registered_sandbox_case_with_the_scenarios_case_and_parties()
    {
        var app = fixture.App;
        var scenario = Scenario(WorkshopDriver.Scenario);
        await Trainees.EnsureAsync(app, Trainees.Second);
        var workshop = await WorkshopDriver.CreateAsync(app);
        await workshop.AddTeamAsync("Team 1", "trainee.a");
        await workshop.AddTeamAsync("Team 2", Trainees.Second);
        Assert.All((await workshop.StoredAsync()).Teams, t => Assert.Null(t.CaseId));

        Assert.Equal(WorkshopStatus.Running, await workshop.StartAsync());

        var stored = await workshop.StoredAsync();
        Assert.Equal((WorkshopStatus.Running, (DateTimeOffset?)TestApp.Start), (stored.Status, stored.StartedAt));
        var teams = stored.Teams.OrderBy(t => t.Id).ToList();
        Assert.Equal(2, teams.Select(t => t.CaseId).Distinct().Count());
        for (var i = 0; i < teams.Count; i++)
        {
            var c = await CaseWithPartiesAsync(app, teams[i].CaseId!.Value);
            Assert.Equal($"WS{workshop.Id}-{i + 1}", c.Number);
            Assert.Equal(((long?)workshop.Id, app.Data.CouncilA), (c.WorkshopId, c.CouncilId));
            Assert.Equal((scenario.Definition.Id, scenario.Definition.Version), (c.DefinitionId, c.DefinitionVersion));
            Assert.Equal(("registered", "intake", false), (c.State, c.Stage, c.IsClosed));
            Assert.Equal((app.Data.TrainerA, TestApp.Start, (Guid?)null), (c.RegisteredById, c.RegisteredAt, c.AssignedMediatorId));
            Assert.Equal((DisputeCategory.LandAndBoundaries, scenario.Case.Description.For("en")), (c.Category, c.Description));
            Assert.Equal(
                scenario.Parties.Select(p => (p.Role, p.Name)),
                c.Parties.OrderBy(p => p.Id).Select(p => (p.Role.ToString().ToLowerInvariant(), p.FullName)));

            var opened = Assert.Single(await app.EventsAsync(c.Id));
            Assert.Equal((null, "registered", app.Data.TrainerA, TestApp.Start), (opened.FromState, opened.ToState, opened.ActorId, opened.OccurredAt));
        }
    }

    [Fact]
    public async Task A_scenario_on_an_older_version_of_the_process_opens_its_cases_on_that_version()
    {
        // Every shipped scenario runs on the latest version, which would hide a case opened on "the latest"
        // instead of the scenario's: this scenario is the village dispute pinned to version 1.
        var v1 = Scenario(WorkshopDriver.Scenario) with { Id = "village-boundary-v1", Definition = new DefinitionReference("community-mediation", 1) };
        Assert.True(TestApp.Workflows.Latest("community-mediation").Definition.Version > 1);
        await using var app = await TestApp.StartAsync(scenarios: new ScenarioLibrary([v1]));
        var workshop = await WorkshopDriver.CreateAsync(app, v1.Id);
        await workshop.AddTeamAsync("Team 1", "trainee.a");

        await workshop.StartAsync();

        var driver = await workshop.TeamCaseAsync("Team 1");
        Assert.Equal(1, (await app.CaseRowAsync(driver.CaseId)).DefinitionVersion);
        Assert.Equal(1, (await driver.ViewAsync(app.Data.TraineeA)).DefinitionVersion);
    }

    [Theory]
    [InlineData(3, false)]
    [InlineData(2, true)]
    public async Task The_scenarios_other_person_is_a_party_before_version_3_and_a_participant_from_it(int version, bool party)
    {
        // The union chair of the enterprise scenario attends as a support person: from version 3 only applicants and
        // respondents are parties, who consent, sign and carry obligations.
        var enterprise = Scenario("enterprise-labour");
        var scenario = enterprise with { Id = $"enterprise-labour-v{version}", Definition = new DefinitionReference("community-mediation", version) };
        var other = enterprise.Parties.Single(p => p.Role == "other").Name;
        await using var app = await TestApp.StartAsync(scenarios: new ScenarioLibrary([scenario]));
        var workshop = await WorkshopDriver.CreateAsync(app, scenario.Id);
        await workshop.AddTeamAsync("Team 1", "trainee.a");

        await workshop.StartAsync();

        var caseId = (await workshop.TeamCaseAsync("Team 1")).CaseId;
        var stored = await app.WithDbAsync(db => db.Cases.AsNoTracking().Include(c => c.Parties).Include(c => c.Participants).AsSingleQuery().SingleAsync(c => c.Id == caseId));
        Assert.Equal(party, stored.Parties.Any(p => p.FullName == other));
        Assert.Equal(party ? [] : [(ParticipantKind.Other, other)], stored.Participants.Select(p => (p.Kind, p.FullName)));
        Assert.Equal(2, stored.Parties.Count(p => p.FullName != other));
    }

    [Fact]
    public async Task A_team_added_to_a_running_workshop_gets_its_case_at_once()
    {
        var app = fixture.App;
        var workshop = await WorkshopDriver.StartedWithTwoTeamsAsync(app);
        await workshop.AdvanceAsync(days: 0, hours: 3);

        await workshop.AddTeamAsync("Latecomers", "trainee.a");

        var latecomers = (await workshop.StoredAsync()).Teams.Single(t => t.Name == "Latecomers");
        var c = await app.CaseRowAsync(latecomers.CaseId!.Value);
        Assert.Equal(($"WS{workshop.Id}-3", "registered", (long?)workshop.Id), (c.Number, c.State, c.WorkshopId));

        // Registered on the workshop clock, which the trainer has moved on.
        Assert.Equal(TestApp.Start.AddHours(3), c.RegisteredAt);
    }

    [Fact]
    public async Task A_workshop_starts_once_and_only_with_a_team()
    {
        var app = fixture.App;
        var empty = await WorkshopDriver.CreateAsync(app);

        var noTeam = await Assert.ThrowsAsync<ValidationFailedException>(() => empty.StartAsync());
        Assert.Equal(("teams", "required"), (noTeam.Errors.Single().Field, noTeam.Errors.Single().Code));
        Assert.Equal(WorkshopStatus.Preparing, (await empty.StoredAsync()).Status);

        var workshop = await WorkshopDriver.StartedWithTwoTeamsAsync(app);
        var cases = await CountSandboxCasesAsync(app, workshop.Id);
        var again = await Assert.ThrowsAsync<ValidationFailedException>(() => workshop.StartAsync());
        Assert.Equal("alreadyStarted", again.Errors.Single().Code);
        Assert.Equal(cases, await CountSandboxCasesAsync(app, workshop.Id));
    }

    [Fact]
    public async Task Only_a_known_scenario_and_existing_users_are_accepted()
    {
        var app = fixture.App;

        var unknownScenario = await Assert.ThrowsAsync<ValidationFailedException>(() => app.SendAsync<CreateWorkshop.Created>(
            app.Data.TrainerA, new CreateWorkshop.Command(app.Data.CouncilA, "no-such-scenario", "Workshop")));
        Assert.Equal(("scenarioId", "unknownScenario"), (unknownScenario.Errors.Single().Field, unknownScenario.Errors.Single().Code));

        var workshop = await WorkshopDriver.CreateAsync(app);
        var unknownUser = await Assert.ThrowsAsync<ValidationFailedException>(() => workshop.AddTeamAsync("Team 1", "trainee.a", "nobody.here"));
        Assert.Equal(("trainees[1]", "unknownUser"), (unknownUser.Errors.Single().Field, unknownUser.Errors.Single().Code));
        Assert.Empty((await workshop.StoredAsync()).Teams);
    }

    private static Scenario Scenario(string id) =>
        TestApp.Scenarios.TryGet(id, out var scenario) ? scenario : throw new InvalidOperationException($"No scenario {id}.");

    private static Task<Case> CaseWithPartiesAsync(TestApp app, long caseId) =>
        app.WithDbAsync(db => db.Cases.AsNoTracking().Include(c => c.Parties).SingleAsync(c => c.Id == caseId));

    private static Task<int> CountSandboxCasesAsync(TestApp app, long workshopId) =>
        app.WithDbAsync(db => db.Cases.CountAsync(c => c.WorkshopId == workshopId));
}
