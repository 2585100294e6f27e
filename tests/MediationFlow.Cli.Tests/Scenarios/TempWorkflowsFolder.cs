namespace MediationFlow.Cli.Tests.Scenarios;

/// <summary>
/// A throw-away workflows folder: copies of the shipped definitions and a scenarios/ folder. The CLI
/// checks a scenario against the definitions in the parent of its scenarios/ folder, so a broken
/// scenario must sit in such a folder to be read as a scenario at all.
/// </summary>
internal sealed class TempWorkflowsFolder : IDisposable
{
    public TempWorkflowsFolder(bool withDefinitions = true)
    {
        Path = Directory.CreateTempSubdirectory("mediationflow-cli-").FullName;
        Directory.CreateDirectory(ScenariosPath);
        if (withDefinitions)
        {
            foreach (var definition in Directory.EnumerateFiles(CliRun.ShippedWorkflows, "*.v*.json"))
            {
                File.Copy(definition, System.IO.Path.Combine(Path, System.IO.Path.GetFileName(definition)));
            }
        }
    }

    public static string BrokenScenarios => System.IO.Path.Combine(AppContext.BaseDirectory, "BrokenScenarios");

    public string Path { get; }

    public string ScenariosPath => System.IO.Path.Combine(Path, "scenarios");

    /// <summary>Copies a broken scenario into scenarios/ and returns its new path.</summary>
    public string AddBroken(string name)
    {
        var target = System.IO.Path.Combine(ScenariosPath, name);
        File.Copy(System.IO.Path.Combine(BrokenScenarios, name), target);
        return target;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
