using MediationFlow.Web.Tests.Infrastructure;

namespace MediationFlow.Web.Tests.Hosting;

/// <summary>The same refusal seen through the test factory: the host is never built, so no test could run against it.</summary>
public sealed class BrokenWorkflowsFactoryTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mediationflow-broken-").FullName;

    [Fact]
    public async Task Host_with_an_invalid_definition_does_not_start()
    {
        var workflows = BrokenWorkflows.Create(_folder);
        await using var factory = new BrokenFactory(workflows.Folder);

        // Program prints the definition errors and exits with 1 before building the host (see RunCommandTests).
        var refusal = Assert.Throws<InvalidOperationException>(() => factory.Server);
        Assert.Contains("without ever building", refusal.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(factory.DataDirectory, MediationFlow.Core.Persistence.Database.FileName)));
    }

    public void Dispose() => MediationFlowFactory.DeleteQuietly(_folder);

    private sealed class BrokenFactory(string workflows) : MediationFlowFactory
    {
        protected override string EnvironmentName => "Production";

        protected override IReadOnlyDictionary<string, string> Settings { get; } =
            new Dictionary<string, string> { ["MediationFlow:WorkflowsDirectory"] = workflows };
    }
}
