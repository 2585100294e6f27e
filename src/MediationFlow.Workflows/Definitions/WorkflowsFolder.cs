namespace MediationFlow.Workflows.Definitions;

/// <summary>Finds the <c>workflows/</c> folder: in or above the working directory, else beside the program.</summary>
public static class WorkflowsFolder
{
    public const string Name = "workflows";

    public static string Locate()
    {
        for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, Name);
            if (Directory.Exists(Path.Combine(candidate, "schema")))
            {
                return candidate;
            }
        }

        return Path.Combine(AppContext.BaseDirectory, Name);
    }
}
