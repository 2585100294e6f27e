using MediationFlow.Workflows.Engine;

namespace MediationFlow.Workflows.Definitions;

internal sealed partial class SemanticValidator
{
    private void CheckTimers()
    {
        CheckUnique(_d.Timers.Select(t => t.Id), i => $"$.timers[{i}].id");
        foreach (var (timer, i) in _d.Timers.Select((t, i) => (t, i)))
        {
            var at = $"$.timers[{i}]";
            foreach (var (state, k) in timer.States.Select((s, k) => (s, k)).Where(x => !_states.Contains(x.s)))
            {
                Error(OneOrManyPath("timers", i, "state", k), AuthoringMessages.UnknownState.Format(state));
            }

            CheckFired(timer, at);
            if ((timer.After is null) == (timer.Due is null))
            {
                Error(at, AuthoringMessages.TimerAfterOrAt);
            }
            else if (timer.After is { } after)
            {
                CheckDuration(after, $"{at}.after");
            }
            else
            {
                CheckTimerDate(timer, i);
            }

            var started = _d.States.SelectMany(s => s.OnEntry.Concat(s.OnExit)).Concat(_d.Transitions.SelectMany(t => t.Effects))
                .Any(e => e.Effect == EffectNames.StartTimer && e.Timer == timer.Id);
            if (timer.ByEffect && !started)
            {
                Error($"{at}.startedBy", AuthoringMessages.TimerNeverStarted.Format(timer.Id));
            }
        }
    }

    /// <summary>The fired action exists, may be taken from every state the timer runs in, and by the system.</summary>
    private void CheckFired(TimerDefinition timer, string at)
    {
        if (!_triggers.Contains(timer.Fires))
        {
            Error($"{at}.fires", AuthoringMessages.TimerFiresNothing.Format(timer.Fires));
        }
        else if (timer.States.Where(_states.Contains).FirstOrDefault(s => !_d.Transitions.Any(t => t.Trigger == timer.Fires && t.From.Contains(s))) is { } elsewhere)
        {
            Error($"{at}.fires", AuthoringMessages.TimerFiresElsewhere.Format(timer.Fires, elsewhere));
        }
        else if (_d.Transitions.Any(t => t.Trigger == timer.Fires && t.From.Any(timer.States.Contains) && !t.Roles.Contains(RoleNames.System)))
        {
            Error($"{at}.fires", AuthoringMessages.TimerFiresNotAllowed.Format(timer.Fires, RoleNames.System));
        }
    }

    /// <summary>
    /// A timer's date is a case date; before version 3, a date input of a transition into its state. A timer an effect
    /// starts may also read a date input of that action, or the due date of the obligation it is started for.
    /// </summary>
    private void CheckTimerDate(TimerDefinition timer, int index)
    {
        var (due, at) = (timer.Due!, $"$.timers[{index}]");
        var path = _root.GetProperty("timers")[index].GetProperty("at").ValueKind == System.Text.Json.JsonValueKind.Object
            ? $"{at}.at.date"
            : $"{at}.at";
        var starters = _d.States.SelectMany(s => s.OnEntry).Concat(_d.Transitions.SelectMany(t => t.Effects))
            .Where(e => e.Effect == EffectNames.StartTimer && e.Timer == timer.Id).ToList();
        var isDateInput = (TransitionDefinition t) => t.Input.Any(f => f.Name == due.Date && f.Type == InputTypes.Date);
        var known = CaseDates.All.Contains(due.Date)
            || _d.Transitions.Any(t => t.To is { } to && timer.States.Contains(to) && isDateInput(t))
            || _d.Transitions.Any(t => isDateInput(t) && t.Effects.Any(starters.Contains))
            || (due.Date == ObligationTimers.DueOn && starters.Any(e => e.ForEach == EffectNames.OpenObligation));
        if (!known)
        {
            Error(path, AuthoringMessages.TimerNoDate.Format(timer.State, due.Date));
        }
        else if (CaseDates.All.Contains(due.Date))
        {
            UseDate(due.Date, path);
        }

        if (due.Plus is { } plus)
        {
            CheckDuration(plus, $"{at}.at.plus");
        }

        if (due.Minus is { } minus)
        {
            CheckDuration(minus, $"{at}.at.minus");
        }
    }

    /// <summary>A duration is an ISO-8601 one ("P30D") or the name of a duration setting the definition has.</summary>
    private void CheckDuration(string value, string path)
    {
        if (value.StartsWith('P'))
        {
            if (!WorkflowSettings.TryParseDuration(value, out _))
            {
                Error(path, AuthoringMessages.TimerBadDuration.Format(value));
            }
        }
        else if (WorkflowSettings.Known.GetValueOrDefault(value, SettingKind.StringList) != SettingKind.Duration || !_d.Settings.ContainsKey(value))
        {
            Error(path, AuthoringMessages.NotDurationSetting.Format(value));
        }
    }
}
