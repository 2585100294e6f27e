using System.CommandLine;
using System.Globalization;
using MediationFlow.Cli.Workflows;
using MediationFlow.Workflows.Definitions;
using MediationFlow.Workflows.Scenarios;

namespace MediationFlow.Cli.Scenarios;

/// <summary><c>scenarios list</c>: the workshop scenarios a trainer can run.</summary>
internal static class ScenarioCommands
{
    public static Command Create()
    {
        var folder = OptionChecks.FolderOption();
        var language = new Option<string>("--language") { Description = "Title language: kk, ru or en.", DefaultValueFactory = _ => "en" };
        language.AcceptOnlyFromAmong([.. LocalizedText.Languages]);
        var list = new Command("list", "Each scenario with its workflow version, parties, scripted events and checkpoints.") { folder, language };
        list.SetAction(parse =>
        {
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var directory = parse.GetValue(folder) ?? WorkflowsFolder.Locate();
            var catalog = CatalogLoader.Load(directory, error);
            var library = catalog is null ? null : ScenarioLibrary.LoadDirectory(directory, catalog);
            foreach (var e in library?.Errors ?? [])
            {
                error.WriteLine(e.ToString());
            }

            if (library?.Value is not { } scenarios)
            {
                return 1;
            }

            output.WriteLine($"{"ID",-28} {"DEFINITION",-24} {"PARTIES",7} {"EVENTS",6} {"CHECKPOINTS",11}  TITLE");
            foreach (var s in scenarios.All)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{s.Id,-28} {s.Definition.Id + "@" + s.Definition.Version,-24} {s.Parties.Count,7} {s.Events.Count,6} {s.Checkpoints.Count,11}  {s.Title.For(parse.GetValue(language)!)}"));
            }

            return 0;
        });
        return new Command("scenarios", "Training scenarios for workshops.") { list };
    }
}
