using MediationFlow.Workflows.Engine;

namespace MediationFlow.Workflows.Definitions;

internal sealed partial class SemanticValidator
{
    private static readonly HashSet<string> ReferenceTypes = new(StringComparer.Ordinal)
    {
        InputTypes.Party, InputTypes.Session, InputTypes.Obligation, InputTypes.Representative,
    };

    /// <param name="transition">The transition the effects belong to; null for a state's entry and exit.</param>
    private void CheckEffects(IReadOnlyList<EffectDefinition> effects, string at, TransitionDefinition? transition)
    {
        foreach (var (effect, k) in effects.Select((e, k) => (e, k)))
        {
            var path = $"{at}[{k}]";
            switch (effect.Effect)
            {
                case EffectNames.Notify:
                    if (effect.Role is null || !RoleNames.All.Contains(effect.Role) || effect.Role == RoleNames.System)
                    {
                        Error($"{path}.role", AuthoringMessages.NotifyNeedsRole.Format(string.Join(", ", RoleNames.All.Where(r => r != RoleNames.System))));
                    }

                    if (effect.Template is null || !_d.Notifications.ContainsKey(effect.Template))
                    {
                        Error($"{path}.template", AuthoringMessages.UnknownTemplate.Format(effect.Template ?? string.Empty));
                    }

                    break;
                case EffectNames.ScheduleObligationChecks:
                    if (effect.Fires is null || !_triggers.Contains(effect.Fires))
                    {
                        Error($"{path}.fires", AuthoringMessages.ChecksNeedTrigger.Format(effect.Fires ?? string.Empty));
                    }

                    break;
                case EffectNames.End:
                    CheckEnd(effect, path, transition);
                    break;
                case EffectNames.SetDate or EffectNames.ClearDate:
                    CheckDateEffect(effect, path, transition);
                    break;
                case EffectNames.NewRound:
                    break;
                case EffectNames.StartTimer or EffectNames.CancelTimer:
                    CheckTimerEffect(effect, path, transition);
                    break;
                default:
                    Error($"{path}.effect", AuthoringMessages.UnknownEffect.Format(effect.Effect, string.Join(", ", EffectNames.All)));
                    continue;
            }

            if (effect.When is { } when)
            {
                CheckGuard(when, $"{path}.when", null);
            }
        }
    }

    private void CheckEnd(EffectDefinition effect, string path, TransitionDefinition? transition)
    {
        if (transition?.To is not { } to || !_d.States.Any(s => s.Id == to && s.Terminal))
        {
            Error(path, AuthoringMessages.EndNotTerminal);
            return;
        }

        if ((effect.Reason is null) == (effect.ReasonFrom is null))
        {
            Error(path, AuthoringMessages.EndNeedsReason);
        }
        else if (effect.Reason is { } reason && !_d.Reasons.ContainsKey(reason))
        {
            Error($"{path}.reason", AuthoringMessages.UnknownReason.Format(reason));
        }
        else if (effect.ReasonFrom is { } field)
        {
            var input = transition.Input.FirstOrDefault(f => f.Name == field);
            var options = input is null ? []
                : input.OptionsFrom is not null ? _d.Screening.Select(q => q.Id).ToList()
                : input.Options.Select(o => o.Value).ToList();
            if (input is not { Type: InputTypes.Choice, Required: true } || options.Count == 0 || !options.All(_d.Reasons.ContainsKey))
            {
                Error($"{path}.reasonFrom", AuthoringMessages.ReasonFromNotChoice.Format(field));
            }
        }
    }

    private void CheckDateEffect(EffectDefinition effect, string path, TransitionDefinition? transition)
    {
        if (effect.Date is null)
        {
            Error(path, AuthoringMessages.DateEffectNeedsDate);
        }
        else if (!CaseDates.Settable.Contains(effect.Date))
        {
            Error($"{path}.date", AuthoringMessages.NotSettableDate.Format(effect.Date, string.Join(", ", CaseDates.Settable)));
        }
        else
        {
            UseDate(effect.Date, $"{path}.date");
        }

        if (effect.Effect == EffectNames.ClearDate)
        {
            return;
        }

        var fromInput = transition?.Input.Any(f => f.Name == effect.From && f.Type is InputTypes.Date or InputTypes.DateTime) == true;
        if (effect.From is not { } from || (from != EffectNames.Today && !CaseDates.All.Contains(from) && !fromInput))
        {
            Error($"{path}.from", AuthoringMessages.SetDateFrom.Format(effect.From ?? string.Empty));
        }
        else if (!fromInput)
        {
            UseDate(from, $"{path}.from");
        }

        if (effect.Plus is { } plus)
        {
            CheckDuration(plus, $"{path}.plus");
        }
    }

