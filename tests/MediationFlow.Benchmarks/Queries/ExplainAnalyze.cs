using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace MediationFlow.Benchmarks.Queries;

/// <summary>
/// Runs PostgreSQL's EXPLAIN ANALYZE of every query EF Core sends, on the same connection and transaction with the
/// same typed parameters, just before the query itself; so the plan is the one the server chose for the product's
/// statement and values, with the time it took. Collected until <see cref="Drain"/>.
/// </summary>
public sealed class ExplainAnalyze : DbCommandInterceptor
{
    private readonly List<(string Sql, string Plan)> _plans = [];

    public bool Enabled { get; set; }

    public List<(string Sql, string Plan)> Drain()
    {
        lock (_plans)
        {
            var plans = _plans.ToList();
            _plans.Clear();
            return plans;
        }
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (Enabled && command is NpgsqlCommand query && query.CommandText.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase))
        {
            await using var explain = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS) " + query.CommandText, query.Connection, query.Transaction);
            foreach (NpgsqlParameter parameter in query.Parameters)
            {
                explain.Parameters.Add(parameter.Clone());
            }

            var lines = new List<string>();
            await using (var reader = await explain.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    lines.Add(reader.GetString(0));
                }
            }

            lock (_plans)
            {
                _plans.Add((query.CommandText, string.Join('\n', lines)));
            }
        }

        return await base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}
