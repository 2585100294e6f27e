using MediationFlow.Workflows.Definitions;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Workflows.Scenarios;

/// <summary>Reads a scenario file and reports every problem: syntax, schema, and references into its workflow definition.</summary>
public static class ScenarioLoader
{
    public const string Folder = "scenarios";

    private static readonly Lazy<CheckedSchema> Schema = new(() => JsonFileCheck.LoadEmbeddedSchema("scenario.schema.json"));

    private static readonly HashSet<string> PartyRoles = new(StringComparer.Ordinal) { "applicant", "respondent", "other" };

    public static LoadResult<Scenario> LoadFile(string path, WorkflowCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(File.ReadAllText(path), path, catalog);
    }

    internal static LoadResult<Scenario> Parse(string json, string file, WorkflowCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var errors = new List<DefinitionError>();
        using var document = JsonFileCheck.Parse(json, file, errors);
        if (document is null)
        {
            return new(null, errors);
        }

        var typesHold = JsonFileCheck.Evaluate(Schema.Value, document.RootElement, file, errors);
        var scenario = typesHold ? JsonFileCheck.Deserialize<Scenario>(document.RootElement) : null;
        if (scenario is not null)
        {
            Check(scenario, file, catalog, errors);
        }

        return errors.Count == 0 ? new(scenario, []) : new(null, errors);
    }

    private static void Check(Scenario s, string file, WorkflowCatalog catalog, List<DefinitionError> errors)
    {
        void Error(string path, LocalizedText message) => errors.Add(new DefinitionError(file, path, message));

        if (Path.GetFileNameWithoutExtension(file) != s.Id)
        {
            Error("$.id", AuthoringMessages.IdNotFileName.Format(s.Id, Path.GetFileName(file)));
        }

        foreach (var (path, label) in Labels(s))
        {
            foreach (var language in label.MissingLanguages())
            {
                Error($"{path}.{language}", AuthoringMessages.TextMissing.Format(language));
            }
        }

        foreach (var (party, i) in s.Parties.Select((p, i) => (p, i)))
        {
            if (!PartyRoles.Contains(party.Role))
            {
                Error($"$.parties[{i}].role", AuthoringMessages.UnknownPartyRole.Format(party.Role));
            }
        }

        if (s.Parties.Count(p => p.Role == "applicant") != 1)
        {
            Error("$.parties", AuthoringMessages.OneApplicant);
        }

        if (!s.Parties.Any(p => p.Role == "respondent"))
        {
            Error("$.parties", AuthoringMessages.OneRespondent);
        }

        foreach (var (id, i) in s.Events.Select((e, i) => (e.Id, i)).Where(x => s.Events.Take(x.i).Any(e => e.Id == x.Id)))
        {
            Error($"$.events[{i}].id", AuthoringMessages.Duplicate.Format(id));
        }

        foreach (var (id, i) in s.Checkpoints.Select((c, i) => (c.Id, i)).Where(x => s.Checkpoints.Take(x.i).Any(c => c.Id == x.Id)))
        {
            Error($"$.checkpoints[{i}].id", AuthoringMessages.Duplicate.Format(id));
        }

        if (!catalog.TryGet(s.Definition.Id, s.Definition.Version, out var workflow))
        {
            Error("$.definition", AuthoringMessages.NoDefinition.Format($"{s.Definition.Id}@{s.Definition.Version}"));
            return;
        }

        var triggers = workflow.Definition.Transitions.Select(t => t.Trigger).ToHashSet(StringComparer.Ordinal);
        foreach (var (c, i) in s.Checkpoints.Select((c, i) => (c, i)))
        {
            CheckCheckpoint(c, $"$.checkpoints[{i}]", workflow, triggers, Error);
        }
    }

    private static void CheckCheckpoint(Checkpoint c, string at, CompiledWorkflow workflow, HashSet<string> triggers, Action<string, LocalizedText> error)
    {
        void NeedTrigger(string? trigger, string field)
        {
            if (trigger is null)
            {
                error(at, AuthoringMessages.CheckpointNeeds.Format(c.Kind, field));
            }
            else if (!triggers.Contains(trigger))
            {
                error($"{at}.{field}", AuthoringMessages.NotActionOf.Format(trigger, workflow.Key));
            }
        }

        void NeedState()
        {
            if (c.State is null)
            {
                error(at, AuthoringMessages.CheckpointNeeds.Format(c.Kind, "state"));
            }
            else if (!workflow.HasState(c.State))
            {
                error($"{at}.state", AuthoringMessages.NotStateOf.Format(c.State, workflow.Key));
            }
        }

        // A field the kind does not read would be silently ignored at the debrief: the author meant something by it.
        void Unused(object? value, string field)
        {
            if (value is not null)
            {
                error($"{at}.{field}", AuthoringMessages.CheckpointUnused.Format(field, c.Kind));
            }
        }

        switch (c.Kind)
        {
            case CheckpointKinds.Happens:
                NeedTrigger(c.Trigger, "trigger");
                Unused(c.Then, "then");
                Unused(c.State, "state");
                Unused(c.WithinDays, "withinDays");
                break;
            case CheckpointKinds.Before:
                NeedTrigger(c.Trigger, "trigger");
                NeedTrigger(c.Then, "then");
                if (c.Trigger is not null && c.Trigger == c.Then)
                {
                    error($"{at}.then", AuthoringMessages.ThenSameAsTrigger.Format(c.Then));
                }

                Unused(c.State, "state");
                Unused(c.WithinDays, "withinDays");
                break;
            case CheckpointKinds.Reaches:
                NeedState();
                Unused(c.Trigger, "trigger");
                Unused(c.Then, "then");
                break;
            case CheckpointKinds.NeverReaches:
                NeedState();
                Unused(c.Trigger, "trigger");
                Unused(c.Then, "then");
                Unused(c.WithinDays, "withinDays");
                break;
            case CheckpointKinds.NeverHappens:
                NeedTrigger(c.Trigger, "trigger");
                Unused(c.Then, "then");
                Unused(c.State, "state");
                Unused(c.WithinDays, "withinDays");
                break;
            default:
                error($"{at}.kind", AuthoringMessages.UnknownCheckpointKind.Format(c.Kind, string.Join(", ", CheckpointKinds.All)));
                break;
        }
    }

    private static IEnumerable<(string Path, LocalizedText Label)> Labels(Scenario s)
    {
        yield return ("$.title", s.Title);
        yield return ("$.brief", s.Brief);
        yield return ("$.case.description", s.Case.Description);
        yield return ("$.debrief", s.Debrief);
        foreach (var (p, i) in s.Parties.Select((p, i) => (p, i)))
        {
            yield return ($"$.parties[{i}].interests", p.Interests);
            yield return ($"$.parties[{i}].willAccept", p.WillAccept);
            yield return ($"$.parties[{i}].willNotAccept", p.WillNotAccept);
        }

        foreach (var (e, i) in s.Events.Select((e, i) => (e, i)))
        {
            yield return ($"$.events[{i}].text", e.Text);
        }

        foreach (var (c, i) in s.Checkpoints.Select((c, i) => (c, i)))
        {
            yield return ($"$.checkpoints[{i}].name", c.Name);
        }
    }
}
