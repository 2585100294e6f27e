using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Core.Workflow;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Tests.History;

/// <summary>Replays a case's stored history and checks it arrives where the case row says the case is.</summary>
internal static class HistoryFold
{
    /// <summary>Events that change a case's data but are not transitions of its workflow.</summary>
    private static readonly IReadOnlySet<string> DataEvents = CaseHistory.DataEvents;

    public static async Task AssertMatchesAsync(TestApp app, long caseId, string context)
    {
        var (stored, events) = await app.WithDbAsync(async db => (
            await db.Cases.AsNoTracking().SingleAsync(c => c.Id == caseId),
            await db.CaseEvents.AsNoTracking().Where(e => e.CaseId == caseId).OrderBy(e => e.Sequence).ToListAsync()));
        var where = $"case {caseId} ({context})";

        Assert.True(events.Select(e => e.Sequence).SequenceEqual(Enumerable.Range(1, stored.Version)),
            $"{where}: sequences {string.Join(",", events.Select(e => e.Sequence))} are not 1..{stored.Version}");

        var first = events[0];
        var initial = TestApp.Workflows.Get(first.DefinitionId, first.DefinitionVersion).Definition.Initial;
        Assert.True((first.Trigger, first.FromState, first.ToState) == (CaseHistory.Opened, null, initial),
            $"{where}: the first event is {first.Trigger} {first.FromState}→{first.ToState}, not open →{initial}");

        string? state = null;
        foreach (var e in events)
        {
            Assert.True(e.FromState == state, $"{where}: event {e.Sequence} ({e.Trigger}) starts from {e.FromState}, but the previous one ended in {state}");
            var definition = TestApp.Workflows.Get(e.DefinitionId, e.DefinitionVersion).Definition;
            if (e.Sequence > 1 && !DataEvents.Contains(e.Trigger))
            {
                Assert.True(
                    definition.Transitions.Any(t => t.Trigger == e.Trigger && t.From.Contains(e.FromState!) && (t.To ?? e.FromState) == e.ToState),
                    $"{where}: event {e.Sequence} {e.Trigger} {e.FromState}→{e.ToState} is no transition of {definition.Key}");
            }
            else if (e.Sequence > 1 && e.Trigger != CaseHistory.Migrated)
            {
                Assert.True(e.FromState == e.ToState, $"{where}: data event {e.Sequence} ({e.Trigger}) moved the case {e.FromState}→{e.ToState}");
            }

            state = e.ToState;
        }

        Assert.True(stored.State == state, $"{where}: the case is {stored.State} but its history ends in {state}");
        var workflow = TestApp.Workflows.Get(stored.DefinitionId, stored.DefinitionVersion);
        Assert.True(
            (stored.Stage, stored.IsClosed, stored.ClosedAt is not null) == (workflow.State(state).Stage, workflow.State(state).Terminal, workflow.State(state).Terminal),
            $"{where}: stage {stored.Stage}, closed {stored.IsClosed} (at {stored.ClosedAt}) do not fit the state {state}");
    }
}
