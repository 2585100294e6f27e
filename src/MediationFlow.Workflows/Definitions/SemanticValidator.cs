using System.Text.Json;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Workflows.Definitions;

/// <summary>
/// The checks a JSON Schema cannot make: names refer to things that exist, every state can be reached
/// and left, no action is ambiguous, and the engine knows every role, guard, effect and setting.
/// </summary>
internal sealed partial class SemanticValidator
{
    private readonly WorkflowDefinition _d;
    private readonly JsonElement _root;
    private readonly string _file;
    private readonly List<DefinitionError> _errors;
    private readonly HashSet<string> _states;
    private readonly HashSet<string> _triggers;

    /// <summary>Places the schema already reported; a second error at the same place would describe the same defect.</summary>
    private readonly HashSet<string> _reported;

    private SemanticValidator(WorkflowDefinition definition, JsonElement root, string file, List<DefinitionError> errors)
    {
        _d = definition;
        _root = root;
        _file = file;
        _errors = errors;
        _states = definition.States.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        _triggers = definition.Transitions.Select(t => t.Trigger).ToHashSet(StringComparer.Ordinal);
        _reported = errors.Where(e => e.File == file).Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
    }

    public static void Validate(WorkflowDefinition definition, JsonElement root, string file, List<DefinitionError> errors) =>
        new SemanticValidator(definition, root, file, errors).Run();

    private void Error(string path, LocalizedText message)
    {
        if (!_reported.Contains(path))
        {
            _errors.Add(new DefinitionError(_file, path, message));
        }
    }

    private void Run()
    {
        CheckLabels();
        CheckSettings();
        CheckStagesAndStates();
        CheckTransitions();
        CheckTimers();
        CheckGuardLabels();
        CheckGraph();
        CheckAutomatic();
        CheckEnds();
        CheckLaw();
        CheckDates();
        CheckPlaceholders();
    }

    private void CheckLabels()
    {
        foreach (var (path, label) in Labels())
        {
            if (label is null)
            {
                continue;
            }

            foreach (var language in label.MissingLanguages())
            {
                Error($"{path}.{language}", AuthoringMessages.LabelMissing.Format(language));
            }
        }
    }

    private IEnumerable<(string Path, LocalizedText? Label)> Labels()
    {
        yield return ("$.name", _d.Name);
        foreach (var (stage, i) in _d.Stages.Select((s, i) => (s, i)))
        {
            yield return ($"$.stages[{i}].name", stage.Name);
        }

        foreach (var (state, i) in _d.States.Select((s, i) => (s, i)))
        {
            yield return ($"$.states[{i}].name", state.Name);
        }

        foreach (var (transition, i) in _d.Transitions.Select((t, i) => (t, i)))
        {
            yield return ($"$.transitions[{i}].name", transition.Name);
            foreach (var (field, k) in transition.Input.Select((f, k) => (f, k)))
            {
                yield return ($"$.transitions[{i}].input[{k}].label", field.Label);
                foreach (var (option, m) in field.Options.Select((o, m) => (o, m)))
                {
                    yield return ($"$.transitions[{i}].input[{k}].options[{m}].label", option.Label);
                }
            }
        }

        foreach (var (timer, i) in _d.Timers.Select((t, i) => (t, i)))
        {
            yield return ($"$.timers[{i}].name", timer.Name);
        }

        foreach (var (name, rule) in _d.GuardRules)
        {
            yield return (GuardPath(name), rule.Reason);
        }

        foreach (var (name, label) in _d.Notifications)
        {
            yield return ($"$.notifications.{name}", label);
        }

        foreach (var (question, i) in _d.Screening.Select((q, i) => (q, i)))
        {
            yield return ($"$.screening[{i}].question", question.Question);
        }

        foreach (var (name, label) in _d.Dates)
        {
            yield return ($"$.dates.{name}", label);
        }

        foreach (var (name, reason) in _d.Reasons)
        {
            yield return ($"$.reasons.{name}.name", reason.Name);
        }

        foreach (var (name, basis) in _d.Bases)
        {
            yield return ($"$.bases.{name}.cite", basis.Cite);
        }
    }

