namespace MediationFlow.Workflows.Tests.Boundary;

/// <summary>The repository's product sources, found from the test's output folder (tests/X/bin/...).</summary>
internal static class SourceTree
{
    public static string Root
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "MediationFlow.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException($"No MediationFlow.sln above {AppContext.BaseDirectory}.");
        }
    }

    /// <summary>The C# and Razor files of every project under src/ except those of <paramref name="excluded"/>, without build output.</summary>
    public static IEnumerable<string> FilesOutside(string excluded) =>
        Directory.EnumerateDirectories(Path.Combine(Root, "src"))
            .Where(project => Path.GetFileName(project) != excluded)
            .SelectMany(project => Directory.EnumerateFiles(project, "*.*", SearchOption.AllDirectories))
            .Where(file => file.EndsWith(".cs", StringComparison.Ordinal) || file.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(file => !file.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"));
}
