using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using MediationFlow.Benchmarks.Application;
using MediationFlow.Benchmarks.Data;
using MediationFlow.Core.Features.Cases;

namespace MediationFlow.Benchmarks.Queries;

/// <summary>
/// First pages of the inbox and of case search through ISender and the real handlers, on the generated
/// databases of 10,000 and 500,000 cases (generated on first use, then cached; see <see cref="SampleDatabase"/>).
/// Every call is a full request: its own scope, the actor's memberships, authorization, the query, and the
/// audit entry a read writes.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(LatencyConfig))]
public class InboxAndSearchBenchmarks
{
    private BenchmarkApp _app = null!;
    private SampleQueries _queries = null!;

    [Params(10_000, SampleDatabase.FullSize)]
    public int Cases { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        BenchmarkApp.UseInvariantLanguage();
        _app = await BenchmarkApp.OpenAsync(await SampleDatabase.EnsureAsync(Cases, Console.Out));
        _queries = await SampleQueries.PrepareAsync(_app);
        for (var q = 0; q < SampleQueries.Names.Length; q++)
        {
            Console.WriteLine($"// {SampleQueries.Names[q]}: {await _queries.RunAsync(q)} items");
        }
    }

    [GlobalCleanup]
    public ValueTask CleanupAsync() => _app.DisposeAsync();

    [Benchmark(Description = "inbox: mediator")]
    public Task<GetInbox.Inbox> MediatorInbox() => _queries.MediatorInboxAsync();

    [Benchmark(Description = "inbox: chair, big council")]
    public Task<GetInbox.Inbox> ChairInbox() => _queries.ChairInboxAsync();

    [Benchmark(Description = "inbox: chair, district + rural")]
    public Task<GetInbox.Inbox> DistrictChairInbox() => _queries.DistrictChairInboxAsync();

    [Benchmark(Description = "search: party name prefix")]
    public Task<SearchCases.Page> PartyNamePrefix() => _queries.PartyNamePrefixAsync();

    [Benchmark(Description = "search: number prefix")]
    public Task<SearchCases.Page> NumberPrefix() => _queries.NumberPrefixAsync();

    [Benchmark(Description = "search: category + state")]
    public Task<SearchCases.Page> CategoryAndState() => _queries.CategoryAndStateAsync();

    [Benchmark(Description = "search: keyset page 50")]
    public Task<SearchCases.Page> DeepKeysetPage() => _queries.DeepKeysetPageAsync();

    /// <summary>Median and p95 beside the mean; fewer iterations than the default, as each call is a millisecond-scale request.</summary>
    private sealed class LatencyConfig : ManualConfig
    {
        public LatencyConfig()
        {
            AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(20));
            AddColumn(StatisticColumn.Median, StatisticColumn.P95);
        }
    }
}
