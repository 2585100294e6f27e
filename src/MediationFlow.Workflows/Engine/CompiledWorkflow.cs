using System.Diagnostics.CodeAnalysis;
using MediationFlow.Workflows.Definitions;

namespace MediationFlow.Workflows.Engine;

/// <summary>
/// A validated definition prepared for execution: guards resolved, transitions indexed by state.
/// Immutable and shared; every call borrows a Stateless machine for the case's state (see <see cref="Machine"/>).
/// </summary>
public sealed partial class CompiledWorkflow
{
    private static readonly IReadOnlySet<string> SystemRole = new HashSet<string>(StringComparer.Ordinal) { RoleNames.System };

    private readonly Dictionary<string, StateDefinition> _states;
    private readonly Dictionary<string, CompiledTransition[]> _outgoing;
    private readonly Dictionary<string, TimerDefinition[]> _timers;
    private readonly Dictionary<string, TimerDefinition> _timersById;
    private readonly Dictionary<string, StateDefinition[]> _targets;
    private readonly HashSet<string> _triggers;
    private readonly Dictionary<string, FreeMachines> _freeMachines;

    /// <summary>Timers started once per obligation (or other reference): their instances are cancelled together.</summary>
    private readonly HashSet<string> _keyedTimers;

    internal CompiledWorkflow(WorkflowDefinition definition)
    {
        Definition = definition;
        Settings = WorkflowSettings.From(definition.Settings);
        Screening = definition.Screening.Count > 0 ? definition.Screening : EngineMessages.ClassicScreening;
        _states = definition.States.ToDictionary(s => s.Id, StringComparer.Ordinal);
        _outgoing = definition.States.ToDictionary(
            s => s.Id,
            s => definition.Transitions.Where(t => t.From.Contains(s.Id)).Select(t => new CompiledTransition(t, definition)).ToArray(),
            StringComparer.Ordinal);
        _timers = definition.States.ToDictionary(
            s => s.Id, s => definition.Timers.Where(t => t.States.Contains(s.Id)).ToArray(), StringComparer.Ordinal);
        _timersById = definition.Timers.ToDictionary(t => t.Id, StringComparer.Ordinal);
        _triggers = definition.Transitions.Select(t => t.Trigger).ToHashSet(StringComparer.Ordinal);
        _freeMachines = definition.States.ToDictionary(s => s.Id, _ => new FreeMachines(), StringComparer.Ordinal);
        _targets = _outgoing.ToDictionary(
            o => o.Key,
            o => o.Value.Where(t => t.Definition.To is { } to && to != o.Key).Select(t => _states[t.Definition.To!]).Distinct().ToArray(),
            StringComparer.Ordinal);
        _keyedTimers = definition.States.SelectMany(s => s.OnEntry).Concat(definition.Transitions.SelectMany(t => t.Effects))
            .Where(e => e.Effect == EffectNames.StartTimer && (e.For is not null || e.ForEach is not null))
            .Select(e => e.Timer!).ToHashSet(StringComparer.Ordinal);
        var deadlines = definition.Timers.Where(t => t.Deadline).ToArray();
        DeadlineTriggers = deadlines.Select(t => t.Fires).ToHashSet(StringComparer.Ordinal);
        DeadlineTimers = deadlines.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
    }

    public WorkflowDefinition Definition { get; }

    public WorkflowSettings Settings { get; }

    public string Key => Definition.Key;

    /// <summary>The screening questions asked at registration: the definition's, or the three of versions 1 and 2.</summary>
    public IReadOnlyList<ScreeningQuestion> Screening { get; }

    /// <summary>The triggers the case's deadline timers fire (the deadline passing).</summary>
    public IReadOnlySet<string> DeadlineTriggers { get; }

    /// <summary>The case's deadline timers: starting one sets the case's deadline, stopping one clears it.</summary>
    public IReadOnlySet<string> DeadlineTimers { get; }

    public StateDefinition State(string id) =>
        _states.TryGetValue(id, out var state) ? state : throw new ArgumentException($"{Key} has no state '{id}'.", nameof(id));

    public bool HasState(string id) => _states.ContainsKey(id);

