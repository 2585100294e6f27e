using System.Text.RegularExpressions;

namespace MediationFlow.Workflows.Definitions;

/// <summary>Reads a workflow definition file and reports every problem in it: syntax, schema and meaning.</summary>
public static partial class DefinitionLoader
{
    private static readonly Lazy<CheckedSchema> Schema = new(() => JsonFileCheck.LoadEmbeddedSchema("workflow.schema.json"));

    public static LoadResult<WorkflowDefinition> LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(File.ReadAllText(path), path);
    }

    /// <param name="file">The file name to put in errors; also checked against the definition's id and version.</param>
    internal static LoadResult<WorkflowDefinition> Parse(string json, string file)
    {
        var errors = new List<DefinitionError>();
        using var document = JsonFileCheck.Parse(json, file, errors);
        if (document is null)
        {
            return new(null, errors);
        }

        // With a value of the wrong type (often a null) the model cannot be read; the schema errors say what to fix first.
        var typesHold = JsonFileCheck.Evaluate(Schema.Value, document.RootElement, file, errors);
        var definition = typesHold ? JsonFileCheck.Deserialize<WorkflowDefinition>(document.RootElement) : null;
        if (definition is not null)
        {
            SemanticValidator.Validate(definition, document.RootElement, file, errors);
            CheckFileName(definition, file, errors);
        }

        return errors.Count == 0 ? new(Resolve(definition!), []) : new(null, errors);
    }

    /// <summary>
    /// What the file leaves to the engine, filled in once it is valid so that everything downstream sees ordinary
    /// fields: the options of a choice drawn from the screening questions, and the settings' values where a guard
    /// reason or an input label shows one as "{name}" (a reason never repeats a value the settings own).
    /// </summary>
    private static WorkflowDefinition Resolve(WorkflowDefinition definition)
    {
        var settings = Engine.WorkflowSettings.From(definition.Settings);
        LocalizedText Fill(LocalizedText text)
        {
            string? In(string? value) => value is null ? null
                : SemanticValidator.SettingPlaceholder().Replace(value, m => settings.Show(m.Groups[1].Value) ?? m.Value);
            return new(In(text.Kk), In(text.Ru), In(text.En));
        }

        var screening = definition.Screening
            .Select(q => new ChoiceOption(q.Id, definition.Reasons.TryGetValue(q.Id, out var reason) ? reason.Name : q.Question)).ToList();
        return definition with
        {
            GuardRules = definition.GuardRules.ToDictionary(g => g.Key, g => g.Value with { Reason = Fill(g.Value.Reason) }, StringComparer.Ordinal),
            Transitions = [.. definition.Transitions.Select(t => t with
            {
                Input = [.. t.Input.Select(f => f with
                {
                    Label = Fill(f.Label),
                    Options = f.OptionsFrom is null ? f.Options : screening,
                })],
            })],
        };
    }

    /// <summary>True for names like "community-mediation.v2.json": the files a workflows folder holds.</summary>
    public static bool IsDefinitionFile(string path) => FileNamePattern().IsMatch(Path.GetFileName(path));

    private static void CheckFileName(WorkflowDefinition definition, string file, List<DefinitionError> errors)
    {
        var match = FileNamePattern().Match(Path.GetFileName(file));
        if (!match.Success)
        {
            return;
        }

        if (match.Groups["id"].Value != definition.Id)
        {
            errors.Add(new DefinitionError(file, "$.id", AuthoringMessages.IdNotFileName.Format(definition.Id, Path.GetFileName(file))));
        }

        if (match.Groups["version"].Value != definition.Version.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            errors.Add(new DefinitionError(file, "$.version", AuthoringMessages.VersionNotFileName.Format(definition.Version, Path.GetFileName(file))));
        }
    }

    [GeneratedRegex(@"^(?<id>[a-z][a-z0-9-]*)\.v(?<version>[0-9]+)\.json$")]
    private static partial Regex FileNamePattern();
}
