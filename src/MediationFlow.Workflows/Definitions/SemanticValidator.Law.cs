using MediationFlow.Workflows.Engine;

namespace MediationFlow.Workflows.Definitions;

internal sealed partial class SemanticValidator
{
    /// <summary>
    /// The screening questions are ones the engine has answers for; every basis named exists; and once a definition
    /// lists its bases, every guard, timer, screening question and closing reason names its own.
    /// </summary>
    private void CheckLaw()
    {
        CheckUnique(_d.Screening.Select(q => q.Id), i => $"$.screening[{i}].id");
        foreach (var (question, i) in _d.Screening.Select((q, i) => (q, i)).Where(x => !ScreeningIds.All.Contains(x.q.Id)))
        {
            Error($"$.screening[{i}].id", AuthoringMessages.UnknownScreening.Format(question.Id, string.Join(", ", ScreeningIds.All)));
        }

        var named = _d.GuardRules.Select(g => ($"$.guards.{g.Key}", g.Value.Basis))
            .Concat(_d.Timers.Select((t, i) => ($"$.timers[{i}]", t.Basis)))
            .Concat(_d.Screening.Select((q, i) => ($"$.screening[{i}]", q.Basis)))
            .Concat(_d.Reasons.Select(r => ($"$.reasons.{r.Key}", r.Value.Basis)));
        foreach (var (path, basis) in named)
        {
            if (basis is null)
            {
                if (_d.Bases.Count > 0)
                {
                    Error(path, AuthoringMessages.BasisMissing);
                }
            }
            else if (!_d.Bases.ContainsKey(basis))
            {
                Error($"{path}.basis", AuthoringMessages.UnknownBasis.Format(basis));
            }
        }
    }

    /// <summary>What a state lets change outside actions: known kinds, each behind guards the engine knows.</summary>
    private void CheckEdits(StateDefinition state, string at)
    {
        foreach (var (what, guards) in state.Edits ?? new Dictionary<string, IReadOnlyList<string>>())
        {
            if (!EditKinds.All.Contains(what))
            {
                Error($"{at}.{what}", AuthoringMessages.UnknownEdit.Format(what, string.Join(", ", EditKinds.All)));
                continue;
            }

            foreach (var (guard, k) in guards.Select((g, k) => (g, k)))
            {
                CheckGuard(guard, $"{at}.{what}[{k}]", null);
            }
        }
    }
}
