using BenchmarkDotNet.Running;
using MediationFlow.Benchmarks;
using MediationFlow.Benchmarks.Application;
using MediationFlow.Benchmarks.Data;
using MediationFlow.Benchmarks.Queries;
using MediationFlow.Benchmarks.Throughput;

// `--database PostgreSQL --connection <server> [--prefix name]` points the database drivers at PostgreSQL as well.
var (server, driverArgs) = BenchmarkServer.Parse(args);
switch (driverArgs)
{
    case ["--verify"]:
        var comparisons = EquivalenceCheck.Run(Scenarios.LoadV1());
        Console.WriteLine($"The hand-written machine and the compiled definition agree on {comparisons} comparisons.");
        return 0;
    case ["--interleaved"]:
        InterleavedCheck.Run(Console.Out);
        return 0;
    case ["--throughput", .. var rest]:
        var counts = rest.Where(a => a != Turns.Argument).ToArray();
        var notACount = counts.Length > 3 ? counts[3] : counts.FirstOrDefault(c => !int.TryParse(c, System.Globalization.CultureInfo.InvariantCulture, out var n) || n <= 0);
        if (notACount is not null)
        {
            Console.Error.WriteLine($"--throughput [rounds] [batch] [warm-up]: each a whole number above 0, at most three; not '{notACount}'");
            return 2;
        }

        var numbers = counts.Select(c => int.Parse(c, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        await ThroughputRun.RunAsync(Console.Out, numbers.ElementAtOrDefault(0) is > 0 and var r ? r : 40, numbers.ElementAtOrDefault(1) is > 0 and var b ? b : 10,
            numbers.ElementAtOrDefault(2) is > 0 and var w ? w : ThroughputRun.SteadyWarmup, server: server, baseline: rest.Contains(Turns.Argument));
        return 0;
    case ["--generate", .. var sizes]:
        foreach (var size in sizes.Length == 0 ? [10_000, SampleDatabase.FullSize] : sizes.Select(int.Parse))
        {
            Console.WriteLine($"{size:N0} cases: {(server is null ? SampleDatabase.Folder(size) : server.Name(SampleDatabase.DatabaseName(size)))}");
            await SampleDatabase.EnsureAsync(size, Console.Out, server);
        }

        return 0;
    case ["--latency", .. var rounds]:
        await QueryLatencyRun.RunAsync(Console.Out, rounds.Length > 0 && rounds[0] != Turns.Argument ? int.Parse(rounds[0], System.Globalization.CultureInfo.InvariantCulture) : 200,
            server: server, baseline: rounds.Contains(Turns.Argument));
        return 0;
    case ["--figures", .. var figureRounds]:
        await FiguresLatencyRun.RunAsync(Console.Out, figureRounds.Length > 0 ? int.Parse(figureRounds[0], System.Globalization.CultureInfo.InvariantCulture) : 50);
        return 0;
    case ["--plans", .. var size]:
        await QueryPlans.RunAsync(Console.Out, size.Length > 0 ? int.Parse(size[0], System.Globalization.CultureInfo.InvariantCulture) : SampleDatabase.FullSize, server);
        return 0;
    case ["--http", .. var httpArgs]:
        await MediationFlow.Benchmarks.Http.HttpLoadRun.RunAsync(Console.Out, httpArgs, server);
        return 0;
    case ["--import-files", var importFolder]:
        var (councilRows, peopleRows) = MediationFlow.Benchmarks.Import.ImportFileGenerator.Write(importFolder);
        Console.WriteLine($"{councilRows:N0} councils and {peopleRows:N0} people written to {importFolder} (.csv and .xlsx)");
        return 0;
    case ["--import", var importFrom, .. var importFormat]:
        await MediationFlow.Benchmarks.Import.BulkImportRun.RunAsync(Console.Out, importFrom,
            importFormat is ["xlsx"] ? MediationFlow.Core.Features.Administration.ImportFormat.Xlsx : MediationFlow.Core.Features.Administration.ImportFormat.Csv);
        return 0;
    case ["--trace"]:
        await WalkTrace.RunAsync(Console.Out, server);
        return 0;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(Scenarios).Assembly).Run(driverArgs);
        return 0;
}