    private void CheckSettings()
    {
        foreach (var (name, value) in _d.Settings)
        {
            var path = $"$.settings.{name}";
            if (!WorkflowSettings.Known.TryGetValue(name, out var kind))
            {
                Error(path, AuthoringMessages.UnknownSetting.Format(name, string.Join(", ", WorkflowSettings.Known.Keys)));
                continue;
            }

            var valid = kind switch
            {
                SettingKind.Duration => value.ValueKind == JsonValueKind.String && WorkflowSettings.TryParseDuration(value.GetString(), out _),
                SettingKind.Count => value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var count) && count >= 0,
                SettingKind.UtcOffset => value.ValueKind == JsonValueKind.String && WorkflowSettings.TryParseOffset(value.GetString(), out _),
                SettingKind.StringList => value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String),
                _ => false,
            };
            if (!valid)
            {
                Error(path, kind switch
                {
                    SettingKind.Duration => AuthoringMessages.SettingDuration,
                    SettingKind.Count => AuthoringMessages.SettingCount,
                    SettingKind.UtcOffset => AuthoringMessages.SettingOffset,
                    _ => AuthoringMessages.SettingList,
                });
            }
        }
    }

    private void CheckStagesAndStates()
    {
        CheckUnique(_d.Stages.Select(s => s.Id), i => $"$.stages[{i}].id");
        CheckUnique(_d.States.Select(s => s.Id), i => $"$.states[{i}].id");

        var stages = _d.Stages.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (state, i) in _d.States.Select((s, i) => (s, i)))
        {
            if (stages.Contains(state.Id))
            {
                Error($"$.states[{i}].id", AuthoringMessages.StateIsStage.Format(state.Id));
            }

            if (!stages.Contains(state.Stage))
            {
                Error($"$.states[{i}].stage", AuthoringMessages.UnknownStage.Format(state.Stage));
            }

            CheckEffects(state.OnEntry, $"$.states[{i}].onEntry", null);
            CheckEffects(state.OnExit, $"$.states[{i}].onExit", null);
            CheckEdits(state, $"$.states[{i}].edits");
        }

        if (!_states.Contains(_d.Initial))
        {
            Error("$.initial", AuthoringMessages.InitialNotState.Format(_d.Initial));
        }
    }

    private void CheckTransitions()
    {
        var takenFrom = new Dictionary<(string State, string Trigger), int>();
        foreach (var (transition, i) in _d.Transitions.Select((t, i) => (t, i)))
        {
            var at = $"$.transitions[{i}]";
            foreach (var (from, k) in transition.From.Select((f, k) => (f, k)))
            {
                var fromPath = FromPath(i, k);
                if (!_states.Contains(from))
                {
                    Error(fromPath, AuthoringMessages.UnknownState.Format(from));
                }
                else if (!takenFrom.TryAdd((from, transition.Trigger), i))
                {
                    Error(fromPath, AuthoringMessages.AmbiguousTrigger.Format(transition.Trigger, from, takenFrom[(from, transition.Trigger)]));
                }
            }

            if (transition.To is { } to && !_states.Contains(to))
            {
                Error($"{at}.to", AuthoringMessages.UnknownState.Format(to));
            }

            foreach (var (role, k) in transition.Roles.Select((r, k) => (r, k)))
            {
                if (!RoleNames.All.Contains(role))
                {
                    Error($"{at}.roles[{k}]", AuthoringMessages.UnknownRole.Format(role, string.Join(", ", RoleNames.All)));
                }
            }

            foreach (var (name, k) in transition.Guards.Select((g, k) => (g, k)))
            {
                CheckGuard(name, $"{at}.guards[{k}]", transition);
            }

            CheckInput(transition, at);
            CheckRequirements(transition, at);
            CheckEffects(transition.Effects, $"{at}.effects", transition);
        }
    }

    private void CheckGuard(string name, string path, TransitionDefinition? transition)
    {
        if (!Guards.All.TryGetValue(name, out var guard))
        {
            Error(path, AuthoringMessages.UnknownGuard.Format(name, string.Join(", ", Guards.All.Keys)));
            return;
        }

        if (!_d.GuardRules.ContainsKey(name))
        {
            Error(path, AuthoringMessages.GuardNoReason.Format(name));
        }

        foreach (var setting in guard.RequiredSettings.Where(s => !_d.Settings.ContainsKey(s)))
        {
            Error(path, AuthoringMessages.GuardNeedsSetting.Format(name, setting));
        }

        if (transition is not null && guard.RequiredInput is { } input
            && !transition.Input.Any(f => f.Name == input.Field && f.Type == input.Type))
        {
            Error(path, AuthoringMessages.GuardNeedsInput.Format(name, input.Field, input.Type));
        }
    }

    private void CheckInput(TransitionDefinition transition, string at)
    {
        CheckUnique(transition.Input.Select(f => f.Name), k => $"{at}.input[{k}].name");
        foreach (var (field, k) in transition.Input.Select((f, k) => (f, k)))
        {
            var path = $"{at}.input[{k}]";
            if (!InputTypes.All.Contains(field.Type))
            {
                Error($"{path}.type", AuthoringMessages.UnknownInputType.Format(field.Type, string.Join(", ", InputTypes.All)));
            }
            else if (field.Type == InputTypes.Choice && field.Options.Count == 0 && field.OptionsFrom is null)
            {
                Error($"{path}.options", AuthoringMessages.ChoiceNeedsOption);
            }
            else if (field.Type != InputTypes.Choice && field.Options.Count > 0)
            {
                Error($"{path}.options", AuthoringMessages.OptionsOnlyForChoice.Format(field.Type));
            }

            CheckUnique(field.Options.Select(o => o.Value), m => $"{path}.options[{m}].value");
            CheckInputDates(transition, field, path);
        }
    }

    private void CheckGuardLabels()
    {
        foreach (var name in _d.GuardRules.Keys.Where(n => !Guards.All.ContainsKey(n)))
        {
            Error($"$.guards.{name}", AuthoringMessages.UnknownGuard.Format(name, string.Join(", ", Guards.All.Keys)));
        }
    }

    /// <summary>Every state reachable from the initial one; every open state has a way to another state.</summary>
    private void CheckGraph()
    {
        if (!_states.Contains(_d.Initial))
        {
            return;
        }

        var reachable = new HashSet<string>(StringComparer.Ordinal) { _d.Initial };
        var queue = new Queue<string>([_d.Initial]);
        while (queue.TryDequeue(out var state))
        {
            foreach (var next in _d.Transitions.Where(t => t.From.Contains(state) && t.To is not null).Select(t => t.To!))
            {
                if (_states.Contains(next) && reachable.Add(next))
                {
                    queue.Enqueue(next);
                }
            }
        }

        foreach (var (state, i) in _d.States.Select((s, i) => (s, i)))
        {
            if (!reachable.Contains(state.Id))
            {
                Error($"$.states[{i}]", AuthoringMessages.Unreachable.Format(state.Id, _d.Initial));
            }

            var leaves = _d.Transitions.Any(t => t.From.Contains(state.Id) && t.To is not null && t.To != state.Id);
            if (!state.Terminal && !leaves)
            {
                Error($"$.states[{i}]", AuthoringMessages.DeadEnd.Format(state.Id));
            }
        }
    }

    private void CheckUnique(IEnumerable<string> ids, Func<int, string> path)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, i) in ids.Select((id, i) => (id, i)))
        {
            if (!seen.Add(id))
            {
                Error(path(i), AuthoringMessages.Duplicate.Format(id));
            }
        }
    }

    /// <summary>"from" may be one string or a list in the file; the path follows what the file has.</summary>
    private string FromPath(int transition, int index) => OneOrManyPath("transitions", transition, "from", index);

    private string OneOrManyPath(string list, int item, string property, int index) =>
        _root.GetProperty(list)[item].GetProperty(property).ValueKind == JsonValueKind.Array
            ? $"$.{list}[{item}].{property}[{index}]"
            : $"$.{list}[{item}].{property}";

    /// <summary>A guard's reason is its value in the file, or the value's "reason" from version 3.</summary>
    private string GuardPath(string name) =>
        _root.TryGetProperty("guards", out var guards) && guards.TryGetProperty(name, out var guard)
        && guard.ValueKind == JsonValueKind.Object && guard.TryGetProperty("reason", out _)
            ? $"$.guards.{name}.reason"
            : $"$.guards.{name}";
}
