namespace MediationFlow.Benchmarks.Application;

/// <summary>
/// BenchmarkDotNet.Artifacts/ at the repository root (git-ignored): generated databases and throughput runs
/// live there, found the same way from `dotnet run` and from the processes BenchmarkDotNet starts.
/// </summary>
public static class ArtifactsFolder
{
    public static string Locate()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "MediationFlow.sln")))
                {
                    return Path.Combine(directory.FullName, "BenchmarkDotNet.Artifacts");
                }
            }
        }

        return Path.Combine(Environment.CurrentDirectory, "BenchmarkDotNet.Artifacts");
    }
}
