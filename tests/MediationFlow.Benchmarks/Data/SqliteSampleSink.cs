using Microsoft.Data.Sqlite;

namespace MediationFlow.Benchmarks.Data;

/// <summary>The SQLite file's rows, one transaction per batch, with the checks and syncs a bulk load does without.</summary>
public sealed class SqliteSampleSink : ISampleSink
{
    private readonly SqliteConnection _connection;

    public SqliteSampleSink(string file)
    {
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        _connection.Open();
        // Rows reach the file table by table in batches, so references are checked by construction, not by SQLite.
        Execute("PRAGMA foreign_keys = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -1000000; PRAGMA temp_store = MEMORY;");
        Transaction = _connection.BeginTransaction();
    }

    public SqliteTransaction Transaction { get; private set; }

    public SampleTable Table(string table, params string[] columns) => new TableWriter(_connection, this, table, columns);

    public void Commit()
    {
        Transaction.Commit();
        Transaction.Dispose();
        Transaction = _connection.BeginTransaction();
    }

    public void Finish()
    {
        Transaction.Commit();
        Execute("PRAGMA wal_checkpoint(TRUNCATE);");
    }

    public void Dispose()
    {
        Transaction.Dispose();
        _connection.Dispose();
        SqliteConnection.ClearAllPools();
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
