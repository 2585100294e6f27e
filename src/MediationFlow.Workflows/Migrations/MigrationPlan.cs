using MediationFlow.Workflows.Definitions;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Workflows.Migrations;

/// <summary>
/// How running cases move from one version of a definition to another: a map from old states to new
/// ones. A state the map does not name moves to the state of the same id, if the new version has it.
/// </summary>
public sealed record MigrationPlan
{
    private static readonly Lazy<CheckedSchema> Schema = new(() => JsonFileCheck.LoadEmbeddedSchema("migration.schema.json"));

    public required string Definition { get; init; }
    public required int From { get; init; }
    public required int To { get; init; }
    public IReadOnlyDictionary<string, string> Map { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Source states whose cases <em>enter</em> their new state, its entry effects included (the follow-up's checks
    /// when a signed settlement moves to follow-up), rather than only arriving in it with its timers.
    /// </summary>
    public IReadOnlyList<string> Enter { get; init; } = [];

    /// <summary>
    /// Timers of the new version, by id, that start no earlier than this ISO-8601 duration after the move: a case whose
    /// term already passed keeps time to record an extension agreed within it.
    /// </summary>
    public IReadOnlyDictionary<string, string> Delay { get; init; } = new Dictionary<string, string>();

    public static LoadResult<MigrationPlan> LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var errors = new List<DefinitionError>();
        using var document = JsonFileCheck.Parse(File.ReadAllText(path), path, errors);
        if (document is null)
        {
            return new(null, errors);
        }

        // The schema catches what the model would silently drop or accept: a misspelled key ("maps"), a null target.
        JsonFileCheck.Evaluate(Schema.Value, document.RootElement, path, errors);
        if (errors.Count > 0)
        {
            return new(null, errors);
        }

        var plan = JsonFileCheck.Deserialize<MigrationPlan>(document.RootElement);
        if (plan is null)
        {
            errors.Add(new DefinitionError(path, "$", AuthoringMessages.MigrationShape));
        }

        return errors.Count == 0 ? new(plan, []) : new(null, errors);
    }

    /// <summary>Checks the plan against both versions: every name in the map must exist where it points.</summary>
    public IReadOnlyList<DefinitionError> Validate(WorkflowCatalog catalog, string file)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var errors = new List<DefinitionError>();
        if (To <= From)
        {
            errors.Add(new DefinitionError(file, "$.to", AuthoringMessages.TargetNotNewer.Format(To, From)));
        }

        var (source, target) = (Find(catalog, From), Find(catalog, To));
        if (source is null)
        {
            errors.Add(new DefinitionError(file, "$.from", AuthoringMessages.NoDefinition.Format($"{Definition}@{From}")));
        }

        if (target is null)
        {
            errors.Add(new DefinitionError(file, "$.to", AuthoringMessages.NoDefinition.Format($"{Definition}@{To}")));
        }

        if (source is null || target is null)
        {
            return errors;
        }

        foreach (var (old, next) in Map)
        {
            if (!source.HasState(old))
            {
                errors.Add(new DefinitionError(file, $"$.map.{old}", AuthoringMessages.NotStateOf.Format(old, source.Key)));
            }

            // A plan built in code, or read without the schema, can still carry a null target.
            if (string.IsNullOrEmpty(next))
            {
                errors.Add(new DefinitionError(file, $"$.map.{old}", AuthoringMessages.NeedsTargetState.Format(old, target.Key)));
            }
            else if (!target.HasState(next))
            {
                errors.Add(new DefinitionError(file, $"$.map.{old}", AuthoringMessages.NotStateOf.Format(next, target.Key)));
            }
        }

        foreach (var (state, i) in Enter.Select((s, i) => (s, i)).Where(e => !source.HasState(e.s)))
        {
            errors.Add(new DefinitionError(file, $"$.enter[{i}]", AuthoringMessages.NotStateOf.Format(state, source.Key)));
        }

        foreach (var timer in Delay.Keys.Where(id => !target.Definition.Timers.Any(t => t.Id == id)))
        {
            errors.Add(new DefinitionError(file, $"$.delay.{timer}", AuthoringMessages.NotTimerOf.Format(timer, target.Key)));
        }

        foreach (var (timer, duration) in Delay.Where(d => !WorkflowSettings.TryParseDuration(d.Value, out _)))
        {
            errors.Add(new DefinitionError(file, $"$.delay.{timer}", AuthoringMessages.TimerBadDuration.Format(duration)));
        }

        return errors;
    }

    /// <summary>States of the old version whose cases this plan cannot move.</summary>
    internal IReadOnlyList<string> UnmappedStates(WorkflowCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var (source, target) = (catalog.Get(Definition, From), catalog.Get(Definition, To));
        return [.. source.Definition.States.Select(s => s.Id).Where(s => Target(s, target) is null)];
    }

    /// <summary>Where each case would go, without changing anything. The plan must be valid.</summary>
    public IReadOnlyList<MigrationMove> DryRun(WorkflowCatalog catalog, IEnumerable<CaseState> cases)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(cases);
        var (source, target) = (catalog.Get(Definition, From), catalog.Get(Definition, To));
        return [.. cases.Select(c => Move(c, source, target))];
    }

    private MigrationMove Move(CaseState @case, CompiledWorkflow source, CompiledWorkflow target)
    {
        if (@case.DefinitionId != Definition || @case.Version != From)
        {
            return new(@case, null, AuthoringMessages.CaseOnOtherVersion.Format($"{@case.DefinitionId}@{@case.Version}", source.Key));
        }

        if (!source.HasState(@case.State))
        {
            return new(@case, null, AuthoringMessages.NotStateOf.Format(@case.State, source.Key));
        }

        return Target(@case.State, target) is { } next
            ? new(@case, next, null)
            : new(@case, null, AuthoringMessages.NotMapped.Format(@case.State, target.Key));
    }

    private string? Target(string state, CompiledWorkflow target) =>
        Map.TryGetValue(state, out var mapped) ? mapped : target.HasState(state) ? state : null;

    private CompiledWorkflow? Find(WorkflowCatalog catalog, int version) =>
        catalog.TryGet(Definition, version, out var workflow) ? workflow : null;
}

/// <summary>A case as a migration sees it.</summary>
public sealed record CaseState(string CaseId, string DefinitionId, int Version, string State);

/// <summary>Where one case would go; <see cref="ToState"/> is null when it cannot move, with the reason.</summary>
public sealed record MigrationMove(CaseState Case, string? ToState, LocalizedText? Reason)
{
    public bool CanMove => ToState is not null;
}
