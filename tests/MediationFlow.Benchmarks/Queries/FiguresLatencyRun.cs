using System.Diagnostics;
using System.Globalization;
using MediationFlow.Benchmarks.Application;
using MediationFlow.Benchmarks.Data;
using MediationFlow.Benchmarks.Throughput;
using MediationFlow.Core.Features.Councils;
using Microsoft.Data.Sqlite;

namespace MediationFlow.Benchmarks.Queries;

/// <summary>
/// `-- --figures [rounds]`: latency of the council figures report on both sample databases, interleaved as
/// in <see cref="QueryLatencyRun"/>: the reader's district with its rural councils (as their chair) and the
/// whole region above it (as its analyst: the run gives the reader that membership once, in the sample file).
/// </summary>
public static class FiguresLatencyRun
{
    private static readonly string[] Names = ["figures: district + its rural councils", "figures: region"];

    public static async Task RunAsync(TextWriter output, int rounds = 50, int warmup = 5)
    {
        ArgumentNullException.ThrowIfNull(output);
        BenchmarkApp.UseInvariantLanguage();
        var apps = new List<BenchmarkApp>();
        var requests = new List<(Guid Reader, int District, int Region)>();
        foreach (var size in QueryLatencyRun.Sizes)
        {
            var app = await BenchmarkApp.OpenAsync(await SampleDatabase.EnsureAsync(size, output));
            apps.Add(app);
            requests.Add(RegionalReader(app.ConnectionString));
        }

        output.WriteLine($"load before: {ThroughputRun.LoadAverage()}");
        var samples = new List<double>[QueryLatencyRun.Sizes.Length, Names.Length];
        var registered = new int[QueryLatencyRun.Sizes.Length, Names.Length];
        for (var round = -warmup; round < rounds; round++)
        {
            for (var q = 0; q < Names.Length; q++)
            {
                for (var s = 0; s < apps.Count; s++)
                {
                    var (reader, district, region) = requests[s];
                    var start = Stopwatch.GetTimestamp();
                    var figures = await apps[s].SendAsync<GetCouncilFigures.Figures>(reader, new GetCouncilFigures.Query(q == 0 ? district : region, 2026));
                    var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                    registered[s, q] = figures.Total.Registered;
                    if (round >= 0)
                    {
                        (samples[s, q] ??= []).Add(elapsed);
                    }
                }
            }
        }

        output.WriteLine($"load after: {ThroughputRun.LoadAverage()}; {rounds} rounds after {warmup} warm-up rounds");
        output.WriteLine();
        output.WriteLine("| report | cases counted | 10k median | 10k p95 | 500k median | 500k p95 |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|");
        for (var q = 0; q < Names.Length; q++)
        {
            var small = samples[0, q];
            var large = samples[1, q];
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {Names[q]} | {registered[0, q]} / {registered[1, q]} | {Percentiles.Of(small, 0.5):F1} ms | {Percentiles.Of(small, 0.95):F1} ms | {Percentiles.Of(large, 0.5):F1} ms | {Percentiles.Of(large, 0.95):F1} ms |"));
        }

        foreach (var app in apps)
        {
            await app.DisposeAsync();
        }
    }

    /// <summary>The reader, their district and its region; the reader made the region's analyst if not yet.</summary>
    private static (Guid Reader, int District, int Region) RegionalReader(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT u."Id", d."Id", d."ParentId" FROM "AspNetUsers" u, "Councils" d
            WHERE u."UserName" = $reader AND d."Code" = $district
            """;
        command.Parameters.AddWithValue("$reader", $"reader.{SampleDatabase.ReaderDistrict}");
        command.Parameters.AddWithValue("$district", SampleDatabase.ReaderDistrict);
        Guid reader;
        int district, region;
        using (var row = command.ExecuteReader())
        {
            row.Read();
            (reader, district, region) = (Guid.Parse(row.GetString(0)), row.GetInt32(1), row.GetInt32(2));
        }

        using var grant = connection.CreateCommand();
        grant.CommandText = """
            INSERT INTO "Memberships" ("UserId", "CouncilId", "Role")
            SELECT $user, $region, 'Analyst' WHERE NOT EXISTS
                (SELECT 1 FROM "Memberships" WHERE "UserId" = $user AND "CouncilId" = $region AND "Role" = 'Analyst')
            """;
        grant.Parameters.AddWithValue("$user", reader.ToString().ToUpperInvariant());
        grant.Parameters.AddWithValue("$region", region);
        grant.ExecuteNonQuery();
        return (reader, district, region);
    }
}
