using CsCheck;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Workflows.Tests.Engine;

/// <summary>
/// Random sequences of actions by random actors: whatever happens, the case stays in a defined state,
/// what GetActions offers as permitted is accepted, and what it shows as blocked or does not offer is
/// refused without moving the case. GetActions and Fire must tell the same story.
/// </summary>
public sealed class RandomActionPropertyTests
{
    private static readonly DateTimeOffset Registered = new(2025, 3, 3, 10, 0, 0, TimeSpan.FromHours(5));
    private static readonly string[] Categories = ["family", "neighbours", "land", "communityTension"];

    /// <summary>
    /// One move. <paramref name="Pick"/> 0 takes any trigger of the definition (or one it lacks), 1 any action
    /// of the current state, 2 any permitted one; higher ones a permitted action that moves the case forward
    /// (states are listed in process order) without closing it, so that sequences reach agreement and
    /// follow-up instead of mostly ending at the first refusal or recusal.
    /// <paramref name="Roles"/> is a bit set of mediator, chair, system; above 7, all three.
    /// </summary>
    public sealed record Move(int Trigger, int Pick, int Roles, int Minutes, int Seed);

    /// <summary>The case as registered: screening bars and a missing respondent are rare, as in practice.</summary>
    public sealed record Intake(int Screening, bool HasRespondent, int ExtraParties, int Category);

    private static readonly Gen<Move> GenMove = Gen.Select(
        Gen.Int[0, 1000], Gen.Int[0, 11], Gen.Int[0, 11], Gen.Int[0, 12 * 60], Gen.Int,
        (trigger, pick, roles, minutes, seed) => new Move(trigger, pick, roles, minutes, seed));

    private static readonly Gen<Intake> GenIntake = Gen.Select(
        Gen.Int[0, 15], Gen.Int[0, 9], Gen.Int[0, 2], Gen.Int[0, Categories.Length],
        (screening, respondent, extra, category) => new Intake(screening, respondent > 0, extra, category));

    [Theory]
    [MemberData(nameof(Versions))]
    public void Random_actions_keep_the_case_in_a_defined_state_and_the_action_list_honest(int version)
    {
        var workflow = ShippedWorkflows.Catalog.Get(ShippedWorkflows.Id, version);

        Gen.Select(GenIntake, GenMove.Array[1, 150]).Sample(
            (intake, moves) => Run(workflow, intake, moves),
            iter: 300);
    }

    public static TheoryData<int> Versions => [1, 2];

    private static void Run(CompiledWorkflow workflow, Intake intake, Move[] moves)
    {
        var c = new SimulatedCase(workflow, Facts(intake), Registered);
        string[] triggers = [.. workflow.Definition.Transitions.Select(t => t.Trigger).Distinct(), "noSuchAction"];
        foreach (var move in moves)
        {
            c.Now += TimeSpan.FromMinutes(move.Minutes);
            var roles = Roles(move.Roles);
            var actions = c.Workflow.GetActions(c.State, c.Facts, roles, c.Now);
            foreach (var action in actions)
            {
                CheckAgreesWithFire(c, action, roles, move.Seed);
            }

            var trigger = Choose(c, actions, triggers, move);
            var listed = actions.FirstOrDefault(a => a.Trigger == trigger);
            var before = c.State;
            var input = listed is null ? [] : ValidInput.For(listed.Transition, c.Facts, c.Now, c.Workflow.Settings, move.Seed) ?? [];
            var result = c.Fire(trigger, roles, input);

            if (listed is null)
            {
                Assert.Equal(trigger == "noSuchAction" ? Refusal.UnknownAction : Refusal.NotAvailable, result.RefusedAs);
                Assert.Equal(before, c.State);
            }
            else if (!result.Accepted)
            {
                Assert.Equal(before, c.State);
            }

            Assert.True(c.Workflow.HasState(c.State), $"'{c.State}' is not a state of {c.Workflow.Key}");
        }
    }

    private static string Choose(SimulatedCase c, IReadOnlyList<CaseAction> actions, string[] triggers, Move move)
    {
        var order = c.Workflow.Definition.States.Select(s => s.Id).ToList();
        var permitted = actions.Where(a => a.IsPermitted).ToArray();
        var forward = permitted
            .Where(a => a.Transition.To is not { } to || (!c.Workflow.State(to).Terminal && order.IndexOf(to) >= order.IndexOf(c.State)))
            .ToArray();
        IReadOnlyList<CaseAction> from = move.Pick switch
        {
            0 => [],
            1 => actions,
            2 => permitted,
            _ => forward.Length > 0 ? forward : permitted,
        };
        return from.Count == 0
            ? triggers[move.Trigger % triggers.Length]
            : from[move.Trigger % from.Count].Trigger;
    }

    /// <summary>Fires a listed action on the current case without keeping the result: the engine stores nothing.</summary>
    private static void CheckAgreesWithFire(SimulatedCase c, CaseAction action, IReadOnlySet<string> roles, int seed)
    {
        var input = ValidInput.For(action.Transition, c.Facts, c.Now, c.Workflow.Settings, seed);
        var result = c.Workflow.Fire(c.State, action.Trigger, c.Facts, roles, input ?? [], c.Now);
        var context = $"{action.Trigger} from {c.State} as [{string.Join(",", roles)}]: {SimulatedCase.Describe(result)}";

        if (!action.IsPermitted)
        {
            Assert.True(result.RefusedAs == Refusal.Blocked, context);
            Assert.Equal(action.BlockedBy, result.BlockedBy);
        }
        else if (input is null)
        {
            Assert.True(result.RefusedAs == Refusal.InvalidInput, context);
        }
        else
        {
            Assert.True(result.Accepted, context);
            Assert.Equal(action.Transition.To ?? c.State, result.ToState);
            Assert.True(c.Workflow.HasState(result.ToState), context);
            return;
        }

        Assert.Equal(c.State, result.ToState);
        Assert.Empty(result.Effects);
    }

    private static CaseFacts Facts(Intake intake)
    {
        List<PartyFact> parties = [new("applicant", PartyRole.Applicant, false)];
        if (intake.HasRespondent)
        {
            parties.Add(new("respondent", PartyRole.Respondent, false));
        }

        parties.AddRange(Enumerable.Range(1, intake.ExtraParties).Select(i => new PartyFact($"other-{i}", PartyRole.Other, false)));
        return new CaseFacts
        {
            Category = intake.Category < Categories.Length ? Categories[intake.Category] : null,
            Screening = new ScreeningAnswers(intake.Screening == 1, intake.Screening == 2, intake.Screening == 3),
            Parties = parties,
        };
    }

    private static HashSet<string> Roles(int bits)
    {
        var roles = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Actors.All.Count; i++)
        {
            if (bits > 7 || (bits & (1 << i)) != 0)
            {
                roles.Add(Actors.All[i]);
            }
        }

        return roles;
    }
}
