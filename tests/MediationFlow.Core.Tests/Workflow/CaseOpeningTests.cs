using MediationFlow.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Tests.Workflow;

/// <summary>A real case a mediator registers and a sandbox case a workshop start opens come into being the same way.</summary>
public sealed class CaseOpeningTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private readonly TestApp _app = shared.App;

    [Fact]
    public async Task A_real_case_and_a_sandbox_case_open_alike_in_the_initial_state_with_one_opened_event()
    {
        var real = await CaseDriver.OpenAsync(_app);
        var workshop = await WorkshopDriver.StartedWithTwoTeamsAsync(_app);
        var sandbox = await workshop.TeamCaseAsync("Team 1");

        foreach (var (caseId, registeredBy) in new[] { (real.CaseId, _app.Data.MediatorA), (sandbox.CaseId, _app.Data.TrainerA) })
        {
            var row = await _app.CaseRowAsync(caseId);
            var workflow = TestApp.Workflows.Get(row.DefinitionId, row.DefinitionVersion);
            var initial = workflow.Definition.Initial;
            Assert.Equal((initial, workflow.State(initial).Stage, 1, registeredBy, row.RegisteredAt), (row.State, row.Stage, row.Version, row.RegisteredById, row.LastActivityAt));

            var opened = Assert.Single(await _app.EventsAsync(caseId));
            Assert.Equal(("open", (string?)null, initial, (Guid?)registeredBy, row.RegisteredAt), (opened.Trigger, opened.FromState, opened.ToState, opened.ActorId, opened.OccurredAt));

            var parties = await _app.WithDbAsync(db => db.Parties.AsNoTracking().Where(p => p.CaseId == caseId).ToListAsync());
            Assert.Equal(2, parties.Count);
            Assert.All(parties, p => Assert.Equal(p.FullName.ToLowerInvariant(), p.NameKey));
        }
    }
}
