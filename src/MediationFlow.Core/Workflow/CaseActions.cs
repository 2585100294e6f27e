using System.Globalization;
using System.Text.Json;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Security;
using MediationFlow.Workflows.Definitions;
using MediationFlow.Workflows.Engine;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Workflow;

/// <summary>
/// Takes a workflow action on a case: the engine decides, a recorder writes the action's own data,
/// then the new state, its effects and its history event join the same unit of work.
/// </summary>
public sealed class CaseActions(
    MediationDbContext db,
    CaseLoader loader,
    WorkflowCatalog catalog,
    CaseClock clock,
    EffectWriter effects,
    CouncilTimeZones zones,
    ActionRecorders recorders)
{
    /// <summary>Loads a case with every part the guards and recorders read, tracked for change (once per request).</summary>
    public Task<Case?> LoadAsync(long caseId, CancellationToken cancellationToken) => loader.LoadAsync(caseId, cancellationToken);

    public CompiledWorkflow WorkflowOf(Case @case)
    {
        ArgumentNullException.ThrowIfNull(@case);
        return catalog.Get(@case.DefinitionId, @case.DefinitionVersion);
    }

    /// <summary>Every action defined from the case's state, with what blocks the actor from each.</summary>
    public async Task<IReadOnlyList<CaseAction>> ListAsync(Case @case, Actor actor, CancellationToken cancellationToken)
    {
        var now = await clock.NowForAsync(@case, cancellationToken);
        var workflow = WorkflowOf(@case);
        return workflow.GetActions(@case.State, await FactsAsync(@case, workflow, cancellationToken), CaseAccess.RolesOn(@case, actor), now);
    }

    /// <summary>The facts the guards read: the case as loaded, its council's time zone and, where a guard needs it, how many mediators may still take it.</summary>
    public async Task<CaseFacts> FactsAsync(Case @case, CompiledWorkflow workflow, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(workflow);
        var zone = await zones.OfAsync(db, @case.CouncilId, cancellationToken);
        var eligible = workflow.NeedsMediatorCount(@case.State) ? await EligibleMediators.CountAsync(db, @case, cancellationToken) : (int?)null;
        var facts = CaseFactsBuilder.Build(@case, zone, eligible);
        return workflow.NeedsCaseFile(@case.State) ? facts with { CaseFile = await CaseFileAsync(@case, cancellationToken) } : facts;
    }

    /// <summary>The round's signed copies (each for its party, obligation or session) and generated documents.</summary>
    private async Task<IReadOnlyList<CaseFileFact>> CaseFileAsync(Case @case, CancellationToken cancellationToken)
    {
        var entries = await db.CaseFileEntries.AsNoTracking().Where(e => e.CaseId == @case.Id && e.Round == @case.Round)
            .Select(e => new { e.Proves, e.Document, For = e.PartyId ?? e.ObligationId ?? e.SessionId }).ToListAsync(cancellationToken);
        return [.. entries.Select(e => new CaseFileFact(
            e.Proves is { } kind ? JsonNamingPolicy.CamelCase.ConvertName(kind.ToString()) : null,
            e.Document,
            e.For is { } id ? CaseFactsBuilder.Key(id) : null))];
    }

    /// <exception cref="ConflictException">The case is no longer at <paramref name="expectedVersion"/>.</exception>
    /// <exception cref="ActionRefusedException">The workflow does not allow the action.</exception>
    /// <exception cref="ValidationFailedException">The input does not fit the action.</exception>
    public async Task<FireResult> TakeAsync(
        Case @case, string trigger, IReadOnlyDictionary<string, string?> input, int expectedVersion, Actor actor,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(@case);
        if (@case.Version != expectedVersion)
        {
            throw Conflict(@case);
        }

        var workflow = WorkflowOf(@case);
        var now = await clock.NowForAsync(@case, cancellationToken);
        var result = workflow.Fire(@case.State, trigger, await FactsAsync(@case, workflow, cancellationToken), CaseAccess.RolesOn(@case, actor), input, now);
        if (!result.Accepted)
        {
            throw Refusal(@case, workflow, result);
        }

        await WriteAsync(@case, workflow, result, actor, now, cancellationToken);

        // An automatic action (the last signature moves the case to follow-up) follows as the system, on the facts
        // the action left, in the same unit of work.
        while (workflow.HasAutomatic(@case.State)
            && workflow.TryFollowAutomatic(@case.State, await FactsAsync(@case, workflow, cancellationToken), now, out var followed))
        {
            await WriteAsync(@case, workflow, followed, Actor.System, now, cancellationToken);
        }

        return result;
    }

    /// <summary>An accepted action: its recorder's data, the new state, its effects and its history event.</summary>
    private async Task WriteAsync(Case @case, CompiledWorkflow workflow, FireResult result, Actor actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var context = new ActionContext(db, @case, result.Input, actor, now, workflow);
        if (recorders.TryGet(result.Trigger, out var recorder))
        {
            var errors = await recorder.CheckAsync(context, cancellationToken);
            if (errors.Count > 0)
            {
                throw new ValidationFailedException(errors);
            }

            recorder.Record(context);
        }

        if (@case.CurrentRound is null)
        {
            RememberDates(@case, result.Transition!, result.Input);
        }

        var from = @case.State;
        @case.State = result.ToState;
        @case.Stage = workflow.State(result.ToState).Stage;
        var closes = workflow.State(result.ToState).Terminal;
        @case.ClosedAt = closes ? (@case.IsClosed ? @case.ClosedAt : now) : null;
        @case.IsClosed = closes;
        await effects.ApplyAsync(@case, workflow, result.Effects, now, cancellationToken);
        CaseHistory.Append(db, @case, result.Trigger, from, actor.UserId, now, result.Input.Values, [.. result.Transition!.Input.Where(f => f.Confidential).Select(f => f.Name)]);
    }

    /// <summary>
    /// Before version 3 (no round rows), date inputs become case data that later timers ("at": a date) may fire at;
    /// from version 3 the workflow names the dates it keeps, and they are the round's.
    /// </summary>
    private static void RememberDates(Case @case, TransitionDefinition transition, ActionInput input)
    {
        var dates = transition.Input.Where(f => f.Type == InputTypes.Date && input.Values.ContainsKey(f.Name)).ToList();
        if (dates.Count == 0)
        {
            return;
        }

        var stored = JsonSerializer.Deserialize<Dictionary<string, DateOnly>>(@case.DatesJson) ?? [];
        foreach (var field in dates)
        {
            stored[field.Name] = (DateOnly)input.Values[field.Name];
        }

        @case.DatesJson = JsonSerializer.Serialize(stored);
    }

    private static MediationFlowException Refusal(Case @case, CompiledWorkflow workflow, FireResult result)
    {
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        return result.RefusedAs switch
        {
            Workflows.Engine.Refusal.InvalidInput => new ValidationFailedException(
                [.. result.InputErrors.Select(e => new FieldError($"input.{e.Field}", e.Code, e.Message.For(language)))]),
            // An unknown trigger is bad input like any other field (and a timer carrying one is skipped, not retried forever).
            Workflows.Engine.Refusal.UnknownAction => new ValidationFailedException(
                [new FieldError("trigger", "unknownAction", string.Format(CultureInfo.CurrentCulture, Messages.UnknownAction, result.Trigger))]),
            Workflows.Engine.Refusal.NotAvailable => new ActionRefusedException(result.RefusedAs.Value,
                [string.Format(CultureInfo.CurrentCulture, Messages.ActionNotAvailable, workflow.State(@case.State).Name.For(language))], onlyRoleBlocks: false),
            _ => new ActionRefusedException(result.RefusedAs!.Value,
                [.. result.BlockedBy.Select(b => b.Message.For(language))],
                onlyRoleBlocks: result.BlockedBy.All(b => b.Kind == BlockKind.Role)),
        };
    }

    /// <summary>The refusal for a command built on an older version: it reports the case as it is now.</summary>
    public ConflictException Conflict(Case @case)
    {
        ArgumentNullException.ThrowIfNull(@case);
        return CaseConflict.Of(catalog, @case.Id, @case.DefinitionId, @case.DefinitionVersion, @case.State, @case.Version);
    }
}
