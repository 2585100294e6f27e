using System.Text.RegularExpressions;
using MediationFlow.Benchmarks.Application;
using MediationFlow.Benchmarks.Data;
using MediationFlow.Benchmarks.Throughput;
using MediationFlow.Core.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MediationFlow.Benchmarks.Queries;

/// <summary>
/// `-- --plans [size]`: runs each of the seven pages once on a sample database (default: the full one), capturing the SQL EF Core
/// sends with its parameter values, and prints SQLite's EXPLAIN QUERY PLAN for every SELECT. With a PostgreSQL server
/// (`--database PostgreSQL --connection server`), each page is run once to warm up and once more with PostgreSQL's
/// EXPLAIN (ANALYZE, BUFFERS) of each statement, as the server ran it.
/// </summary>
public static partial class QueryPlans
{
    public static async Task RunAsync(TextWriter output, int size = SampleDatabase.FullSize, BenchmarkServer? server = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        BenchmarkApp.UseInvariantLanguage();
        if (server is not null)
        {
            await PostgreSqlAsync(output, size, server);
            return;
        }

        var log = new StatementLog();
        await using var app = await BenchmarkApp.OpenAsync(await SampleDatabase.EnsureAsync(size, output), configure: s => s
            .AddSingleton<ILoggerProvider>(log)
            .ConfigureDbContext<MediationDbContext>(o => o.EnableSensitiveDataLogging()));
        var queries = await SampleQueries.PrepareAsync(app);
        using var connection = new SqliteConnection(app.ConnectionString);
        connection.Open();
        for (var q = 0; q < SampleQueries.Names.Length; q++)
        {
            log.Drain();
            var items = await queries.RunAsync(q);
            var statements = log.Drain();
            output.WriteLine($"===== {SampleQueries.Names[q]} ({items} items, {statements.Count} statements)");
            foreach (var statement in statements.Where(s => s.Contains("SELECT", StringComparison.Ordinal) && !s.Contains("FROM \"Memberships\"", StringComparison.Ordinal) && !s.Contains("FROM \"Workshop", StringComparison.Ordinal)))
            {
                var sql = statement[(statement.IndexOf('\n', StringComparison.Ordinal) + 1)..];
                output.WriteLine(sql.Trim());
                output.WriteLine("-- plan:");
                using var explain = connection.CreateCommand();
                explain.CommandText = "EXPLAIN QUERY PLAN " + sql;
                foreach (Match parameter in Parameter().Matches(statement[..statement.IndexOf('\n', StringComparison.Ordinal)]))
                {
                    var value = parameter.Groups[2].Value;
                    explain.Parameters.AddWithValue(parameter.Groups[1].Value, long.TryParse(value, out var number) ? number : Guid.TryParse(value, out var id) ? id.ToString().ToUpperInvariant() : value);
                }

                using var reader = explain.ExecuteReader();
                while (reader.Read())
                {
                    output.WriteLine($"--   {reader.GetInt32(0),3} {reader.GetInt32(1),3} {reader.GetString(3)}");
                }

                output.WriteLine();
            }
        }
    }

    private static async Task PostgreSqlAsync(TextWriter output, int size, BenchmarkServer server)
    {
        var explain = new ExplainAnalyze();
        await using var app = await BenchmarkApp.OpenAsync(await SampleDatabase.EnsureAsync(size, output, server),
            configure: s => s.ConfigureDbContext<MediationDbContext>(o => o.AddInterceptors(explain)));
        var queries = await SampleQueries.PrepareAsync(app);
        output.WriteLine($"PostgreSQL: {await server.VersionAsync()}; {size:N0} cases");
        for (var q = 0; q < SampleQueries.Names.Length; q++)
        {
            await queries.RunAsync(q);
            explain.Enabled = true;
            var items = await queries.RunAsync(q);
            explain.Enabled = false;
            var plans = explain.Drain();
            output.WriteLine($"===== {SampleQueries.Names[q]} ({items} items, {plans.Count} statements)");
            foreach (var (sql, plan) in plans.Where(p => !p.Sql.Contains("FROM \"Memberships\"", StringComparison.Ordinal) && !p.Sql.Contains("FROM \"Workshop", StringComparison.Ordinal)))
            {
                output.WriteLine(sql.Trim());
                output.WriteLine("-- plan:");
                foreach (var line in plan.Split('\n'))
                {
                    output.WriteLine("--   " + line);
                }

                output.WriteLine();
            }
        }
    }

    [GeneratedRegex("(@[A-Za-z0-9_]+)='((?:[^']|'')*)'")]
    private static partial Regex Parameter();
}
