namespace MediationFlow.Workflows.Tests;

/// <summary>Files the test project copies beside its assembly (see the csproj).</summary>
internal static class TestFiles
{
    public static string Broken(string name) => Path.Combine(AppContext.BaseDirectory, "Definitions", "Broken", name);

    public static string Definition(string name) => Path.Combine(AppContext.BaseDirectory, "Definitions", name);

    public static string Migration(string name) => Path.Combine(AppContext.BaseDirectory, "Migrations", name);

    public static string BrokenScenario(string name) => Path.Combine(AppContext.BaseDirectory, "Scenarios", "Broken", name);

    public static string Scenario(string name) => Path.Combine(AppContext.BaseDirectory, "Scenarios", name);
}
