using System.Diagnostics.CodeAnalysis;
using MediationFlow.Workflows.Definitions;
using Stateless;

namespace MediationFlow.Workflows.Engine;

/// <summary>
/// A validated definition prepared for execution: guards resolved, transitions indexed by state.
/// Immutable and shared; every call builds a Stateless machine hydrated from the case's state.
/// </summary>
public sealed class CompiledWorkflow
{
    private readonly Dictionary<string, StateDefinition> _states;
    private readonly Dictionary<string, CompiledTransition[]> _outgoing;
    private readonly Dictionary<string, TimerDefinition[]> _timers;
    private readonly Dictionary<string, StateDefinition[]> _targets;
    private readonly HashSet<string> _triggers;

    internal CompiledWorkflow(WorkflowDefinition definition)
    {
        Definition = definition;
        Settings = WorkflowSettings.From(definition.Settings);
        _states = definition.States.ToDictionary(s => s.Id, StringComparer.Ordinal);
        _outgoing = definition.States.ToDictionary(
            s => s.Id,
            s => definition.Transitions.Where(t => t.From.Contains(s.Id)).Select(t => new CompiledTransition(t, definition)).ToArray(),
            StringComparer.Ordinal);
        _timers = definition.States.ToDictionary(
            s => s.Id, s => definition.Timers.Where(t => t.State == s.Id).ToArray(), StringComparer.Ordinal);
        _triggers = definition.Transitions.Select(t => t.Trigger).ToHashSet(StringComparer.Ordinal);
        _targets = _outgoing.ToDictionary(
            o => o.Key,
            o => o.Value.Where(t => t.Definition.To is { } to && to != o.Key).Select(t => _states[t.Definition.To!]).Distinct().ToArray(),
            StringComparer.Ordinal);
    }

    public WorkflowDefinition Definition { get; }

    public WorkflowSettings Settings { get; }

    public string Key => Definition.Key;

    public StateDefinition State(string id) =>
        _states.TryGetValue(id, out var state) ? state : throw new ArgumentException($"{Key} has no state '{id}'.", nameof(id));

    public bool HasState(string id) => _states.ContainsKey(id);

    public StageDefinition StageOf(string stateId) => Definition.Stages.First(s => s.Id == State(stateId).Stage);

    public IReadOnlyList<TimerDefinition> TimersOf(string stateId) => _timers.TryGetValue(stateId, out var timers) ? timers : [];

    /// <summary>
    /// The action a past history event took: <paramref name="trigger"/> from <paramref name="fromState"/>. False for
    /// events that are no action of this definition (the case's opening, a party corrected, a migration).
    /// </summary>
    public bool TryGetAction(string? fromState, string trigger, [NotNullWhen(true)] out TransitionDefinition? action)
    {
        action = fromState is not null && _outgoing.TryGetValue(fromState, out var transitions)
            ? transitions.FirstOrDefault(t => t.Definition.Trigger == trigger)?.Definition
            : null;
        return action is not null;
    }

    /// <summary>The states from which an action waits on <paramref name="role"/>: no other person may take it.</summary>
    public IEnumerable<string> StatesWaitingOn(string role) =>
        _outgoing.Where(o => o.Value.Any(t => t.Definition.Roles.Contains(role) && t.Definition.Roles.All(r => r == role || r == RoleNames.System)))
            .Select(o => o.Key);

    /// <summary>The states from which <paramref name="trigger"/> may be taken.</summary>
    public IEnumerable<string> StatesOffering(string trigger) =>
        _outgoing.Where(o => o.Value.Any(t => t.Definition.Trigger == trigger)).Select(o => o.Key);

    /// <summary>The effects of a new case entering the initial state (its timers and notifications).</summary>
    public IReadOnlyList<Effect> Start(CaseFacts facts, DateTimeOffset now)
    {
        var run = new Run(this, Definition.Initial, facts, new HashSet<string>(), now);
        run.Enter(State(Definition.Initial));
        return run.Effects;
    }

