using System.CommandLine;
using System.Globalization;
using MediationFlow.Workflows.Definitions;
using MediationFlow.Workflows.Diagrams;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Cli.Workflows;

/// <summary><c>workflows list | validate | diagram | format</c>: what methodologists run after editing a definition.</summary>
internal static class WorkflowCommands
{
    public static Command Create()
    {
        var folder = OptionChecks.FolderOption();
        var command = new Command("workflows", "Workflow definitions: list, validate, diagram, format.")
        {
            List(folder),
            Validate(),
            Diagram(folder),
            FormatCommand.Create(),
        };
        return command;
    }

    private static Command List(Option<string?> folder)
    {
        var command = new Command("list", "Each definition with its versions and their states and transitions.") { folder };
        command.SetAction(parse =>
        {
            var catalog = CatalogLoader.Load(parse.GetValue(folder), parse.InvocationConfiguration.Error);
            if (catalog is null)
            {
                return 1;
            }

            var output = parse.InvocationConfiguration.Output;
            output.WriteLine(Row("ID", "VERSION", "STATES", "TRANSITIONS", "NAME"));
            foreach (var workflow in catalog.All)
            {
                var d = workflow.Definition;
                output.WriteLine(Row(d.Id, $"v{d.Version}", Count(d.States.Count), Count(d.Transitions.Count), d.Name.En ?? string.Empty));
            }

            return 0;
        });
        return command;
    }

    private static Command Validate()
    {
        var paths = new Argument<string[]>("paths") { Description = "Definition, scenario or document template files, or folders (default: the workflows folder).", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("validate", "Check definitions and training scenarios against their schemas and the engine's rules, and document templates against their documents' fields; exit code 1 if any is invalid.") { paths };
        command.SetAction(parse =>
        {
            var given = parse.GetValue(paths) is { Length: > 0 } p ? p : [WorkflowsFolder.Locate()];
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var files = new WorkflowFiles();
            var (invalid, checkedFiles, emptyFolders) = (0, 0, 0);
            foreach (var path in given)
            {
                var expanded = WorkflowFiles.Expand(path);
                if (expanded.Count == 0)
                {
                    // A folder without definitions is a wrong path, not a pass: say so instead of "0 valid".
                    error.WriteLine(new DefinitionError(path, "$", AuthoringMessages.NoDefinitionsInFolder).ToString());
                    emptyFolders++;
                }

                foreach (var file in expanded)
                {
                    checkedFiles++;
                    var errors = files.Check(file);
                    foreach (var e in errors)
                    {
                        error.WriteLine(e.ToString());
                    }

                    if (errors.Count > 0)
                    {
                        invalid++;
                    }
                }
            }

            if (checkedFiles > 0)
            {
                output.WriteLine(invalid == 0
                    ? CliMessages.FilesValid.Format(checkedFiles)
                    : CliMessages.FilesInvalid.Format(invalid, checkedFiles));
            }

            return invalid == 0 && emptyFolders == 0 ? 0 : 1;
        });
        return command;
    }

    private static Command Diagram(Option<string?> folder)
    {
        var reference = new Argument<string>("definition") { Description = "A definition id, optionally with @version (default: the latest)." };
        var state = new Option<string?>("--state") { Description = "A state to highlight." };
        var language = new Option<string>("--language") { Description = "Label language: kk, ru or en.", DefaultValueFactory = _ => "en" };
        language.AcceptOnlyFromAmong([.. LocalizedText.Languages]);
        var command = new Command("diagram", "Print the definition as a Mermaid state diagram.") { reference, state, language, folder };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            var catalog = CatalogLoader.Load(parse.GetValue(folder), error);
            if (catalog is null)
            {
                return 1;
            }

            var text = parse.GetValue(reference)!;
            var parts = text.Split('@', 2);
            CompiledWorkflow? workflow;
            if (parts.Length == 2)
            {
                if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var version) || !catalog.TryGet(parts[0], version, out workflow))
                {
                    error.WriteLine($"definition: {CliMessages.NoSuchDefinition.Format(text, string.Join(", ", catalog.All.Select(w => w.Key)))}");
                    return 1;
                }
            }
            else if (catalog.Ids.Contains(text))
            {
                workflow = catalog.Latest(text);
            }
            else
            {
                error.WriteLine($"definition: {CliMessages.NoSuchDefinition.Format(text, string.Join(", ", catalog.Ids))}");
                return 1;
            }

            var highlight = parse.GetValue(state);
            if (highlight is not null && !workflow.HasState(highlight))
            {
                error.WriteLine($"--state: {AuthoringMessages.NotStateOf.Format(highlight, workflow.Key)}");
                return 1;
            }

            parse.InvocationConfiguration.Output.Write(MermaidDiagram.Render(workflow.Definition, highlight, parse.GetValue(language)!));
            return 0;
        });
        return command;
    }


    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Row(string id, string version, string states, string transitions, string name) =>
        $"{id,-24} {version,-8} {states,7} {transitions,12}  {name}";
}
