using System.Globalization;
using System.Net;
using System.Text.Json;
using CsCheck;
using MediationFlow.Web.Tests.Infrastructure;
using MediationFlow.Workflows.Definitions;
using MediationFlow.Workflows.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediationFlow.Web.Tests.Api;

/// <summary>
/// Random values (see <see cref="HostileJson"/>) at every input field of every action a person may take, in
/// every shipped definition, through POST /api/v1/cases/{id}/actions/{trigger}: never a 500, and a 400 names a
/// field. Reference fields mostly get the case's own ids, so that the values also reach what records the action.
/// </summary>
public sealed class ActionInputPropertyTests(MediationFlowFactory factory) : IClassFixture<MediationFlowFactory>
{
    [Fact]
    public async Task Random_input_to_any_action_is_never_a_server_error()
    {
        var catalog = factory.Services.GetRequiredService<WorkflowCatalog>();
        var mediatorId = (await factory.UserIdAsync(DemoUsers.Mediator)).ToString();
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);
        using var chair = await factory.ApiClientAsync(DemoUsers.Chair);
        var reached = new List<string>();
        var actions = catalog.All
            .SelectMany(w => w.Definition.Transitions.Where(t => t.Input.Count > 0 && t.Roles.Any(r => r is RoleNames.Mediator or RoleNames.Chair))
                .Select(t => (Workflow: w, Transition: t)))
            .ToList();
        foreach (var (workflow, transition) in actions)
        {
            var situation = await SituationAsync(mediatorId);
            var actor = transition.Roles.Contains(RoleNames.Mediator) ? mediator : chair;
            var parsed = 0;
            await Input(transition, situation).SampleAsync(async input =>
            {
                var version = await PutIntoAsync(situation.CaseId, workflow, transition.From[0], mediatorId);
                var body = Body(version, input);
                var answer = await actor.SendAsync(HttpMethod.Post, $"{CaseApi.CaseUrl(situation.CaseId)}/actions/{transition.Trigger}", body, Language(input.Count));
                if (answer.Status == HttpStatusCode.OK || answer.Fields.Any(f => f.StartsWith("input.", StringComparison.Ordinal)))
                {
                    Interlocked.Increment(ref parsed);
                }
            }, iter: 15, threads: 1, print: input => string.Join(", ", input.Select(i => $"{i.Key}={HostileJson.Show(i.Value)}")));

            if (parsed > 0)
            {
                reached.Add($"{workflow.Key} {transition.Trigger}");
            }
        }

