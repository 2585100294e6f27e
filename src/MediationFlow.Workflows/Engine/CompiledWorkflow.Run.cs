using MediationFlow.Workflows.Definitions;

namespace MediationFlow.Workflows.Engine;

public sealed partial class CompiledWorkflow
{
    /// <summary>
    /// One evaluation or firing on one case: the mutable state the Stateless machine works on, and the case's dates as
    /// the action leaves them. Guards judge the case as stored; timers are timed from the dates after the action.
    /// </summary>
    private sealed class Run(CompiledWorkflow workflow, string state, CaseFacts facts, IReadOnlySet<string> roles, DateTimeOffset now)
    {
        private readonly List<Effect> _effects = [];
        private readonly Dictionary<string, DateOnly> _dates = new(facts.Dates, StringComparer.Ordinal);

        public string State { get; set; } = state;

        public ActionInput? Input { get; set; }

        public IReadOnlyList<Effect> Effects => _effects;

        private GuardContext Context => new(facts, Input, now, workflow.Settings, roles, workflow.Screening);

        public List<BlockReason> Evaluate(CompiledTransition transition)
        {
            List<BlockReason>? reasons = null;
            if (!transition.Definition.Roles.Any(roles.Contains))
            {
                (reasons ??= []).Add(new BlockReason(BlockKind.Role, "role", transition.RoleReason));
            }

            var context = Context;
            foreach (var (guard, reason, basis) in transition.Guards)
            {
                if (!guard.Passes(context))
                {
                    (reasons ??= []).Add(new BlockReason(BlockKind.Guard, guard.Name, reason) { Basis = basis });
                }
            }

            // A requirement a reason may answer is the input's to meet (see Fire); one without blocks like a guard.
            foreach (var requirement in transition.Definition.Requires.Where(r => r.OrReason is null && !Requirements.Met(r, facts, Input)))
            {
                (reasons ??= []).Add(new BlockReason(BlockKind.Requirement, requirement.Code, Requirements.Message(requirement)));
            }

            return reasons ?? [];
        }

        /// <summary>Entering a state: the timers of its states not already running (coming from outside their states), then its effects.</summary>
        public void Enter(StateDefinition state, string? source)
        {
            StartTimersOf(state, source);
            AddEffects(state.OnEntry);
        }

        public void StartTimersOf(StateDefinition state, string? source)
        {
            foreach (var timer in workflow._timers[state.Id].Where(t => !t.ByEffect && (source is null || !t.States.Contains(source))))
            {
                if (DueAt(timer, null) is { } due)
                {
                    _effects.Add(new StartTimer(timer.Id, due, timer.Fires));
                }
            }
        }

        /// <summary>Leaving a state: the timers that do not also run in the destination stop (the term runs on between the states it covers).</summary>
        public void Exit(StateDefinition state, string destination)
        {
            foreach (var timer in workflow._timers[state.Id].Where(t => !t.States.Contains(destination)))
            {
                _effects.Add(workflow._keyedTimers.Contains(timer.Id) ? new CancelKeyedTimer(timer.Id, null) : new CancelTimer(timer.Id));
            }

            if (destination != state.Id && state.OnEntry.Any(e => e.Effect == EffectNames.ScheduleObligationChecks))
            {
                _effects.Add(new CancelObligationChecks());
            }

            AddEffects(state.OnExit);
        }

        /// <summary>
        /// The action's dates, before the transition so that the timers it starts see them: the dates its input
        /// <c>records</c>, then its setDate, clearDate and newRound effects in order.
        /// </summary>
        public void ApplyDates(TransitionDefinition transition)
        {
            foreach (var field in transition.Input.Where(f => f.Records is not null))
            {
                if (DateOf(field.Name) is { } date)
                {
                    SetDate(field.Records!, date);
                }
            }

            foreach (var effect in transition.Effects.Where(e => EffectNames.OnDates.Contains(e.Effect)))
            {
                switch (effect.Effect)
                {
                    case EffectNames.NewRound:
                        // The earlier round keeps its dates where the caller stores them; the new one starts with none.
                        _effects.Add(new StartRound());
                        foreach (var name in _dates.Keys.Where(CaseDates.BelongsToRound).ToList())
                        {
                            _dates.Remove(name);
                        }

                        break;
                    case EffectNames.ClearDate when _dates.Remove(effect.Date!):
                        _effects.Add(new SetCaseDate(effect.Date!, null));
                        break;
                    case EffectNames.SetDate:
                        var from = effect.From == EffectNames.Today ? workflow.Settings.Today(now, facts.TimeZone)
                            : _dates.TryGetValue(effect.From!, out var known) ? known
                            : DateOf(effect.From!);
                        if (from is { } start)
                        {
                            SetDate(effect.Date!, effect.Plus is { } plus ? start.AddDays(WholeDays(workflow.Settings.Duration(plus))) : start);
                        }

                        break;
                }
            }
        }

        private void SetDate(string name, DateOnly value)
        {
            if (!_dates.TryGetValue(name, out var old) || old != value)
            {
                _dates[name] = value;
                _effects.Add(new SetCaseDate(name, value));
            }
        }

        /// <summary>A date input's value as a date: a moment counts as its day where the case is.</summary>
        private DateOnly? DateOf(string field) =>
            Input is null ? null
            : Input.TryGet(field, out DateOnly date) ? date
            : Input.TryGet(field, out DateTimeOffset moment) ? workflow.Settings.Today(moment, facts.TimeZone)
            : null;

