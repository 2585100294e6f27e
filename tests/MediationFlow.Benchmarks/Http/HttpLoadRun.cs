using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using MediationFlow.Benchmarks.Application;
using MediationFlow.Benchmarks.Throughput;

namespace MediationFlow.Benchmarks.Http;

/// <summary>
/// `-- --http [rounds] [requests] [--web DLL] [--baseline DLL]`: the web host under concurrent clients. Starts
/// each build given (this branch's by default, and a baseline to compare with) on 127.0.0.1 with a fresh demo
/// data folder, signs the demo mediator and chair in, prepares one case per client, then in every round runs
/// each mode on each host, alternating: action POSTs and inbox GETs, with 1 and with 16 clients, each a fixed
/// number of requests. Bounded in count; only the hosts' loopback addresses are ever called.
/// </summary>
public static class HttpLoadRun
{
    public const int ManyClients = 16;

    private const int Warmup = 200;

    public static async Task RunAsync(TextWriter output, string[] args)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(args);
        var numbers = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal) && !a.EndsWith(".dll", StringComparison.Ordinal))
            .Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray();
        var rounds = numbers.ElementAtOrDefault(0) is > 0 and var r ? r : 3;
        var requests = numbers.ElementAtOrDefault(1) is > 0 and var n ? n : 800;
        var builds = new List<(string Name, string Dll)> { ("this build", Option(args, "--web") ?? DefaultWebDll()) };
        if (Option(args, "--baseline") is { } baseline)
        {
            builds.Insert(0, ("baseline", baseline));
        }

        var folder = Path.Combine(ArtifactsFolder.Locate(), "http", DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture));
        var hosts = new List<Target>();
        try
        {
            foreach (var (name, dll) in builds)
            {
                output.WriteLine($"starting {name}: {dll}");
                hosts.Add(await Target.StartAsync(name, dll, Path.Combine(folder, hosts.Count.ToString(CultureInfo.InvariantCulture))));
            }

            Mode[] modes = [new("actions", 1), new("actions", ManyClients), new("inbox", 1), new("inbox", ManyClients)];
            foreach (var host in hosts)
            {
                foreach (var mode in modes)
                {
                    await host.RunAsync(mode, Warmup);
                }
            }

            output.WriteLine($"load before: {ThroughputRun.LoadAverage()}; {rounds} rounds x {requests} requests per mode and host after {Warmup} warm-up requests each");
            var samples = hosts.SelectMany(h => modes.Select(m => (h, m))).ToDictionary(x => x, _ => new Sample());
            for (var round = 0; round < rounds; round++)
            {
                // Every mode on every host once per round, the order of the hosts turned each round.
                foreach (var mode in modes)
                {
                    foreach (var host in round % 2 == 0 ? hosts : Enumerable.Reverse(hosts))
                    {
                        samples[(host, mode)].Add(await host.RunAsync(mode, requests));
                    }
                }
            }

            output.WriteLine($"load after: {ThroughputRun.LoadAverage()}");
            Report(output, hosts, modes, samples);
        }
        finally
        {
            foreach (var host in hosts)
            {
                host.Dispose();
            }
        }
    }

    private static void Report(TextWriter output, List<Target> hosts, Mode[] modes, Dictionary<(Target, Mode), Sample> samples)
    {
        output.WriteLine();
        output.WriteLine("| build | requests | clients | requests/s | median | p95 | p99 | max | host CPU/request | failed |");
        output.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var host in hosts)
        {
            foreach (var mode in modes)
            {
                var s = samples[(host, mode)];
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {host.Name} | {mode.Kind} | {mode.Clients} | {s.Rate:F1} | {Ms(Percentiles.Of(s.Latencies, 0.5))} | {Ms(Percentiles.Of(s.Latencies, 0.95))} | {Ms(Percentiles.Of(s.Latencies, 0.99))} | {Ms(s.Latencies.Max())} | {s.CpuPerRequest * 1000:F2} ms | {s.Failed} |"));
            }
        }

        output.WriteLine();
        foreach (var host in hosts)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{host.Name}: actions {ManyClients}/1 clients {samples[(host, modes[1])].Rate / samples[(host, modes[0])].Rate:F2}x (goal >= 1.5), p99 with {ManyClients} {Ms(Percentiles.Of(samples[(host, modes[1])].Latencies, 0.99))} (goal < 50 ms); inbox {ManyClients}/1 clients {samples[(host, modes[3])].Rate / samples[(host, modes[2])].Rate:F2}x"));
        }

        if (hosts.Count == 2)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"inbox with {ManyClients} clients, this build / baseline: {samples[(hosts[1], modes[3])].Rate / samples[(hosts[0], modes[3])].Rate:F2}x (goal >= 2); actions with {ManyClients} clients: {samples[(hosts[1], modes[1])].Rate / samples[(hosts[0], modes[1])].Rate:F2}x"));
        }
    }

    private static string Ms(double seconds) => string.Create(CultureInfo.InvariantCulture, $"{seconds * 1000:F1} ms");

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? Path.GetFullPath(args[i + 1]) : null;
    }

    /// <summary>This repository's web host, built in Release beside the benchmarks.</summary>
    private static string DefaultWebDll() =>
        Path.Combine(Path.GetDirectoryName(ArtifactsFolder.Locate())!, "src", "MediationFlow.Web", "bin", "Release", "net10.0", "MediationFlow.Web.dll");

    private sealed record Mode(string Kind, int Clients);

    /// <summary>What one mode measured on one host over all rounds.</summary>
    private sealed class Sample
    {
        private double _seconds;
        private double _cpu;
        private int _count;

        public List<double> Latencies { get; } = [];

        public int Failed { get; private set; }

        public double Rate => _count / _seconds;

        public double CpuPerRequest => _cpu / _count;

        public void Add(Batch batch)
        {
            Latencies.AddRange(batch.Latencies);
            _seconds += batch.Seconds;
            _cpu += batch.CpuSeconds;
            _count += batch.Latencies.Count;
            Failed += batch.Failed;
        }
    }

    /// <summary>One fixed number of requests spread over the clients: how long it took and each request's latency.</summary>
    private sealed record Batch(List<double> Latencies, double Seconds, double CpuSeconds, int Failed);

    /// <summary>A started host with its signed-in clients and one prepared case (and its version) per client.</summary>
    private sealed class Target : IDisposable
    {
        private readonly WebHostProcess _process;
        private readonly HttpClient _http;
        private readonly DemoApi _mediator;
        private readonly long[] _cases;
        private readonly int[] _versions;
        private readonly bool[] _submitted;
        private (string There, string Back) _toggle;

        private Target(string name, WebHostProcess process, HttpClient http, DemoApi mediator, long[] cases)
        {
            Name = name;
            _process = process;
            _http = http;
            _mediator = mediator;
            _cases = cases;
            _versions = new int[cases.Length];
            _submitted = new bool[cases.Length];
        }

        public string Name { get; }

        public static async Task<Target> StartAsync(string name, string dll, string dataFolder)
        {
            var process = await WebHostProcess.StartAsync(dll, dataFolder);
            var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = Timeout.InfiniteTimeSpan }) { BaseAddress = process.Address };
            var mediator = await DemoApi.SignInAsync(http, LoadCases.Mediator);
            var chair = await DemoApi.SignInAsync(http, LoadCases.Chair);
            var cases = await LoadCases.PrepareAsync(mediator, chair, ManyClients);
            var target = new Target(name, process, http, mediator, [.. cases]);
            for (var i = 0; i < cases.Count; i++)
            {
                var view = await mediator.CaseAsync(cases[i]);
                target._versions[i] = view.GetProperty("version").GetInt32();
                target._toggle = LoadCases.Toggle(view.GetProperty("definitionVersion").GetInt32());
            }

            return target;
        }

        public async Task<Batch> RunAsync(Mode mode, int requests)
        {
            var perClient = requests / mode.Clients;
            var cpu = _process.Cpu;
            var clock = Stopwatch.StartNew();
            var results = await Task.WhenAll(Enumerable.Range(0, mode.Clients).Select(client => Task.Run(async () =>
            {
                var latencies = new List<double>(perClient);
                var failed = 0;
                for (var i = 0; i < perClient; i++)
                {
                    var begin = Stopwatch.GetTimestamp();
                    var ok = mode.Kind == "inbox" ? await InboxAsync() : await ActAsync(client);
                    latencies.Add(Stopwatch.GetElapsedTime(begin).TotalSeconds);
                    failed += ok ? 0 : 1;
                }

                return (latencies, failed);
            })));
            var seconds = clock.Elapsed.TotalSeconds;
            return new Batch([.. results.SelectMany(r => r.latencies)], seconds, (_process.Cpu - cpu).TotalSeconds, results.Sum(r => r.failed));
        }

        private async Task<bool> InboxAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/inbox");
            request.Headers.Authorization = _mediator.Authorization;
            using var response = await _http.SendAsync(request);
            await response.Content.ReadAsByteArrayAsync();
            return response.IsSuccessStatusCode;
        }

        /// <summary>Client i works its own case only, so no request of the driver conflicts with another.</summary>
        private async Task<bool> ActAsync(int client)
        {
            var trigger = _submitted[client] ? _toggle.Back : _toggle.There;
            using var request = new HttpRequestMessage(HttpMethod.Post, $"{DemoApi.CaseUrl(_cases[client])}/actions/{trigger}")
            {
                Content = JsonContent.Create(new { expectedVersion = _versions[client], input = new { } }),
            };
            request.Headers.Authorization = _mediator.Authorization;
            using var response = await _http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode)
            {
                // Learn where the case is, so one refusal does not fail every later request of this client.
                var view = await _mediator.CaseAsync(_cases[client]);
                _versions[client] = view.GetProperty("version").GetInt32();
                _submitted[client] = view.GetProperty("state").GetString() != "draftingAgreement";
                return false;
            }

            _versions[client] = JsonDocument.Parse(body).RootElement.GetProperty("version").GetInt32();
            _submitted[client] = !_submitted[client];
            return true;
        }

        public void Dispose()
        {
            _http.Dispose();
            _process.Dispose();
        }
    }
}
