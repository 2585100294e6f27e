using MediationFlow.Core.Tests.History;
using MediationFlow.Core.Tests.Infrastructure;

namespace MediationFlow.Core.Tests.Version3;

/// <summary>
/// Issue 11, point 4 and the random walk the issue asks for: seeded walks over version 3 that take only permitted
/// actions (as the case's mediator, the chair and a receiving chair) and the system's timers, reach every end state,
/// and never stop in an open state where nobody can act; and, as on version 2, each case's state is the fold of its history.
/// </summary>
public sealed class WalkTests
{
    private static readonly string[] EndStates =
        ["fulfilled", "breached", "noAgreement", "withdrawn", "declined", "notMediable", "expired", "noMediatorAvailable"];

    [Fact]
    public async Task Seeded_walks_reach_every_end_state_never_stop_where_nobody_can_act_and_leave_each_case_where_its_history_says()
    {
        await using var app = await TestApp.StartOnVersionAsync(3);
        var walker = new V3Walker(app, new Random(20261126));

        var cases = new List<long>();
        for (var i = 0; i < 60; i++)
        {
            cases.Add(await walker.OpenAsync());
            await walker.WalkAsync(cases[^1], steps: 80);
        }

        // Time passed for every case while others were walked: each is checked at the end.
        foreach (var caseId in cases)
        {
            await HistoryFold.AssertMatchesAsync(app, caseId, "version 3 walk");
        }

        Assert.All(EndStates, s => Assert.True(walker.EndStates.ContainsKey(s), $"No walk ended in {s}; ended: {string.Join(", ", walker.EndStates)}; taken: {string.Join(", ", walker.Taken)}"));
        // The signed copies version 3 requires were met both ways: by the reason why there is none, and by the scan.
        Assert.True(walker.Attached > 0 && walker.Taken["signAgreementOnMediation"] + walker.Taken["recordSignature"] > walker.Attached);
        var open = TestApp.Workflows.Get(DependencyInjection.DefaultDefinitionId, 3).Definition.States.Where(s => !s.Terminal).Select(s => s.Id);
        Assert.All(open, s => Assert.Contains(s, walker.OpenStatesVisited));
    }
}
