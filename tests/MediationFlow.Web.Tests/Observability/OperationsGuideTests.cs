using MediationFlow.Web.Hosting;

namespace MediationFlow.Web.Tests.Observability;

/// <summary>docs/operations.md is where an operator looks a setting up: its configuration table names every one the host reads.</summary>
public sealed class OperationsGuideTests
{
    [Fact]
    public void The_configuration_table_lists_every_MediationFlow_setting()
    {
        var table = File.ReadAllLines(Path.Combine(RepositoryRoot(), "docs", "operations.md"))
            .SkipWhile(l => l != "## Configuration").TakeWhile(l => l != "## Watching the service")
            .Where(l => l.StartsWith("| `", StringComparison.Ordinal)).ToList();

        var settings = typeof(MediationFlowOptions).GetProperties().Where(p => p.CanWrite).Select(p => $"`{MediationFlowOptions.Section}:{p.Name}`");

        Assert.All(settings, setting => Assert.Contains(table, row => row.StartsWith("| " + setting, StringComparison.Ordinal)));
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "MediationFlow.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The tests run outside the repository.");
    }
}