    /// <summary>
    /// Every action defined from <paramref name="state"/>: permitted ones with no reasons, blocked ones
    /// with each unmet guard and a wrong role, in definition order.
    /// </summary>
    public IReadOnlyList<CaseAction> GetActions(string state, CaseFacts facts, IReadOnlySet<string> roles, DateTimeOffset now)
    {
        var run = new Run(this, state, facts, roles, now);
        var machine = run.BuildMachine();
        return Outgoing(state).Select(t =>
        {
            var reasons = run.Evaluate(t);
            return machine.CanFire(t.Definition.Trigger) == (reasons.Count == 0)
                ? new CaseAction(t.Definition, reasons, t.Definition.To is { } to && _states[to].Terminal)
                : throw new InvalidOperationException($"The state machine and the guards disagree on '{t.Definition.Trigger}'.");
        }).ToArray();
    }

    /// <summary>
    /// Fires an action with raw input (field name to text, as forms and JSON scalars give it).
    /// Nothing is stored: the result carries the new state and the effects for the caller to persist.
    /// </summary>
    public FireResult Fire(
        string state, string trigger, CaseFacts facts, IReadOnlySet<string> roles,
        IReadOnlyDictionary<string, string?> input, DateTimeOffset now)
    {
        var refused = new FireResult { Trigger = trigger, FromState = state, ToState = state };
        if (!_triggers.Contains(trigger))
        {
            return refused with { RefusedAs = Refusal.UnknownAction };
        }

        var transition = Outgoing(state).FirstOrDefault(t => t.Definition.Trigger == trigger);
        if (transition is null)
        {
            return refused with { RefusedAs = Refusal.NotAvailable };
        }

        var run = new Run(this, state, facts, roles, now);
        refused = refused with { Transition = transition.Definition };
        var blocked = run.Evaluate(transition);
        if (blocked.Count > 0)
        {
            return refused with { RefusedAs = Refusal.Blocked, BlockedBy = blocked };
        }

        var (parsed, errors) = InputParser.Parse(transition.Definition, input, facts, Settings);
        if (errors.Count > 0)
        {
            return refused with { RefusedAs = Refusal.InvalidInput, InputErrors = errors };
        }

        run.Input = parsed;
        var machine = run.BuildMachine();
        if (!machine.CanFire(trigger))
        {
            return refused with { RefusedAs = Refusal.Blocked, Input = parsed, BlockedBy = run.Evaluate(transition) };
        }

        machine.Fire(trigger);
        run.AddEffects(transition.Definition.Effects);
        return new FireResult
        {
            Trigger = trigger,
            Transition = transition.Definition,
            FromState = state,
            ToState = run.State,
            Input = parsed,
            Effects = run.Effects,
        };
    }

    private CompiledTransition[] Outgoing(string state) =>
        _outgoing.TryGetValue(state, out var transitions) ? transitions : throw new ArgumentException($"{Key} has no state '{state}'.", nameof(state));

    /// <summary>A transition with its guards looked up once.</summary>
    private sealed class CompiledTransition(TransitionDefinition definition, WorkflowDefinition workflow)
    {
        public TransitionDefinition Definition { get; } = definition;

        public (Guard Guard, LocalizedText Reason)[] Guards { get; } = definition.Guards
            .Select(name => (Engine.Guards.All[name], workflow.Guards[name]))
            .ToArray();

        public LocalizedText RoleReason { get; } = EngineMessages.RoleRefusal(definition.Roles);
    }

    /// <summary>One evaluation or firing on one case: the mutable state the Stateless machine works on.</summary>
    private sealed class Run(CompiledWorkflow workflow, string state, CaseFacts facts, IReadOnlySet<string> roles, DateTimeOffset now)
    {
        private readonly List<Effect> _effects = [];

        public string State { get; private set; } = state;

        public ActionInput? Input { get; set; }

        public IReadOnlyList<Effect> Effects => _effects;

        private GuardContext Context => new(facts, Input, now, workflow.Settings);

