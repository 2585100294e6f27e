using MediationFlow.Core.Tests.Infrastructure;

namespace MediationFlow.Core.Tests.Version3;

/// <summary>
/// Issue 11, point 4 and the random walk the issue asks for: seeded walks over version 3 that take only permitted
/// actions (as the case's mediator, the chair and a receiving chair) and the system's timers, reach every end state,
/// and never stop in an open state where nobody can act.
/// </summary>
public sealed class WalkTests
{
    private static readonly string[] EndStates =
        ["fulfilled", "breached", "noAgreement", "withdrawn", "declined", "notMediable", "expired", "noMediatorAvailable"];

    [Fact]
    public async Task Seeded_walks_reach_every_end_state_and_never_stop_where_nobody_can_act()
    {
        await using var app = await TestApp.StartOnVersionAsync(3);
        var walker = new V3Walker(app, new Random(20261126));

        for (var i = 0; i < 60; i++)
        {
            await walker.WalkAsync(await walker.OpenAsync(), steps: 80);
        }

        Assert.All(EndStates, s => Assert.True(walker.EndStates.ContainsKey(s), $"No walk ended in {s}; ended: {string.Join(", ", walker.EndStates)}; taken: {string.Join(", ", walker.Taken)}"));
        var open = TestApp.Workflows.Get(DependencyInjection.DefaultDefinitionId, 3).Definition.States.Where(s => !s.Terminal).Select(s => s.Id);
        Assert.All(open, s => Assert.Contains(s, walker.OpenStatesVisited));
    }
}