    public StageDefinition StageOf(string stateId) => Definition.Stages.First(s => s.Id == State(stateId).Stage);

    /// <summary>The timers that entering <paramref name="stateId"/> from another state starts (not those only an effect starts).</summary>
    public IReadOnlyList<TimerDefinition> TimersOf(string stateId) =>
        _timers.TryGetValue(stateId, out var timers) ? [.. timers.Where(t => !t.ByEffect)] : [];

    /// <summary>The legal basis with this id, as users see it; null when the definition has none of that id.</summary>
    public LegalBasisView? Basis(string? id) =>
        id is not null && Definition.Bases.TryGetValue(id, out var basis) ? new LegalBasisView(basis.Cite, basis.Status) : null;

    /// <summary>
    /// True when an action from <paramref name="state"/> depends on how many mediators may still take the case, so
    /// the caller must count them into <see cref="CaseFacts.EligibleMediators"/>.
    /// </summary>
    public bool NeedsMediatorCount(string state) =>
        Outgoing(state).Any(t => t.Guards.Any(g => g.Guard.RequiredFact == CostlyFacts.EligibleMediators));

    /// <summary>
    /// True when <paramref name="state"/> has an automatic action (<see cref="TryFollowAutomatic"/>). Most states have
    /// none, and the caller need not build the facts to find that out: they may cost it a read.
    /// </summary>
    public bool HasAutomatic(string state) => Outgoing(state).Any(t => t.Definition.Automatic);

