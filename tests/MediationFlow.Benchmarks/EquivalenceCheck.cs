using System.Globalization;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Benchmarks;

/// <summary>
/// Proves the hand-written machine answers exactly as the compiled definition does (actions, block
/// reasons, refusals, new states, effects) over every state, several cases and actors, so the two
/// benchmarks measure the same work. Run before every benchmark and by `-- --verify`.
/// </summary>
public static class EquivalenceCheck
{
    private static readonly CaseFacts[] Cases =
    [
        CaseFacts.Empty,
        Scenarios.InMediation,
        Scenarios.AllConsented,
        new()
        {
            Category = "communityTension",
            Screening = new ScreeningAnswers(false, true, false),
            Parties = [new("p1", PartyRole.Applicant, true), new("p2", PartyRole.Respondent, false)],
            Sessions = [new("s1", Recorded: true)],
            Obligations = [new("o1", new DateOnly(2025, 4, 1), ObligationStatus.Fulfilled)],
            Extensions = 1,
            Dates = new Dictionary<string, DateOnly> { ["extendedUntil"] = new(2025, 3, 20) },
        },
        new()
        {
            Parties = [new("p1", PartyRole.Applicant, true), new("p2", PartyRole.Other, true), new("p3", PartyRole.Respondent, true)],
            Sessions = [new("s1", Recorded: true), new("s2", Recorded: false)],
            Obligations = [new("o1", new DateOnly(2025, 4, 1), ObligationStatus.Fulfilled), new("o2", new DateOnly(2025, 4, 2), ObligationStatus.Breached)],
            Dates = new Dictionary<string, DateOnly> { ["extendedUntil"] = new(2025, 3, 20) },
        },
    ];

    private static readonly IReadOnlySet<string>[] Actors =
    [
        new HashSet<string>(),
        new HashSet<string> { RoleNames.Mediator },
        new HashSet<string> { RoleNames.Chair },
        new HashSet<string> { RoleNames.System },
        new HashSet<string> { RoleNames.Mediator, RoleNames.Chair },
    ];

    /// <summary>Returns the number of comparisons made; throws on the first disagreement.</summary>
    public static int Run(CompiledWorkflow workflow)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        var now = Scenarios.Now;
        var triggers = workflow.Definition.Transitions.Select(t => t.Trigger).Distinct().Append("noSuchAction").ToArray();
        var comparisons = 0;
        foreach (var state in workflow.Definition.States.Select(s => s.Id))
        {
            foreach (var facts in Cases)
            {
                foreach (var roles in Actors)
                {
                    var expected = workflow.GetActions(state, facts, roles, now);
                    var actual = new HandWrittenCommunityMediation(state, facts, roles, now).GetActions();
                    Same(expected.Select(a => Describe(a.Trigger, a.BlockedBy)), actual.Select(a => Describe(a.Trigger, a.BlockedBy)), $"actions from {state}");
                    comparisons++;

                    foreach (var trigger in triggers)
                    {
                        foreach (var input in Inputs(workflow, trigger, now))
                        {
                            var engine = workflow.Fire(state, trigger, facts, roles, input, now);
                            var hand = new HandWrittenCommunityMediation(state, facts, roles, now).Fire(trigger, input);
                            var where = $"{trigger} from {state} as [{string.Join(",", roles)}] with [{string.Join(",", input.Select(i => $"{i.Key}={i.Value}"))}]";
                            Same([engine.RefusedAs?.ToString() ?? "accepted", engine.ToState], [hand.RefusedAs?.ToString() ?? "accepted", hand.ToState], where);
                            Same([Describe(trigger, engine.BlockedBy)], [Describe(trigger, hand.BlockedBy)], where);
                            Same(engine.InputErrors.Select(e => e.Field), hand.InputErrors, where + " (input errors)");
                            Same(engine.Effects.Select(e => e.ToString()), hand.Effects.Select(e => e.ToString()), where + " (effects)");
                            if (!engine.Effects.SequenceEqual(hand.Effects))
                            {
                                throw new InvalidOperationException($"The effects' messages differ on {where}.");
                            }

                            comparisons++;
                        }
                    }
                }
            }
        }

        return comparisons;
    }

    /// <summary>No input, input valid for the action, and the same with dates a year out (past the extension limit).</summary>
    private static IEnumerable<IReadOnlyDictionary<string, string?>> Inputs(CompiledWorkflow workflow, string trigger, DateTimeOffset now)
    {
        yield return new Dictionary<string, string?>();
        var fields = workflow.Definition.Transitions.FirstOrDefault(t => t.Trigger == trigger)?.Input ?? [];
        foreach (var daysAhead in new[] { 10, 365 })
        {
            yield return fields.ToDictionary(f => f.Name, f => (string?)(f.Type switch
            {
                InputTypes.Confirmation or InputTypes.Boolean => "yes",
                InputTypes.Date => DateOnly.FromDateTime(now.DateTime).AddDays(daysAhead).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                InputTypes.DateTime => "2025-03-10T14:30",
                InputTypes.Choice => f.Options[0].Value,
                InputTypes.Party => "p1",
                InputTypes.Session => "s1",
                InputTypes.Obligation => "o1",
                _ => "text",
            }));
        }

        yield return new Dictionary<string, string?> { ["unexpected"] = "x" };
    }

    private static string Describe(string trigger, IReadOnlyList<BlockReason> reasons) =>
        trigger + ":" + string.Join("|", reasons.Select(r => $"{r.Kind}/{r.Code}/{r.Message.Kk}/{r.Message.Ru}/{r.Message.En}"));

    private static void Same(IEnumerable<string> expected, IEnumerable<string> actual, string where)
    {
        var e = expected.ToArray();
        var a = actual.ToArray();
        if (!e.SequenceEqual(a, StringComparer.Ordinal))
        {
            throw new InvalidOperationException(
                $"The hand-written machine disagrees with the engine on {where}:\n  engine: {string.Join(" ; ", e)}\n  hand:   {string.Join(" ; ", a)}");
        }
    }
}