        /// <summary>
        /// Timers that kept running through the action (it stayed in their states) but whose date it changed: an
        /// extension moves the deadline, a date that appears starts its timer, a cleared one stops it.
        /// </summary>
        public void Retime(string from)
        {
            foreach (var timer in workflow._timers[State].Where(t => !t.ByEffect && t.Due is not null && t.States.Contains(from)))
            {
                var name = timer.Due!.Date;
                DateOnly? before = facts.Dates.TryGetValue(name, out var stored) ? stored : null;
                DateOnly? after = _dates.TryGetValue(name, out var changed) ? changed : null;
                if (before == after)
                {
                    continue;
                }

                _effects.Add(DueAt(timer, null) is { } due ? new StartTimer(timer.Id, due, timer.Fires) : new CancelTimer(timer.Id));
            }
        }

        public void AddEffects(IEnumerable<EffectDefinition> effects)
        {
            foreach (var effect in effects)
            {
                if (effect.When is { } condition && !Engine.Guards.All[condition].Passes(Context))
                {
                    continue;
                }

                switch (effect.Effect)
                {
                    case EffectNames.Notify:
                        _effects.Add(new Notify(effect.Role!, effect.Template!, workflow.Definition.Notifications[effect.Template!]));
                        break;
                    case EffectNames.ScheduleObligationChecks:
                        _effects.Add(new ScheduleObligationChecks(effect.Fires!));
                        break;
                    case EffectNames.End:
                        End(effect);
                        break;
                    case EffectNames.StartTimer:
                        StartByEffect(effect);
                        break;
                    case EffectNames.CancelTimer:
                        CancelByEffect(effect);
                        break;
                    default:
                        throw new InvalidOperationException($"Effect '{effect.Effect}' passed validation but has no implementation.");
                }
            }
        }

        private void End(EffectDefinition effect)
        {
            var reason = effect.Reason ?? Input?.Text(effect.ReasonFrom!);
            if (reason is not null)
            {
                var name = workflow.Definition.Reasons.TryGetValue(reason, out var known) ? known.Name : new LocalizedText(reason, reason, reason);
                _effects.Add(new EndCase(reason, name));
            }
        }

        private void StartByEffect(EffectDefinition effect)
        {
            var timer = workflow._timersById[effect.Timer!];
            if (effect.ForEach == EffectNames.OpenObligation)
            {
                foreach (var obligation in facts.Obligations.Where(o => o.Status == ObligationStatus.Open))
                {
                    StartKeyed(timer, obligation.Id, ObligationTimers.Field, obligation);
                }
            }
            else if (effect.For is { } field)
            {
                if (Input?.Text(field) is { } key)
                {
                    StartKeyed(timer, key, field, facts.Obligations.FirstOrDefault(o => o.Id == key));
                }
            }
            else if (DueAt(timer, null) is { } due)
            {
                _effects.Add(new StartTimer(timer.Id, due, timer.Fires));
            }
        }

        private void StartKeyed(TimerDefinition timer, string key, string field, ObligationFact? obligation)
        {
            if (DueAt(timer, obligation) is { } due)
            {
                _effects.Add(new StartKeyedTimer(timer.Id, key, due, timer.Fires, new Dictionary<string, string>(StringComparer.Ordinal) { [field] = key }));
            }
        }

        private void CancelByEffect(EffectDefinition effect)
        {
            if (!workflow._keyedTimers.Contains(effect.Timer!))
            {
                _effects.Add(new CancelTimer(effect.Timer!));
            }
            else if (effect.For is null)
            {
                _effects.Add(new CancelKeyedTimer(effect.Timer!, null));
            }
            else if (Input?.Text(effect.For) is { } key)
            {
                _effects.Add(new CancelKeyedTimer(effect.Timer!, key));
            }
        }

        /// <summary>
        /// When the timer fires: a duration after now, or the end of its date (shifted by its durations) where the case
        /// is. The date is the action's date input of that name (versions 1 and 2), the watched obligation's due date,
        /// or the case's date; null when there is none yet, and the timer waits for it.
        /// </summary>
        private DateTimeOffset? DueAt(TimerDefinition timer, ObligationFact? obligation)
        {
            if (timer.After is { } after)
            {
                return now + workflow.Settings.Duration(after);
            }

            var due = timer.Due!;
            DateOnly? date = Input is not null && Input.TryGet(due.Date, out DateOnly fromInput) ? fromInput
                : obligation is not null && due.Date == ObligationTimers.DueOn ? obligation.DueOn
                : _dates.TryGetValue(due.Date, out var fromCase) ? fromCase
                : null;
            if (date is not { } day)
            {
                return null;
            }

            var plus = due.Plus is null ? TimeSpan.Zero : workflow.Settings.Duration(due.Plus);
            var minus = due.Minus is null ? TimeSpan.Zero : workflow.Settings.Duration(due.Minus);
            var shift = plus - minus;
            var days = WholeDays(shift);
            return workflow.Settings.EndOfDay(day.AddDays(days), facts.TimeZone) + (shift - TimeSpan.FromDays(days));
        }

        private static int WholeDays(TimeSpan duration) => (int)Math.Truncate(duration.TotalDays);
    }
}