        // Each action's input was read at least once, not refused before it for the case's state or a guard.
        Assert.Empty(actions.Select(a => $"{a.Workflow.Key} {a.Transition.Trigger}").Except(reached));
    }

    /// <summary>Per field: left out, or a value (the case's own ids and the field's options mostly, for references and choices).</summary>
    private static Gen<Dictionary<string, byte[]>> Input(TransitionDefinition transition, Situation situation)
    {
        Gen<Dictionary<string, byte[]>> input = Gen.Const(new Dictionary<string, byte[]>());
        foreach (var field in transition.Input)
        {
            var value = field.Type switch
            {
                InputTypes.Party => HostileJson.Mostly([.. situation.Parties]),
                InputTypes.Session => HostileJson.Mostly([.. situation.Sessions]),
                InputTypes.Obligation => HostileJson.Mostly([.. situation.Obligations]),
                InputTypes.User => HostileJson.Mostly(situation.Mediator),
                InputTypes.Choice => HostileJson.Mostly([.. field.Options.Select(o => o.Value)]),
                _ => HostileJson.Value,
            };
            var given = Gen.Frequency((5, value), (1, Gen.Const(Array.Empty<byte>())));
            input = Gen.Select(input, given, (before, next) => next.Length == 0 ? before : new Dictionary<string, byte[]>(before) { [field.Name] = next });
        }

        return input;
    }

    private static byte[] Body(int version, Dictionary<string, byte[]> input)
    {
        var members = input.Select(i => HostileJson.Quoted(i.Key).Concat(":"u8.ToArray()).Concat(i.Value));
        var joined = members.Aggregate(Array.Empty<byte>(), (all, member) => all.Length == 0 ? [.. member] : [.. all, (byte)',', .. member]);
        return [.. System.Text.Encoding.UTF8.GetBytes($"{{\"expectedVersion\":{version},\"input\":{{"), .. joined, .. "}}"u8];
    }

    private static string Language(int seed) => seed switch
    {
        0 => "kk",
        1 => "ru",
        _ => "en",
    };

    /// <summary>
    /// A case with every fact an action's guards look for before its input: all parties consented, a session held
    /// and one scheduled, obligations; the screening answers bar mediation (for closing as not mediable).
    /// </summary>
    private async Task<Situation> SituationAsync(string mediatorId)
    {
        var walk = await (await CaseWalk.OpenAsync(factory)).ToInMediationAsync();
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);
        await mediator.TakeAsync(walk.CaseId, "scheduleSession", new { plannedAt = "2030-01-15T10:00", place = "Акимат" });
        var held = Ids(await mediator.CaseAsync(walk.CaseId), "sessions")[0];
        await mediator.TakeAsync(walk.CaseId, "recordSession", new { session = held, attendance = "held" });
        await mediator.TakeAsync(walk.CaseId, "scheduleSession", new { plannedAt = "2030-01-22T10:00" });
        await mediator.TakeAsync(walk.CaseId, "reachSettlement");
        var view = await mediator.CaseAsync(walk.CaseId);
        var respondent = Ids(view, "parties")[1];
        for (var i = 0; i < 3; i++)
        {
            await mediator.TakeAsync(walk.CaseId, "addObligation", new { party = respondent, description = $"Обязательство {i}", dueOn = "2030-03-01" });
        }

        view = await mediator.CaseAsync(walk.CaseId);
        await factory.QueryAsync(db => db.Cases.Where(c => c.Id == walk.CaseId).ExecuteUpdateAsync(u => u.SetProperty(c => c.AffectsThirdParties, true)));

        // One obligation found breached, for closing a case as breached (the others stay open for their status).
        var breached = long.Parse(Ids(view, "obligations")[2], CultureInfo.InvariantCulture);
        await factory.QueryAsync(db => db.Obligations.Where(o => o.Id == breached).ExecuteUpdateAsync(u => u.SetProperty(o => o.Status, ObligationStatus.Breached)));
        return new Situation(walk.CaseId, Ids(view, "parties"), Ids(view, "sessions"), Ids(view, "obligations"), mediatorId);
    }

    /// <summary>
    /// Puts the case straight into the action's state on the action's definition, assigned to the demo mediator:
    /// the input is under test here, not the way to the state (a random value may have taken the action before).
    /// </summary>
    private async Task<int> PutIntoAsync(long caseId, CompiledWorkflow workflow, string state, string mediatorId)
    {
        var stage = workflow.State(state).Stage;

        // A state that waits for a mediator to be assigned has none (version 3 asks whether anyone is left to assign).
        Guid? mediator = workflow.Definition.Transitions.Any(t => t.Trigger == "assignMediator" && t.To is not null && t.From.Contains(state))
            ? null : Guid.Parse(mediatorId);
        return await factory.QueryAsync(async db =>
        {
            await db.Cases.Where(c => c.Id == caseId).ExecuteUpdateAsync(u => u
                .SetProperty(c => c.DefinitionVersion, workflow.Definition.Version)
                .SetProperty(c => c.State, state)
                .SetProperty(c => c.Stage, stage)
                .SetProperty(c => c.IsClosed, false)
                .SetProperty(c => c.ClosedAt, (DateTimeOffset?)null)
                .SetProperty(c => c.AssignedMediatorId, mediator)
                .SetProperty(c => c.Extensions, 0));
            return await db.Cases.Where(c => c.Id == caseId).Select(c => c.Version).SingleAsync();
        });
    }

    private static List<string> Ids(JsonElement view, string list) =>
        [.. view.GetProperty(list).EnumerateArray().Select(e => e.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture))];

    private sealed record Situation(long CaseId, IReadOnlyList<string> Parties, IReadOnlyList<string> Sessions, IReadOnlyList<string> Obligations, string Mediator);
}