    /// <summary>
    /// True when an action from <paramref name="state"/> requires something of the case file, so the caller must read
    /// the round's entries into <see cref="CaseFacts.CaseFile"/>.
    /// </summary>
    public bool NeedsCaseFile(string state) => Outgoing(state).Any(t => t.Definition.Requires.Count > 0);

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
        var run = new Run(this, Definition.Initial, facts, SystemRole, now);
        run.Enter(State(Definition.Initial), source: null);
        return run.Effects;
    }

    /// <summary>
    /// What a case arriving in <paramref name="state"/> other than by an action (a migration) must have: the state's
    /// timers, due from the case's dates, and with <paramref name="enter"/> the effects of entering the state.
    /// </summary>
    public IReadOnlyList<Effect> Arrive(string state, CaseFacts facts, DateTimeOffset now, bool enter)
    {
        var run = new Run(this, state, facts, SystemRole, now);
        run.StartTimersOf(State(state), source: null);
        if (enter)
        {
            run.AddEffects(State(state).OnEntry);
        }

        return run.Effects;
    }

    /// <summary>
    /// Every action defined from <paramref name="state"/>: permitted ones with no reasons, blocked ones
    /// with each unmet guard and a wrong role, in definition order.
    /// </summary>
    public IReadOnlyList<CaseAction> GetActions(string state, CaseFacts facts, IReadOnlySet<string> roles, DateTimeOffset now)
    {
        var run = new Run(this, state, facts, roles, now);
        var machine = Lend(run);
        try
        {
            return GetActions(Outgoing(state), run, machine, facts);
        }
        finally
        {
            GiveBack(machine);
        }
    }

    private CaseAction[] GetActions(CompiledTransition[] outgoing, Run run, Machine machine, CaseFacts facts) =>
        outgoing.Select(t =>
        {
            var reasons = run.Evaluate(t);
            return machine.Stateless.CanFire(t.Definition.Trigger) == (reasons.Count == 0)
                ? new CaseAction(t.Definition, reasons, t.Definition.To is { } to && _states[to].Terminal)
                {
                    Missing = [.. t.Definition.Requires.Where(r => r.OrReason is not null && !Requirements.Met(r, facts, null))
                        .Select(r => new MissingRequirement(r.Code, Requirements.Message(r), r.OrReason!))],
                }
                : throw new InvalidOperationException($"The state machine and the guards disagree on '{t.Definition.Trigger}'.");
        }).ToArray();

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

        var (parsed, errors) = InputParser.Parse(transition.Definition, input, facts, Settings, now, Definition.Dates);
        if (errors.Count == 0)
        {
            // What the case file lacks, the reason field may explain instead; without either the action waits.
            errors = [.. transition.Definition.Requires
                .Where(r => r.OrReason is { } field && string.IsNullOrWhiteSpace(parsed.Text(field)) && !Requirements.Met(r, facts, parsed))
                .Select(r => new InputError(r.OrReason!, "requirement", Requirements.Message(r)))];
        }

        if (errors.Count > 0)
        {
            return refused with { RefusedAs = Refusal.InvalidInput, InputErrors = errors };
        }

        run.Input = parsed;
        var machine = Lend(run);
        try
        {
            if (!machine.Stateless.CanFire(trigger))
            {
                return refused with { RefusedAs = Refusal.Blocked, Input = parsed, BlockedBy = run.Evaluate(transition) };
            }

            run.ApplyDates(transition.Definition);
            machine.Stateless.Fire(trigger);
        }
        finally
        {
            GiveBack(machine);
        }

        run.AddEffects(transition.Definition.Effects.Where(e => !EffectNames.OnDates.Contains(e.Effect)));
        run.Retime(state);
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

    /// <summary>
    /// Takes the first automatic action of <paramref name="state"/> whose guards pass, as the system. The caller calls
    /// it after each accepted action, with the facts as that action left them, until it returns false.
    /// </summary>
    public bool TryFollowAutomatic(string state, CaseFacts facts, DateTimeOffset now, [NotNullWhen(true)] out FireResult? result)
    {
        foreach (var transition in Outgoing(state).Where(t => t.Definition.Automatic))
        {
            var fired = Fire(state, transition.Definition.Trigger, facts, SystemRole, new Dictionary<string, string?>(), now);
            if (fired.Accepted)
            {
                result = fired;
                return true;
            }
        }

        result = null;
        return false;
    }

    /// <summary>
    /// Whether <paramref name="what"/> (parties, screening, referral, representatives, participants) may be changed
    /// outside actions in <paramref name="state"/>: no reasons when it may. Definitions that declare no edits (versions 1
    /// and 2) allow parties, screening and referral in the first stage, representatives and participants until the end.
    /// </summary>
    public IReadOnlyList<BlockReason> MayEdit(string state, string what, CaseFacts facts, IReadOnlySet<string> roles)
    {
        var current = State(state);
        var locked = new BlockReason(BlockKind.State, "state", EngineMessages.NotEditable);
        if (!Definition.States.Any(s => s.Edits is not null))
        {
            var allowed = EditKinds.OfIntake.Contains(what) ? current.Stage == State(Definition.Initial).Stage : !current.Terminal;
            return allowed ? [] : [locked];
        }

        if (current.Edits is null || !current.Edits.TryGetValue(what, out var guards))
        {
            return [locked];
        }

        // Edit guards judge the case as stored; none reads the time or an input.
        var context = new GuardContext(facts, null, default, Settings, roles, Screening);
        return [.. guards.Select(name => CompiledTransition.Resolve(name, Definition))
            .Where(g => !g.Guard.Passes(context))
            .Select(g => new BlockReason(BlockKind.Guard, g.Guard.Name, g.Reason) { Basis = g.Basis })];
    }

    private CompiledTransition[] Outgoing(string state) =>
        _outgoing.TryGetValue(state, out var transitions) ? transitions : throw new ArgumentException($"{Key} has no state '{state}'.", nameof(state));

    /// <summary>A transition with its guards looked up once.</summary>
    private sealed class CompiledTransition(TransitionDefinition definition, WorkflowDefinition workflow)
    {
        public TransitionDefinition Definition { get; } = definition;

        public (Guard Guard, LocalizedText Reason, LegalBasisView? Basis)[] Guards { get; } = [.. definition.Guards.Select(name => Resolve(name, workflow))];

        public LocalizedText RoleReason { get; } = EngineMessages.RoleRefusal(definition.Roles);

        public static (Guard Guard, LocalizedText Reason, LegalBasisView? Basis) Resolve(string name, WorkflowDefinition workflow)
        {
            var rule = workflow.GuardRules[name];
            var basis = rule.Basis is { } id && workflow.Bases.TryGetValue(id, out var found) ? new LegalBasisView(found.Cite, found.Status) : null;
            return (Engine.Guards.All[name], rule.Reason, basis);
        }
    }
}
