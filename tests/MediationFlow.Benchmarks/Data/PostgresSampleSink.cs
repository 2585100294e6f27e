using Npgsql;

namespace MediationFlow.Benchmarks.Data;

/// <summary>
/// The PostgreSQL database's rows, a binary COPY per table and batch. Foreign keys are not checked while loading (the
/// rows are written in the order of their references); afterwards the identity sequences are moved past the ids given
/// and the tables are vacuumed and analysed, as autovacuum would soon do, so every run reads a settled database.
/// </summary>
public sealed class PostgresSampleSink : ISampleSink
{
    private readonly NpgsqlConnection _connection;

    public PostgresSampleSink(string connectionString)
    {
        _connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, CommandTimeout = 0 }.ToString());
        _connection.Open();
        Execute("SET session_replication_role = replica; SET synchronous_commit = off;");
    }

    public SampleTable Table(string table, params string[] columns) => new CopyTable(_connection, table, columns);

    public void Commit()
    {
        // Each COPY commits on its own: a database without its completion mark is generated again from the start.
    }

    public void Finish()
    {
        Execute("SET session_replication_role = origin;");
        var identities = new List<(string Table, string Column)>();
        using (var command = _connection.CreateCommand())
        {
            command.CommandText = "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() AND is_identity = 'YES'";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                identities.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (table, column) in identities)
        {
            Execute($"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{column}'), COALESCE((SELECT max(\"{column}\") FROM \"{table}\"), 0) + 1, false)");
        }

        Execute("VACUUM ANALYZE");
    }

    public void Dispose() => _connection.Dispose();

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