    private void CheckTimerEffect(EffectDefinition effect, string path, TransitionDefinition? transition)
    {
        if (effect.Timer is null || !_d.Timers.Any(t => t.Id == effect.Timer))
        {
            Error($"{path}.timer", AuthoringMessages.UnknownTimer.Format(effect.Timer ?? string.Empty));
            return;
        }

        var timer = _d.Timers.First(t => t.Id == effect.Timer);
        if (effect.Effect == EffectNames.StartTimer && !timer.ByEffect)
        {
            Error($"{path}.timer", AuthoringMessages.StartsEntryTimer.Format(timer.Id));
        }

        if (effect.For is { } field)
        {
            var input = transition?.Input.FirstOrDefault(f => f.Name == field);
            if (input is null || !ReferenceTypes.Contains(input.Type))
            {
                Error($"{path}.for", AuthoringMessages.TimerForNotReference.Format(field));
            }
            else if (effect.Effect == EffectNames.StartTimer)
            {
                CheckKeyReceived(timer, input.Name, input.Type, $"{path}.for");
            }
        }

        if (effect.ForEach == EffectNames.OpenObligation)
        {
            CheckKeyReceived(timer, ObligationTimers.Field, InputTypes.Obligation, $"{path}.forEach");
        }
    }

    /// <summary>A keyed timer fires its trigger with the key as this input, which the trigger must have.</summary>
    private void CheckKeyReceived(TimerDefinition timer, string field, string type, string path)
    {
        if (_d.Transitions.Any(t => t.Trigger == timer.Fires && !t.Input.Any(f => f.Name == field && f.Type == type)))
        {
            Error(path, AuthoringMessages.TimerKeyNotReceived.Format(timer.Fires, field, type));
        }
    }

    /// <summary>
    /// Automatic transitions are the system's alone, wait on a guard, take no input, move the case, and never chain
    /// back to where they started (the application follows them until none applies).
    /// </summary>
    private void CheckAutomatic()
    {
        foreach (var (transition, i) in _d.Transitions.Select((t, i) => (t, i)).Where(x => x.t.Automatic))
        {
            var at = $"$.transitions[{i}]";
            if (transition.Roles is not [RoleNames.System])
            {
                Error($"{at}.roles", AuthoringMessages.AutomaticRoles);
            }

            if (transition.Guards.Count == 0)
            {
                Error(at, AuthoringMessages.AutomaticNeedsGuard);
            }

            if (transition.Input.Count > 0)
            {
                Error($"{at}.input", AuthoringMessages.AutomaticNoInput);
            }

            if (transition.To is not { } to || transition.From.Contains(to))
            {
                Error(transition.To is null ? at : $"{at}.to", AuthoringMessages.AutomaticMustMove);
            }
        }

        // One report per definition: every transition of a cycle is on it, and the first names it well enough.
        var next = _d.Transitions.Where(t => t.Automatic && t.To is not null)
            .SelectMany(t => t.From.Select(from => (From: from, To: t.To!)))
            .ToLookup(e => e.From, e => e.To, StringComparer.Ordinal);
        var looping = _d.Transitions.Select((t, i) => (t, i))
            .Where(x => x.t.Automatic && x.t.To is { } to && !x.t.From.Contains(to))
            .Select(x => (x.i, Looped: x.t.From.FirstOrDefault(from => Leads(next, x.t.To!, from))))
            .FirstOrDefault(x => x.Looped is not null);
        if (looping.Looped is { } state)
        {
            Error($"$.transitions[{looping.i}]", AuthoringMessages.AutomaticCycle.Format(state));
        }
    }

    private static bool Leads(ILookup<string, string> next, string start, string goal)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var state))
        {
            if (state == goal)
            {
                return true;
            }

            foreach (var target in next[state].Where(seen.Add))
            {
                queue.Enqueue(target);
            }
        }

        return false;
    }

    /// <summary>A definition with closing reasons says why every way into a closed state ends the case.</summary>
    private void CheckEnds()
    {
        if (_d.Reasons.Count == 0)
        {
            return;
        }

        var terminal = _d.States.Where(s => s.Terminal).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (transition, i) in _d.Transitions.Select((t, i) => (t, i)))
        {
            if (transition.To is { } to && terminal.Contains(to) && transition.Effects.Count(e => e.Effect == EffectNames.End) != 1)
            {
                Error($"$.transitions[{i}]", AuthoringMessages.EndMissing.Format(to));
            }
        }
    }
}
