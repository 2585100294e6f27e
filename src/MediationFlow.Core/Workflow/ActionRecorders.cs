using System.Collections.Frozen;

namespace MediationFlow.Core.Workflow;

/// <summary>
/// Every action recorder by the trigger it records, built once: the recorders keep no state, and a dictionary built per
/// request was a visible share of a command's allocation (docs/benchmarks.md, command throughput).
/// </summary>
public sealed class ActionRecorders(IEnumerable<IActionRecorder> recorders)
{
    private readonly FrozenDictionary<string, IActionRecorder> _byTrigger = recorders.ToFrozenDictionary(r => r.Trigger, StringComparer.Ordinal);

    public bool TryGet(string trigger, out IActionRecorder recorder) => _byTrigger.TryGetValue(trigger, out recorder!);
}
