namespace MediationFlow.Workflows.Scenarios;

/// <summary>One step of a sandbox case's history, in workshop time.</summary>
public sealed record HistoryStep(string Trigger, string? FromState, string ToState, DateTimeOffset At);

/// <summary>Whether a team met a checkpoint, and when (in workshop time) if it did.</summary>
public sealed record CheckpointResult(Checkpoint Checkpoint, bool Met, DateTimeOffset? MetAt);

/// <summary>Judges a team's case history against a scenario's checkpoints.</summary>
public static class CheckpointEvaluator
{
    public static IReadOnlyList<CheckpointResult> Evaluate(Scenario scenario, IReadOnlyList<HistoryStep> history, DateTimeOffset workshopStart)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(history);
        return [.. scenario.Checkpoints.Select(c => Evaluate(c, history, workshopStart))];
    }

    private static CheckpointResult Evaluate(Checkpoint checkpoint, IReadOnlyList<HistoryStep> history, DateTimeOffset start)
    {
        HistoryStep? First(Func<HistoryStep, bool> match) => history.FirstOrDefault(match);
        switch (checkpoint.Kind)
        {
            case CheckpointKinds.Happens:
                var taken = First(s => s.Trigger == checkpoint.Trigger);
                return new(checkpoint, taken is not null, taken?.At);
            case CheckpointKinds.Before:
                var first = history.Select((s, i) => (s, i)).FirstOrDefault(x => x.s.Trigger == checkpoint.Trigger);
                var then = history.Select((s, i) => (s, i)).FirstOrDefault(x => x.s.Trigger == checkpoint.Then);
                var met = first.s is not null && then.s is not null && first.i < then.i;
                return new(checkpoint, met, met ? then.s!.At : null);
            case CheckpointKinds.Reaches:
                var reached = First(s => s.ToState == checkpoint.State && s.FromState != s.ToState);
                var inTime = reached is not null && (checkpoint.WithinDays is not { } days || reached.At <= start.AddDays(days));
                return new(checkpoint, inTime, inTime ? reached!.At : null);
            case CheckpointKinds.NeverReaches:
                return new(checkpoint, !history.Any(s => s.ToState == checkpoint.State), null);
            case CheckpointKinds.NeverHappens:
                return new(checkpoint, !history.Any(s => s.Trigger == checkpoint.Trigger), null);
            default:
                throw new InvalidOperationException($"Checkpoint kind '{checkpoint.Kind}' passed validation but has no rule.");
        }
    }
}
