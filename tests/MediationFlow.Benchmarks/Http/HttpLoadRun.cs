using System.Globalization;
using MediationFlow.Benchmarks.Application;
using MediationFlow.Benchmarks.Throughput;

namespace MediationFlow.Benchmarks.Http;

/// <summary>
/// `-- --http [rounds] [requests] [--web DLL] [--baseline DLL] [--database PostgreSQL --connection server]`: the web
/// host under concurrent clients. Starts each build given (this branch's by default, and a baseline to compare with) on
/// 127.0.0.1 with a fresh demo data folder, signs the demo mediator and chair in, prepares one case per client, then in
/// every round runs each mode on each target, alternating: action POSTs and inbox GETs, with 1 and with 16 clients,
/// each a fixed number of requests. With a PostgreSQL server, this build also runs as two hosts on one fresh
/// PostgreSQL database: one target is the first host alone, another both hosts driven together (client i on host
/// i mod 2); the SQLite host is their baseline in the same run. Bounded in count; only the hosts' loopback addresses
/// are ever called.
/// </summary>
public static class HttpLoadRun
{
    public const int ManyClients = 16;

    private const int Warmup = 200;

    public static async Task RunAsync(TextWriter output, string[] args, BenchmarkServer? server = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(args);
        var numbers = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal) && !a.EndsWith(".dll", StringComparison.Ordinal))
            .Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray();
        var rounds = numbers.ElementAtOrDefault(0) is > 0 and var r ? r : 3;
        var requests = numbers.ElementAtOrDefault(1) is > 0 and var n ? n : 800;
        var web = Option(args, "--web") ?? DefaultWebDll();
        var builds = new List<(string Name, string Dll)> { (server is null ? "this build" : "SQLite, one host", web) };
        if (Option(args, "--baseline") is { } baseline)
        {
            builds.Insert(0, ("baseline", baseline));
        }

        var stamp = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var folder = Path.Combine(ArtifactsFolder.Locate(), "http", stamp);
        var database = "http_" + stamp.Replace('-', '_');
        var instances = new List<LoadHost>();
        var targets = new List<LoadTarget>();
        try
        {
            foreach (var (name, dll) in builds)
            {
                output.WriteLine($"starting {name}: {dll}");
                var instance = await LoadHost.StartAsync(dll, Path.Combine(folder, instances.Count.ToString(CultureInfo.InvariantCulture)), null);
                instances.Add(instance);
                targets.Add(new LoadTarget(name, [instance], await LoadCaseSet.PrepareAsync(instance)));
            }

            if (server is not null)
            {
                await server.RecreateAsync(database);
                output.WriteLine($"PostgreSQL: {await server.VersionAsync()}; database {server.Name(database)}; two hosts of {web}");
                var settings = new Dictionary<string, string>
                {
                    ["MediationFlow__Database"] = "PostgreSQL",
                    ["ConnectionStrings__MediationFlow"] = server.Database(database, folder).Settings.ConnectionString,
                };

                // The first host migrates and seeds; the second finds the database ready.
                var first = await LoadHost.StartAsync(web, Path.Combine(folder, "postgresql-1"), settings);
                instances.Add(first);
                var second = await LoadHost.StartAsync(web, Path.Combine(folder, "postgresql-2"), settings);
                instances.Add(second);
                var cases = await LoadCaseSet.PrepareAsync(first);
                targets.Add(new LoadTarget("PostgreSQL, one host", [first], cases));
                targets.Add(new LoadTarget("PostgreSQL, two hosts", [first, second], cases));
            }

            LoadMode[] modes = [new("actions", 1), new("actions", ManyClients), new("inbox", 1), new("inbox", ManyClients)];
            foreach (var target in targets)
            {
                foreach (var mode in modes)
                {
                    await target.RunAsync(mode, Warmup);
                }
            }

            output.WriteLine($"load before: {ThroughputRun.LoadAverage()}; {rounds} rounds x {requests} requests per mode and target after {Warmup} warm-up requests each");
            var samples = targets.SelectMany(h => modes.Select(m => (h, m))).ToDictionary(x => x, _ => new Sample());
            for (var round = 0; round < rounds; round++)
            {
                // Every mode on every target once per round, the order of the targets turned each round.
                foreach (var mode in modes)
                {
                    foreach (var target in round % 2 == 0 ? targets : Enumerable.Reverse(targets))
                    {
                        samples[(target, mode)].Add(await target.RunAsync(mode, requests));
                    }
                }
            }

            output.WriteLine($"load after: {ThroughputRun.LoadAverage()}");
            Report(output, targets, modes, samples, builds.Count == 2);
        }
        finally
        {
            foreach (var instance in instances)
            {
                instance.Dispose();
            }

            if (server is not null)
            {
                await server.DropAsync(database);
            }
        }
    }

    private static void Report(TextWriter output, List<LoadTarget> hosts, LoadMode[] modes, Dictionary<(LoadTarget, LoadMode), Sample> samples, bool baseline)
    {
        output.WriteLine();
        output.WriteLine("| target | requests | clients | requests/s | median | p95 | p99 | max | host CPU/request | failed |");
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

        if (baseline)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"inbox with {ManyClients} clients, this build / baseline: {samples[(hosts[1], modes[3])].Rate / samples[(hosts[0], modes[3])].Rate:F2}x (goal >= 2); actions with {ManyClients} clients: {samples[(hosts[1], modes[1])].Rate / samples[(hosts[0], modes[1])].Rate:F2}x"));
        }

        if (hosts.Find(h => h.Name == "PostgreSQL, one host") is { } one && hosts.Find(h => h.Name == "PostgreSQL, two hosts") is { } two)
        {
            var sqlite = hosts[baseline ? 1 : 0];
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"PostgreSQL, two hosts / one host with {ManyClients} clients: actions {samples[(two, modes[1])].Rate / samples[(one, modes[1])].Rate:F2}x, inbox {samples[(two, modes[3])].Rate / samples[(one, modes[3])].Rate:F2}x"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"PostgreSQL, one host / SQLite with {ManyClients} clients: actions {samples[(one, modes[1])].Rate / samples[(sqlite, modes[1])].Rate:F2}x, inbox {samples[(one, modes[3])].Rate / samples[(sqlite, modes[3])].Rate:F2}x; with 1 client: actions {samples[(one, modes[0])].Rate / samples[(sqlite, modes[0])].Rate:F2}x, inbox {samples[(one, modes[2])].Rate / samples[(sqlite, modes[2])].Rate:F2}x"));
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

    /// <summary>What one mode measured on one target over all rounds.</summary>
    private sealed class Sample
    {
        private double _seconds;
        private double _cpu;
        private int _count;

        public List<double> Latencies { get; } = [];

        public int Failed { get; private set; }

        public double Rate => _count / _seconds;

        public double CpuPerRequest => _cpu / _count;

        public void Add(LoadBatch batch)
        {
            Latencies.AddRange(batch.Latencies);
            _seconds += batch.Seconds;
            _cpu += batch.CpuSeconds;
            _count += batch.Latencies.Count;
            Failed += batch.Failed;
        }
    }
}
