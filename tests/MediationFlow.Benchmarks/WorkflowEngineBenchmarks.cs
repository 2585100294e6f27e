using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Benchmarks;

/// <summary>
/// The compiled community-mediation v1 definition against the same process written by hand on
/// Stateless. Both build a machine per call, hydrated from the case's state, as the application does.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class WorkflowEngineBenchmarks
{
    private readonly IReadOnlySet<string> _mediator = Scenarios.Mediator;
    private readonly DateTimeOffset _now = Scenarios.Now;
    private CompiledWorkflow _v1 = null!;

    [GlobalSetup]
    public void Setup()
    {
        _v1 = Scenarios.LoadV1();
        // A ratio means nothing unless both sides do the same work: refuse to measure otherwise.
        EquivalenceCheck.Run(_v1);
    }

    [Benchmark(Baseline = true, Description = "hand-written Stateless")]
    [BenchmarkCategory("GetActions inMediation")]
    public IReadOnlyList<HandWrittenAction> HandWrittenGetActions() =>
        new HandWrittenCommunityMediation("inMediation", Scenarios.InMediation, _mediator, _now).GetActions();

    [Benchmark(Description = "compiled v1")]
    [BenchmarkCategory("GetActions inMediation")]
    public IReadOnlyList<CaseAction> CompiledGetActions() =>
        _v1.GetActions("inMediation", Scenarios.InMediation, _mediator, _now);

    [Benchmark(Baseline = true, Description = "hand-written Stateless")]
    [BenchmarkCategory("Fire signAgreementOnMediation")]
    public HandWrittenFireResult HandWrittenFire() =>
        new HandWrittenCommunityMediation("awaitingConsent", Scenarios.AllConsented, _mediator, _now)
            .Fire("signAgreementOnMediation", Scenarios.SignedByAll);

    [Benchmark(Description = "compiled v1")]
    [BenchmarkCategory("Fire signAgreementOnMediation")]
    public FireResult CompiledFire() =>
        _v1.Fire("awaitingConsent", "signAgreementOnMediation", Scenarios.AllConsented, Scenarios.Mediator, Scenarios.SignedByAll, Scenarios.Now);
}

/// <summary>Reading, schema-validating, semantically checking and compiling every definition in workflows/.</summary>
/// <remarks>
/// Measures a warm load: the first load of a process also builds the JSON schema and JITs the
/// validator (hundreds of milliseconds). The pilot stage would size iterations from the slow early
/// loads, so the invocation count is fixed.
/// </remarks>
[MemoryDiagnoser]
[InvocationCount(16, unrollFactor: 1)]
public class DefinitionLoadingBenchmarks
{
    private string _directory = null!;

    [GlobalSetup]
    public void Setup()
    {
        _directory = Scenarios.WorkflowsDirectory();
        LoadDirectory();
    }

    [Benchmark(Description = "WorkflowCatalog.LoadDirectory")]
    public WorkflowCatalog LoadDirectory() =>
        WorkflowCatalog.LoadDirectory(_directory).Value ?? throw new InvalidOperationException("The definitions did not load.");
}
