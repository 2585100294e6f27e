using MediationFlow.Workflows.Engine;
using static MediationFlow.Workflows.Tests.Engine.Actors;

namespace MediationFlow.Workflows.Tests.Engine;

/// <summary>
/// Seeded random walks over version 3 by the people who work a case (its mediator, the chair, the chair of a council
/// it is being transferred to) and by the timer pump: no case is ever left where nobody can act and no timer will
/// fire, and between them the walks end the case in every way it can end.
/// </summary>
public sealed class Version3WalkTests
{
    private const int Walks = 1000;
    private const int StepsPerWalk = 250;
    private static readonly DateTimeOffset Registered = new(2025, 3, 3, 10, 0, 0, TimeSpan.FromHours(5));

    [Fact]
    public void No_walk_stops_where_nobody_can_act_and_the_walks_reach_every_end_state()
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        for (var seed = 1; seed <= Walks; seed++)
        {
            Walk(seed, reached);
        }

        var ends = ShippedWorkflows.V3.Definition.States.Where(s => s.Terminal).Select(s => s.Id).Order(StringComparer.Ordinal);
        Assert.Equal(ends, reached.Order(StringComparer.Ordinal));
    }

    private static void Walk(int seed, HashSet<string> reached)
    {
#pragma warning disable CA5394 // Seeded so that a failing walk replays.
        var random = new Random(seed);
        var c = SimulatedCase.RegisterVersion3(Registered, mediators: 1 + random.Next(3));
        var trail = new List<string>();
        for (var step = 0; step < StepsPerWalk; step++)
        {
            // Time passes between the people's actions, and the timer pump fires what falls due meanwhile.
            c.Now += TimeSpan.FromHours(random.Next(0, 6));
            while (!c.Workflow.State(c.State).Terminal && c.Timers.Values.Any(t => t.DueAt <= c.Now))
            {
                trail.Add(Fired(c.FireNextTimer()));
            }

            var options = Options(c, random);
            var timer = c.Timers.Values.Any(t => c.Workflow.StatesOffering(t.Fires).Contains(c.State));
            if (c.Workflow.State(c.State).Terminal)
            {
                reached.Add(c.State);
                // Most walks stop at the end; some go on as a party asks for a new round, or a court's decision is recorded.
                if (options.Count == 0 || random.Next(10) < 7)
                {
                    return;
                }
            }
            else
            {
                Assert.True(options.Count > 0 || timer, $"Walk {seed} is stuck in '{c.State}' with nobody to act and no timer: {string.Join(" > ", trail)}");
            }

            // Now and then nobody does anything until the next timer falls due.
            if (timer && (options.Count == 0 || random.Next(40) == 0))
            {
                trail.Add(Fired(c.FireNextTimer()));
                continue;
            }

            var (roles, action, input) = Choose(c, options, random);
            var result = c.Fire(action.Trigger, roles, input);
            Assert.True(result.Accepted, $"Walk {seed}: {action.Trigger} was offered and then refused: {SimulatedCase.Describe(result)}");
            trail.Add($"{action.Trigger}@{string.Join("+", roles)}");
        }
#pragma warning restore CA5394
    }

    private static string Fired(FireResult result) => $"{result.Trigger}@system{(result.Accepted ? string.Empty : " (refused)")}";

    /// <summary>
    /// Every action a person on the case may take now with input the engine accepts. An action listed as blocked is
    /// refused when tried, for the reasons listed: the list and the firing tell the same story.
    /// </summary>
    private static List<(IReadOnlySet<string> Roles, CaseAction Action, Dictionary<string, string?> Input)> Options(SimulatedCase c, Random random)
    {
        var people = new List<string> { Chair };
        if (c.HasMediator)
        {
            people.Add(Mediator);
        }

        if (c.State == "awaitingTransfer")
        {
            people.Add(ReceivingChair);
        }

        var options = new List<(IReadOnlySet<string>, CaseAction, Dictionary<string, string?>)>();
        foreach (var person in people)
        {
            var roles = new HashSet<string>(StringComparer.Ordinal) { person };
            foreach (var action in c.Actions(person))
            {
                if (!action.IsPermitted)
                {
                    var refused = c.Workflow.Fire(c.State, action.Transition.Trigger, c.Facts, roles, new Dictionary<string, string?>(), c.Now);
                    Assert.Equal(Refusal.Blocked, refused.RefusedAs);
                    Assert.Equal(action.BlockedBy, refused.BlockedBy);
                }
                else if (Version3Input.Find(c, action.Transition, roles, random) is { } input)
                {
                    options.Add((roles, action, input));
                }
            }
        }

        return options;
    }

    /// <summary>
    /// Moving on is likelier than staying, and both than going back or closing (one choice in twenty), so that walks
    /// also reach the late ends. A change of mediator or council is rare: it sets the case back.
    /// </summary>
    private static (IReadOnlySet<string> Roles, CaseAction Action, Dictionary<string, string?> Input) Choose(
        SimulatedCase c, List<(IReadOnlySet<string> Roles, CaseAction Action, Dictionary<string, string?> Input)> options, Random random)
    {
        var stages = c.Workflow.Definition.Stages.Select(s => s.Id).ToList();
        var states = c.Workflow.Definition.States.Select(s => s.Id).ToList();
        var here = c.Workflow.State(c.State);
        int Weight(CaseAction a) => a.Transition.To switch
        {
            _ when a.Trigger is "recuse" or "replaceMediator" or "requestTransfer" => 1,
            null => 5,
            var to when stages.IndexOf(c.Workflow.State(to).Stage) > stages.IndexOf(here.Stage) => 60,
            var to when c.Workflow.State(to).Stage == here.Stage && states.IndexOf(to) > states.IndexOf(c.State) => 30,
            _ => 1,
        };

#pragma warning disable CA5394
        var closing = options.Where(o => o.Action.ClosesCase).ToList();
        var staying = options.Where(o => !o.Action.ClosesCase).ToList();
        if (staying.Count == 0 || (closing.Count > 0 && random.Next(25) == 0))
        {
            // Screening may bar mediation at any time before the signature; the other ends belong to their moments.
            var specific = closing.Where(o => o.Action.Trigger != "closeNotMediable").ToList();
            return specific.Count > 0 && random.Next(4) > 0 ? specific[random.Next(specific.Count)] : closing[random.Next(closing.Count)];
        }

        var pick = random.Next(staying.Sum(o => Weight(o.Action)));
#pragma warning restore CA5394
        foreach (var option in staying)
        {
            pick -= Weight(option.Action);
            if (pick < 0)
            {
                return option;
            }
        }

        return staying[^1];
    }
}
