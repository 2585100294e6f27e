using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace MediationFlow.Benchmarks.Http;

/// <summary>How many requests of which kind: action POSTs or inbox GETs, from a number of clients at once.</summary>
internal sealed record LoadMode(string Kind, int Clients);

/// <summary>One fixed number of requests spread over the clients: how long it took, each request's latency, the hosts' CPU.</summary>
internal sealed record LoadBatch(List<double> Latencies, double Seconds, double CpuSeconds, int Failed);

/// <summary>A started web host with a client of its own and the demo mediator signed in on it.</summary>
internal sealed class LoadHost : IDisposable
{
    private LoadHost(WebHostProcess process, HttpClient http, DemoApi mediator) => (Process, Http, Mediator) = (process, http, mediator);

    public WebHostProcess Process { get; }

    public HttpClient Http { get; }

    public DemoApi Mediator { get; }

    public static async Task<LoadHost> StartAsync(string dll, string dataFolder, IReadOnlyDictionary<string, string>? environment)
    {
        var process = await WebHostProcess.StartAsync(dll, dataFolder, environment);
        var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = Timeout.InfiniteTimeSpan }) { BaseAddress = process.Address };
        return new LoadHost(process, http, await DemoApi.SignInAsync(http, LoadCases.Mediator));
    }

    public void Dispose()
    {
        Http.Dispose();
        Process.Dispose();
    }
}

/// <summary>One prepared case per client on one database, with the version each is at: shared by the targets on that database.</summary>
internal sealed class LoadCaseSet
{
    private LoadCaseSet(long[] cases, (string There, string Back) toggle)
    {
        Cases = cases;
        Versions = new int[cases.Length];
        Submitted = new bool[cases.Length];
        Toggle = toggle;
    }

    public long[] Cases { get; }

    public int[] Versions { get; }

    public bool[] Submitted { get; }

    public (string There, string Back) Toggle { get; }

    public static async Task<LoadCaseSet> PrepareAsync(LoadHost host)
    {
        var chair = await DemoApi.SignInAsync(host.Http, LoadCases.Chair);
        var cases = await LoadCases.PrepareAsync(host.Mediator, chair, HttpLoadRun.ManyClients);
        var views = new List<JsonElement>();
        foreach (var id in cases)
        {
            views.Add(await host.Mediator.CaseAsync(id));
        }

        var set = new LoadCaseSet([.. cases], LoadCases.Toggle(views[0].GetProperty("definitionVersion").GetInt32()));
        for (var i = 0; i < views.Count; i++)
        {
            set.Versions[i] = views[i].GetProperty("version").GetInt32();
        }

        return set;
    }
}

/// <summary>
/// What a mode is measured against: one host, or several hosts on one database driven together (client i on host
/// i mod n), with the cases prepared on that database.
/// </summary>
internal sealed class LoadTarget(string name, LoadHost[] hosts, LoadCaseSet cases)
{
    public string Name { get; } = name;

    public async Task<LoadBatch> RunAsync(LoadMode mode, int requests)
    {
        var perClient = requests / mode.Clients;
        var cpu = Cpu();
        var clock = Stopwatch.StartNew();
        var results = await Task.WhenAll(Enumerable.Range(0, mode.Clients).Select(client => Task.Run(async () =>
        {
            var host = hosts[client % hosts.Length];
            var latencies = new List<double>(perClient);
            var failed = 0;
            for (var i = 0; i < perClient; i++)
            {
                var begin = Stopwatch.GetTimestamp();
                var ok = mode.Kind == "inbox" ? await InboxAsync(host) : await ActAsync(host, client);
                latencies.Add(Stopwatch.GetElapsedTime(begin).TotalSeconds);
                failed += ok ? 0 : 1;
            }

            return (latencies, failed);
        })));
        var seconds = clock.Elapsed.TotalSeconds;
        return new LoadBatch([.. results.SelectMany(r => r.latencies)], seconds, Cpu() - cpu, results.Sum(r => r.failed));
    }

    /// <summary>The CPU time of every host of the target, all threads.</summary>
    private double Cpu() => hosts.Sum(h => h.Process.Cpu.TotalSeconds);

    private static async Task<bool> InboxAsync(LoadHost host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/inbox");
        request.Headers.Authorization = host.Mediator.Authorization;
        using var response = await host.Http.SendAsync(request);
        await response.Content.ReadAsByteArrayAsync();
        return response.IsSuccessStatusCode;
    }

    /// <summary>Client i works its own case only, so no request of the driver conflicts with another.</summary>
    private async Task<bool> ActAsync(LoadHost host, int client)
    {
        var trigger = cases.Submitted[client] ? cases.Toggle.Back : cases.Toggle.There;
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{DemoApi.CaseUrl(cases.Cases[client])}/actions/{trigger}")
        {
            Content = JsonContent.Create(new { expectedVersion = cases.Versions[client], input = new { } }),
        };
        request.Headers.Authorization = host.Mediator.Authorization;
        using var response = await host.Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            // Learn where the case is, so one refusal does not fail every later request of this client.
            var view = await host.Mediator.CaseAsync(cases.Cases[client]);
            cases.Versions[client] = view.GetProperty("version").GetInt32();
            cases.Submitted[client] = view.GetProperty("state").GetString() != "draftingAgreement";
            return false;
        }

        cases.Versions[client] = JsonDocument.Parse(body).RootElement.GetProperty("version").GetInt32();
        cases.Submitted[client] = !cases.Submitted[client];
        return true;
    }
}