        /// <remarks>
        /// A call fires at most one transition, from the current state, so only that state's transitions and
        /// exit and its targets' entries can run. Configuring the other states (most of a definition) was
        /// most of the cost of a call and changed nothing.
        /// </remarks>
        public StateMachine<string, string> BuildMachine()
        {
            var machine = new StateMachine<string, string>(() => State, s => State = s, FiringMode.Immediate);
            var state = workflow.State(State);
            var configuration = Configure(machine, state);
            foreach (var transition in workflow._outgoing[state.Id])
            {
                var trigger = transition.Definition.Trigger;
                Func<bool> permits = () => Evaluate(transition).Count == 0;
                if (transition.Definition.IsInternal)
                {
                    configuration.InternalTransitionIf(trigger, _ => permits(), _ => { }, trigger);
                }
                else if (transition.Definition.To == state.Id)
                {
                    configuration.PermitReentryIf(trigger, permits, trigger);
                }
                else
                {
                    configuration.PermitIf(trigger, transition.Definition.To!, permits, trigger);
                }
            }

            foreach (var target in workflow._targets[state.Id])
            {
                Configure(machine, target);
            }

            return machine;
        }

        private StateMachine<string, string>.StateConfiguration Configure(StateMachine<string, string> machine, StateDefinition state) =>
            machine.Configure(state.Id)
                .OnEntry(() => Enter(state), state.Id)
                .OnExit(() => Exit(state), state.Id);

        public List<BlockReason> Evaluate(CompiledTransition transition)
        {
            List<BlockReason>? reasons = null;
            if (!transition.Definition.Roles.Any(roles.Contains))
            {
                (reasons ??= []).Add(new BlockReason(BlockKind.Role, "role", transition.RoleReason));
            }

            var context = Context;
            foreach (var (guard, reason) in transition.Guards)
            {
                if (!guard.Passes(context))
                {
                    (reasons ??= []).Add(new BlockReason(BlockKind.Guard, guard.Name, reason));
                }
            }

            return reasons ?? [];
        }

        public void Enter(StateDefinition state)
        {
            foreach (var timer in workflow.TimersOf(state.Id))
            {
                _effects.Add(new StartTimer(timer.Id, DueAt(timer), timer.Fires));
            }

            AddEffects(state.OnEntry);
        }

        public void Exit(StateDefinition state)
        {
            foreach (var timer in workflow.TimersOf(state.Id))
            {
                _effects.Add(new CancelTimer(timer.Id));
            }

            if (state.OnEntry.Any(e => e.Effect == EffectNames.ScheduleObligationChecks))
            {
                _effects.Add(new CancelObligationChecks());
            }

            AddEffects(state.OnExit);
        }

        public void AddEffects(IEnumerable<EffectDefinition> effects)
        {
            foreach (var effect in effects)
            {
                if (effect.When is { } condition && !Engine.Guards.All[condition].Passes(Context))
                {
                    continue;
                }

                _effects.Add(effect.Effect switch
                {
                    EffectNames.Notify => new Notify(effect.Role!, effect.Template!, workflow.Definition.Notifications[effect.Template!]),
                    EffectNames.ScheduleObligationChecks => new ScheduleObligationChecks(effect.Fires!),
                    _ => throw new InvalidOperationException($"Effect '{effect.Effect}' passed validation but has no implementation."),
                });
            }
        }

        private DateTimeOffset DueAt(TimerDefinition timer)
        {
            if (timer.After is { } after)
            {
                return now + WorkflowSettings.ParseDuration(after);
            }

            var name = timer.At!;
            if (Input is not null && Input.TryGet(name, out DateOnly fromInput))
            {
                return workflow.Settings.EndOfDay(fromInput);
            }

            return facts.Dates.TryGetValue(name, out var fromFacts)
                ? workflow.Settings.EndOfDay(fromFacts)
                : throw new InvalidOperationException($"Timer '{timer.Id}' fires at '{name}', but the case has no such date.");
        }
    }
}
