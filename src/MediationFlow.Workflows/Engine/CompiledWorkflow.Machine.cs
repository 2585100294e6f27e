using MediationFlow.Workflows.Definitions;
using Stateless;

namespace MediationFlow.Workflows.Engine;

public sealed partial class CompiledWorkflow
{
    /// <summary>
    /// A Stateless machine for one state of the definition, configured once and lent to one run at a time: its state,
    /// guards and entry and exit actions all read the run it is lent to. Configuring a machine on every call (Stateless
    /// describes each action by reflection) was a tenth of a command's allocation (docs/benchmarks.md, command
    /// throughput). A call fires at most one transition, from the current state, so only that state's transitions and
    /// exit and its targets' entries are configured.
    /// </summary>
    private sealed class Machine
    {
        private Run? _run;

        public Machine(CompiledWorkflow workflow, StateDefinition state)
        {
            From = state.Id;
            // Stateless reads the state once while it is made, before any run borrows it.
            Stateless = new StateMachine<string, string>(() => _run?.State ?? From, s => Run.State = s, FiringMode.Immediate);
            var configuration = Configure(state);
            foreach (var transition in workflow._outgoing[state.Id])
            {
                var trigger = transition.Definition.Trigger;
                bool Permits() => Run.Evaluate(transition).Count == 0;
                if (transition.Definition.IsInternal)
                {
                    configuration.InternalTransitionIf(trigger, _ => Permits(), _ => { }, trigger);
                }
                else if (transition.Definition.To == state.Id)
                {
                    configuration.PermitReentryIf(trigger, Permits, trigger);
                }
                else
                {
                    configuration.PermitIf(trigger, transition.Definition.To!, Permits, trigger);
                }
            }

            foreach (var target in workflow._targets[state.Id])
            {
                Configure(target);
            }
        }

        public string From { get; }

        public StateMachine<string, string> Stateless { get; }

        private Run Run => _run ?? throw new InvalidOperationException($"The machine for '{From}' is not lent to a run.");

        public Machine LendTo(Run run)
        {
            _run = run;
            return this;
        }

        public void GiveBack() => _run = null;

        private StateMachine<string, string>.StateConfiguration Configure(StateDefinition state) =>
            Stateless.Configure(state.Id)
                .OnEntry(t => Run.Enter(state, t.Source), state.Id)
                .OnExit(t => Run.Exit(state, t.Destination), state.Id);
    }

    /// <summary>
    /// The machines of one state not lent at the moment: a few slots taken and filled without locks. A call finding
    /// them all empty makes a machine; one given back to full slots is left to the collector.
    /// </summary>
    private sealed class FreeMachines
    {
        private readonly Machine?[] _slots = new Machine?[Math.Max(4, Environment.ProcessorCount)];

        public Machine? Take()
        {
            for (var i = 0; i < _slots.Length; i++)
            {
                if (Interlocked.Exchange(ref _slots[i], null) is { } machine)
                {
                    return machine;
                }
            }

            return null;
        }

        public void Give(Machine machine)
        {
            for (var i = 0; i < _slots.Length; i++)
            {
                if (Interlocked.CompareExchange(ref _slots[i], machine, null) is null)
                {
                    return;
                }
            }
        }
    }

    private Machine Lend(Run run)
    {
        var state = State(run.State);
        return (_freeMachines[state.Id].Take() ?? new Machine(this, state)).LendTo(run);
    }

    private void GiveBack(Machine machine)
    {
        machine.GiveBack();
        _freeMachines[machine.From].Give(machine);
    }
}
